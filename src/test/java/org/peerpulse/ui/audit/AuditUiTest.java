package org.peerpulse.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerpulse.ui.ShownDialogs.waitUntil;
import static org.peerpulse.ui.ShownDialogs.waitUntilStored;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerpulse.domain.AuditAction;
import org.peerpulse.domain.AuditEntry;
import org.peerpulse.domain.ProgramSettings;
import org.peerpulse.domain.Setting;
import org.peerpulse.io.Progress;
import org.peerpulse.service.AppContext;
import org.peerpulse.service.ImportOptions;
import org.peerpulse.storage.Database;
import org.peerpulse.ui.FxTaskRunner;
import org.peerpulse.ui.MainWindow;
import org.peerpulse.ui.SaveDialog;
import org.peerpulse.ui.Snapshots;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The audit trail's screen after some real actions: filter it by action, export it to CSV and read that back. */
class AuditUiTest extends FxRobot {
    @TempDir
    Path folder;
    private final AppContext context = new AppContext(Database.inMemory(UUID.randomUUID().toString()),
            Clock.systemDefaultZone(), () -> "coordinator");
    private final FxTaskRunner runner = new FxTaskRunner();
    private final AtomicReference<Path> target = new AtomicReference<>();
    private MainWindow window;

    @BeforeEach
    void actThenOpen() throws Exception {
        context.program().addSite("Victoria Outreach", "VIC", "Island", Setting.OUTREACH);
        Path csv = folder.resolve("=cmd.csv"); // a file name a spreadsheet would run as a formula
        Files.writeString(csv, "site,wave,respondent,fin_overall\nVIC,2020-03,A1,5\nVIC,2020-03,A2,4\n");
        assertThat(context.imports().importFile(csv, ImportOptions.DEFAULT, Progress.NONE).added()).isEqualTo(2);
        context.program().saveSettings(new ProgramSettings(4, 6, 50));
        FxToolkit.registerPrimaryStage();
        SaveDialog dialog = (owner, title, fileName, description) -> Optional.of(target.get());
        window = org.peerpulse.ui.ShownWindow.show(context, runner, dialog).window();
        interact(() -> window.dashboard().showSmallNumbersProperty().set(true));
        interact(() -> window.dashboard().showSmallNumbersProperty().set(false));
        waitUntilStored(() -> context.auditLog().page(new org.peerpulse.domain.AuditFilter(AuditAction.SMALL_NUMBERS,
                null, null, null, null), 0, 10).total() == 2);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        runner.close();
        context.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<AuditEntry> table() {
        return lookup("#audit-table").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private ComboBox<AuditAction> actionFilter() {
        return lookup("#audit-action").queryAs(ComboBox.class);
    }

    @Test
    void theViewerShowsTheActionsFiltersByActionAndExportsCsv() throws IOException {
        clickOn("#nav-audit");
        waitUntil(() -> table().getItems().size() == 5);
        assertThat(table().getItems()).extracting(AuditEntry::action).containsExactly(AuditAction.SMALL_NUMBERS,
                AuditAction.SMALL_NUMBERS, AuditAction.SETTINGS, AuditAction.IMPORT, AuditAction.SITE);
        assertThat(table().getColumns().get(3).getCellData(3)).asString().startsWith("=cmd.csv: 2 responses added");
        assertThat(table().getColumns().get(4).getCellData(3)).isEqualTo("2 responses added");
        assertThat(table().getColumns().get(1).getCellData(0)).isEqualTo("coordinator");
        assertThat(table().isEditable()).isFalse();
        assertThat(lookup(".audit-panel .button").queryAllAs(Button.class)).extracting(Button::getId)
                .as("no control to change or remove an entry")
                .containsExactlyInAnyOrder("audit-refresh", "audit-export", "audit-more");
        Snapshots.write(this, table().getScene(), "audit-trail");
        org.peerpulse.ui.CutShort.nothingIn(table()); // an import's long summary too, on as many lines as it needs
        assertThat(table().lookupAll(".wrapping-text")).as("the import's summary, wrapped")
                .anySatisfy(text -> assertThat(((javafx.scene.text.Text) text).getText())
                        .isEqualTo(table().getItems().get(3).what()));

        interact(() -> actionFilter().getSelectionModel().select(AuditAction.SMALL_NUMBERS));
        waitUntil(() -> table().getItems().size() == 2
                && table().getItems().stream().allMatch(e -> e.action() == AuditAction.SMALL_NUMBERS));
        assertThat(table().getItems()).extracting(AuditEntry::what)
                .containsExactly("Small numbers hidden on screen", "Small numbers shown on screen");
        Snapshots.write(this, table().getScene(), "audit-trail-filtered");

        Path small = folder.resolve("small.csv");
        target.set(small);
        clickOn("#audit-export");
        waitUntil(() -> Files.exists(small));
        List<CSVRecord> records = read(small);
        assertThat(records.get(0).toList()).containsExactly("time", "user", "action", "what", "how_much");
        assertThat(records.subList(1, records.size())).extracting(r -> r.get(3))
                .containsExactly("Small numbers hidden on screen", "Small numbers shown on screen");
        assertThat(records.get(1).get(1)).isEqualTo("coordinator");
        assertThat(records.get(1).get(2)).isEqualTo("small_numbers");
        closeTheWrittenNotice("small.csv");

        interact(() -> actionFilter().getSelectionModel().select(null));
        waitUntil(() -> table().getItems().stream().anyMatch(e -> e.action() == AuditAction.EXPORT));
        assertThat(table().getItems().get(0).what()).isEqualTo("Audit trail → " + small.toAbsolutePath());
        assertThat(table().getItems().get(0).howMuch()).isEqualTo(2L);

        Path all = folder.resolve("all.csv");
        target.set(all);
        clickOn("#audit-export");
        waitUntil(() -> Files.exists(all));
        List<CSVRecord> every = read(all);
        assertThat(every).hasSize(1 + 6);
        CSVRecord imported = every.stream().filter(r -> r.get(2).equals("import")).findFirst().orElseThrow();
        assertThat(imported.get(3)).as("formula-inert").startsWith("'=cmd.csv: 2 responses added");
        assertThat(imported.get(4)).isEqualTo("2");
        closeTheWrittenNotice("all.csv"); // no modal notice is left over for the next test
    }

    @Test
    void theDateFiltersReadADateAsTheTableWritesItOrAnIsoDate() {
        clickOn("#nav-audit");
        waitUntil(() -> table().getItems().size() == 5);
        javafx.scene.control.DatePicker from = lookup("#audit-from").queryAs(javafx.scene.control.DatePicker.class);
        java.time.LocalDate today = java.time.LocalDate.now();
        clickOn(from.getEditor()).write(org.peerpulse.ui.Formats.date(today.plusDays(1))).type(KeyCode.TAB);
        waitUntil(() -> today.plusDays(1).equals(from.getValue()) && table().getItems().isEmpty());
        interact(from.getEditor()::clear);
        clickOn(from.getEditor()).write(today.toString()).type(KeyCode.TAB); // ISO: shown as the tables write dates
        waitUntil(() -> today.equals(from.getValue()) && table().getItems().size() == 5);
        assertThat(from.getEditor().getText()).isEqualTo(org.peerpulse.ui.Formats.date(today));
        clickOn(from.getEditor());
        interact(from.getEditor()::selectAll);
        write("someday").type(KeyCode.TAB); // not a date: the date it had, written again
        waitUntil(() -> from.getEditor().getText().equals(org.peerpulse.ui.Formats.date(today)));
        assertThat(from.getValue()).isEqualTo(today);
        Snapshots.write(this, table().getScene(), "audit-trail-from");
    }

    /** The "written to …" notice is modal: it is read and closed as a user would. */
    private void closeTheWrittenNotice(String file) {
        AtomicReference<javafx.scene.control.DialogPane> notice = new AtomicReference<>();
        waitUntil(() -> {
            for (javafx.stage.Window w : List.copyOf(javafx.stage.Window.getWindows())) {
                if (w.isShowing() && w.getScene() != null
                        && w.getScene().getRoot() instanceof javafx.scene.control.DialogPane pane
                        && pane.getContentText() != null && pane.getContentText().contains(file)) {
                    notice.set(pane);
                    return true;
                }
            }
            return false;
        });
        interact(((Button) notice.get().lookupButton(javafx.scene.control.ButtonType.OK))::fire);
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        return CSVFormat.RFC4180.builder().get()
                .parse(new StringReader(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))).getRecords();
    }

}
