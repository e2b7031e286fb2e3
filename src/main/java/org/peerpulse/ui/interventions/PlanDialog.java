package org.peerpulse.ui.interventions;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.controlsfx.control.CheckComboBox;
import org.peerpulse.domain.InterventionStatus;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.domain.Support;
import org.peerpulse.ui.Choices;
import org.peerpulse.ui.DatePickers;
import org.peerpulse.ui.DomainStyle;
import org.peerpulse.ui.Messages;
import org.peerpulse.ui.SiteFinder;

/** Plans a support (or edits a plan): Save stays disabled while the form says what is missing. */
final class PlanDialog extends Dialog<ButtonType> {
    final ButtonType save = new ButtonType(Messages.tr("plan.save"), ButtonBar.ButtonData.OK_DONE);

    PlanDialog(Window owner, PlanForm form, List<Site> sites, List<Support> library) {
        initOwner(owner);
        setTitle(form.original() == null ? Messages.tr("plan.addTitle") : Messages.tr("plan.editTitle"));
        setHeaderText(getTitle());
        TextField title = new TextField();
        title.setId("plan-title");
        title.setPrefColumnCount(30);
        title.textProperty().bindBidirectional(form.titleProperty());
        ComboBox<Support> support = Choices.optional("plan-support", FXCollections.observableArrayList(library.stream()
                .filter(s -> !s.retired() || s.equals(form.supportProperty().get())).toList()),
                s -> s.name() + " (" + Texts.rose(s.rose()) + ")", Messages.tr("plan.noSupport"));
        support.valueProperty().bindBidirectional(form.supportProperty());
        CheckComboBox<Site> siteChoice = new CheckComboBox<>(FXCollections.observableArrayList(sites));
        siteChoice.setId("plan-sites");
        siteChoice.setConverter(Choices.converter(Site::name));
        form.sites().forEach(s -> siteChoice.getCheckModel().check(s));
        siteChoice.getCheckModel().getCheckedItems().addListener((ListChangeListener<Site>) c ->
                form.sites().setAll(List.copyOf(siteChoice.getCheckModel().getCheckedItems())));
        siteChoice.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> form.sites().isEmpty()
                ? Messages.tr("plan.chooseSites")
                : String.join(", ", form.sites().stream().map(Site::name).toList()), form.sites()));
        FlowPane domains = new FlowPane(12, 6);
        for (StressDomain domain : StressDomain.values()) {
            CheckBox box = new CheckBox(DomainStyle.label(domain));
            box.setId("plan-domain-" + domain.code());
            box.selectedProperty().bindBidirectional(form.domainProperty(domain));
            domains.getChildren().add(box);
        }
        TextField ownerField = new TextField();
        ownerField.setId("plan-owner");
        ownerField.textProperty().bindBidirectional(form.ownerProperty());
        DatePicker start = DatePickers.of("plan-start");
        start.valueProperty().bindBidirectional(form.startProperty());
        DatePicker end = DatePickers.of("plan-end");
        end.valueProperty().bindBidirectional(form.endProperty());
        ComboBox<InterventionStatus> status = Choices.of("plan-status",
                FXCollections.observableArrayList(InterventionStatus.values()), Texts::status);
        status.valueProperty().bindBidirectional(form.statusProperty());
        TextArea notes = new TextArea();
        notes.setId("plan-notes");
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(form.notesProperty());
        Label problem = new Label();
        problem.setId("plan-problem");
        problem.getStyleClass().add("form-problem");
        problem.textProperty().bind(form.problemProperty());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        grid.getColumnConstraints().addAll(new ColumnConstraints(150), new ColumnConstraints(420));
        row(grid, 0, "plan.support", support);
        row(grid, 1, "plan.title", title);
        TextField findSite = SiteFinder.field("plan-find-site", siteChoice.getItems(),
                siteChoice.getCheckModel()::check);
        HBox sitesRow = new HBox(8, siteChoice, findSite);
        HBox.setHgrow(siteChoice, Priority.ALWAYS);
        siteChoice.setMaxWidth(Double.MAX_VALUE);
        row(grid, 2, "plan.sites", sitesRow);
        row(grid, 3, "plan.domains", domains);
        row(grid, 4, "plan.owner", ownerField);
        row(grid, 5, "plan.start", start);
        row(grid, 6, "plan.end", end);
        row(grid, 7, "plan.status", status);
        row(grid, 8, "plan.notes", notes);
        grid.add(problem, 0, 9, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        Node saveButton = getDialogPane().lookupButton(save);
        saveButton.setId("plan-save");
        saveButton.disableProperty().bind(form.validProperty().not());
    }

    private static void row(GridPane grid, int row, String key, Node field) {
        Label label = new Label(Messages.tr(key));
        label.setLabelFor(field);
        grid.add(label, 0, row);
        grid.add(field, 1, row);
        if (field instanceof javafx.scene.layout.Region region) {
            region.setMaxWidth(Double.MAX_VALUE);
        }
    }
}
