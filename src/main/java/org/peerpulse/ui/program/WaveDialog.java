package org.peerpulse.ui.program;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.peerpulse.ui.DatePickers;
import org.peerpulse.ui.Messages;

/** Adds or edits a wave; Save stays disabled while the label is empty or like another wave's. */
final class WaveDialog extends Dialog<ButtonType> {
    private final ButtonType save = new ButtonType(Messages.tr("program.save"), ButtonBar.ButtonData.OK_DONE);

    WaveDialog(Window owner, WaveForm form) {
        initOwner(owner);
        setTitle(form.original() == null ? Messages.tr("program.wave.addTitle")
                : Messages.tr("program.wave.editTitle", form.original().label()));
        setHeaderText(getTitle());
        TextField label = new TextField();
        label.setId("wave-label");
        label.setPromptText(Messages.tr("program.required"));
        label.setPrefColumnCount(24);
        label.textProperty().bindBidirectional(form.labelProperty());
        DatePicker date = DatePickers.of("wave-date");
        date.valueProperty().bindBidirectional(form.dateProperty());
        date.setMaxWidth(Double.MAX_VALUE);

        GridPane grid = Forms.grid();
        Forms.row(grid, 0, Messages.tr("program.wave.label"), label);
        Forms.row(grid, 1, Messages.tr("program.wave.date"), date);
        grid.add(Forms.problem("wave-problem", form.problemProperty()), 0, 2, 2, 1);
        Forms.setUp(getDialogPane(), grid);
        getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        Node saveButton = getDialogPane().lookupButton(save);
        saveButton.setId("wave-save");
        saveButton.disableProperty().bind(form.validProperty().not());
        Platform.runLater(label::requestFocus);
    }

    /** Shows the dialog; true when the user chose Save. */
    boolean confirmed() {
        return showAndWait().filter(save::equals).isPresent();
    }
}
