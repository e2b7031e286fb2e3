package org.peerpulse.ui.interventions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.peerpulse.ui.ShownDialogs.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerpulse.analysis.FollowUp;
import org.peerpulse.domain.InterventionStatus;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.domain.Support;
import org.peerpulse.service.InterventionReport;
import org.peerpulse.ui.AppUnderTest;
import org.peerpulse.ui.CutShort;
import org.peerpulse.ui.Snapshots;
import org.peerpulse.ui.dashboard.InterventionBand;
import org.peerpulse.ui.dashboard.TrendChart;
import org.testfx.api.FxRobot;

/** Planning supports in the real app on the demo program, and seeing them on the charts and in the follow-up. */
class InterventionsUiTest extends FxRobot {
    /** The demo's waves are every six months from 2019-09-15: the 2021-03 wave is dated 2021-03-15. */
    private static final LocalDate WAVE_2021_03 = LocalDate.of(2021, 3, 15);
    @TempDir
    static Path folder;
    private javafx.application.Application app;

    @BeforeEach
    void startTheApp() throws Exception {
        app = AppUnderTest.start(folder.resolve("program-" + System.nanoTime()));
        waitUntil(() -> lookup("#trend-chart").tryQuery().isPresent()
                && !lookup("#trend-chart").queryAs(LineChart.class).getData().isEmpty());
    }

    @AfterEach
    void stopTheApp() throws Exception {
        AppUnderTest.stop(app);
    }

    @Test
    void aSupportPlannedFromTheTrendsViewAppearsAsAMarkerAtItsStartOnTheChart() {
        clickOn("#nav-trends");
        waitUntil(() -> lookup("#trends-chart").tryQuery().isPresent() && chart().getData().size() == 1);
        interact(() -> lookup("#trends-domain").queryComboBox().getSelectionModel().select(StressDomain.RESOURCES));
        clickOn("#trends-sites");
        clickOn("Surrey Overdose Prevention Site");
        type(javafx.scene.input.KeyCode.ESCAPE);
        waitUntil(() -> chart().getData().size() == 2);
        assertThat(chart().interventionBands()).isEmpty(); // the demo has no plan on resources

        clickOn("#trends-plan");
        waitUntil(() -> lookup("#plan-title").tryQuery().isPresent());
        assertThat(lookup("#plan-domain-resources").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(lookup("#plan-domain-financial").queryAs(CheckBox.class).isSelected()).isFalse();
        assertThat(sitesChoice().getCheckModel().getCheckedItems()).extracting(Site::name)
                .containsExactly("Surrey Overdose Prevention Site");
        assertThat(lookup("#plan-save").query().isDisabled()).isTrue(); // no title yet
        assertThat(lookup("#plan-problem").queryAs(javafx.scene.control.Label.class).getText()).contains("title");
        TextField title = lookup("#plan-title").queryAs(TextField.class);
        interact(() -> {
            title.setText("Referral pathways pilot");
            lookup("#plan-start").queryAs(DatePicker.class).setValue(WAVE_2021_03);
        });
        assertThat(lookup("#plan-save").query().isDisabled()).isFalse();
        Snapshots.write(this, title.getScene(), "plan-dialog-from-trends");
        clickOn("#plan-save");

        waitUntil(() -> chart().interventionBands().size() == 1);
        InterventionBand band = chart().interventionBands().get(0);
        double expected = ((CategoryAxis) chart().getXAxis()).getDisplayPosition("2021-03");
        waitUntil(() -> band.isVisible() && Math.abs(band.getLayoutX() - expected) < 0.5);
        assertThat(band.getParent()).isNotNull();
        assertThat(band.getWidth()).isGreaterThan(10); // still running: a band to the chart's edge
        assertThat(band.tooltip().getText()).startsWith("Referral pathways pilot");
        moveTo(band);
        Snapshots.write(this, band.getScene(), "trends-intervention");
    }

    @Test
    void aPlanCreatedOnTheInterventionsScreenIsListedAndItsSmallGroupsShowHidden() {
        clickOn("#nav-interventions");
        waitUntil(() -> lookup("#plans-table").tryQuery().isPresent() && plans().getItems().size() == 4
                && !followUp().getItems().isEmpty());
        Snapshots.write(this, lookup("#plans-table").query().getScene(), "interventions");
        assertThat(lookup("#followup-table .table-cell").queryAllAs(javafx.scene.control.TableCell.class))
                .as("the test named as every other view names it").extracting(cell -> String.valueOf(cell.getText()))
                .noneMatch(text -> text.contains("\u03c7"))
                .anyMatch(text -> text.equals("chi-square\np = 0.99"));
        assertThat(FollowUpText.summary(plans().getSelectionModel().getSelectedItem(), followUp().getItems().get(0)))
                .contains("(chi-square p = 0.99)");
        CutShort.nothingIn(plans()); // at 1280 pixels every title, support, site list and owner on two lines at most
        assertThat(lookup("#plans-table .table-cell").queryAllAs(javafx.scene.control.TableCell.class))
                .as("a one-line date in the middle of its two-line row, level with the names")
                .filteredOn(cell -> "Oct 1, 2020".equals(cell.getText())).singleElement().satisfies(cell -> {
                    javafx.geometry.Bounds text = cell.lookup(".text").getBoundsInParent();
                    assertThat(text.getCenterY()).isCloseTo(cell.getHeight() / 2, within(3.0));
                });
        assertThat(plans().lookup(".virtual-flow").getLayoutBounds().getHeight()).as("as tall as its four plans")
                .isCloseTo(4 * plans().getFixedCellSize(), within(3.0));
        assertThat(followUp().lookupAll(".table-row-cell")).as("the follow-up's rows under its last, blank")
                .filteredOn(row -> ((TableRow<?>) row).isEmpty()).isNotEmpty()
                .allSatisfy(row -> assertThat(((TableRow<?>) row).getBackground() == null || ((TableRow<?>) row)
                        .getBackground().getFills().stream().allMatch(fill -> Color.TRANSPARENT.equals(fill.getFill())))
                        .isTrue());
        assertThat(lookup("#plans-table .table-cell").queryAllAs(javafx.scene.control.TableCell.class))
                .as("a title cut to its column is whole on hover")
                .anySatisfy(cell -> assertThat(cell.getTooltip()).isNotNull()
                        .extracting(javafx.scene.control.Tooltip::getText).isEqualTo("Housing navigation for peer staff"));

        clickOn("#plan-new");
        waitUntil(() -> lookup("#plan-title").tryQuery().isPresent());
        assertThat(lookup("#plan-save").query().isDisabled()).isTrue();
        @SuppressWarnings("unchecked")
        ComboBox<Support> support = lookup("#plan-support").queryAs(ComboBox.class);
        interact(() -> support.setValue(support.getItems().stream()
                .filter(s -> s != null && s.name().equals("Grief circles")).findFirst().orElseThrow()));
        // the last wave before 2022-06-01 is 2022-03, where Prince George had fewer than 5 responses
        DatePicker start = lookup("#plan-start").queryAs(DatePicker.class);
        clickOn(start.getEditor());
        interact(start.getEditor()::selectAll); // over today's date, filled in
        write("2022-06-01").type(KeyCode.TAB); // typed as ISO, shown as the tables show it
        waitUntil(() -> LocalDate.of(2022, 6, 1).equals(start.getValue()));
        assertThat(start.getEditor().getText()).isEqualTo(org.peerpulse.ui.Formats.date(LocalDate.of(2022, 6, 1)));
        DatePicker end = lookup("#plan-end").queryAs(DatePicker.class);
        clickOn(end.getEditor()).write(org.peerpulse.ui.Formats.date(LocalDate.of(2023, 3, 10))).type(KeyCode.TAB);
        waitUntil(() -> LocalDate.of(2023, 3, 10).equals(end.getValue())); // typed as the tables show it
        clickOn(end.getEditor());
        interact(end.getEditor()::clear);
        type(KeyCode.TAB);
        waitUntil(() -> end.getValue() == null); // cleared: no end
        clickOn("#plan-find-site").write("prince").type(KeyCode.ENTER); // found by typing, as among many sites
        waitUntil(() -> !sitesChoice().getCheckModel().getCheckedItems().isEmpty());
        assertThat(sitesChoice().getCheckModel().getCheckedItems()).extracting(Site::name)
                .containsExactly("Prince George Drop-in");
        assertThat(lookup("#plan-title").tryQuery()).as("Enter in the finder does not save the plan").isPresent();
        assertThat(lookup("#plan-title").queryAs(TextField.class).getText()).isEqualTo("Grief circles");
        assertThat(lookup("#plan-domain-trauma").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(lookup("#plan-save").query().isDisabled()).isFalse();
        Snapshots.write(this, lookup("#plan-title").query().getScene(), "plan-dialog");
        clickOn("#plan-save");

        waitUntil(() -> plans().getItems().size() == 5);
        InterventionReport grief = plans().getItems().stream()
                .filter(r -> r.intervention().title().equals("Grief circles")).findFirst().orElseThrow();
        assertThat(grief.intervention().status()).isEqualTo(InterventionStatus.PLANNED);
        interact(() -> plans().getSelectionModel().select(grief));
        waitUntil(() -> followUp().getItems().size() == 1
                && followUp().getItems().get(0).site().equals(grief.intervention().sites().get(0)));
        FollowUp row = followUp().getItems().get(0);
        assertThat(row.domain()).isEqualTo(StressDomain.TRAUMA);
        assertThat(row.before().wave().label()).isEqualTo("2022-03");
        assertThat(row.outcome()).isEqualTo(FollowUp.Outcome.SUPPRESSED);
        assertThat(lookup("#followup-table .table-cell.suppressed").queryAllAs(javafx.scene.control.TableCell.class))
                .isNotEmpty().allSatisfy(cell -> assertThat(cell.getText()).contains("2022-03").contains("hidden")
                        .doesNotContain("%"));
        assertThat(FollowUpText.summary(grief, row)).as("which figure is hidden, beside the row's other figures")
                .startsWith("Death and trauma at Prince George Drop-in: the last wave before the start (2022-03) is"
                        + " hidden (fewer than 5 responses, or hidden to protect a small group), so before and after"
                        + " cannot be compared.").doesNotContain("%");
        Snapshots.write(this, lookup("#plans-table").query().getScene(), "interventions-hidden");
        CutShort.nothingIn(plans()); // five plans: still whole
        Label limits = lookup("#followup-limits").query();
        assertThat(((javafx.scene.text.Text) limits.lookup(".text")).getText()).as("how to read it, whole")
                .isEqualTo(limits.getText());

        interact(() -> lookup("#plan-set-status").queryComboBox().getSelectionModel().select(InterventionStatus.ACTIVE));
        waitUntil(() -> plans().getItems().stream().anyMatch(r -> r.intervention().title().equals("Grief circles")
                && r.intervention().status() == InterventionStatus.ACTIVE));
    }

    @Test
    void theSitesViewPlansASupportForTheChosenCellsSiteAndStressor() {
        clickOn("#nav-sites");
        waitUntil(() -> lookup("#sites-heatmap").tryQuery().isPresent()
                && !lookup("#sites-heatmap").queryAs(TableView.class).getItems().isEmpty());
        assertThat(lookup("#sites-plan").query().isDisabled()).isTrue();
        TableView<?> heatmap = lookup("#sites-heatmap").queryAs(TableView.class);
        int surrey = 0;
        while (!heatmap.getItems().get(surrey).toString().contains("Surrey")) {
            surrey++;
        }
        int row = surrey;
        var housing = heatmap.getColumns().stream().filter(c -> c.getText().equals("Housing")).findFirst().orElseThrow();
        interact(() -> heatmap.getSelectionModel().select(row, (javafx.scene.control.TableColumn) housing));
        clickOn("#sites-plan");
        waitUntil(() -> lookup("#plan-title").tryQuery().isPresent());
        assertThat(sitesChoice().getCheckModel().getCheckedItems()).extracting(Site::name)
                .containsExactly("Surrey Overdose Prevention Site");
        assertThat(lookup("#plan-domain-housing").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(StressDomain.values()).filteredOn(d -> d != StressDomain.HOUSING).allSatisfy(d ->
                assertThat(lookup("#plan-domain-" + d.code()).queryAs(CheckBox.class).isSelected()).isFalse());
        clickOn("Cancel");
    }

    @Test
    void theLibraryTakesANewSupportAndRetiresIt() {
        clickOn("#nav-interventions");
        waitUntil(() -> lookup("#plans-table").tryQuery().isPresent() && plans().getItems().size() == 4);
        clickOn("Supports library");
        TableView<Support> library = library();
        waitUntil(() -> library.getItems().size() >= 19);
        int before = library.getItems().size();
        clickOn("#library-add");
        waitUntil(() -> lookup("#support-name").tryQuery().isPresent());
        assertThat(lookup("#support-save").query().isDisabled()).isTrue();
        interact(() -> {
            lookup("#support-name").queryAs(TextField.class).setText("Peer mentoring");
            lookup("#support-domain-work").queryAs(CheckBox.class).setSelected(true);
        });
        Snapshots.write(this, lookup("#support-name").query().getScene(), "support-dialog");
        clickOn("#support-save");
        waitUntil(() -> library.getItems().size() == before + 1);
        Support added = library.getItems().stream().filter(s -> s.name().equals("Peer mentoring")).findFirst()
                .orElseThrow();
        assertThat(added.domains()).containsExactly(StressDomain.WORK);
        interact(() -> library.getSelectionModel().select(added));
        clickOn("#library-retire");
        waitUntil(() -> library.getItems().stream().anyMatch(s -> s.name().equals("Peer mentoring") && s.retired()));
        Snapshots.write(this, library.getScene(), "interventions-library");
        CutShort.nothingIn(library); // the library's own supports, whole at 1280 pixels
    }

    private TrendChart chart() {
        return lookup("#trends-chart").queryAs(TrendChart.class);
    }

    @SuppressWarnings("unchecked")
    private CheckComboBox<Site> sitesChoice() {
        return lookup("#plan-sites").queryAs(CheckComboBox.class);
    }

    @SuppressWarnings("unchecked")
    private TableView<InterventionReport> plans() {
        return lookup("#plans-table").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private TableView<FollowUp> followUp() {
        return lookup("#followup-table").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private TableView<Support> library() {
        return lookup("#library-table").queryAs(TableView.class);
    }

}
