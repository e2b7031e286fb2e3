package org.peerpulse.ui.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerpulse.ui.ShownDialogs.dialog;
import static org.peerpulse.ui.ShownDialogs.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.zip.ZipFile;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerpulse.domain.Setting;
import org.peerpulse.service.AppContext;
import org.peerpulse.service.ProgramFiles;
import org.peerpulse.ui.FxTaskRunner;
import org.peerpulse.ui.SaveDialog;
import org.peerpulse.ui.ShownDialogs;
import org.peerpulse.ui.Snapshots;
import org.peerpulse.ui.WaitingRunner;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** File › New program… (encrypted, empty, no demo) and File › Back up…, with stand-ins for the file dialogs. */
class FileMenuTest extends FxRobot {
    @TempDir
    Path folder;
    private final ProgramFiles files = ProgramFiles.system();
    private final FxTaskRunner runner = new FxTaskRunner();
    private final TestHost host = new TestHost();

    /** Replaces the program at once, on the calling thread. */
    private static final class TestHost implements ProgramHost {
        volatile Opened opened;

        @Override
        public void replace(Callable<Opened> work, Consumer<Throwable> onFailure) {
            opened.context().close();
            try {
                opened = work.call();
            } catch (Exception e) {
                onFailure.accept(e);
            }
        }

        @Override
        public Opened current() {
            return opened;
        }
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        runner.close();
        if (host.opened != null) {
            host.opened.context().close();
        }
    }

    private FileMenu menu(Path saveTo) throws Exception {
        return menu(saveTo, null);
    }

    private FileMenu menu(Path saveTo, Path openTo) throws Exception {
        openTheFirstProgram();
        return new FileMenu(host.opened.context(), runner, SaveDialog.fixed(saveTo),
                (owner, title, description, pattern) -> Optional.ofNullable(openTo), host, files);
    }

    private void openTheFirstProgram() throws Exception {
        FxToolkit.registerPrimaryStage();
        Path first = folder.resolve("first");
        host.opened = new ProgramHost.Opened(files.open(first, null), first, null);
        host.opened.context().program().addSite("Harbourview Outreach", "HVO", "Coast", Setting.OUTREACH);
    }

    @Test
    void aNewProgramCanBeEncryptedWithAPasswordChosenInTheApp() throws Exception {
        Path chosen = folder.resolve("agency");
        FileMenu menu = menu(chosen);
        List<MenuItem> items = menu.items();
        assertThat(items).extracting(MenuItem::getText)
                .containsExactly("_New program\u2026", "_Back up\u2026", "_Restore\u2026", "Change _password\u2026");
        assertThat(items.get(3).isDisable()).as("the first program is not encrypted").isTrue();

        Platform.runLater(() -> menu.newProgram(null));
        DialogPane form = dialog(pane -> "new-program-dialog".equals(pane.getId()));
        assertThat(form.lookupButton(ButtonType.OK).isDisabled()).isFalse();
        interact(() -> ((CheckBox) form.lookup("#encrypt-choice")).setSelected(true));
        assertThat(form.lookupButton(ButtonType.OK).isDisabled()).as("no password yet").isTrue();
        interact(() -> {
            ((PasswordField) form.lookup("#new-password")).setText("agency pass");
            ((PasswordField) form.lookup("#repeat-password")).setText("agency pass");
        });
        Snapshots.write(this, form.getScene(), "new-program");
        Platform.runLater(((Button) form.lookupButton(ButtonType.OK))::fire);
        waitUntil(() -> host.opened.database().equals(chosen));

        AppContext created = host.opened.context();
        assertThat(created.isEncrypted()).isTrue();
        assertThat(files.isEncrypted(chosen)).isTrue();
        assertThat(created.program().sites()).as("a new program starts empty").isEmpty();
        assertThat(host.opened.password()).isEqualTo("agency pass");
    }

    @Test
    void backUpWritesOneFileWithTheProgramWhileItIsOpen() throws Exception {
        Path target = folder.resolve("copy.zip");
        FileMenu menu = menu(target);
        Platform.runLater(() -> menu.backup(null));
        DialogPane done = dialog(pane -> "backup-done".equals(pane.getId()));
        assertThat(done.getContentText()).isEqualTo("Backed up 1 site, no waves and no responses to copy.zip.");
        try (ZipFile zip = new ZipFile(target.toFile())) {
            assertThat(zip.getEntry("manifest.properties")).isNotNull();
            assertThat(zip.getEntry("peerpulse.mv.db")).isNotNull();
        }
        assertThat(Files.exists(target)).isTrue();
    }

    @Test
    void aBackupThatTakesLongerThanAMomentSaysSoMeanwhile() throws Exception {
        Path target = folder.resolve("slow.zip");
        openTheFirstProgram();
        WaitingRunner slow = new WaitingRunner(runner);
        FileMenu menu = new FileMenu(host.opened.context(), slow, SaveDialog.fixed(target),
                (owner, title, description, pattern) -> Optional.empty(), host, files);
        Platform.runLater(() -> menu.backup(null));
        waitUntil(() -> working().isPresent());
        assertThat(lookup("#working .label").queryAs(Label.class).getText())
                .isEqualTo("Backing up the program (half a minute for a large program)\u2026");
        Snapshots.write(this, working().orElseThrow().getScene(), "working");

        slow.release();
        DialogPane done = dialog(pane -> "backup-done".equals(pane.getId()));
        assertThat(done.getContentText()).endsWith("to slow.zip.");
        waitUntil(() -> working().isEmpty());
    }

    private static Optional<Window> working() {
        return ShownDialogs.shownWindow("working");
    }

    @Test
    void restoreChecksTheBackupThenPutsItInPlaceAndReopensTheProgram() throws Exception {
        Path backup = folder.resolve("before.zip");
        FileMenu menu = menu(folder.resolve("unused.zip"), backup);
        host.opened.context().backups().backupTo(backup);
        host.opened.context().program().addSite("Added Later", "ADL", "Coast", Setting.OUTREACH);
        Platform.runLater(() -> menu.restore(null));
        DialogPane confirm = dialog(pane -> "restore-confirm".equals(pane.getId()));
        Snapshots.write(this, confirm.getScene(), "restore-confirm");
        Platform.runLater(((Button) confirm.lookupButton(ButtonType.OK))::fire);
        DialogPane done = dialog(pane -> "restore-done".equals(pane.getId()));
        assertThat(done.getContentText()).startsWith("Restored before.zip: 1 site, no waves and no responses.")
                .contains("The program it replaced is kept as first-replaced-");
        assertThat(host.opened.context().program().sites()).extracting(s -> s.name())
                .containsExactly("Harbourview Outreach");
    }
}
