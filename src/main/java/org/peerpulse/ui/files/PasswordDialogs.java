package org.peerpulse.ui.files;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.peerpulse.ui.MainWindow;
import org.peerpulse.ui.Messages;

/** The password prompts: opening an encrypted program, choosing a new password, and changing one. */
final class PasswordDialogs {
    private PasswordDialogs() {
    }

    /** Asks the password of {@code file}; {@code problem} is shown above the field after a wrong try. */
    static Optional<String> ask(Window owner, String header, String problem) {
        PasswordField password = field("password-field");
        VBox content = new VBox(8);
        if (problem != null) {
            Label error = new Label(problem);
            error.setId("password-problem");
            error.getStyleClass().add("form-problem");
            error.setWrapText(true);
            content.getChildren().add(error);
        }
        content.getChildren().addAll(new Label(Messages.tr("password.prompt")), password);
        Dialog<String> dialog = dialog(owner, "password-dialog", Messages.tr("password.title"), header, content);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(password.textProperty().isEmpty());
        dialog.setResultConverter(button -> button == ButtonType.OK ? password.getText() : null);
        javafx.application.Platform.runLater(password::requestFocus);
        return dialog.showAndWait();
    }

    /** A new password typed twice; with {@code optional}, a check box decides whether there is one at all. */
    record Choice(boolean encrypt, String password) {
    }

    static Optional<Choice> choose(Window owner, String id, String title, String header, boolean optional,
                                   PasswordField current) {
        CheckBox encrypt = new CheckBox(Messages.tr("newProgram.encrypt"));
        encrypt.setId("encrypt-choice");
        encrypt.setWrapText(true);
        encrypt.setSelected(!optional);
        PasswordField first = field("new-password");
        PasswordField second = field("repeat-password");
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        int row = 0;
        if (current != null) {
            grid.addRow(row++, new Label(Messages.tr("password.current")), current);
        }
        grid.addRow(row++, new Label(Messages.tr("password.new")), first);
        grid.addRow(row, new Label(Messages.tr("password.repeat")), second);
        grid.disableProperty().bind(encrypt.selectedProperty().not());
        Label problem = new Label();
        problem.setId("password-problem");
        problem.getStyleClass().add("form-problem");
        BooleanBinding mismatch = Bindings.createBooleanBinding(() -> !first.getText().equals(second.getText()),
                first.textProperty(), second.textProperty());
        problem.textProperty().bind(Bindings.when(first.textProperty().isEmpty()).then(Messages.tr("password.empty"))
                .otherwise(Bindings.when(mismatch).then(Messages.tr("password.mismatch")).otherwise("")));
        problem.visibleProperty().bind(encrypt.selectedProperty());
        VBox content = optional ? new VBox(10, encrypt, grid, problem) : new VBox(10, grid, problem);
        Dialog<Choice> dialog = dialog(owner, id, title, header, content);
        BooleanBinding invalid = encrypt.selectedProperty().and(first.textProperty().isEmpty().or(mismatch));
        if (current != null) {
            invalid = invalid.or(current.textProperty().isEmpty());
        }
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(invalid);
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? new Choice(encrypt.isSelected(), encrypt.isSelected() ? first.getText() : null) : null);
        return dialog.showAndWait();
    }

    private static PasswordField field(String id) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.setPrefColumnCount(24);
        return field;
    }

    static <T> Dialog<T> dialog(Window owner, String id, String title, String header, Node content) {
        Dialog<T> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().setId(id);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, ButtonType.OK);
        dialog.getDialogPane().getStylesheets().add(MainWindow.stylesheet());
        return dialog;
    }
}
