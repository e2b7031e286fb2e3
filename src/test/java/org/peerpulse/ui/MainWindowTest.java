package org.peerpulse.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.peerpulse.ui.ShownDialogs.waitUntil;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerpulse.domain.Measure;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.domain.Wave;
import org.peerpulse.service.ChangeTable;
import org.testfx.api.FxRobot;

/** The real app, started as a user starts it, on a fresh database: first start puts in the demo program. */
class MainWindowTest extends FxRobot {
    @TempDir
    static Path folder;
    private javafx.application.Application app;

    @BeforeEach
    void startTheApp() throws Exception {
        app = AppUnderTest.start(folder.resolve("program-" + System.nanoTime()));
        waitUntil(() -> tileValue(StressDomain.FINANCIAL).endsWith("%") && chart().getData().size() == 5);
    }

    @AfterEach
    void stopTheApp() throws Exception {
        AppUnderTest.stop(app);
    }

    @Test
    void firstStartShowsTheDemoProgramWithTilesFiveSeriesAndTheSitesTable() {
        Window window = listTargetWindows().get(0);
        assertThat(((Stage) window).getTitle()).contains("PeerPulse");
        for (StressDomain domain : StressDomain.values()) {
            assertThat(tileValue(domain)).as(domain.code()).matches("\\d{1,3}\\s?%");
            assertThat(lookup("#tile-" + domain.code() + " .tile-base").queryAs(Label.class).getText())
                    .matches("\\d+ of \\d+ workers with high stress");
        }
        assertThat(chart().getData()).extracting(XYChart.Series::getName)
                .containsExactly("Financial", "Work and respect", "Housing", "Resources", "Death and trauma");
        assertThat(chart().getData()).allSatisfy(series -> assertThat(series.getData()).hasSize(8));
        assertThat(lookup("#demo-banner").query().isVisible()).isTrue();
        assertThat(lookup("#small-numbers-banner").query().isVisible()).isFalse();
        TableView<?> sites = lookup("#sites-table").queryAs(TableView.class);
        assertThat(sites.getItems()).hasSize(4);
        asTallAsItsRows(sites, 4);
        assertThat(sites.lookupAll(".scroll-bar").stream().filter(javafx.scene.Node::isVisible)).as("no scroll bar").isEmpty();
        CutShort.nothingIn(sites);
        assertThat(lookup("#dashboard-plans-note").query().isVisible()).as("the chart's shaded plans are explained").isTrue();
        Snapshots.write(this, window.getScene(), "dashboard");
        interact(() -> ((javafx.scene.control.ScrollPane) lookup(".dashboard-scroll").query()).setVvalue(1));
        Snapshots.write(this, window.getScene(), "dashboard-sites");
    }

    @Test
    void hoveringAPointOfTheChartTellsItsFigure() {
        XYChart.Data<String, Number> latest = chart().getData().get(0).getData().get(7);
        moveTo(latest.getNode());
        waitUntil(() -> Window.getWindows().stream().anyMatch(w -> w instanceof javafx.scene.control.Tooltip tip
                && tip.isShowing() && tip.getText().startsWith("Financial, 2023-03: ")));
        XYChart.Data<String, Number> first = chart().getData().get(4).getData().get(0);
        moveTo(first.getNode());
        waitUntil(() -> Window.getWindows().stream().anyMatch(w -> w instanceof javafx.scene.control.Tooltip tip
                && tip.isShowing() && tip.getText().startsWith("Death and trauma, ")));
    }

    @Test
    void choosingASiteInTheFilterChangesTheChart() {
        List<Number> before = seriesValues(StressDomain.FINANCIAL);
        clickOn("#site-filter");
        clickOn("Surrey Overdose Prevention Site");
        type(javafx.scene.input.KeyCode.ESCAPE);
        waitUntil(() -> !seriesValues(StressDomain.FINANCIAL).equals(before));
        List<Number> surrey = seriesValues(StressDomain.FINANCIAL);
        assertThat(surrey).hasSize(8);
        waitUntil(() -> lookup(".chart-note").queryAs(Label.class).getText().contains("Financial: rising over 8 waves"));
        assertThat(surrey.get(7).doubleValue()).isGreaterThan(surrey.get(0).doubleValue() + 25);
        assertThat(lookup(".panel-title").queryAllAs(Label.class)).anySatisfy(label ->
                assertThat(label.getText()).contains("Surrey Overdose Prevention Site"));
        CheckComboBox<?> filter = lookup("#site-filter").queryAs(CheckComboBox.class);
        assertThat(filter.getCheckModel().getCheckedItems()).hasSize(1);
        Snapshots.write(this, listTargetWindows().get(0).getScene(), "dashboard-surrey");
        clickOn("#dashboard-as-table");
        waitUntil(() -> lookup("#dashboard-table").query().isVisible());
        assertThat(lookup("#dashboard-table").queryAs(TableView.class).getItems()).hasSize(40);
        clickOn("Surrey Overdose Prevention Site  \u2715");
        waitUntil(() -> filter.getCheckModel().getCheckedItems().isEmpty());
    }

    @Test
    void theSmallSiteWaveIsLeftOutOfTheChartAndSaidSo() {
        clickOn("#site-filter");
        clickOn("Prince George Drop-in");
        type(javafx.scene.input.KeyCode.ESCAPE);
        // 2022-03 (4 responses), and 2021-09 beside it: with the site's total on the list of sites, its
        // other waves' figures would give the small wave's size away by subtraction
        waitUntil(() -> seriesValues(StressDomain.TRAUMA).size() == 6);
        assertThat(lookup(".chart-note").queryAs(Label.class).getText()).contains("to protect groups of fewer than 5 people")
                .contains("2021-09").contains("2022-03");
    }

    @Test
    void theMeasureChoiceSwitchesToMeanScores() {
        interact(() -> lookup("#measure-choice").queryComboBox().getSelectionModel().select(Measure.MEAN));
        waitUntil(() -> ((NumberAxis) chart().getYAxis()).getUpperBound() == 5);
        assertThat(seriesValues(StressDomain.WORK)).allSatisfy(v -> assertThat(v.doubleValue()).isBetween(1.0, 5.0));
    }

    @Test
    void showingSmallNumbersIsVisibleWhileOn() {
        javafx.scene.control.MenuBar menus = lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.CheckMenuItem item = menus.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "Show small numbers (internal use)".equals(i.getText()))
                .map(javafx.scene.control.CheckMenuItem.class::cast).findFirst().orElseThrow();
        interact(() -> item.setSelected(true));
        waitUntil(() -> lookup("#small-numbers-banner").query().isVisible());
        clickOn("#site-filter");
        clickOn("Prince George Drop-in");
        type(javafx.scene.input.KeyCode.ESCAPE);
        waitUntil(() -> seriesValues(StressDomain.TRAUMA).size() == 8);
        Snapshots.write(this, listTargetWindows().get(0).getScene(), "dashboard-small-numbers");
        clickOn("Hide small numbers");
        waitUntil(() -> !lookup("#small-numbers-banner").query().isVisible());
    }

    @Test
    void theDemoCanBeRemovedInOneAction() {
        clickOn("#remove-demo");
        clickOn((Node) lookup(".dialog-pane .button").queryAll().stream()
                .filter(b -> ((Button) b).getText().equals("OK")).findFirst().orElseThrow());
        waitUntil(() -> !lookup("#demo-banner").query().isVisible());
        waitUntil(() -> tileValue(StressDomain.FINANCIAL).isEmpty() || tileValue(StressDomain.FINANCIAL).equals("–")
                || lookup("#sites-table").queryAs(TableView.class).getItems().isEmpty());
        assertThat(lookup("#sites-table").queryAs(TableView.class).getItems()).isEmpty();
        waitUntil(() -> tileValue(StressDomain.FINANCIAL).equals("–"));
        for (StressDomain domain : StressDomain.values()) { // not "in this wave": there is none with responses
            assertThat(lookup("#tile-" + domain.code() + " .tile-base").queryAs(Label.class).getText())
                    .isEqualTo("No wave with responses yet");
        }
        assertThat(lookup("#alerts .label").queryAllAs(Label.class)).extracting(Label::getText)
                .as("no reassurance about sites nobody has answered for")
                .containsExactly("No alerts until a wave of answers is imported: there are no responses to check yet.");
        Snapshots.write(this, listTargetWindows().get(0).getScene(), "dashboard-empty");
    }

    @Test
    void theSitesViewShowsAHeatmapOfAnyWaveWithSuppressedCellsMarked() {
        clickOn("#nav-sites");
        waitUntil(() -> lookup("#sites-heatmap").tryQuery().isPresent()
                && !lookup("#sites-heatmap").queryAs(TableView.class).getItems().isEmpty());
        Snapshots.write(this, listTargetWindows().get(0).getScene(), "sites");
        CutShort.nothingIn(lookup("#sites-heatmap").query());
        interact(() -> lookup("#sites-wave").queryComboBox().getSelectionModel().select(5)); // 2022-03
        waitUntil(() -> lookup(".sites-table .table-cell.suppressed").queryAll().size() >= 5);
        assertThat(lookup(".sites-table .table-cell.suppressed").queryAllAs(javafx.scene.control.TableCell.class))
                .allSatisfy(cell -> assertThat(cell.getText()).isEqualTo("<5"));
        Snapshots.write(this, listTargetWindows().get(0).getScene(), "sites-2022-03");
        CutShort.nothingIn(lookup("#sites-heatmap").query());
        TableView<?> heatmap = lookup("#sites-heatmap").queryAs(TableView.class);
        interact(() -> heatmap.getContextMenu().getItems().get(0).fire()); // "Copy table"
        String[] copied = new String[1];
        interact(() -> copied[0] = javafx.scene.input.Clipboard.getSystemClipboard().getString());
        assertThat(copied[0].lines().findFirst().orElseThrow()).startsWith("Site\tResponses\tFinancial");
        assertThat(copied[0]).contains("Prince George Drop-in\t<5\t<5\t<5\t<5\t<5\t<5")
                .contains("Surrey Overdose Prevention Site\t31\t63%");
    }

    @Test
    void theChangeViewComparesTheLastTwoWavesForEveryDomainAndSite() {
        clickOn("#nav-change");
        waitUntil(() -> lookup("#change-table").tryQuery().isPresent()
                && lookup("#change-table").queryAs(TableView.class).getItems().size() == 5 * 5);
        assertThat(lookup("#change-from").queryComboBox().getValue().toString()).contains("2022-09");
        assertThat(lookup("#change-to").queryComboBox().getValue().toString()).contains("2023-03");
        Snapshots.write(this, listTargetWindows().get(0).getScene(), "change");
        assertThat(lookup("#change-note").queryAs(Label.class).getText()).as("the demo's last two waves")
                .contains(". No real change at p < 0.05.");
        Label note = lookup("#change-note").query();
        assertThat(((javafx.scene.text.Text) note.lookup(".text")).getText()).as("the note, whole")
                .isEqualTo(note.getText());
        CutShort.nothingOutOfReach(lookup("#change-table").query());
        interact(() -> lookup("#change-from").queryComboBox().getSelectionModel().selectFirst()); // over the years
        String first = ((org.peerpulse.domain.Wave) lookup("#change-from").queryComboBox().getItems().get(0)).label();
        waitUntil(() -> lookup("#change-note").queryAs(Label.class).getText().startsWith("High stress in " + first));
        interact(() -> { }); // laid out with the years' rows
        CutShort.nothingIn(lookup("#change-table").query()); // a test's p-value too, whole in its column
        @SuppressWarnings("unchecked")
        List<ChangeTable.Row> all = List.copyOf(lookup("#change-table").queryAs(TableView.class).getItems());
        long realAtSites = all.stream().filter(row -> row.site() != null && row.change().significant()).count();
        assertThat(realAtSites).as("some sites changed for real, not all").isBetween(1L, 19L);
        long real = all.stream().filter(row -> row.change().significant()).count();
        assertThat(lookup("#change-note").queryAs(Label.class).getText())
                .contains(real == 1 ? ". One real change at p < 0.05." : ". " + real + " real changes at p < 0.05.");

        clickOn("#change-only-real");
        waitUntil(() -> lookup("#change-table").queryAs(TableView.class).getItems().size() == 5 + realAtSites);
        @SuppressWarnings("unchecked")
        List<ChangeTable.Row> shown = lookup("#change-table").queryAs(TableView.class).getItems();
        assertThat(shown).filteredOn(row -> row.site() == null).hasSize(5);
        assertThat(shown).filteredOn(row -> row.site() != null).allMatch(row -> row.change().significant());
        Snapshots.write(this, listTargetWindows().get(0).getScene(), "change-only-real");
        CutShort.nothingIn(lookup("#change-table").query());
        asTallAsItsRows(lookup("#change-table").query(), shown.size());
        assertThat(lookup("#change-table .real-rise").queryAll()).as("a real rise, in red").isNotEmpty();
        assertThat(lookup("#change-table .real-fall").queryAll()).as("a real fall, in green").isNotEmpty();
        clickOn("#change-only-real");
        waitUntil(() -> lookup("#change-table").queryAs(TableView.class).getItems().size() == 5 * 5);
        clickOn("#nav-dashboard");
        assertThat(lookup("#trend-chart").query().isVisible()).isTrue();
    }

    @Test
    void theAssociationsViewCrossTabulatesTwoVariablesWithTheTest() {
        clickOn("#nav-associations");
        waitUntil(() -> lookup("#assoc-statistics").tryQueryAs(Label.class).map(l -> l.getText().startsWith("n = "))
                .orElse(false));
        assertThat(lookup("#assoc-statistics").queryAs(Label.class).getText()).contains("df = 2");
        assertThat(lookup("#crosstab .label").queryAllAs(Label.class)).extracting(Label::getText)
                .as("the variables and their categories in words, not codes")
                .contains("Housing right now \\ High stress: Financial", "No", "Yes", "Stable", "Unstable", "Unhoused")
                .doesNotContain("no", "yes", "stable");
        Snapshots.write(this, listTargetWindows().get(0).getScene(), "associations");
        for (Node choice : List.<Node>of(lookup("#assoc-rows").query(), lookup("#assoc-site").query())) {
            Label label = lookup(".label").queryAllAs(Label.class).stream().filter(l -> l.getLabelFor() == choice)
                    .findFirst().orElseThrow();
            javafx.geometry.Bounds at = choice.localToScene(choice.getLayoutBounds());
            double labelMiddle = label.localToScene(label.getLayoutBounds()).getCenterY();
            assertThat(labelMiddle).as(label.getText() + " on the line of its choice, not left behind when the bar wraps")
                    .isBetween(at.getMinY(), at.getMaxY());
        }
        interact(() -> lookup("#assoc-rows").queryComboBox().getSelectionModel().select("debrief"));
        waitUntil(() -> lookup("#assoc-statistics").queryAs(Label.class).getText().contains("Fisher"));

        // Vancouver's 2022-03 (16 responses) is hidden beside Prince George's 4 in every view: here too, and said so
        interact(() -> chooseAssociationsWaveAndSite("2022-03", "Vancouver"));
        waitUntil(() -> lookup("#assoc-reading").queryAs(Label.class).getText().startsWith("Not shown: fewer than 5"));
        assertThat(lookup("#assoc-statistics").queryAs(Label.class).getText()).isEmpty();

        // Victoria's 2019-09 hides its small cells: the test beside its totals would give them back
        interact(() -> {
            lookup("#assoc-rows").queryComboBox().getSelectionModel().select("housing_status");
            chooseAssociationsWaveAndSite("2019-09", "Victoria");
        });
        waitUntil(() -> lookup("#assoc-reading").queryAs(Label.class).getText().equals("No test: a count in the table"
                + " is hidden, and the test's figures beside the totals would let it be worked out."));
        assertThat(lookup("#assoc-statistics").queryAs(Label.class).getText()).isEmpty();
        assertThat(lookup("#crosstab .label").queryAllAs(Label.class)).extracting(Label::getText).contains("<5");
        Snapshots.write(this, listTargetWindows().get(0).getScene(), "associations-test-hidden");
    }

    private void chooseAssociationsWaveAndSite(String wave, String siteNameStart) {
        lookup("#assoc-wave").<Wave>queryComboBox().getItems().stream().filter(w -> w != null
                && w.label().equals(wave)).findFirst().ifPresent(w -> lookup("#assoc-wave").<Wave>queryComboBox()
                .getSelectionModel().select(w));
        lookup("#assoc-site").<org.peerpulse.domain.Site>queryComboBox().getItems().stream().filter(s -> s != null
                && s.name().startsWith(siteNameStart)).findFirst().ifPresent(s -> lookup("#assoc-site")
                .<org.peerpulse.domain.Site>queryComboBox().getSelectionModel().select(s));
    }

    @Test
    void theTopStressorsViewShowsTheShareChoosingEachOption() {
        clickOn("#nav-stressors");
        waitUntil(() -> lookup("#top3-chart").tryQuery().isPresent()
                && !((javafx.scene.chart.BarChart<?, ?>) lookup("#top3-chart").query()).getData().isEmpty()
                && !((javafx.scene.chart.BarChart<?, ?>) lookup("#top3-chart").query()).getData().get(0).getData().isEmpty());
        var bars = ((javafx.scene.chart.BarChart<?, ?>) lookup("#top3-chart").query()).getData().get(0).getData();
        assertThat(bars).hasSizeGreaterThanOrEqualTo(5);
        // a "<5" is a count under 5, or one hidden beside a small site's: the note says both
        assertThat(lookup("#top3-note").queryAs(Label.class).getText()).contains("\"<5\": chosen by fewer than 5 people,"
                + " or hidden so that a small count cannot be worked out from the program's and the other sites'.");
        Snapshots.write(this, listTargetWindows().get(0).getScene(), "top-stressors");
        clickOn("#top3-as-table");
        waitUntil(() -> lookup("#top3-table").query().isVisible());
        assertThat(lookup("#top3-table").queryAs(TableView.class).getItems()).hasSize(10);
    }

    @Test
    void theHealthViewShowsTheSharesByWaveAndProQolWhereFielded() {
        clickOn("#nav-health");
        waitUntil(() -> lookup("#health-table").tryQuery().isPresent()
                && lookup("#health-table").queryAs(TableView.class).getItems().size() == 8);
        Snapshots.write(this, listTargetWindows().get(0).getScene(), "health-program");
        interact(() -> lookup("#health-site").queryComboBox().getSelectionModel().select(4)); // Victoria Outreach
        waitUntil(() -> lookup("#proqol-table").queryAs(TableView.class).getItems().size() == 3
                && lookup(".chart-note").queryAllAs(Label.class).stream().anyMatch(l -> l.getText().startsWith("Raw-score")));
        TableView<?> waves = lookup("#health-table").queryAs(TableView.class);
        asTallAsItsRows(waves, 8);
        TableView<?> proqol = lookup("#proqol-table").queryAs(TableView.class);
        asTallAsItsRows(proqol, 3);
        assertThat(proqol.getColumns().stream().mapToDouble(javafx.scene.control.TableColumn::getWidth).sum())
                .as("no blank column beside the figures").isCloseTo(proqol.getWidth() - 2, within(1.0)); // less the border
        Snapshots.write(this, listTargetWindows().get(0).getScene(), "health");
    }

    @Test
    void theTrendChartsShowTheirAxisNamesWholeAndTheTrendsChartTakesTheWindowsHeight() {
        waitUntil(() -> lookup("#trend-chart").tryQuery().isPresent()
                && lookup("#trend-chart").queryAs(LineChart.class).getData().size() == 5);
        axisNamesAreWhole("#measure-choice", lookup("#trend-chart").queryAs(LineChart.class), 5);

        clickOn("#nav-trends");
        waitUntil(() -> lookup("#trends-chart").tryQuery().isPresent()
                && lookup("#trends-chart").queryAs(LineChart.class).getData().size() == 1);
        LineChart<?, ?> chart = lookup("#trends-chart").queryAs(LineChart.class);
        Node page = chart.getParent().getParent();
        assertThat(chart.getHeight()).as("the chart reaches down to near the window's foot, not 420 px and blank below")
                .isGreaterThan(page.getLayoutBounds().getHeight() - 300);
        axisNamesAreWhole("#trends-measure", chart, 1);
    }

    /** Shows each measure in the chart and checks that no axis name is cut short ("…"). */
    private void axisNamesAreWhole(String measureChoice, LineChart<?, ?> chart, int lines) {
        for (Measure measure : Measure.values()) {
            interact(() -> lookup(measureChoice).queryComboBox().getSelectionModel().select(measure));
            String axis = Messages.tr(measure == Measure.MEAN ? "chart.axis.mean"
                    : measure == Measure.HIGH ? "chart.axis.high" : "chart.axis.top3");
            waitUntil(() -> axis.equals(chart.getYAxis().getLabel()) && chart.getData().size() == lines);
            interact(() -> { }); // laid out with the new name
            for (Node label : chart.lookupAll(".axis-label")) {
                String shown = ((javafx.scene.text.Text) ((Label) label).getChildrenUnmodifiable().stream()
                        .filter(javafx.scene.text.Text.class::isInstance).findFirst().orElseThrow()).getText();
                assertThat(shown).as(measureChoice + ", " + measure + ": the axis name is not cut short")
                        .isEqualTo(((Label) label).getText());
            }
        }
    }

    @Test
    void theTrendsViewDrawsTheProgramAndChosenSitesWithTheirTrendTestsAndAsATable() {
        clickOn("#nav-trends");
        waitUntil(() -> lookup("#trends-chart").tryQuery().isPresent()
                && lookup("#trends-chart").queryAs(LineChart.class).getData().size() == 1);
        clickOn("#trends-sites");
        clickOn("Surrey Overdose Prevention Site");
        type(javafx.scene.input.KeyCode.ESCAPE);
        waitUntil(() -> lookup("#trends-chart").queryAs(LineChart.class).getData().size() == 2
                && lookup("#trends-tests").queryAs(Label.class).getText().contains("Surrey Overdose Prevention Site: rising"));
        Snapshots.write(this, listTargetWindows().get(0).getScene(), "trends");
        assertThat(lookup("#trends-plans-note").queryAs(Label.class).getText()).startsWith("Shaded bands: plans");
        assertThat(lookup("#trends-plans-note").query().isVisible()).isTrue();
        clickOn("#trends-as-table");
        waitUntil(() -> lookup("#trends-table").query().isVisible());
        assertThat(lookup("#trends-plans-note").query().isVisible()).as("no shaded bands under a table").isFalse();
        assertThat(lookup("#trends-table").queryAs(TableView.class).getItems()).hasSize(16);
        Snapshots.write(this, listTargetWindows().get(0).getScene(), "trends-table");
        assertThat(lookup("#trends-table .number-column.table-cell").queryAllAs(javafx.scene.control.TableCell.class))
                .as("value, interval and n on the right, digits under digits").hasSizeGreaterThan(3 * 15)
                .allSatisfy(cell -> assertThat(cell.getAlignment()).isEqualTo(javafx.geometry.Pos.CENTER_RIGHT));
        interact(() -> lookup("#trends-measure").queryComboBox().getSelectionModel().select(Measure.MEAN));
        waitUntil(() -> lookup("#trends-tests").queryAs(Label.class).getText().startsWith("Trend of the mean score"));
        String verdict = "(rising|falling|no clear trend) over 8 waves \\(p [<=] [0-9.,]+\\)\\.";
        assertThat(lookup("#trends-tests").queryAs(Label.class).getText()).as("each series tested on its own means")
                .containsPattern("\\(Mann\u2013Kendall test\\): All sites: " + verdict
                        + " Surrey Overdose Prevention Site: " + verdict);
        clickOn("Surrey Overdose Prevention Site  \u2715");
        waitUntil(() -> lookup("#trends-table").queryAs(TableView.class).getItems().size() == 8);
        waitUntil(() -> !lookup("#trends-tests").queryAs(Label.class).getText().contains("Surrey"));
    }

    @Test
    void anAlertLeadsToItsSitesTrendInItsDomain() {
        waitUntil(() -> alert("Vancouver Supportive Housing, Housing").isPresent());
        clickOn(alert("Vancouver Supportive Housing, Housing").get());
        waitUntil(() -> lookup("#trends-chart").tryQuery().isPresent()
                && lookup("#trends-chart").queryAs(LineChart.class).getData().size() == 2);
        assertThat(lookup("#nav-trends").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
        assertThat(lookup("#trends-domain").queryComboBox().getValue()).isEqualTo(StressDomain.HOUSING);
        assertThat(lookup("#trends-measure").queryComboBox().getValue()).isEqualTo(Measure.HIGH);
        assertThat(trendsSites().getCheckModel().getCheckedItems()).extracting(org.peerpulse.domain.Site::name)
                .containsExactly("Vancouver Supportive Housing");
        Snapshots.write(this, listTargetWindows().get(0).getScene(), "trends-from-alert");

        // the Trends view already built, another site and measure chosen there: the next alert shows its site alone
        interact(() -> lookup("#trends-measure").queryComboBox().getSelectionModel().select(Measure.MEAN));
        clickOn("#trends-sites");
        clickOn("Victoria Outreach");
        type(javafx.scene.input.KeyCode.ESCAPE);
        clickOn("#nav-dashboard");
        waitUntil(() -> alert("Surrey Overdose Prevention Site, Financial").isPresent());
        clickOn(alert("Surrey Overdose Prevention Site, Financial").get());
        waitUntil(() -> trendsSites().getCheckModel().getCheckedItems().size() == 1
                && lookup("#trends-chart").queryAs(LineChart.class).getData().size() == 2);
        assertThat(trendsSites().getCheckModel().getCheckedItems()).extracting(org.peerpulse.domain.Site::name)
                .containsExactly("Surrey Overdose Prevention Site");
        assertThat(lookup("#trends-domain").queryComboBox().getValue()).isEqualTo(StressDomain.FINANCIAL);
        assertThat(lookup("#trends-measure").queryComboBox().getValue()).isEqualTo(Measure.HIGH);
        LineChart<?, ?> trends = lookup("#trends-chart").queryAs(LineChart.class);
        assertThat(trends.getData()).extracting(XYChart.Series::getName)
                .containsExactly("All sites", "Surrey Overdose Prevention Site");
    }

    private java.util.Optional<javafx.scene.control.Hyperlink> alert(String start) {
        return lookup(".alert-link").queryAllAs(javafx.scene.control.Hyperlink.class).stream()
                .filter(link -> link.getText().startsWith(start)).findFirst();
    }

    @SuppressWarnings("unchecked")
    private CheckComboBox<org.peerpulse.domain.Site> trendsSites() {
        return lookup("#trends-sites").queryAs(CheckComboBox.class);
    }

    @Test
    void programSettingsChangeTheHighStressThresholdEverywhere() {
        String before = lookup("#tile-financial .tile-base").queryAs(Label.class).getText();
        javafx.scene.control.MenuBar menus = lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.MenuItem item = menus.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "Program _settings\u2026".equals(i.getText())).findFirst().orElseThrow();
        javafx.application.Platform.runLater(item::fire);
        waitUntil(() -> lookup("#settings-threshold").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        javafx.scene.control.Spinner<Integer> threshold = lookup("#settings-threshold").queryAs(javafx.scene.control.Spinner.class);
        Label hint = lookup("#settings-threshold-hint").query();
        assertThat(hint.getText()).isEqualTo("An overall stress answer at or above this counts as high stress"
                + " (4 = Very or Extremely).");
        clickOn(threshold.getEditor()); // typed, then left: the spinner takes the value
        interact(threshold.getEditor()::selectAll);
        write("2");
        type(javafx.scene.input.KeyCode.TAB);
        waitUntil(() -> threshold.getValue() == 2);
        assertThat(hint.getText()).endsWith(" (2 = A little, Moderately, Very or Extremely).");
        interact(() -> { });
        CutShort.whole(hint);
        clickOn(threshold.lookup(".increment-arrow-button"));
        assertThat(hint.getText()).endsWith(" (3 = Moderately, Very or Extremely).");
        clickOn(threshold.lookup(".increment-arrow-button"));
        clickOn(threshold.lookup(".increment-arrow-button"));
        assertThat(threshold.getValue()).isEqualTo(5);
        assertThat(hint.getText()).endsWith(" (5 = Extremely only).");
        javafx.scene.control.Spinner<?> k = lookup("#settings-k").queryAs(javafx.scene.control.Spinner.class);
        Label kHint = lookup("#settings-k-hint").query();
        assertThat(kHint.getText()).isEqualTo("Groups of fewer people show no figure, and small counts show as \"<5\","
                + " meaning fewer than 5 (3 to 20; 5 is usual).");
        clickOn(k.lookup(".increment-arrow-button"));
        assertThat(kHint.getText()).contains("\"<6\", meaning fewer than 6");
        clickOn(k.lookup(".decrement-arrow-button"));
        Snapshots.write(this, threshold.getScene(), "settings");
        CutShort.whole(hint, kHint);
        clickOn("OK");
        waitUntil(() -> !lookup("#tile-financial .tile-base").queryAs(Label.class).getText().equals(before));
        assertThat(lookup(".page-heading").queryAs(Label.class).getText()).contains("high stress = 5 or more");
    }

    private String tileValue(StressDomain domain) {
        return lookup("#tile-" + domain.code() + " .tile-value").tryQueryAs(Label.class)
                .map(Label::getText).orElse("");
    }

    @SuppressWarnings("unchecked")
    private LineChart<String, Number> chart() {
        return lookup("#trend-chart").queryAs(LineChart.class);
    }

    private List<Number> seriesValues(StressDomain domain) {
        return chart().getData().get(domain.ordinal()).getData().stream().map(XYChart.Data::getYValue).toList();
    }

    /** The table shows its {@code rows} rows and nothing under them: no blank rows, no blank strip. */
    private static void asTallAsItsRows(TableView<?> table, int rows) {
        double shown = table.lookup(".virtual-flow").getLayoutBounds().getHeight();
        assertThat(shown - rows * table.getFixedCellSize()).as(table.getId() + ": blank under its " + rows + " rows")
                .isBetween(0.0, 3.0);
    }
}
