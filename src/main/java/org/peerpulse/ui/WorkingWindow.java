package org.peerpulse.ui;

import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * A small window over its owner saying what long work is being done, for work started from a menu
 * with no view of its own to show it in (File › Back up…, File › Export…: tens of seconds on a
 * provincial program, when nothing on screen moved before). It comes only when the work takes more
 * than a moment, and the owner waits meanwhile, so the same work is not started twice.
 */
public final class WorkingWindow {
    /** Work done within this shows no window. */
    static final Duration SHOWN_AFTER = Duration.millis(400);

    private final Stage stage = new Stage(StageStyle.UTILITY);
    private final PauseTransition wait = new PauseTransition(SHOWN_AFTER);
    private final VBox content;

    private WorkingWindow(Window owner, String text) {
        Label what = new Label(text);
        what.setWrapText(true);
        what.setMaxWidth(420);
        ProgressBar busy = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        busy.setMaxWidth(Double.MAX_VALUE);
        content = new VBox(12, what, busy);
        content.setPadding(new Insets(18));
        content.setMinWidth(380);
        content.setId("working");
        Scene scene = new Scene(content);
        scene.getStylesheets().add(MainWindow.stylesheet());
        stage.setScene(scene);
        stage.setTitle(text);
        stage.setResizable(false);
        stage.setOnCloseRequest(e -> e.consume()); // the work goes on: the window goes when it is done
        if (owner != null && owner.isShowing()) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        } else {
            stage.initModality(Modality.APPLICATION_MODAL);
        }
        wait.setOnFinished(e -> stage.show());
    }

    /** Says {@code text} over {@code owner} from a moment from now until {@link #close()}. */
    public static WorkingWindow during(Window owner, String text) {
        WorkingWindow working = new WorkingWindow(owner, text);
        working.wait.play();
        return working;
    }

    /** Gives the window a Cancel button that runs {@code cancel} (the work then ends as soon as it can). */
    public WorkingWindow cancelWith(Runnable cancel) {
        Button button = new Button(Messages.tr("progress.cancel"));
        button.setId("working-cancel");
        button.setCancelButton(true);
        button.setOnAction(e -> {
            button.setDisable(true);
            cancel.run();
        });
        HBox buttons = new HBox(button);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        content.getChildren().add(buttons);
        return this;
    }

    /** The work is done: the window goes, or never comes. */
    public void close() {
        wait.stop();
        stage.hide();
    }
}
