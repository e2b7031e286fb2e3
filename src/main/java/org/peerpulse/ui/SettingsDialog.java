package org.peerpulse.ui;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.peerpulse.domain.ProgramSettings;

/** View › Program settings: the high-stress threshold, the minimum group size k and the alert level. */
final class SettingsDialog {
    private SettingsDialog() {
    }

    /** Shows the dialog; returns the new settings when the user saved them. */
    static java.util.Optional<ProgramSettings> edit(ProgramSettings current, Window owner) {
        Spinner<Integer> threshold = new Spinner<>(2, 5, current.highStressThreshold());
        Spinner<Integer> k = new Spinner<>(ProgramSettings.MIN_K, ProgramSettings.MAX_K, current.minGroupSize());
        Spinner<Integer> alert = new Spinner<>(1, 100, current.alertPercent(), 5);
        for (Spinner<Integer> spinner : java.util.List.of(threshold, k, alert)) {
            spinner.setEditable(true);
            spinner.setPrefWidth(100);
        }
        threshold.setId("settings-threshold");
        k.setId("settings-k");
        alert.setId("settings-alert");
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.addRow(0, new Label(Messages.tr("settings.threshold")), threshold, hint("settings.thresholdHint"));
        grid.addRow(1, new Label(Messages.tr("settings.k")), k, hint("settings.kHint"));
        grid.addRow(2, new Label(Messages.tr("settings.alert")), alert, hint("settings.alertHint"));
        Dialog<ProgramSettings> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.tr("settings.title"));
        dialog.setHeaderText(Messages.tr("settings.header"));
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, ButtonType.OK);
        dialog.getDialogPane().getStylesheets().add(MainWindow.stylesheet());
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? new ProgramSettings(threshold.getValue(), k.getValue(), alert.getValue()) : null);
        return dialog.showAndWait();
    }

    private static Label hint(String key) {
        Label hint = new Label(Messages.tr(key));
        hint.getStyleClass().add("chart-note");
        hint.setWrapText(true);
        hint.setMaxWidth(380);
        return hint;
    }
}
