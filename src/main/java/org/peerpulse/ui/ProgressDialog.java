package org.peerpulse.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;

/** A small window with a progress bar and a Cancel button for long work. */
final class ProgressDialog {
    private final Stage stage = new Stage(StageStyle.UTILITY);
    private final ProgressBar bar = new ProgressBar();
    private final Button cancel = new Button(Messages.tr("progress.cancel"));

    ProgressDialog(String title) {
        Label label = new Label(title);
        bar.setPrefWidth(360);
        VBox box = new VBox(12, label, bar, cancel);
        box.getStyleClass().add("progress-dialog");
        stage.setTitle(title);
        stage.initModality(Modality.APPLICATION_MODAL);
        stage.setScene(new javafx.scene.Scene(box));
        stage.getScene().getStylesheets().add(MainWindow.stylesheet());
    }

    void show(TaskRunner.Job job) {
        bar.progressProperty().bind(job.progressProperty());
        cancel.setOnAction(e -> {
            cancel.setDisable(true);
            job.cancel();
        });
        stage.show();
    }

    void close() {
        stage.close();
    }
}
