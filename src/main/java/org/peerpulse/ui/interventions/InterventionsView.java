package org.peerpulse.ui.interventions;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.peerpulse.domain.InterventionStatus;
import org.peerpulse.service.InterventionReport;
import org.peerpulse.ui.AppIcon;
import org.peerpulse.ui.Choices;
import org.peerpulse.ui.Messages;

/**
 * The interventions screen: the plans with their status and, for the chosen plan, its follow-up
 * per site and stressor with the limits said under it; a second tab holds the supports library.
 */
public final class InterventionsView {
    private final InterventionsViewModel model;
    private final Planner planner;
    private final PlansTable plans = new PlansTable();
    private final FollowUpTable followUp = new FollowUpTable();
    private final Label followUpTitle = new Label();
    private final Label limits = new Label();

    public InterventionsView(InterventionsViewModel model, Planner planner) {
        this.model = model;
        this.planner = planner;
    }

    public Parent build() {
        Label title = new Label(Messages.tr("interventions.title"));
        title.getStyleClass().add("panel-title");
        Tab plansTab = new Tab(Messages.tr("interventions.plans"), plansPane());
        Tab libraryTab = new Tab(Messages.tr("interventions.library"), new LibraryPane(model));
        libraryTab.setId("library-tab");
        TabPane tabs = new TabPane(plansTab, libraryTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox panel = new VBox(10, title, tabs);
        panel.getStyleClass().add("panel");
        VBox.setVgrow(panel, Priority.ALWAYS);
        VBox page = new VBox(panel);
        page.setId("interventions-page");
        page.setPadding(new Insets(20, 24, 24, 24));
        return page;
    }

    private VBox plansPane() {
        plans.setItems(model.reports());
        plans.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((o, was, now) -> show(now));
        model.reports().addListener((javafx.collections.ListChangeListener<InterventionReport>) c -> {
            if (model.selectedProperty().get() != null) { // reloaded: keep the chosen plan chosen
                plans.getSelectionModel().select(model.selectedProperty().get());
            }
        });
        plans.setRowFactory(t -> {
            TableRow<InterventionReport> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    planner.edit(plans.getScene().getWindow(), row.getItem().intervention());
                }
            });
            return row;
        });
        Button add = new Button(Messages.tr("interventions.new"));
        add.setId("plan-new");
        add.setOnAction(e -> planner.plan(plans.getScene().getWindow(), List.of(), null));
        var chosen = model.selectedProperty();
        Button edit = new Button(Messages.tr("interventions.edit"));
        edit.setId("plan-edit");
        edit.disableProperty().bind(chosen.isNull());
        edit.setOnAction(e -> planner.edit(plans.getScene().getWindow(), chosen.get().intervention()));
        ComboBox<InterventionStatus> status = Choices.of("plan-set-status",
                FXCollections.observableArrayList(InterventionStatus.values()), Texts::status);
        status.disableProperty().bind(chosen.isNull());
        chosen.addListener((o, was, now) -> status.setValue(now == null ? null : now.intervention().status()));
        status.setOnAction(e -> {
            InterventionReport report = chosen.get();
            if (report != null && status.getValue() != null && status.getValue() != report.intervention().status()) {
                model.setStatus(report, status.getValue());
            }
        });
        Button delete = new Button(Messages.tr("interventions.delete"), AppIcon.DELETE.graphic());
        delete.setId("plan-delete");
        delete.disableProperty().bind(chosen.isNull());
        delete.setOnAction(e -> confirmDelete(chosen.get()));
        HBox bar = new HBox(8, add, edit, new Label(Messages.tr("interventions.setStatus")), status, delete);
        bar.setAlignment(Pos.CENTER_LEFT);
        followUpTitle.getStyleClass().add("panel-subtitle");
        followUpTitle.setWrapText(true);
        followUp.setPrefHeight(300);
        VBox.setVgrow(followUp, Priority.ALWAYS);
        limits.getStyleClass().add("chart-note");
        limits.setWrapText(true);
        limits.setId("followup-limits");
        limits.setMinHeight(Region.USE_PREF_SIZE); // whole: the follow-up's table gives way
        VBox pane = new VBox(10, bar, plans, followUpTitle, followUp, limits);
        pane.setPadding(new Insets(10, 0, 0, 0));
        return pane;
    }

    private void show(InterventionReport report) {
        if (report != null && plans.getSelectionModel().getSelectedItem() != report) {
            plans.getSelectionModel().select(report);
        }
        followUpTitle.setText(report == null ? "" : Messages.tr("interventions.followupTitle",
                report.intervention().title()));
        followUp.show(report);
        limits.setText(report == null ? "" : Messages.tr("followup.limits", report.settings().minGroupSize()));
    }

    private void confirmDelete(InterventionReport report) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, Messages.tr("interventions.deleteConfirm",
                report.intervention().title()), ButtonType.CANCEL, ButtonType.OK);
        confirm.initOwner(plans.getScene().getWindow());
        confirm.setHeaderText(Messages.tr("interventions.delete").replace("_", ""));
        confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(b -> model.delete(report));
    }
}
