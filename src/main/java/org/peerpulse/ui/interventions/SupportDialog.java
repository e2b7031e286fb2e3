package org.peerpulse.ui.interventions;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.peerpulse.domain.RoseComponent;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.domain.Support;
import org.peerpulse.domain.SupportId;
import org.peerpulse.ui.Choices;
import org.peerpulse.ui.DomainStyle;
import org.peerpulse.ui.Messages;

/** Adds a support to the library or edits one: a name, its ROSE component and the domains it aims at. */
final class SupportDialog extends Dialog<Support> {
    SupportDialog(Window owner, Support original) {
        initOwner(owner);
        setTitle(Messages.tr(original == null ? "support.addTitle" : "support.editTitle"));
        setHeaderText(getTitle());
        TextField name = new TextField(original == null ? "" : original.name());
        name.setId("support-name");
        name.setPrefColumnCount(30);
        ComboBox<RoseComponent> rose = Choices.of("support-rose",
                FXCollections.observableArrayList(RoseComponent.values()), Texts::rose);
        rose.setValue(original == null ? RoseComponent.ORGANIZATIONAL : original.rose());
        Map<StressDomain, CheckBox> boxes = new EnumMap<>(StressDomain.class);
        FlowPane domains = new FlowPane(12, 6);
        for (StressDomain domain : StressDomain.values()) {
            CheckBox box = new CheckBox(DomainStyle.label(domain));
            box.setId("support-domain-" + domain.code());
            box.setSelected(original != null && original.domains().contains(domain));
            boxes.put(domain, box);
            domains.getChildren().add(box);
        }
        TextArea description = new TextArea(original == null || original.description() == null ? ""
                : original.description());
        description.setId("support-description");
        description.setPrefRowCount(3);
        description.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        grid.addRow(0, new Label(Messages.tr("support.name")), name);
        grid.addRow(1, new Label(Messages.tr("support.rose")), rose);
        grid.addRow(2, new Label(Messages.tr("support.domains")), domains);
        grid.addRow(3, new Label(Messages.tr("support.description")), description);
        getDialogPane().setContent(grid);
        ButtonType save = new ButtonType(Messages.tr("plan.save"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        Node saveButton = getDialogPane().lookupButton(save);
        saveButton.setId("support-save");
        BooleanBinding anyDomain = Bindings.createBooleanBinding(
                () -> boxes.values().stream().anyMatch(CheckBox::isSelected),
                boxes.values().stream().map(CheckBox::selectedProperty).toArray(javafx.beans.Observable[]::new));
        saveButton.disableProperty().bind(name.textProperty().isEmpty().or(anyDomain.not()));
        setResultConverter(button -> {
            if (button != save) {
                return null;
            }
            List<StressDomain> chosen = new ArrayList<>();
            boxes.forEach((domain, box) -> {
                if (box.isSelected()) {
                    chosen.add(domain);
                }
            });
            return new Support(original == null ? new SupportId(0) : original.id(), name.getText(), rose.getValue(),
                    chosen, description.getText(), original != null && original.retired());
        });
    }
}
