package org.peerpulse.ui.sites;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.peerpulse.domain.Wave;
import org.peerpulse.service.Overview;
import org.peerpulse.ui.Messages;
import org.peerpulse.ui.SiteFinder;
import org.peerpulse.ui.ViewProblem;
import org.peerpulse.ui.interventions.Planner;

/** Site comparison: a heatmap of sites × domains for a chosen wave, with change arrows and sorting. */
public final class SitesView {
    private final SitesViewModel model;
    private final org.peerpulse.ui.Copying copying;
    private final SiteDomainTable table = new SiteDomainTable();
    private final Label heading = new Label();
    private final VBox legendBox = new VBox();

    private final Planner planner;

    public SitesView(SitesViewModel model, org.peerpulse.ui.Copying copying, Planner planner) {
        this.model = model;
        this.copying = copying;
        this.planner = planner;
    }

    public Parent build() {
        ComboBox<Wave> wave = new ComboBox<>(model.waves());
        wave.setId("sites-wave");
        wave.setConverter(new StringConverter<>() {
            @Override
            public String toString(Wave w) {
                return w == null ? "" : w.label();
            }

            @Override
            public Wave fromString(String text) {
                return null;
            }
        });
        wave.valueProperty().bindBidirectional(model.waveProperty());
        Label waveLabel = new Label(Messages.tr("sites.wave"));
        waveLabel.setLabelFor(wave);
        Label title = new Label(Messages.tr("sites.heatmapTitle"));
        title.getStyleClass().add("panel-title");
        table.getSelectionModel().setCellSelectionEnabled(true);
        Button plan = new Button(Messages.tr("plan.forThis"));
        plan.setId("sites-plan");
        plan.setTooltip(new Tooltip(Messages.tr("plan.forCellHint")));
        plan.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(table.getSelectionModel().getSelectedCells()));
        plan.setOnAction(e -> {
            SiteDomainTable.Chosen chosen = table.chosen();
            if (chosen != null) {
                planner.plan(plan.getScene().getWindow(), List.of(chosen.site()), chosen.domain());
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        TextField finder = SiteFinder.field("sites-find-site", table.getItems(), Overview.SiteRow::site,
                table::showRow);
        HBox bar = new HBox(10, waveLabel, wave, heading, spacer, finder, plan);
        bar.setAlignment(Pos.CENTER_LEFT);
        heading.getStyleClass().add("chart-note");
        table.setId("sites-heatmap");
        copying.table(table, Messages.tr("sites.heatmapTitle"), table::copyText, () -> model.protectedRows().call());
        VBox panel = new VBox(12, title, bar, ViewProblem.line(model.problemProperty(), "sites-problem", model::load), table,
                legendBox);
        panel.getStyleClass().add("panel");
        VBox page = new VBox(panel);
        page.setPadding(new Insets(20, 24, 24, 24));
        model.overviewProperty().addListener((o, was, now) -> show(now));
        return page;
    }

    private void show(Overview overview) {
        if (overview == null || overview.isEmpty()) {
            table.getItems().clear();
            heading.setText("");
            return;
        }
        table.show(overview);
        heading.setText(overview.previous() == null ? Messages.tr("sites.firstWave")
                : Messages.tr("sites.comparedWith", overview.previous().label(), overview.latestResponses()));
        legendBox.getChildren().setAll(SiteDomainTable.legend(overview.settings().minGroupSize()));
    }
}
