package org.peerpulse.ui;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.Image;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.peerpulse.domain.ProgramFileException;
import org.peerpulse.service.AppContext;
import org.peerpulse.service.Overview;
import org.peerpulse.service.ProgramFiles;
import org.peerpulse.ui.files.OpenDialog;
import org.peerpulse.ui.files.ProgramHost;
import org.peerpulse.ui.files.ProgramOpener;

/**
 * The desktop app. {@code init()} is the composition root: it starts opening the program's
 * database (checks and migrations) on a thread of its own, while the window is put up saying so;
 * the program is shown once it is open. An encrypted program is opened after its password is
 * asked, a damaged one after the offer to restore its latest backup (ProgramOpener).
 */
public final class PeerPulseApp extends Application implements ProgramHost {
    /** Set by tests or a future "open program…" to use another database than the user's default. */
    public static final String DATABASE_PROPERTY = "peerpulse.db";
    private static final int[] ICON_SIZES = {16, 32, 48, 64, 128, 256, 512};

    private final ProgramFiles files = ProgramFiles.system();
    private Path database;
    private Opened opened;
    /** The program being opened since init(); null for an encrypted one (its password is asked first). */
    private CompletableFuture<Opened> opening;
    private FxTaskRunner runner;
    private Stage stage;
    /** The program opened in init() without reading every row: that is done once its first chart shows. */
    private boolean readRowsLater;

    @Override
    public void init() {
        runner = new FxTaskRunner();
        String chosen = System.getProperty(DATABASE_PROPERTY);
        database = chosen != null ? Path.of(chosen) : files.lastOpened().orElse(AppContext.defaultDatabase());
        if (!files.isEncrypted(database)) {
            Path file = database;
            // opening takes about a second on a large program: the window is built and shown meanwhile
            opening = CompletableFuture.supplyAsync(() -> new Opened(files.openReadingRowsLater(file, null), file, null),
                    work -> new Thread(work, "open program").start());
        }
    }

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        for (int size : ICON_SIZES) {
            var icon = PeerPulseApp.class.getResource("/icons/peerpulse-" + size + ".png");
            if (icon != null) {
                stage.getIcons().add(new Image(icon.toExternalForm()));
            }
        }
        // the window shows first (closing the last window would end the app), the program or the dialogs after
        setRoot(opening());
        stage.setTitle(Messages.tr("app.title", files.fileOf(database)));
        stage.show();
        if (opening == null) {
            Platform.runLater(() -> offer(null));
            return;
        }
        opening.whenComplete((program, failure) -> Platform.runLater(() -> {
            if (program != null) {
                readRowsLater = true;
                show(program, true);
            } else {
                offer(failure instanceof CompletionException wrapped ? wrapped.getCause() : failure);
            }
        }));
    }

    /** What the user is asked when the program did not open at once: its password, or whether to restore it. */
    private void offer(Throwable problem) {
        new ProgramOpener(files, runner, OpenDialog.system(), null, program -> show(program, false), Platform::exit)
                .open(database, problem instanceof ProgramFileException fileProblem ? fileProblem : null);
    }

    /** Shows a program; on first start an empty one gets the demo (a program opened later never does). */
    private void show(Opened program, boolean firstStart) {
        opened = program;
        files.remember(program.database());
        MainWindow window = new MainWindow(program.context(), runner).hostedBy(this, OpenDialog.system());
        // the first data are read while the window is built and laid out
        if (firstStart) {
            window.start();
        } else {
            window.dashboard().reload();
        }
        if (readRowsLater) {
            readRowsLater = false;
            readEveryRowOnceShown(window, program);
        }
        setRoot(window.build());
        stage.setTitle(Messages.tr("app.title", program.context().databaseDescription()));
        stage.show();
    }

    /**
     * Once the dashboard has read its first data (the chart, then the overview), reads every row of
     * the program in the background (decision database-safety); a damaged file closes and gets the
     * same offer as at opening.
     */
    private void readEveryRowOnceShown(MainWindow window, Opened program) {
        ReadOnlyObjectProperty<Overview> overview = window.dashboard().overviewProperty();
        overview.addListener(new InvalidationListener() {
            @Override
            public void invalidated(Observable value) {
                overview.removeListener(this);
                runner.run("check program", () -> {
                    program.context().readEveryRow();
                    return program;
                }, checked -> { }, failure -> {
                    if (opened == program && failure instanceof ProgramFileException problem) {
                        opened = null;
                        program.context().close();
                        setRoot(opening());
                        new ProgramOpener(files, runner, OpenDialog.system(), stage, p -> show(p, false),
                                Platform::exit).open(program.database(), problem);
                    }
                });
            }
        });
    }

    private void setRoot(Parent root) {
        if (stage.getScene() == null) {
            Scene scene = new Scene(root, 1280, 900);
            scene.getStylesheets().add(MainWindow.stylesheet());
            stage.setScene(scene);
        } else {
            stage.getScene().setRoot(root);
        }
    }

    /** What the window shows while a program opens (and, once after an update, is backed up and migrated). */
    static Parent opening() {
        return busy(Messages.tr("status.openingFile"));
    }

    private static Parent busy(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(520);
        label.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        VBox busy = new VBox(12, new ProgressIndicator(), label);
        busy.setAlignment(javafx.geometry.Pos.CENTER);
        return busy;
    }

    @Override
    public Opened current() {
        return opened;
    }

    @Override
    public void replace(Callable<Opened> work, Consumer<Throwable> onFailure) {
        Opened before = opened;
        opened = null;
        setRoot(busy(Messages.tr("status.switching")));
        runner.run("replace program", () -> {
            before.context().close();
            return work.call();
        }, next -> show(next, false), failure -> runner.run("reopen program",
                () -> new Opened(files.open(before.database(), before.password()), before.database(), before.password()),
                program -> {
                    show(program, false);
                    onFailure.accept(failure);
                }, again -> new ProgramOpener(files, runner, OpenDialog.system(), stage, p -> show(p, false),
                        Platform::exit).open(before.database(), again instanceof ProgramFileException problem
                        ? problem : null)));
    }

    @Override
    public void stop() {
        runner.close();
        if (opened != null) {
            opened.context().close();
        } else if (opening != null) {
            opening.thenAccept(program -> program.context().close()); // the window closed before the program opened
        }
    }
}
