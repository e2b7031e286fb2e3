package org.peerpulse.ui.program;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.peerpulse.domain.Setting;
import org.peerpulse.ui.Messages;

/** Adds or edits a site; Save stays disabled while the name is empty or like another site's. */
final class SiteDialog extends Dialog<ButtonType> {
    private final ButtonType save = new ButtonType(Messages.tr("program.save"), ButtonBar.ButtonData.OK_DONE);

    SiteDialog(Window owner, SiteForm form) {
        initOwner(owner);
        setTitle(form.original() == null ? Messages.tr("program.site.addTitle")
                : Messages.tr("program.site.editTitle", form.original().name()));
        setHeaderText(getTitle());
        TextField name = field("site-name", form.nameProperty());
        name.setPromptText(Messages.tr("program.required"));
        TextField code = field("site-code", form.codeProperty());
        TextField region = field("site-region", form.regionProperty());
        ComboBox<Setting> setting = new ComboBox<>();
        setting.setId("site-setting");
        setting.getItems().setAll(Setting.values());
        setting.setConverter(SettingText.converter());
        setting.valueProperty().bindBidirectional(form.settingProperty());
        setting.setMaxWidth(Double.MAX_VALUE);

        GridPane grid = Forms.grid();
        Forms.row(grid, 0, Messages.tr("program.site.name"), name);
        Forms.row(grid, 1, Messages.tr("program.site.code"), code);
        Forms.row(grid, 2, Messages.tr("program.site.region"), region);
        Forms.row(grid, 3, Messages.tr("program.site.setting"), setting);
        Label problem = Forms.problem("site-problem", form.problemProperty());
        grid.add(problem, 0, 4, 2, 1);
        Forms.setUp(getDialogPane(), grid);
        getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        Node saveButton = getDialogPane().lookupButton(save);
        saveButton.setId("site-save");
        saveButton.disableProperty().bind(form.validProperty().not());
        Platform.runLater(name::requestFocus);
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        field.setPrefColumnCount(24);
        return field;
    }

    /** Shows the dialog; true when the user chose Save. */
    boolean confirmed() {
        return showAndWait().filter(save::equals).isPresent();
    }
}
