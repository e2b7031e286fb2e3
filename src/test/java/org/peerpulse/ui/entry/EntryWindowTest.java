package org.peerpulse.ui.entry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerpulse.domain.Response;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.StoredResponse;
import org.peerpulse.domain.Wave;
import org.peerpulse.service.AppContext;
import org.peerpulse.ui.FxTaskRunner;
import org.peerpulse.ui.Snapshots;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The paper-survey window on a demo program, typed from the keyboard as a data coordinator types. */
class EntryWindowTest extends FxRobot {
    private static final String SURREY = "Surrey Overdose Prevention Site";
    @TempDir
    static Path folder;
    /** The pom trims stack traces to this class's lines; a failure inside JavaFX is printed whole. */
    @org.junit.jupiter.api.extension.RegisterExtension
    final org.junit.jupiter.api.extension.TestExecutionExceptionHandler printer = (ctx, t) -> {
        t.printStackTrace();
        throw t;
    };
    private final AtomicInteger changes = new AtomicInteger();
    private AppContext context;
    private FxTaskRunner runner;
    private Stage stage;

    @BeforeEach
    void openTheWindow() throws Exception {
        context = AppContext.open(folder.resolve("program-" + System.nanoTime()));
        context.demo().load(2019);
        runner = new FxTaskRunner();
        FxToolkit.registerPrimaryStage();
        stage = FxToolkit.setupFixture(() -> EntryWindow.open(context, runner, null, changes::incrementAndGet));
        waitUntil(() -> !combo("#entry-site").getItems().isEmpty());
        interact(() -> combo("#entry-site").requestFocus());
        waitUntil(() -> focused() == combo("#entry-site"));
    }

    @AfterEach
    void closeTheWindow() throws Exception {
        FxToolkit.cleanupStages();
        runner.close();
        context.close();
    }

    @Test
    void aWholeResponseIsTypedWithTheKeyboardAndTheFormIsReadyForTheNext() {
        write("surrey");
        type(KeyCode.TAB);
        write("2023-03");
        type(KeyCode.TAB);
        assertThat(focused()).isSameAs(find("#respondent").query());
        write("QX07");
        type(KeyCode.TAB);
        write("2023-03-10");
        type(KeyCode.TAB);
        assertThat(focused().getId()).isEqualTo("item-fin_overall");
        for (char digit : "43545234414535025".toCharArray()) { // 17 stressor items; the 0 leaves trauma_overall blank
            write(String.valueOf(digit));
            if (digit == '0') {
                type(KeyCode.TAB);
            }
        }
        assertThat(focused().getId()).isEqualTo("top3-financial");
        // financial, work, resources; then a fourth (trauma) is refused
        type(KeyCode.SPACE, KeyCode.TAB, KeyCode.SPACE, KeyCode.TAB, KeyCode.TAB, KeyCode.SPACE, KeyCode.TAB,
                KeyCode.SPACE);
        assertThat(checkBox("#top3-resources").isSelected()).isTrue();
        assertThat(checkBox("#top3-trauma").isSelected()).isFalse();
        assertThat(find("#top3-problem").queryAs(Label.class).getText()).isEqualTo("At most 3 choices: untick one first.");
        for (int i = 0; i < 6; i++) {
            type(KeyCode.TAB);
        }
        assertThat(focused().getId()).isEqualTo("item-srh");
        write("2");
        write("4");
        write("3");
        write("p"); // employment: part-time
        write("u");
        write("u"); // housing: two choices start with u, so the second u moves from unstable to unhoused
        type(KeyCode.TAB);
        write("y"); // debrief
        write("6"); // overdoses: 6-20
        write("n"); // stay 12 months: no
        assertThat(focused().getId()).isEqualTo("comment");
        write("Need more debriefing.");
        type(KeyCode.TAB);
        assertThat(focused().getId()).isEqualTo("save-entry");
        Snapshots.write(this, stage.getScene(), "entry-form");
        type(KeyCode.ENTER);

        waitUntil(() -> stored().stream().anyMatch(r -> "QX07".equals(r.response().respondent())));
        Response saved = stored().stream().map(StoredResponse::response).filter(r -> "QX07".equals(r.respondent()))
                .findFirst().orElseThrow();
        assertThat(saved.submitted()).isEqualTo("2023-03-10");
        assertThat(saved.answers()).containsAllEntriesOf(Map.of("fin_overall", "4", "fin_pay", "3", "fin_job", "5",
                "work_overall", "4", "trauma_unwind", "5", "top3", "financial work resources", "srh", "2",
                "employment", "part_time", "housing_status", "unhoused", "comment", "Need more debriefing."));
        assertThat(saved.answers()).doesNotContainKey("trauma_overall").containsEntry("debrief", "yes")
                .containsEntry("od_responses", "6_20").containsEntry("stay_12m", "no").hasSize(26);
        waitUntil(() -> focused() == find("#respondent").query());
        assertThat(find("#respondent").queryAs(TextField.class).getText()).isEmpty();
        assertThat(combo("#entry-site").getValue()).extracting(s -> ((Site) s).name()).isEqualTo(SURREY);
        assertThat(combo("#entry-wave").getValue()).extracting(w -> ((Wave) w).label()).isEqualTo("2023-03");
        assertThat(find("#entry-counter").queryAs(Label.class).getText())
                .isEqualTo("1 response entered for " + SURREY + ", 2023-03 in this session");
        assertThat(changes).hasValue(1);

        // the next one: a digit and Enter straight from the item
        type(KeyCode.TAB, KeyCode.TAB);
        write("2");
        type(KeyCode.ENTER);
        waitUntil(() -> find("#entry-counter").queryAs(Label.class).getText().startsWith("2 responses"));

        // and one saved with Ctrl+Enter from the comment box
        waitUntil(() -> focused() == find("#respondent").query());
        interact(() -> find("#comment").query().requestFocus()); // scrolled out of view: no click
        write("Short shifts help.");
        push(KeyCode.CONTROL, KeyCode.ENTER);
        waitUntil(() -> find("#entry-counter").queryAs(Label.class).getText().startsWith("3 responses"));
        assertThat(stored()).extracting(r -> r.response().answer("comment").orElse(""))
                .contains("Short shifts help.");
    }

    @Test
    void anInvalidFormCannotBeSaved() {
        Button save = find("#save-entry").queryButton();
        assertThat(save.isDisabled()).isTrue();
        assertThat(find("#selection-problem").queryAs(Label.class).getText()).startsWith("Choose the site");
        write("surrey");
        type(KeyCode.TAB);
        write("2023-03");
        type(KeyCode.TAB);
        write("jo@example.org");
        type(KeyCode.TAB, KeyCode.TAB);
        write("5");
        assertThat(find("#respondent-note").queryAs(Label.class).getText()).startsWith("Looks like an e-mail address");
        assertThat(save.isDisabled()).isTrue();
        int before = stored().size();
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored()).hasSize(before);
        Snapshots.write(this, stage.getScene(), "entry-invalid");
        interact(() -> find("#respondent").queryAs(TextField.class).setText(""));
        assertThat(save.isDisabled()).isFalse();
    }

    @Test
    void aStoredResponseIsEditedAndDeletedFromTheTable() {
        write("surrey");
        type(KeyCode.TAB);
        write("2023-03");
        List<StoredResponse> before = stored();
        interact(() -> find(".tab-pane").queryAs(TabPane.class).getSelectionModel().select(1));
        TableView<?> table = find("#responses-table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == before.size());
        int index = before.stream().map(r -> r.response().respondent()).toList().indexOf(
                before.stream().map(r -> r.response().respondent()).filter(c -> c != null).findFirst().orElseThrow());
        StoredResponse chosen = before.get(index);
        interact(() -> table.getSelectionModel().select(index));
        Snapshots.write(this, stage.getScene(), "entry-responses");
        org.peerpulse.ui.CutShort.nothingIn(table); // a worker's top three whole, not "Financial, Housing, Death and trau…"
        assertThat(table.lookupAll(".table-cell")).as("a respondent code, whole on hover in a narrow window")
                .filteredOn(cell -> chosen.response().respondent().equals(((javafx.scene.control.Labeled) cell).getText()))
                .isNotEmpty().allSatisfy(cell -> assertThat(((javafx.scene.control.TableCell<?, ?>) cell).getTooltip()
                        .getText()).isEqualTo(chosen.response().respondent()));

        clickOn("#edit-response");
        waitUntil(() -> focused() == find("#respondent").query());
        assertThat(find("#respondent").queryAs(TextField.class).getText()).isEqualTo(chosen.response().respondent());
        assertThat(find("#save-entry").queryButton().getText()).isEqualTo("Save the changes (Enter)");
        type(KeyCode.TAB, KeyCode.TAB);
        type(KeyCode.BACK_SPACE); // clears fin_overall
        type(KeyCode.ENTER);
        waitUntil(() -> stored().stream().anyMatch(r -> r.id() == chosen.id()
                && r.response().answer("fin_overall").isEmpty()));
        assertThat(stored()).hasSize(before.size());

        interact(() -> find(".tab-pane").queryAs(TabPane.class).getSelectionModel().select(1));
        waitUntil(() -> table.getItems().size() == before.size());
        interact(() -> table.getSelectionModel().select(index));
        clickOn("#delete-response");
        clickOn((Node) lookup(".dialog-pane .button").queryAll().stream()
                .filter(b -> ((Button) b).getText().equals("OK")).findFirst().orElseThrow());
        waitUntil(() -> table.getItems().size() == before.size() - 1);
        assertThat(stored()).extracting(StoredResponse::id).doesNotContain(chosen.id());
        assertThat(find("#responses-status").queryAs(Label.class).getText())
                .startsWith("Deleted the response of " + chosen.response().respondent());
        assertThat(changes).hasValue(2);
    }

    private List<StoredResponse> stored() {
        Site surrey = context.program().findSite(SURREY).orElseThrow();
        Wave wave = context.program().findWave("2023-03").orElseThrow();
        return context.entry().list(surrey.id(), wave.id());
    }

    private org.testfx.service.query.NodeQuery find(String query) {
        return from(stage.getScene().getRoot()).lookup(query);
    }

    private Node focused() {
        return stage.getScene().getFocusOwner();
    }

    private ComboBox<?> combo(String id) {
        return lookup(id).queryAs(ComboBox.class);
    }

    private CheckBox checkBox(String id) {
        return lookup(id).queryAs(CheckBox.class);
    }

    private void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> org.peerpulse.ui.ShownDialogs.onFxThread(condition));
        } catch (java.util.concurrent.TimeoutException e) {
            if (stage != null) {
                Snapshots.write(this, stage.getScene(), "entry-failure");
                System.err.println("Focus was on " + focused());
            }
            throw new AssertionError("The window did not reach the expected state in time", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
