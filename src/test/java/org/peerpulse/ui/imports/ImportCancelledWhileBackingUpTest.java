package org.peerpulse.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerpulse.ui.ShownDialogs.waitUntil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerpulse.io.Progress;
import org.peerpulse.service.AppContext;
import org.peerpulse.storage.Backups;
import org.peerpulse.storage.Database;
import org.peerpulse.ui.FxTaskRunner;
import org.peerpulse.ui.Snapshots;
import org.peerpulse.ui.TaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Cancel pressed while the import backs a program up (half a minute on a provincial one, which H2
 * cannot stop mid-copy): the wizard says the import is stopping and why it takes a moment, then
 * that nothing was stored; the backup taken for it is given up.
 */
class ImportCancelledWhileBackingUpTest extends FxRobot {
    @TempDir
    Path folder;
    private AppContext context;
    private FxTaskRunner fx;
    private final CountDownLatch backupMayGoOn = new CountDownLatch(1);
    private ImportWizardModel model;
    private ImportWizard wizard;

    /** Runs work as the app does, held at the start of its backup until the test lets it go on. */
    private final class HeldAtBackup implements TaskRunner {
        @Override
        public <T> Job track(String name, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            return fx.track(name, progress -> work.call(new Progress() {
                @Override
                public void update(long done, long total) {
                    progress.update(done, total);
                }

                @Override
                public boolean isCancelled() {
                    return progress.isCancelled();
                }

                @Override
                public void step(Step step) {
                    progress.step(step);
                    if (step == Step.BACKING_UP) {
                        await();
                    }
                }
            }), onSuccess, onFailure);
        }
    }

    @BeforeEach
    void openTheWizard() throws Exception {
        FxToolkit.registerPrimaryStage();
        context = new AppContext(Database.open(folder.resolve("program")), Clock.systemUTC());
        context.demo().load(2019);
        fx = new FxTaskRunner();
        model = new ImportWizardModel(context, new HeldAtBackup(), () -> { });
        interact(() -> wizard = ImportWizard.open(model, null));
    }

    @AfterEach
    void close() throws Exception {
        backupMayGoOn.countDown();
        interact(() -> wizard.stage().close());
        fx.close();
        context.close();
        FxToolkit.cleanupStages();
    }

    @Test
    void cancelWhileBackingUpSaysItIsStoppingThenThatNothingWasStored() throws IOException {
        long before = context.program().wavesWithCounts().stream().mapToLong(w -> w.responses()).sum();
        long backupsBefore = backups();
        Path csv = folder.resolve("answers.csv");
        Files.writeString(csv, "site,wave,respondent,fin_overall\nVIC,2024-03,A1,5\nVIC,2024-03,A2,4\n");
        interact(() -> model.fileProperty().set(csv));
        clickOn("#wizard-import");
        waitUntil(() -> lookup("#wizard-step").query().isVisible());
        assertThat(step()).startsWith("Backing up the program");

        clickOn("#wizard-cancel");
        waitUntil(() -> step().startsWith("Stopping"));
        assertThat(step()).isEqualTo("Stopping: nothing will be imported. The backup taken before importing must finish"
                + " first (up to half a minute for a large program); it is then deleted\u2026");
        assertThat(lookup("#wizard-cancel").query().isDisabled()).as("pressed once is enough").isTrue();
        Snapshots.write(this, wizard.stage().getScene(), "import-wizard-stopping");

        backupMayGoOn.countDown();
        waitUntil(() -> lookup("#wizard-outcome").queryAs(Label.class).getText().contains("cancelled"));
        assertThat(lookup("#wizard-outcome").queryAs(Label.class).getText())
                .isEqualTo("The import of answers.csv was cancelled. Nothing was stored.");
        assertThat(lookup("#wizard-step").query().isVisible()).isFalse();
        assertThat(context.program().wavesWithCounts().stream().mapToLong(w -> w.responses()).sum()).isEqualTo(before);
        assertThat(backups()).as("the backup for an import that was cancelled is given up").isEqualTo(backupsBefore);
    }

    @Test
    void closingTheWizardWhileImportingStopsTheImportThenCloses() throws IOException {
        Path csv = folder.resolve("answers.csv");
        Files.writeString(csv, "site,wave,respondent,fin_overall\nVIC,2024-03,A1,5\n");
        interact(() -> model.fileProperty().set(csv));
        clickOn("#wizard-import");
        waitUntil(() -> lookup("#wizard-step").query().isVisible());
        assertThat(lookup("#wizard-close").query().isDisabled()).as("Cancel first").isTrue();

        interact(() -> wizard.stage().fireEvent(new WindowEvent(wizard.stage(), WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertThat(wizard.stage().isShowing()).as("open until the import has stopped").isTrue();
        assertThat(step()).startsWith("Stopping: nothing will be imported.");

        backupMayGoOn.countDown();
        waitUntil(() -> !wizard.stage().isShowing());
        assertThat(model.reportProperty().get().cancelled()).isTrue();
        assertThat(context.program().findWave("2024-03")).isEmpty();
    }

    private String step() {
        return lookup("#wizard-step").queryAs(Label.class).getText();
    }

    private long backups() throws IOException {
        Path backups = Backups.folderOf(folder.resolve("program"));
        if (!Files.isDirectory(backups)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(backups)) {
            return files.count();
        }
    }

    private void await() {
        try {
            backupMayGoOn.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
