package org.peerpulse.ui.files;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.stage.Window;
import org.peerpulse.domain.ProgramFileException;
import org.peerpulse.service.AppContext;
import org.peerpulse.service.BackupInfo;
import org.peerpulse.service.ProgramFiles;
import org.peerpulse.ui.Messages;
import org.peerpulse.ui.WorkingWindow;
import org.peerpulse.ui.SaveDialog;
import org.peerpulse.ui.TaskRunner;

/**
 * File › New program…, Back up…, Restore… and Change password… (decision database-safety). Back up
 * works on the open program while it is in use; the others close it and let the {@link ProgramHost}
 * show the program they leave open.
 */
public final class FileMenu {
    private final AppContext context;
    private final TaskRunner runner;
    private final SaveDialog saveDialog;
    private final OpenDialog openDialog;
    private final ProgramHost host;
    private final ProgramFiles files;

    public FileMenu(AppContext context, TaskRunner runner, SaveDialog saveDialog, OpenDialog openDialog,
                    ProgramHost host, ProgramFiles files) {
        this.context = context;
        this.runner = runner;
        this.saveDialog = saveDialog;
        this.openDialog = openDialog;
        this.host = host;
        this.files = files;
    }

    /** The items, in the order the File menu shows them. */
    public List<MenuItem> items() {
        MenuItem newProgram = item("menu-new-program", "menu.newProgram", this::newProgram);
        MenuItem backup = item("menu-backup", "menu.backup", this::backup);
        MenuItem restore = item("menu-restore", "menu.restore", this::restore);
        MenuItem password = item("menu-change-password", "menu.changePassword", this::changePassword);
        boolean hosted = host != ProgramHost.NONE && context.databaseFile().isPresent();
        newProgram.setDisable(host == ProgramHost.NONE);
        restore.setDisable(!hosted);
        password.setDisable(!hosted || !context.isEncrypted());
        return List.of(newProgram, backup, restore, password);
    }

    private static MenuItem item(String id, String key, java.util.function.Consumer<Window> action) {
        MenuItem item = new MenuItem(Messages.tr(key));
        item.setId(id);
        item.setOnAction(e -> action.accept(item.getParentPopup() == null ? null
                : item.getParentPopup().getOwnerWindow()));
        return item;
    }

    /** File › Back up…: a consistent copy of the program while it is in use, to a file the user chooses. */
    public void backup(Window owner) {
        String name = context.databaseFile().map(f -> f.getFileName().toString()).orElse("peerpulse")
                + "-backup-" + LocalDate.now() + ".zip";
        saveDialog.ask(owner, Messages.tr("backup.title"), name, Messages.tr("backup.fileType")).ifPresent(target -> {
            WorkingWindow working = WorkingWindow.during(owner, Messages.tr("backup.working"));
            runner.run("backup", () -> context.backups().backupTo(target), info -> {
                working.close();
                inform(owner, "backup-done", Messages.tr("backup.done", info.sites(), info.waves(), info.responses(),
                        target.getFileName()));
            }, failure -> {
                working.close();
                problem(owner, failure);
            });
        });
    }

    /** File › Restore…: a backup checked, then put in the place of this program, which is kept next to it. */
    public void restore(Window owner) {
        Path database = host.current().database();
        openDialog.ask(owner, Messages.tr("restore.title"), Messages.tr("backup.fileType"), "*.zip").ifPresent(backup -> {
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, Messages.tr("restore.confirm", backup.getFileName()),
                    ButtonType.CANCEL, ButtonType.OK);
            confirm.initOwner(owner);
            confirm.getDialogPane().setId("restore-confirm");
            confirm.setHeaderText(Messages.tr("restore.title"));
            if (confirm.showAndWait().filter(ButtonType.OK::equals).isPresent()) {
                restoreInto(owner, database, backup, host.current().password());
            }
        });
    }

    private void restoreInto(Window owner, Path database, Path backup, String password) {
        String current = host.current().password();
        host.replace(() -> {
            ProgramFiles.Restored restored = files.restore(backup, database, password);
            String opensWith = files.isEncrypted(database) ? password : null;
            AppContext reopened = files.open(database, opensWith);
            javafx.application.Platform.runLater(() -> informRestored(owner, backup, restored));
            return new ProgramHost.Opened(reopened, database, opensWith);
        }, failure -> {
            if (failure instanceof ProgramFileException problem
                    && (problem.problem() == ProgramFileException.Problem.PASSWORD_NEEDED
                    || problem.problem() == ProgramFileException.Problem.WRONG_PASSWORD)
                    && problem.file().equals(backup.toString())) {
                PasswordDialogs.ask(owner, Messages.tr("restore.passwordHeader", backup.getFileName()),
                        password == null || password.equals(current) ? null : ProblemText.of(problem))
                        .ifPresent(typed -> restoreInto(owner, database, backup, typed));
                return;
            }
            problem(owner, failure);
        });
    }

    private void informRestored(Window owner, Path backup, ProgramFiles.Restored restored) {
        BackupInfo info = restored.backup();
        String text = Messages.tr("restore.done", backup.getFileName(), info.sites(), info.waves(), info.responses())
                + restored.replacedKeptAt().map(kept -> " " + Messages.tr("restore.kept", kept.getFileName())).orElse("");
        inform(owner, "restore-done", text);
    }

    /** File › Change password…: the current password, the new one twice; the program is closed while it changes. */
    public void changePassword(Window owner) {
        ProgramHost.Opened current = host.current();
        PasswordField old = new PasswordField();
        old.setId("current-password");
        PasswordDialogs.choose(owner, "change-password-dialog", Messages.tr("password.changeTitle"),
                Messages.tr("password.changeHeader", files.fileOf(current.database()).getFileName()), false, old)
                .ifPresent(choice -> host.replace(() -> {
                    files.changePassword(current.database(), old.getText(), choice.password());
                    AppContext reopened = files.open(current.database(), choice.password());
                    javafx.application.Platform.runLater(() -> inform(owner, "password-changed",
                            Messages.tr("password.changed")));
                    return new ProgramHost.Opened(reopened, current.database(), choice.password());
                }, failure -> problem(owner, failure)));
    }

    /** File › New program…: where, and whether to encrypt it; the new program opens empty (no demo). */
    public void newProgram(Window owner) {
        saveDialog.ask(owner, Messages.tr("newProgram.title"), "program.mv.db", Messages.tr("newProgram.fileType"))
                .ifPresent(chosen -> {
                    if (files.exists(chosen)) {
                        problemText(owner, Messages.tr("newProgram.exists", files.fileOf(chosen).getFileName()));
                        return;
                    }
                    PasswordDialogs.choose(owner, "new-program-dialog", Messages.tr("newProgram.title"),
                            Messages.tr("newProgram.header", files.fileOf(chosen).getFileName()), true, null)
                            .ifPresent(choice -> host.replace(() -> new ProgramHost.Opened(
                                    files.open(chosen, choice.encrypt() ? choice.password() : null), chosen,
                                    choice.encrypt() ? choice.password() : null), failure -> problem(owner, failure)));
                });
    }

    private static void inform(Window owner, String id, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
        alert.getDialogPane().setId(id);
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        alert.show();
    }

    private static void problem(Window owner, Throwable failure) {
        problemText(owner, ProblemText.of(failure));
    }

    private static void problemText(Window owner, String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR, text, ButtonType.OK);
        alert.getDialogPane().setId("file-problem");
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        alert.show();
    }
}
