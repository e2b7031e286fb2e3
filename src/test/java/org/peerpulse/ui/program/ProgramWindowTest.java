package org.peerpulse.ui.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerpulse.ui.ShownDialogs.waitUntil;
import static org.peerpulse.ui.ShownDialogs.waitUntilStored;

import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerpulse.domain.Site;
import org.peerpulse.service.AppContext;
import org.peerpulse.service.ProgramService.SiteEntry;
import org.peerpulse.storage.Database;
import org.peerpulse.ui.FxTaskRunner;
import org.peerpulse.ui.Snapshots;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** The sites-and-waves window on the demo program, driven as a user drives it. */
class ProgramWindowTest extends FxRobot {
    private final AppContext context = new AppContext(Database.inMemory(UUID.randomUUID().toString()),
            Clock.systemUTC());
    private final FxTaskRunner runner = new FxTaskRunner();
    private final AtomicInteger changes = new AtomicInteger();
    private Stage stage;

    @BeforeEach
    void open() throws Exception {
        context.demo().load(2019);
        FxToolkit.registerPrimaryStage();
        stage = WaitForAsyncUtils.asyncFx(() -> ProgramWindow.open(context, runner, null, changes::incrementAndGet))
                .get(30, TimeUnit.SECONDS);
        waitUntil(() -> sites().getItems().size() == 4 && waves().getItems().size() == 8);
        interact(() -> {
            stage.toFront();
            stage.requestFocus();
        });
        targetWindow(stage);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        runner.close();
        context.close();
    }

    @Test
    void aSiteIsAddedAndRenamedByKeyboard() {
        press(KeyCode.ALT).press(KeyCode.A).release(KeyCode.A).release(KeyCode.ALT);
        dialogOpened("#site-name");
        write("Kamloops Outreach").push(KeyCode.TAB).write("KAM").push(KeyCode.TAB).write("Interior");
        push(KeyCode.ENTER);
        waitUntil(() -> sites().getItems().size() == 5);
        Site added = context.program().findSite("KAM").orElseThrow();
        assertThat(added.name()).isEqualTo("Kamloops Outreach");
        assertThat(added.region()).isEqualTo("Interior");
        assertThat(changes).hasValue(1);

        clickOn("Kamloops Outreach");
        push(KeyCode.ENTER);
        dialogOpened("#site-name");
        push(KeyCode.CONTROL, KeyCode.A).write("Kamloops Mobile Outreach").push(KeyCode.ENTER);
        waitUntilStored(() -> context.program().findSite("KAM").orElseThrow().name().equals("Kamloops Mobile Outreach"));
        waitUntil(() -> sites().getItems().stream().anyMatch(e -> e.site().name().equals("Kamloops Mobile Outreach")));
        assertThat(sites().getSelectionModel().getSelectedItem().site().code()).isEqualTo("KAM");
        assertThat(label("#program-status").getText()).isEqualTo("Saved the site Kamloops Mobile Outreach.");
    }

    @Test
    void aDuplicateNameIsRefusedBeforeSaving() {
        clickOn("#add-site");
        dialogOpened("#site-name");
        write("surrey overdose prevention site");
        waitUntil(() -> label("#site-problem").isVisible());
        assertThat(label("#site-problem").getText()).isEqualTo(
                "There is already a site called Surrey Overdose Prevention Site (SUR).");
        assertThat(lookup("#site-save").queryButton().isDisabled()).isTrue();
        Snapshots.write(this, lookup("#site-name").query().getScene(), "program-site-duplicate");
        push(KeyCode.ENTER);
        push(KeyCode.ESCAPE);
        waitUntil(() -> lookup("#site-name").tryQuery().isEmpty());
        assertThat(context.program().sites()).hasSize(4);
        assertThat(changes).hasValue(0);
    }

    @Test
    void aSiteIsFoundByTypingPartOfItsName() {
        clickOn("#program-find-site").write("victoria").push(KeyCode.ENTER);
        waitUntil(() -> sites().getSelectionModel().getSelectedItem() != null);
        assertThat(sites().getSelectionModel().getSelectedItem().site().code()).isEqualTo("VIC");
        assertThat(lookup("#edit-site").queryButton().isDisabled()).as("ready to edit").isFalse();
    }

    @Test
    void twoSitesAreMergedThroughTheDialog() {
        SiteEntry pg = entry("PG");
        SiteEntry surrey = entry("SUR");
        clickOn("Prince George Drop-in (demo)");
        clickOn("#merge-site");
        dialogOpened("#merge-target");
        assertThat(lookup("#merge-confirm").queryButton().isDisabled()).isTrue();
        clickOn("#merge-target");
        clickOn((Node) lookup(".list-cell").match(LabeledMatchers.hasText("Surrey Overdose Prevention Site (SUR)"))
                .query());
        waitUntil(() -> !lookup("#merge-confirm").queryButton().isDisabled());
        assertThat(label("#merge-explanation").getText()).isEqualTo(pg.responses()
                + " responses of Prince George Drop-in will move to Surrey Overdose Prevention Site,"
                + " and Prince George Drop-in will be deleted. This cannot be undone.");
        Snapshots.write(this, lookup("#merge-explanation").query().getScene(), "program-merge");
        clickOn("#merge-confirm");
        waitUntil(() -> sites().getItems().size() == 3);
        assertThat(context.program().findSite("PG")).isEmpty();
        assertThat(entry("SUR").responses()).isEqualTo(surrey.responses() + pg.responses());
        assertThat(context.program().sitesWithCounts()).filteredOn(e -> "SUR".equals(e.site().code()))
                .singleElement().satisfies(e -> assertThat(e.responses()).isEqualTo(surrey.responses() + pg.responses()));
        assertThat(sites().getSelectionModel().getSelectedItem().site().code()).isEqualTo("SUR");
        assertThat(changes).hasValue(1);

        clickOn("Victoria Outreach (demo)");
        clickOn("#archive-site");
        waitUntil(() -> entry("VIC").site().archived());
        assertThat(((Button) lookup("#archive-site").query()).getText()).isEqualTo("Unarc_hive");
        Snapshots.write(this, stage.getScene(), "program-sites");
    }

    @Test
    void aWaveIsRelabelledByKeyboardAndKeepsItsResponses() {
        long responses = context.program().wavesWithCounts().get(0).responses();
        clickOn("2019-09 (demo)");
        push(KeyCode.ENTER);
        dialogOpened("#wave-label");
        push(KeyCode.CONTROL, KeyCode.A).write("2020_03");
        waitUntil(() -> label("#wave-problem").getText().equals("There is already a wave labelled 2020-03."));
        assertThat(lookup("#wave-save").queryButton().isDisabled()).isTrue();
        push(KeyCode.CONTROL, KeyCode.A).write("Autumn 2019").push(KeyCode.ENTER);
        waitUntilStored(() -> context.program().findWave("autumn-2019").isPresent());
        assertThat(context.program().wavesWithCounts().get(0).responses()).isEqualTo(responses);
        waitUntil(() -> waves().getSelectionModel().getSelectedIndex() == 0);
        assertThat(context.program().findWave("2019-09")).isEmpty();
        Snapshots.write(this, stage.getScene(), "program-waves");
    }

    /** Waits for a dialog showing {@code query}; what is typed next goes to it. */
    private void dialogOpened(String query) {
        waitUntil(() -> lookup(query).tryQuery().isPresent());
        targetWindow(lookup(query).query().getScene().getWindow());
    }

    private SiteEntry entry(String code) {
        return sites().getItems().stream().filter(e -> code.equals(e.site().code())).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private TableView<SiteEntry> sites() {
        return lookup("#program-sites").queryAs(TableView.class);
    }

    private TableView<?> waves() {
        return lookup("#program-waves").queryAs(TableView.class);
    }

    private Label label(String query) {
        return lookup(query).queryAs(Label.class);
    }

}
