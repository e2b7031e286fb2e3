package org.peerpulse.ui.program;

import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;
import org.peerpulse.domain.Site;
import org.peerpulse.service.ProgramService.SiteEntry;
import org.peerpulse.ui.Messages;

/**
 * Merges a site into another: the user chooses the site to keep, reads how many responses will
 * move and that the merged site is deleted, and confirms with Merge. The result is the kept site.
 */
final class MergeDialog extends Dialog<Site> {
    MergeDialog(Window owner, SiteEntry from, List<Site> targets) {
        initOwner(owner);
        String name = from.site().name();
        setTitle(Messages.tr("program.merge.title", name));
        setHeaderText(Messages.tr("program.merge.header", name));
        ComboBox<Site> into = new SearchableComboBox<>(); // typing finds a site among many
        into.setId("merge-target");
        into.getItems().setAll(targets);
        into.setPromptText(Messages.tr("program.merge.choose"));
        into.setMaxWidth(Double.MAX_VALUE);
        into.setConverter(new StringConverter<>() {
            @Override
            public String toString(Site site) {
                return site == null ? "" : site.code() == null ? site.name() : site.name() + " (" + site.code() + ")";
            }

            @Override
            public Site fromString(String text) {
                return null;
            }
        });
        Label explanation = new Label();
        explanation.setId("merge-explanation");
        explanation.setWrapText(true);
        explanation.setMaxWidth(Forms.WIDTH - 40);
        explanation.setMinHeight(64);
        explanation.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        explanation.getStyleClass().add("merge-explanation");
        explanation.textProperty().bind(Bindings.createStringBinding(() -> into.getValue() == null
                ? Messages.tr("program.merge.chooseFirst", from.responses(), name)
                : Messages.tr("program.merge.explain", from.responses(), name,
                into.getValue().name()), into.valueProperty()));

        GridPane grid = Forms.grid();
        Forms.row(grid, 0, Messages.tr("program.merge.into"), into);
        grid.add(explanation, 0, 1, 2, 1);
        Forms.setUp(getDialogPane(), grid);
        ButtonType merge = new ButtonType(Messages.tr("program.merge.confirm"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(merge, ButtonType.CANCEL);
        Node mergeButton = getDialogPane().lookupButton(merge);
        mergeButton.setId("merge-confirm");
        mergeButton.disableProperty().bind(into.valueProperty().isNull());
        setResultConverter(button -> button == merge ? into.getValue() : null);
        Platform.runLater(into::requestFocus);
    }
}
