package org.peerpulse.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerpulse.ui.ShownDialogs.waitUntil;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerpulse.analysis.Figure;
import org.peerpulse.analysis.TrendPoint;
import org.peerpulse.domain.Measure;
import org.peerpulse.domain.ProgramSettings;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.SiteId;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.domain.Wave;
import org.peerpulse.domain.WaveId;
import org.peerpulse.service.TrendTable;
import org.peerpulse.ui.MainWindow;
import org.peerpulse.ui.Snapshots;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A series whose figure is hidden in a wave between two shown is drawn as two strokes, with nothing
 * across the hidden wave (a straight line there would look measured), in its one colour, marker and
 * legend entry; the note under the chart says what the gap means.
 */
class TrendChartTest extends FxRobot {
    private static final SiteId SITE = new SiteId(7);
    private final List<Wave> waves = IntStream.rangeClosed(1, 5).mapToObj(i -> new Wave(new WaveId(i),
            "202" + i + "-03", LocalDate.of(2020 + i, 3, 15), false)).toList();
    private TrendChart chart;
    private Label gapsNote;
    private Stage stage;

    @BeforeEach
    void show() throws Exception {
        FxToolkit.registerPrimaryStage();
        stage = WaitForAsyncUtils.asyncFx(() -> {
            chart = new TrendChart();
            gapsNote = chart.gapsNote("gaps-note");
            Stage shown = new Stage();
            Scene scene = new Scene(new VBox(chart, gapsNote), 900, 560);
            scene.getStylesheets().add(MainWindow.stylesheet());
            shown.setScene(scene);
            shown.show();
            return shown;
        }).get(30, TimeUnit.SECONDS);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void aLineBreaksAtAHiddenPointAndThePointsEitherSideStillShow() {
        List<TrendPoint> points = new ArrayList<>();
        for (Wave wave : waves) {
            boolean hidden = wave.id().value() == 3;
            points.add(new TrendPoint(null, wave.id(), StressDomain.TRAUMA, hidden ? Figure.suppressed(Measure.HIGH)
                    : figure(40 + wave.id().value())));
            points.add(new TrendPoint(SITE, wave.id(), StressDomain.TRAUMA, figure(60 - wave.id().value())));
        }
        Site site = new Site(SITE, "Prince George Drop-in", "PG", null, org.peerpulse.domain.Setting.OTHER, false, false);
        TrendTable table = new TrendTable(Measure.HIGH, ProgramSettings.DEFAULTS, false, waves, Map.of(SITE, site),
                points, Map.of());
        interact(() -> chart.show(table, TrendPoint::site, Arrays.asList(null, SITE),
                id -> id == null ? "All sites" : table.siteName(id)));
        waitUntil(() -> !path(0).getElements().isEmpty() && !path(1).getElements().isEmpty());

        double hiddenX = chart.getXAxis().getDisplayPosition("2023-03");
        assertThat(segmentsAcross(path(0), hiddenX)).as("nothing drawn across the hidden wave").isZero();
        assertThat(path(0).getElements()).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("MoveTo", "LineTo", "MoveTo", "LineTo");
        assertThat(chart.getData().get(0).getData()).extracting(XYChart.Data::getXValue)
                .containsExactly("2021-03", "2022-03", "2024-03", "2025-03");
        assertThat(chart.getData().get(0).getData()).as("the points either side of the gap still show")
                .allSatisfy(data -> assertThat(data.getNode().isVisible() && data.getNode().getScene() != null).isTrue());
        assertThat(path(1).getElements()).as("a series with every point: one unbroken line")
                .extracting(e -> e.getClass().getSimpleName())
                .containsExactly("MoveTo", "LineTo", "LineTo", "LineTo", "LineTo");
        assertThat(chart.lookupAll(".chart-legend-item")).as("one legend entry a series").hasSize(2);
        assertThat(gapsNote.isVisible()).isTrue();
        assertThat(gapsNote.getText()).isEqualTo("A wave without a point breaks its line: no figure there (fewer than"
                + " 5 responses, or hidden to protect a small group).");
        Snapshots.write(this, stage.getScene(), "trend-chart-gap");
    }

    @Test
    void withEveryPointShownNoGapIsExplained() {
        List<TrendPoint> points = waves.stream().map(w -> new TrendPoint(null, w.id(), StressDomain.FINANCIAL,
                figure(50))).toList();
        TrendTable table = new TrendTable(Measure.HIGH, ProgramSettings.DEFAULTS, false, waves, Map.of(), points,
                Map.of());
        interact(() -> chart.show(table, TrendPoint::site, Arrays.asList((SiteId) null), id -> "All sites"));
        waitUntil(() -> !path(0).getElements().isEmpty());
        assertThat(path(0).getElements()).filteredOn(e -> e instanceof MoveTo).hasSize(1);
        assertThat(gapsNote.isVisible()).isFalse();
    }

    @Test
    void withOneWaveEightSeriesOfTheSameShareStandSideBySideEachOnItsWhisker() {
        List<SiteId> order = new ArrayList<>(Arrays.asList((SiteId) null));
        Map<SiteId, Site> sites = new java.util.HashMap<>();
        List<TrendPoint> points = new ArrayList<>(List.of(new TrendPoint(null, waves.get(0).id(),
                StressDomain.FINANCIAL, figure(33))));
        for (long id = 1; id <= 7; id++) {
            SiteId site = new SiteId(id);
            order.add(site);
            sites.put(site, new Site(site, "Site 0" + id, "S" + id, null, org.peerpulse.domain.Setting.OTHER, false,
                    false));
            points.add(new TrendPoint(site, waves.get(0).id(), StressDomain.FINANCIAL, figure(33)));
        }
        TrendTable table = new TrendTable(Measure.HIGH, ProgramSettings.DEFAULTS, false, waves.subList(0, 1), sites,
                points, Map.of());
        interact(() -> chart.show(table, TrendPoint::site, order, id -> id == null ? "All sites" : table.siteName(id)));
        waitUntil(() -> chart.getData().size() == 8 && chart.getData().get(7).getData().get(0).getNode().getBoundsInParent().getWidth() > 0);

        List<javafx.geometry.Bounds> markers = chart.getData().stream()
                .map(series -> series.getData().get(0).getNode().getBoundsInParent()).toList();
        for (int i = 1; i < markers.size(); i++) {
            assertThat(markers.get(i).getMinX()).as("marker %d beside marker %d, not on it", i, i - 1)
                    .isGreaterThanOrEqualTo(markers.get(i - 1).getMaxX() - 1);
        }
        List<Double> whiskers = chart.lookupAll(".ci-whisker").stream()
                .map(node -> ((javafx.scene.shape.Line) node).getStartX()).sorted().toList();
        assertThat(whiskers).hasSize(8);
        for (int i = 0; i < markers.size(); i++) {
            assertThat(whiskers.get(i)).as("each marker on its own whisker")
                    .isCloseTo(markers.get(i).getCenterX(), org.assertj.core.api.Assertions.within(0.5));
        }
        Snapshots.write(this, stage.getScene(), "trend-chart-one-wave");
    }

    @Test
    void plansWriteTheirTitlesAtTheTopOnLinesOfTheirOwnWhereTheyOverlap() {
        List<TrendPoint> points = waves.stream().map(w -> new TrendPoint(null, w.id(), StressDomain.TRAUMA,
                figure(45))).toList();
        TrendTable table = new TrendTable(Measure.HIGH, ProgramSettings.DEFAULTS, false, waves, Map.of(), points,
                Map.of());
        List<org.peerpulse.domain.Intervention> plans = List.of(
                plan(1, "Peer debrief circle after every critical incident", LocalDate.of(2022, 1, 10), null),
                plan(2, "Paid training hours", LocalDate.of(2022, 6, 1), LocalDate.of(2023, 6, 1)),
                plan(3, "Housing navigator", LocalDate.of(2022, 9, 1), null),
                plan(4, "Honoraria raised", LocalDate.of(2024, 9, 1), LocalDate.of(2025, 1, 1)),
                plan(5, "Wage top-up to the living wage", LocalDate.of(2025, 3, 1), null));
        interact(() -> {
            chart.show(table, TrendPoint::site, Arrays.asList((SiteId) null), id -> "All sites");
            chart.showInterventions(plans);
        });
        waitUntil(() -> chart.interventionBands().stream().allMatch(b -> b.title().getWidth() > 0));

        List<javafx.geometry.Bounds> titles = chart.interventionBands().stream()
                .map(band -> band.title().localToScene(band.title().getBoundsInLocal())).toList();
        assertThat(chart.interventionBands()).extracting(band -> band.title().getText())
                .containsExactlyInAnyOrder("Peer debrief circle after every critical incident", "Paid training hours",
                        "Housing navigator", "Honoraria raised", "Wage top-up to the living wage");
        assertThat(chart.interventionBands()).as("every title written, and whole").allSatisfy(band -> {
            assertThat(band.title().isVisible()).isTrue();
            assertThat(band.title().getWidth()).isCloseTo(band.title().prefWidth(-1), org.assertj.core.api.Assertions.within(0.5));
        });
        InterventionBand last = chart.interventionBands().stream()
                .filter(band -> band.intervention().id().value() == 5).findFirst().orElseThrow();
        assertThat(last.title().localToScene(last.title().getBoundsInLocal()).getMaxX())
                .as("a plan started near the right edge has its title left of its start line")
                .isLessThanOrEqualTo(last.localToScene(0, 0).getX());
        for (int i = 0; i < titles.size(); i++) {
            for (int j = i + 1; j < titles.size(); j++) {
                assertThat(titles.get(i).intersects(titles.get(j))).as("titles %d and %d apart", i, j).isFalse();
            }
        }
        javafx.geometry.Bounds plot = chart.lookup(".chart-plot-background")
                .localToScene(chart.lookup(".chart-plot-background").getBoundsInLocal());
        assertThat(titles).as("inside the chart's plot, at its top").allSatisfy(title -> {
            assertThat(title.getMaxX()).isLessThanOrEqualTo(plot.getMaxX() + 0.5);
            assertThat(title.getMinX()).isGreaterThanOrEqualTo(plot.getMinX() - 0.5);
            assertThat(title.getMinY()).isLessThan(plot.getMinY() + plot.getHeight() / 5);
        });
        Snapshots.write(this, stage.getScene(), "trend-chart-plans");
    }

    private static org.peerpulse.domain.Intervention plan(long id, String title, LocalDate start, LocalDate end) {
        return new org.peerpulse.domain.Intervention(new org.peerpulse.domain.InterventionId(id), title,
                null, List.of(SITE), List.of(StressDomain.TRAUMA), null, start, end,
                end == null ? org.peerpulse.domain.InterventionStatus.ACTIVE : org.peerpulse.domain.InterventionStatus.DONE,
                null, false);
    }

    private Path path(int series) {
        return (Path) chart.getData().get(series).getNode();
    }

    /** How many drawn segments pass over {@code x}. */
    private static long segmentsAcross(Path path, double x) {
        long across = 0;
        double from = Double.NaN;
        for (PathElement element : path.getElements()) {
            if (element instanceof LineTo to) {
                across += Math.min(from, to.getX()) < x && x < Math.max(from, to.getX()) ? 1 : 0;
                from = to.getX();
            } else if (element instanceof MoveTo move) {
                from = move.getX();
            }
        }
        return across;
    }

    private static Figure figure(long percent) {
        return new Figure(Measure.HIGH, 100L, percent, percent / 100.0, percent / 100.0 - 0.1, percent / 100.0 + 0.1,
                null, false);
    }
}
