package org.peerpulse.ui.dashboard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Line;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import org.peerpulse.analysis.Figure;
import org.peerpulse.analysis.TrendPoint;
import org.peerpulse.domain.Measure;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.domain.Wave;
import org.peerpulse.io.report.LabelLines;
import org.peerpulse.service.TrendTable;
import org.peerpulse.ui.DomainStyle;
import org.peerpulse.ui.Formats;
import org.peerpulse.ui.Messages;

/**
 * The five domains across waves, each point with its 95% interval drawn as a whisker.
 * A thin wrapper: a {@link TrendTable} in, series out. Suppressed points are left out, and a line
 * breaks where a wave has no point: drawn straight across, it would look measured there.
 */
public final class TrendChart extends LineChart<String, Number> {
    /**
     * Each series' points (marker and whisker) side by side at a wave, so that overlapping intervals and
     * equal shares stay readable: this far apart where waves are many and close (points far from their
     * wave would read as another date, e.g. after a plan's start)...
     */
    private static final double LEAST_SPACING = 3;
    /** ...and up to a marker's width where waves are few and far apart (one wave: all the room)... */
    private static final double MOST_SPACING = 14;
    /** ...as this share of the room between two waves allows. */
    private static final double SPACING_PER_ROOM = 1 / 64.0;
    /** Plans' titles are written on at most this many lines at the top of the chart. */
    private static final int MOST_TITLE_LINES = 3;
    /** A title with less room than this near the chart's right edge is left to the tooltip. */
    private static final double LEAST_TITLE_WIDTH = 40;
    private final Map<XYChart.Data<String, Number>, Line> whiskers = new HashMap<>();
    private int seriesCount = 1;
    private final List<InterventionBand> bands = new ArrayList<>();
    private final javafx.beans.property.ReadOnlyBooleanWrapper showsPlans = new javafx.beans.property.ReadOnlyBooleanWrapper();
    /** True while a series drawn lacks a point at some wave (a gap in its line, or a line starting late). */
    private final javafx.beans.property.ReadOnlyBooleanWrapper showsGaps = new javafx.beans.property.ReadOnlyBooleanWrapper();
    private final javafx.beans.property.StringProperty gapsText = new javafx.beans.property.SimpleStringProperty();
    private List<Wave> waves = List.of();
    /**
     * One tooltip for every point, its text set as the mouse enters a point: a tooltip each is a
     * popup window each (120 on a dashboard of 24 waves), a tenth of a second to build on first show.
     */
    private final Tooltip pointTip = new Tooltip();

    public TrendChart() {
        super(new CategoryAxis(), new NumberAxis());
        setAnimated(false);
        setCreateSymbols(true);
        getStyleClass().add("trend-chart");
        getXAxis().setLabel(Messages.tr("chart.wave"));
        setLegendVisible(true);
    }

    /** The five domains of one group, one series each (the dashboard). */
    public void show(TrendTable table) {
        show(table, TrendPoint::domain, List.of(StressDomain.values()), DomainStyle::label);
    }

    /**
     * One series per key, in the given order: e.g. per site for one domain.
     *
     * @param seriesOf which series a point belongs to
     */
    public <K> void show(TrendTable table, java.util.function.Function<TrendPoint, K> seriesOf, List<K> order,
                         java.util.function.Function<K, String> name) {
        whiskers.values().forEach(getPlotChildren()::remove);
        whiskers.clear();
        configureAxis(table.measure());
        CategoryAxis xAxis = (CategoryAxis) getXAxis();
        xAxis.setCategories(javafx.collections.FXCollections.observableArrayList(
                table.waves().stream().map(Wave::label).toList()));
        waves = List.copyOf(table.waves());
        List<XYChart.Series<String, Number>> series = new ArrayList<>();
        seriesCount = order.size();
        for (K key : order) {
            XYChart.Series<String, Number> line = new XYChart.Series<>();
            line.setName(name.apply(key));
            for (TrendPoint point : table.points()) {
                Figure figure = point.figure();
                if (java.util.Objects.equals(seriesOf.apply(point), key) && figure.hasValue()) {
                    var data = new XYChart.Data<String, Number>(table.wave(point.wave()).label(), figure.plotted());
                    data.setExtraValue(point);
                    line.getData().add(data);
                }
            }
            series.add(line);
        }
        getData().setAll(series);
        gapsText.set(Messages.tr("chart.note.gaps", Messages.tr("hidden.group", table.settings().minGroupSize())));
        showsGaps.set(series.stream().anyMatch(line -> !line.getData().isEmpty())
                && series.stream().anyMatch(line -> line.getData().size() < waves.size()));
        for (int index = 0; index < series.size(); index++) {
            XYChart.Series<String, Number> line = series.get(index);
            for (XYChart.Data<String, Number> data : line.getData()) {
                TrendPoint point = (TrendPoint) data.getExtraValue();
                Tooltip.install(data.getNode(), pointTip);
                data.getNode().addEventHandler(MouseEvent.MOUSE_ENTERED, e -> pointTip.setText(describe(table, point)));
                Figure figure = point.figure();
                if (figure.plottedLow() != null) {
                    Line whisker = new Line();
                    whisker.getStyleClass().addAll("ci-whisker", "ci-whisker-" + (index % 8));
                    whisker.setUserData(index);
                    whisker.setMouseTransparent(true);
                    whiskers.put(data, whisker);
                    getPlotChildren().add(0, whisker);
                }
            }
        }
        requestChartLayout();
    }

    /**
     * Shows no series, no whiskers and no interventions: there are no figures to draw. The value axis
     * still names the measure chosen, not the one drawn before.
     */
    public void clear(Measure measure) {
        configureAxis(measure);
        whiskers.values().forEach(getPlotChildren()::remove);
        whiskers.clear();
        getData().clear();
        showsGaps.set(false);
        showInterventions(List.of());
    }

    /**
     * Draws these interventions on the time axis, behind the lines: a marker at the start and a band
     * to the end (to the edge while one runs), the title on hover. Replaces those drawn before.
     */
    public void showInterventions(List<org.peerpulse.domain.Intervention> interventions) {
        getPlotChildren().removeAll(bands);
        bands.clear();
        // behind the lines, the earliest on top: its title runs on over the start lines of those after it
        for (org.peerpulse.domain.Intervention intervention : interventions.stream().sorted(
                java.util.Comparator.comparing(org.peerpulse.domain.Intervention::start)).toList()) {
            InterventionBand band = new InterventionBand(intervention);
            bands.add(band);
            getPlotChildren().add(0, band);
        }
        showsPlans.set(!bands.isEmpty());
        requestChartLayout();
    }

    /**
     * The line that says what the shaded bands are: shown while the chart is, with plans drawn on it
     * (not under its table, not under a chart without plans).
     */
    public javafx.scene.control.Label plansNote(String id) {
        return note(id, new javafx.beans.property.SimpleStringProperty(Messages.tr("chart.interventionsNote")),
                showsPlans.getReadOnlyProperty());
    }

    /** The line that says what a missing point and the break in its line mean: shown while the chart has one. */
    public javafx.scene.control.Label gapsNote(String id) {
        return note(id, gapsText, showsGaps.getReadOnlyProperty());
    }

    private javafx.scene.control.Label note(String id, javafx.beans.value.ObservableStringValue text,
                                            javafx.beans.value.ObservableBooleanValue shows) {
        javafx.scene.control.Label note = new javafx.scene.control.Label();
        note.textProperty().bind(text);
        note.setId(id);
        note.getStyleClass().add("chart-note");
        note.setWrapText(true);
        note.visibleProperty().bind(javafx.beans.binding.Bindings.and(shows, visibleProperty()));
        note.managedProperty().bind(note.visibleProperty());
        return note;
    }

    /** The interventions drawn now, for tests and for the table view. */
    public List<InterventionBand> interventionBands() {
        return List.copyOf(bands);
    }

    private void configureAxis(Measure measure) {
        NumberAxis yAxis = (NumberAxis) getYAxis();
        yAxis.setAutoRanging(false);
        if (measure == Measure.MEAN) {
            yAxis.setLowerBound(1);
            yAxis.setUpperBound(5);
            yAxis.setTickUnit(1);
            yAxis.setLabel(Messages.tr("chart.axis.mean"));
        } else {
            yAxis.setLowerBound(0);
            yAxis.setUpperBound(100);
            yAxis.setTickUnit(20);
            yAxis.setLabel(Messages.tr(measure == Measure.HIGH ? "chart.axis.high" : "chart.axis.top3"));
        }
    }

    static String describe(TrendTable table, TrendPoint point) {
        Figure f = point.figure();
        String where = DomainStyle.label(point.domain()) + ", " + table.wave(point.wave()).label();
        if (table.measure() == Measure.MEAN) {
            return Messages.tr("chart.point.mean", where, Formats.decimal(f.mean(), 2), f.n(),
                    f.low() == null ? "–" : Formats.decimal(f.low(), 2), f.high() == null ? "–" : Formats.decimal(f.high(), 2));
        }
        return Messages.tr("chart.point.proportion", where, Formats.percent(f.plotted()), f.count(), f.n(),
                Formats.percent(f.plottedLow()), Formats.percent(f.plottedHigh()));
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        for (int index = 0; index < getData().size(); index++) {
            drawLine(getData().get(index), offset(index));
        }
        whiskers.forEach((data, whisker) -> {
            TrendPoint point = (TrendPoint) data.getExtraValue();
            Figure figure = point.figure();
            double x = getXAxis().getDisplayPosition(data.getXValue()) + offset((Integer) whisker.getUserData());
            whisker.setStartX(x);
            whisker.setEndX(x);
            whisker.setStartY(getYAxis().getDisplayPosition(figure.plottedLow()));
            whisker.setEndY(getYAxis().getDisplayPosition(figure.plottedHigh()));
        });
        layoutBands();
    }

    /** How far the series {@code index}'s points sit from their wave, its markers, line and whiskers alike. */
    private double offset(int index) {
        double room = ((CategoryAxis) getXAxis()).getCategorySpacing() * SPACING_PER_ROOM;
        return (index - (seriesCount - 1) / 2.0) * Math.max(LEAST_SPACING, Math.min(MOST_SPACING, room));
    }

    /**
     * Draws a series' line through its points in wave order, {@code offset} beside their waves, broken
     * where a wave between two of them has no point (its figure hidden, or nobody answered): each run
     * of consecutive waves is a stroke of its own, in the series' one colour, marker and legend entry.
     */
    private void drawLine(XYChart.Series<String, Number> series, double offset) {
        List<String> categories = ((CategoryAxis) getXAxis()).getCategories();
        List<PathElement> elements = new ArrayList<>();
        int previous = -2;
        for (XYChart.Data<String, Number> data : series.getData().stream()
                .sorted(java.util.Comparator.comparingInt(d -> categories.indexOf(d.getXValue()))).toList()) {
            int at = categories.indexOf(data.getXValue());
            double x = getXAxis().getDisplayPosition(data.getXValue()) + offset;
            double y = getYAxis().getDisplayPosition(data.getYValue());
            elements.add(at == previous + 1 ? new LineTo(x, y) : new MoveTo(x, y));
            data.getNode().setTranslateX(offset);
            previous = at;
        }
        ((Path) series.getNode()).getElements().setAll(elements);
    }

    private void layoutBands() {
        if (bands.isEmpty()) {
            return;
        }
        CategoryAxis xAxis = (CategoryAxis) getXAxis();
        List<Wave> dated = waves.stream().filter(w -> w.date() != null && xAxis.getCategories().contains(w.label()))
                .sorted(Wave.IN_ORDER).toList();
        TimeScale scale = new TimeScale(dated.stream().map(Wave::date).toList(),
                dated.stream().map(w -> xAxis.getDisplayPosition(w.label())).toList(), 0, xAxis.getWidth());
        NumberAxis yAxis = (NumberAxis) getYAxis();
        double top = yAxis.getDisplayPosition(yAxis.getUpperBound());
        double bottom = yAxis.getDisplayPosition(yAxis.getLowerBound());
        LabelLines titleLines = new LabelLines(MOST_TITLE_LINES, InterventionBand.TITLE_INSET);
        for (InterventionBand band : bands) { // by start
            double start = scale.x(band.intervention().start());
            double end = band.intervention().end() == null ? xAxis.getWidth() : scale.x(band.intervention().end());
            band.setVisible(!Double.isNaN(start));
            if (Double.isNaN(start)) {
                continue;
            }
            band.resizeRelocate(start, top, Math.max(InterventionBand.MIN_WIDTH, end - start), bottom - top);
            placeTitle(band, start, xAxis.getWidth(), titleLines);
        }
    }

    /**
     * Writes a band's title at the top, on the first line from the top where it overlaps no title
     * written before it: right of the band's start line, or left of it when only there it is whole
     * (a plan started near the chart's right edge); cut where neither side has room for it. With
     * every line taken, or less than {@link #LEAST_TITLE_WIDTH} of room, only on hover: a line per
     * plan would hide the figures' lines.
     */
    private static void placeTitle(InterventionBand band, double start, double chartWidth, LabelLines lines) {
        double inset = InterventionBand.TITLE_INSET;
        double wanted = band.titleWidth();
        double roomRight = chartWidth - start - 2 * inset;
        double roomLeft = start - 2 * inset;
        boolean right = wanted <= roomRight || roomRight >= roomLeft;
        double width = Math.min(wanted, right ? roomRight : roomLeft);
        double left = right ? start + inset : start - inset - width;
        int line = width < LEAST_TITLE_WIDTH ? -1 : lines.place(left, width);
        if (line < 0) {
            band.placeTitle(0, 0, 0);
        } else {
            band.placeTitle(line, left - start, width);
        }
    }
}
