package org.peerpulse.ui;

import java.util.List;
import java.util.function.IntFunction;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.peerpulse.analysis.SmallNumbers;
import org.peerpulse.domain.ProgramSettings;
import org.peerpulse.domain.ValueSet;
import org.peerpulse.ui.entry.ItemTexts;

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
        grid.addRow(0, new Label(Messages.tr("settings.threshold")), threshold,
                hint(threshold, SettingsDialog::thresholdHint));
        grid.addRow(1, new Label(Messages.tr("settings.k")), k, hint(k, SettingsDialog::kHint));
        grid.addRow(2, new Label(Messages.tr("settings.alert")), alert, hint(Messages.tr("settings.alertHint")));
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

    /**
     * What a threshold counts as high stress, in the scale's words: "4 = Very or Extremely",
     * "5 = Extremely only".
     */
    static String thresholdHint(int threshold) {
        List<String> words = ValueSet.S5.codes().stream().filter(code -> Integer.parseInt(code) >= threshold)
                .map(code -> ItemTexts.word(ValueSet.S5, code)).toList();
        String answers = words.size() == 1 ? Messages.tr("settings.answersOnly", words.get(0))
                : Messages.tr("settings.answersOr", String.join(", ", words.subList(0, words.size() - 1)),
                words.get(words.size() - 1));
        return Messages.tr("settings.thresholdHint", threshold, answers);
    }

    /** What a minimum group size hides, as the tables show it ("<5", fewer than 5). */
    static String kHint(int k) {
        return Messages.tr("settings.kHint", SmallNumbers.hiddenMark(k), k, ProgramSettings.MIN_K, ProgramSettings.MAX_K);
    }

    /** A hint that follows the spinner's value. */
    private static Label hint(Spinner<Integer> spinner, IntFunction<String> text) {
        Label hint = hint("");
        hint.setId(spinner.getId() + "-hint");
        hint.textProperty().bind(Bindings.createStringBinding(() -> text.apply(spinner.getValue()),
                spinner.valueProperty()));
        return hint;
    }

    private static Label hint(String text) {
        Label hint = new Label(text);
        hint.getStyleClass().add("chart-note");
        hint.setWrapText(true);
        hint.setMaxWidth(380);
        hint.setMinHeight(Region.USE_PREF_SIZE); // a longer hint takes another line, never cut to "…"
        return hint;
    }
}
