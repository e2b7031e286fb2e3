package org.peerpulse.ui;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.peerpulse.domain.ProgramFileException;
import org.peerpulse.service.ProgramFiles;
import org.peerpulse.service.TrendTable;
import org.peerpulse.ui.dashboard.DashboardViewModel;
import org.peerpulse.ui.files.OpenDialog;
import org.peerpulse.ui.files.ProgramHost;
import org.peerpulse.ui.files.ProgramOpener;

/**
 * The desktop app. The program's database is opened (checks and migrations) on a thread of its
 * own from the moment the process starts ({@link EarlyOpening}), while JavaFX starts; {@code
 * init()} takes that opening. The window shows the program once it is open and its first chart
 * is read, or says the program is opening when that takes longer. An encrypted program is opened
 * after its password is asked, a damaged one after the offer to restore its latest backup
 * (ProgramOpener).
 */
public final class PeerPulseApp extends Application implements ProgramHost {
    /** Set by tests or a future "open program…" to use another database than the user's default. */
    public static final String DATABASE_PROPERTY = "peerpulse.db";
    /** A program not open after this is shown opening (the window says so) until it is. */
    private static final Duration OPENING_WINDOW_AFTER = Duration.millis(400);
    /** The longest a program's window waits for its first chart before it is shown without it. */
    private static final Duration CHART_AT_MOST = Duration.seconds(1);

    private final ProgramFiles files = ProgramFiles.system();
    private Path database;
    private Opened opened;
    /** The program being opened since init(); null for an encrypted one (its password is asked first). */
    private CompletableFuture<Opened> opening;
    private FxTaskRunner runner;
    private WindowIcons icons;
    private Stage stage;

    /**
     * Begins opening the program the app will show, before JavaFX starts (the launcher calls it
     * first thing): the two then get ready side by side.
     */
    public static void beginOpening() {
        EarlyOpening.begin();
    }

    /** The app could not start (no display): ends the opening begun before and closes the program. */
    public static void abandonOpening() {
        EarlyOpening.abandon();
    }

    @Override
    public void init() {
        runner = new FxTaskRunner();
        icons = WindowIcons.decode();
        EarlyOpening first = EarlyOpening.take(files);
        database = first.database();
        opening = first.opening();
    }

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        icons.giveTo(stage);
        stage.setTitle(Messages.tr("app.title", files.fileOf(database)));
        // built now: the first controls load JavaFX's stylesheet while the program opens
        Parent waiting = opening();
        // the window shows before any dialog (closing the last window would end the app)
        if (opening == null) {
            showWaiting(waiting);
            Platform.runLater(() -> offer(null));
            return;
        }
        // a program that opens at once is shown at once; a slower one (migrated, large) says it is opening
        PauseTransition slow = new PauseTransition(OPENING_WINDOW_AFTER);
        slow.setOnFinished(e -> showWaiting(waiting));
        slow.play();
        opening.whenComplete((program, failure) -> Platform.runLater(() -> {
            slow.stop();
            if (program != null) {
                show(program, true);
            } else {
                showWaiting(waiting);
                offer(failure instanceof CompletionException wrapped ? wrapped.getCause() : failure);
            }
        }));
    }

    private void showWaiting(Parent waiting) {
        setRoot(waiting);
        stage.show();
    }

    /** What the user is asked when the program did not open at once: its password, or whether to restore it. */
    private void offer(Throwable problem) {
        new ProgramOpener(files, runner, OpenDialog.system(), null, program -> show(program, false), Platform::exit)
                .open(database, problem instanceof ProgramFileException fileProblem ? fileProblem : null);
    }

    /**
     * Shows a program; on first start an empty one gets the demo (a program opened later never
     * does), and every row is read once the window shows (the early opening did not).
     */
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
        Parent root = window.build();
        whenChartIn(window.dashboard(), () -> {
            setRoot(root);
            stage.setTitle(Messages.tr("app.title", program.context().databaseDescription()));
            stage.show();
            if (firstStart) {
                readEveryRowOnceShown(window, program); // opened without reading every row (EarlyOpening)
            }
        });
    }

    /**
     * Runs {@code show} once the dashboard's first chart is in, at most {@link #CHART_AT_MOST}
     * after now: the window is then styled and laid out once, with its chart, instead of once
     * without and again with it. A chart that takes longer (the first start's demo program is put
     * in before it is read; a failed reading) is not waited for.
     */
    private static void whenChartIn(DashboardViewModel dashboard, Runnable show) {
        PauseTransition atMost = new PauseTransition(CHART_AT_MOST);
        // a change listener, told after the view's own (which puts the chart in), as it came later
        ChangeListener<TrendTable> chartIn = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends TrendTable> trends, TrendTable was, TrendTable now) {
                dashboard.trendsProperty().removeListener(this);
                atMost.stop();
                show.run();
            }
        };
        dashboard.trendsProperty().addListener(chartIn);
        atMost.setOnFinished(e -> {
            dashboard.trendsProperty().removeListener(chartIn);
            show.run();
        });
        atMost.play();
    }

    /**
     * Once the window has been laid out and the dashboard's overview is in, reads every row of the
     * program in the background (decision database-safety): it takes a core for seconds on a large
     * program, so it waits for what the user sees first.
     */
    private void readEveryRowOnceShown(MainWindow window, Opened program) {
        afterNextLayout(() -> once(window.dashboard().overviewProperty(), () -> checkEveryRow(program)));
    }

    /** Reads every row of {@code program}; a damaged file closes and gets the same offer as at opening. */
    private void checkEveryRow(Opened program) {
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

    /** Runs {@code then} after the stage's next layout pulse. */
    private void afterNextLayout(Runnable then) {
        Scene scene = stage.getScene();
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                Platform.runLater(then); // told during the pulse: begins after it
            }
        });
        Platform.requestNextPulse();
    }

    /** Runs {@code then} when {@code value} is set: now if it is, else when it comes. */
    private static void once(ReadOnlyObjectProperty<?> value, Runnable then) {
        if (value.get() != null) {
            then.run();
            return;
        }
        value.addListener(new InvalidationListener() {
            @Override
            public void invalidated(Observable changed) {
                value.removeListener(this);
                then.run();
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

    /**
     * Closes the program shown. When the app ends before its program opened (the window closed
     * meanwhile, or {@code start()} failed), waits for the opening to end and closes it: the process
     * may exit next, and a first start's file must not be left half made.
     */
    @Override
    public void stop() {
        runner.close();
        if (opened != null) {
            opened.context().close();
        } else if (opening != null) {
            Opened program = opening.handle((done, failure) -> done).join(); // null: it failed
            if (program != null) {
                program.context().close();
            }
        }
    }
}
