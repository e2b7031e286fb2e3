package org.peerpulse.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerpulse.ui.ShownDialogs.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerpulse.domain.Setting;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.SiteId;
import org.peerpulse.service.AppContext;
import org.peerpulse.service.Overview;
import org.peerpulse.storage.Database;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * A program with more sites than a list shows at once. Typing part of a site's name or code offers
 * the sites that match; the one chosen is checked in the dashboard's and trends' site filters, or
 * shown in the sites table. The dashboard's alerts beyond the first six lead to the Sites view.
 * The trends view draws at most seven sites beside the program, as its chart has eight line
 * styles; an eighth site checked is unchecked again and the view says why.
 */
class ManySitesViewsTest extends FxRobot {
    @TempDir
    Path folder;
    private final AppContext context = new AppContext(Database.inMemory(UUID.randomUUID().toString()), Clock.systemUTC());
    private final FxTaskRunner runner = new FxTaskRunner();

    @BeforeEach
    void thirtySitesThenOpen() throws Exception {
        org.peerpulse.service.ManySites.fill(context, folder, 30);
        FxToolkit.registerPrimaryStage();
        ShownWindow.show(context, runner, (owner, title, name, description) -> Optional.empty());
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        runner.close();
        context.close();
    }

    @Test
    void sitesMatchingWhatIsTypedAreOfferedAndTheOneClickedIsChecked() {
        waitUntil(() -> filter("#site-filter").getItems().size() == 30);

        clickOn("#dashboard-find-site").write("2");
        waitUntil(() -> offers().isPresent() && offers().get().isVisible() && !offers().get().getItems().isEmpty());
        assertThat(offers().get().getItems()).extracting(site -> ((Site) site).name()).containsExactly(
                "Site 02", "Site 12", "Site 20", "Site 21", "Site 22", "Site 23", "Site 24", "Site 25", "Site 26",
                "Site 27", "Site 28", "Site 29");
        Snapshots.write(this, lookup("#dashboard-find-site").query().getScene(), "dashboard-find-site");
        Snapshots.write(this, offers().get().getScene(), "dashboard-find-site-offers");

        clickOn("Site 27");
        waitUntil(() -> filter("#site-filter").getCheckModel().getCheckedItems().size() == 1);
        assertThat(filter("#site-filter").getCheckModel().getCheckedItems()).extracting(Site::name)
                .containsExactly("Site 27");
        assertThat(lookup(".chip").queryAll()).extracting(node -> ((javafx.scene.control.Labeled) node).getText())
                .anySatisfy(text -> assertThat(text).startsWith("Site 27"));
        assertThat(lookup("#dashboard-find-site").queryAs(TextField.class).getText()).as("ready for the next").isEmpty();
    }

    @Test
    void enterTakesTheOnlyMatchByNameOrCode() {
        waitUntil(() -> filter("#site-filter").getItems().size() == 30);

        clickOn("#dashboard-find-site").write("s17").type(KeyCode.ENTER);
        waitUntil(() -> !filter("#site-filter").getCheckModel().getCheckedItems().isEmpty());
        assertThat(filter("#site-filter").getCheckModel().getCheckedItems()).extracting(Site::name)
                .containsExactly("Site 17");

        clickOn("#dashboard-find-site").write("Site 1").type(KeyCode.ENTER); // eleven match: none taken
        sleepBriefly();
        assertThat(filter("#site-filter").getCheckModel().getCheckedItems()).hasSize(1);
    }

    @Test
    void theTrendsViewChecksTheSiteFound() {
        clickOn("#nav-trends");
        waitUntil(() -> lookup("#trends-sites").tryQuery().isPresent() && filter("#trends-sites").getItems().size() == 30);

        clickOn("#trends-find-site").write("S05").type(KeyCode.ENTER);
        waitUntil(() -> !filter("#trends-sites").getCheckModel().getCheckedItems().isEmpty());
        assertThat(filter("#trends-sites").getCheckModel().getCheckedItems()).extracting(Site::name)
                .containsExactly("Site 05");
    }

    @Test
    void theSitesViewSelectsTheSiteFoundAndScrollsToIt() {
        clickOn("#nav-sites");
        waitUntil(() -> lookup("#sites-heatmap").tryQuery().isPresent() && table().getItems().size() == 30);
        assertThat(cellsShowing("Site 29")).as("below the fold at first").isEmpty();

        clickOn("#sites-find-site").write("29").type(KeyCode.ENTER);
        waitUntil(() -> !table().getSelectionModel().getSelectedItems().isEmpty());
        Overview.SiteRow selected = (Overview.SiteRow) table().getSelectionModel().getSelectedItem();
        assertThat(selected.site().name()).isEqualTo("Site 29");
        waitUntil(() -> !cellsShowing("Site 29").isEmpty());
        Snapshots.write(this, table().getScene(), "sites-find-site");
    }

    @Test
    void aSiteIsChosenInTheHealthViewByTypingPartOfItsName() {
        clickOn("#nav-health");
        waitUntil(() -> lookup("#health-site").tryQuery().isPresent()
                && lookup("#health-site").queryComboBox().getItems().size() == 31);

        clickOn("#health-site").write("27");
        Snapshots.write(this, lookup("#health-site").query().getScene(), "health-find-site");
        type(KeyCode.ENTER);

        waitUntil(() -> lookup("#health-site").queryComboBox().getValue() != null);
        assertThat(((Site) lookup("#health-site").queryComboBox().getValue()).name()).isEqualTo("Site 27");
        // this program has no health answers: the distribution says so instead of five zeros
        waitUntil(() -> healthCells().contains("No answers"));
        assertThat(healthCells()).noneMatch(text -> text.startsWith("1: 0"));
    }

    @Test
    void theAlertsBeyondTheFirstSixLinkToTheSitesView() {
        waitUntil(() -> lookup("#alerts-more").tryQuery().isPresent());
        assertThat(lookup("#alerts-more").queryAs(Hyperlink.class).getText())
                .isEqualTo("\u2026 and 6 more: see Sites for every site and domain.");

        clickOn("#alerts-more");
        waitUntil(() -> lookup("#sites-heatmap").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(lookup("#nav-sites").queryAs(ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void anEighthSiteIsNotDrawnAndTheViewSaysWhy() {
        clickOn("#nav-trends");
        waitUntil(() -> lookup("#trends-sites").tryQuery().isPresent()
                && filter("#trends-sites").getItems().size() == 30);
        interact(() -> {
            for (int site = 0; site < 7; site++) {
                filter("#trends-sites").getCheckModel().check(site);
            }
        });
        waitUntil(() -> trendsChart().getData().size() == 8);
        assertThat(lookup("#trends-too-many").query().isVisible()).isFalse();
        waitUntil(() -> lookup("#trends-tests").queryAs(Label.class).getText().contains("Site 07"));
        String tests = lookup("#trends-tests").queryAs(Label.class).getText(); // one wave: nothing can be tested
        assertThat(tests).contains("All sites, Site 01, Site 02, Site 03, Site 04, Site 05, Site 06, Site 07: not tested"
                + " (too few waves with enough responses).");
        assertThat(tests.split("not tested", -1)).as("said once, not once per line").hasSize(2);

        interact(() -> filter("#trends-sites").getCheckModel().check(7));
        waitUntil(() -> filter("#trends-sites").getCheckModel().getCheckedItems().size() == 7);
        assertThat(filter("#trends-sites").getCheckModel().isChecked(7)).as("the eighth unchecked again").isFalse();
        assertThat(lookup("#trends-too-many").queryAs(Label.class).isVisible()).isTrue();
        assertThat(lookup("#trends-too-many").queryAs(Label.class).getText()).startsWith("At most 7 sites");
        assertThat(trendsChart().getData()).hasSize(8);
        Snapshots.write(this, lookup("#trends-chart").query().getScene(), "trends-too-many-sites");

        interact(() -> filter("#trends-sites").getCheckModel().clearCheck(0));
        waitUntil(() -> trendsChart().getData().size() == 7);
        assertThat(lookup("#trends-too-many").query().isVisible()).as("said until the choice changes").isFalse();
    }

    @Test
    void matchingIgnoresCaseLooksAtNamesAndCodesAndOffersAtMostTwelve() {
        List<Site> sites = IntStream.rangeClosed(1, 30).mapToObj(i -> new Site(new SiteId(i),
                String.format("Site %02d", i), String.format("S%02d", i), null, Setting.OTHER, false, false)).toList();

        assertThat(matching(sites, "  sITe 3 ")).extracting(Site::name).containsExactly("Site 30");
        assertThat(matching(sites, "3")).extracting(Site::name).containsExactly("Site 03", "Site 13",
                "Site 23", "Site 30");
        assertThat(matching(sites, "s3")).extracting(Site::name).containsExactly("Site 30");
        assertThat(matching(sites, "site")).hasSize(SiteFinder.MOST_OFFERED);
        assertThat(matching(sites, " ")).isEmpty();
        assertThat(matching(sites, "Outreach")).isEmpty();
    }

    private static List<Site> matching(List<Site> sites, String typed) {
        return SiteFinder.matching(sites, Function.identity(), typed);
    }

    @SuppressWarnings("unchecked")
    private CheckComboBox<Site> filter(String id) {
        return lookup(id).queryAs(CheckComboBox.class);
    }

    private LineChart<?, ?> trendsChart() {
        return lookup("#trends-chart").queryAs(LineChart.class);
    }

    private Optional<ListView<?>> offers() {
        return lookup(".auto-complete-popup").match(node -> node instanceof ListView).tryQueryAs(ListView.class)
                .map(list -> (ListView<?>) list);
    }

    private TableView<?> table() {
        return lookup("#sites-heatmap").queryAs(TableView.class);
    }

    private List<String> healthCells() {
        return lookup(".table-cell").queryAll().stream().filter(Node::isVisible)
                .map(cell -> ((TableCell<?, ?>) cell).getText()).filter(java.util.Objects::nonNull).toList();
    }

    private List<Node> cellsShowing(String text) {
        return lookup("#sites-heatmap .table-cell").queryAll().stream()
                .filter(cell -> text.equals(((TableCell<?, ?>) cell).getText()) && cell.isVisible()).toList();
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
