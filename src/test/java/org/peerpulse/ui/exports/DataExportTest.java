package org.peerpulse.ui.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerpulse.ui.ShownDialogs.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerpulse.domain.Measure;
import org.peerpulse.io.export.CsvSeparator;
import org.peerpulse.io.export.ExportFormat;
import org.peerpulse.io.demo.DemoProgram;
import org.peerpulse.service.AppContext;
import org.peerpulse.storage.Database;
import org.peerpulse.ui.FxTaskRunner;
import org.peerpulse.ui.SaveDialog;
import org.peerpulse.ui.ShownDialogs;
import org.peerpulse.ui.Snapshots;
import org.peerpulse.ui.WaitingRunner;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * File › Export… of a provincial program's responses takes tens of seconds: a window says the file
 * is being written until it is, then the user is told where it went.
 */
class DataExportTest extends FxRobot {
    @TempDir
    Path folder;
    private final AppContext context = new AppContext(Database.inMemory(UUID.randomUUID().toString()), Clock.systemUTC());
    private final FxTaskRunner runner = new FxTaskRunner();

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        runner.close();
        context.close();
    }

    private static final ExportRequest RESPONSES = new ExportRequest(false, null, null, Measure.HIGH, ExportFormat.CSV,
            CsvSeparator.COMMA, false, false, false);

    /** Starts exporting the demo's responses to {@code file}, held back until released, its working window shown. */
    private WaitingRunner exportingHeldBack(Path file) throws Exception {
        context.demo().load(DemoProgram.DEFAULT_SEED);
        FxToolkit.registerPrimaryStage();
        WaitingRunner slow = new WaitingRunner(runner);
        Platform.runLater(() -> new DataExport(context, slow, SaveDialog.fixed(file)).write(RESPONSES, file, null));
        waitUntil(() -> ShownDialogs.shownWindow("working").isPresent());
        return slow;
    }

    @Test
    void anExportThatTakesLongerThanAMomentSaysSoMeanwhile() throws Exception {
        Path file = folder.resolve("responses.csv");
        WaitingRunner slow = exportingHeldBack(file);
        assertThat(lookup("#working .label").queryAs(Label.class).getText()).isEqualTo("Writing responses.csv\u2026");

        slow.release();
        DialogPane written = ShownDialogs.dialog(pane -> pane.getContentText() != null
                && pane.getContentText().startsWith("Exported to"));
        assertThat(written.getContentText()).contains("responses.csv. ").as("the demo's Prince George in 2022-03, the"
                + " site hidden beside it, and the two in another wave").containsPattern("\\d+ responses were left out, from 4 waves at sites with"
                + " fewer than 5 responses \\(or hidden beside one\\)");
        waitUntil(() -> ShownDialogs.shownWindow("working").isEmpty());
        assertThat(Files.readAllLines(file)).hasSizeGreaterThan(100);
    }

    @Test
    void cancelStopsTheExportAndWritesNoFile() throws Exception {
        Path file = folder.resolve("cancelled.csv");
        WaitingRunner slow = exportingHeldBack(file);
        Snapshots.write(this, ShownDialogs.shownWindow("working").orElseThrow().getScene(), "working-export");

        clickOn("#working-cancel");
        slow.release();
        waitUntil(() -> ShownDialogs.shownWindow("working").isEmpty()); // gone in the callback an alert would show in
        assertThat(lookup(".dialog-pane").tryQuery()).as("no alert: the user asked for it to stop").isEmpty();
        assertThat(Files.exists(file)).isFalse();
        try (var left = Files.list(folder)) {
            assertThat(left).as("no part of a file either").isEmpty();
        }
    }
}
