package org.peerpulse.ui.files;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.peerpulse.domain.ProgramFileException;
import org.peerpulse.domain.ProgramFileException.Problem;
import org.peerpulse.service.ProgramFiles;
import org.peerpulse.ui.Messages;
import org.peerpulse.ui.TaskRunner;

/**
 * Opening a program in the app when it needs more than a plain open: the password of an encrypted
 * one (asked again, with the sentence, after a wrong one), and for a damaged one the offer to
 * restore its latest backup. Files are opened in the background; dialogs run on the FX thread.
 */
public final class ProgramOpener {
    private final ProgramFiles files;
    private final TaskRunner runner;
    private final OpenDialog openDialog;
    private final Consumer<ProgramHost.Opened> show;
    private final Runnable quit;
    private final Window owner;

    /**
     * @param show what to do with the program once it is open
     * @param quit what to do when the user gives up (the app quits)
     */
    public ProgramOpener(ProgramFiles files, TaskRunner runner, OpenDialog openDialog, Window owner,
                         Consumer<ProgramHost.Opened> show, Runnable quit) {
        this.files = files;
        this.runner = runner;
        this.openDialog = openDialog;
        this.owner = owner;
        this.show = show;
        this.quit = quit;
    }

    /** Opens {@code database}, or handles {@code problem} met when it was opened without a password. */
    public void open(Path database, ProgramFileException problem) {
        if (problem != null) {
            handle(database, problem, null);
        } else if (files.isEncrypted(database)) {
            askPassword(database, null);
        } else {
            runner.run("open program", () -> files.open(database, null),
                    context -> show.accept(new ProgramHost.Opened(context, database, null)),
                    failure -> handle(database, failure, null));
        }
    }

    private void askPassword(Path database, String problem) {
        String header = Messages.tr("password.header", files.fileOf(database).getFileName());
        PasswordDialogs.ask(owner, header, problem).ifPresentOrElse(password -> runner.run("open program",
                () -> files.open(database, password),
                context -> show.accept(new ProgramHost.Opened(context, database, password)),
                failure -> handle(database, failure, password)), quit);
    }

    private void handle(Path database, Throwable failure, String password) {
        if (failure instanceof ProgramFileException problem) {
            switch (problem.problem()) {
                case PASSWORD_NEEDED, WRONG_PASSWORD -> {
                    askPassword(database, problem.problem() == Problem.WRONG_PASSWORD ? ProblemText.of(problem) : null);
                    return;
                }
                case DAMAGED -> {
                    offerRestore(database, problem, password);
                    return;
                }
                default -> {
                }
            }
        }
        Alert alert = new Alert(Alert.AlertType.ERROR, ProblemText.of(failure), ButtonType.OK);
        alert.getDialogPane().setId("open-problem");
        alert.setHeaderText(Messages.tr("open.failed"));
        alert.showAndWait();
        quit.run();
    }

    private void offerRestore(Path database, ProgramFileException problem, String password) {
        var latest = files.latestBackup(database);
        switch (DamagedDialog.ask(owner, ProblemText.of(problem), latest)) {
            case RESTORE_LATEST -> restore(database, latest.orElseThrow().file(), password, problem);
            case CHOOSE -> openDialog.ask(owner, Messages.tr("restore.title"), Messages.tr("backup.fileType"), "*.zip")
                    .ifPresentOrElse(chosen -> restore(database, chosen, password, problem),
                            () -> offerRestore(database, problem, password));
            default -> quit.run();
        }
    }

    /** Restores {@code backup} in the place of the damaged program and opens it; a failure brings the offer back. */
    private void restore(Path database, Path backup, String password, ProgramFileException damage) {
        runner.run("restore", () -> {
            files.restore(backup, database, password);
            return files.open(database, password);
        }, context -> show.accept(new ProgramHost.Opened(context, database, password)), failure -> {
            if (failure instanceof ProgramFileException problem && (problem.problem() == Problem.PASSWORD_NEEDED
                    || problem.problem() == Problem.WRONG_PASSWORD)) {
                PasswordDialogs.ask(owner, Messages.tr("restore.passwordHeader", backup.getFileName()),
                        password == null ? null : ProblemText.of(problem))
                        .ifPresentOrElse(typed -> restore(database, backup, typed, damage),
                                () -> offerRestore(database, damage, password));
                return;
            }
            new Alert(Alert.AlertType.ERROR, ProblemText.of(failure), ButtonType.OK).showAndWait();
            offerRestore(database, damage, password);
        });
    }
}
