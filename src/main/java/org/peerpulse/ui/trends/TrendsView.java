package org.peerpulse.ui.trends;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckComboBox;
import org.peerpulse.analysis.TrendPoint;
import org.peerpulse.analysis.SeriesTrend;
import org.peerpulse.domain.Measure;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.SiteId;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.service.TrendTable;
import org.peerpulse.ui.FilterChips;
import org.peerpulse.ui.DomainStyle;
import org.peerpulse.ui.Messages;
import org.peerpulse.ui.Verdicts;
import org.peerpulse.ui.ViewProblem;
import org.peerpulse.ui.dashboard.TrendChart;
import org.peerpulse.ui.interventions.Planner;

/**
 * Trends: one domain for the whole program and any chosen sites, any measure, intervals drawn,
 * each series' trend test in plain words, the filters as removable chips, and "show as table".
 */
public final class TrendsView {
    private final TrendsViewModel model;
    private final org.peerpulse.ui.Copying copying;
    private final TrendChart chart = new TrendChart();
    private final PointsTable table = new PointsTable();
    private final FilterChips chips = new FilterChips();
    private final Label tests = new Label();
    private final Label tooMany = new Label(Messages.tr("trends.tooManySites", TrendsViewModel.MOST_SITES));
    private final CheckComboBox<Site> siteFilter = new CheckComboBox<>();

    private final Planner planner;
    private SiteId focusOn; // the site to show alone, once the sites are read

    public TrendsView(TrendsViewModel model, org.peerpulse.ui.Copying copying, Planner planner) {
        this.model = model;
        this.copying = copying;
        this.planner = planner;
    }

    public Parent build() {
        ComboBox<StressDomain> domain = new ComboBox<>();
        domain.getItems().setAll(StressDomain.values());
        domain.setConverter(org.peerpulse.ui.Choices.converter(DomainStyle::label));
        domain.valueProperty().bindBidirectional(model.domainProperty());
        domain.setId("trends-domain");
        ComboBox<Measure> measure = new ComboBox<>();
        measure.getItems().setAll(Measure.values());
        measure.setConverter(org.peerpulse.ui.Choices.converter(m -> Messages.tr(switch (m) {
            case HIGH -> "measure.high";
            case MEAN -> "measure.mean";
            case TOP3 -> "measure.top3";
        })));
        measure.valueProperty().bindBidirectional(model.measureProperty());
        measure.setId("trends-measure");
        siteFilter.setId("trends-sites");
        siteFilter.setTitle(Messages.tr("trends.addSites"));
        siteFilter.setConverter(org.peerpulse.ui.Choices.converter(Site::name));
        model.sites().addListener((ListChangeListener<Site>) c -> {
            siteFilter.getItems().setAll(model.sites());
            checkFocused();
        });
        siteFilter.getCheckModel().getCheckedItems().addListener(this::sitesChecked);
        tooMany.setId("trends-too-many");
        tooMany.getStyleClass().add("chart-note");
        tooMany.managedProperty().bind(tooMany.visibleProperty());
        tooMany.setVisible(false);
        model.chosenSites().addListener((ListChangeListener<Site>) c -> showChips());
        CheckBox asTable = new CheckBox(Messages.tr("trends.asTable"));
        asTable.setId("trends-as-table");
        asTable.selectedProperty().bindBidirectional(model.asTableProperty());
        Button plan = new Button(Messages.tr("plan.forThis"));
        plan.setId("trends-plan");
        plan.setTooltip(new Tooltip(Messages.tr("plan.forThisHint")));
        plan.setOnAction(e -> planner.plan(plan.getScene().getWindow(),
                model.chosenSites().stream().map(Site::id).toList(), model.domainProperty().get()));
        plan.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(10, new Label(Messages.tr("trends.domain")), domain, new Label(Messages.tr("filter.sites")),
                siteFilter, new Label(Messages.tr("filter.measure")), measure, asTable);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label title = new Label(Messages.tr("trends.title"));
        title.getStyleClass().add("panel-title");
        chart.setId("trends-chart");
        chart.setMinHeight(420);
        copying.chart(chart, Messages.tr("trends.title"));
        copying.table(table, Messages.tr("trends.title"), () -> model.protectedPoints().call());
        table.setId("trends-table");
        table.setPrefHeight(420);
        ViewProblem.hideWhile(model.problemProperty(), chart, model.asTableProperty().not());
        ViewProblem.hideWhile(model.problemProperty(), table, model.asTableProperty());
        tests.getStyleClass().add("chart-note");
        tests.setWrapText(true);
        tests.setId("trends-tests");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox titleRow = new HBox(10, title, spacer, plan);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        TextField finder = org.peerpulse.ui.SiteFinder.field("trends-find-site", siteFilter.getItems(),
                siteFilter.getCheckModel()::check);
        HBox chipsRow = new HBox(10, finder, chips);
        chipsRow.setAlignment(Pos.CENTER_LEFT);
        VBox panel = new VBox(10, titleRow, bar, tooMany, chipsRow,
                ViewProblem.line(model.problemProperty(), "trends-problem", model::load), chart, table, tests,
                chart.gapsNote("trends-gaps-note"), chart.plansNote("trends-plans-note"));
        panel.getStyleClass().add("panel");
        VBox.setVgrow(chart, Priority.ALWAYS); // the chart or its table takes the height the window has
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox page = new VBox(panel);
        VBox.setVgrow(panel, Priority.ALWAYS);
        page.setPadding(new Insets(20, 24, 24, 24));
        model.shownProperty().addListener((o, was, now) -> show(now));
        showChips();
        return page;
    }

    /**
     * Shows one site alone beside the program, as the share with high stress in {@code domain}
     * (a dashboard alert links here). Before the view has read its sites, the site is checked
     * once they are in.
     */
    public void focus(Site site, StressDomain domain) {
        model.measureProperty().set(Measure.HIGH);
        model.domainProperty().set(domain);
        focusOn = site.id();
        checkFocused();
    }

    private void checkFocused() {
        if (focusOn == null || siteFilter.getItems().isEmpty()) {
            return;
        }
        SiteId id = focusOn;
        focusOn = null;
        siteFilter.getItems().stream().filter(site -> site.id().equals(id)).findFirst().ifPresent(site -> {
            siteFilter.getCheckModel().clearChecks();
            siteFilter.getCheckModel().check(site);
        });
    }

    /**
     * Draws the checked sites; a site checked beyond {@link TrendsViewModel#MOST_SITES} is
     * unchecked again (after this change is told: the check model is not changed while it tells),
     * and the view says why until the sites drawn change.
     */
    private void sitesChecked(ListChangeListener.Change<? extends Site> change) {
        List<Site> checked = List.copyOf(siteFilter.getCheckModel().getCheckedItems());
        if (checked.equals(model.chosenSites())) {
            return; // the extra site unchecked again: the sites drawn are the same
        }
        tooMany.setVisible(checked.size() > TrendsViewModel.MOST_SITES);
        if (!tooMany.isVisible()) {
            model.chosenSites().setAll(checked);
            return;
        }
        List<Site> added = new ArrayList<>();
        while (change.next()) {
            added.addAll(change.getAddedSubList());
        }
        Platform.runLater(() -> added.forEach(siteFilter.getCheckModel()::clearCheck));
    }

    /** Each chosen site as a chip; its ✕ takes it off the chart. */
    private void showChips() {
        List<FilterChips.Chip> list = new ArrayList<>();
        list.add(new FilterChips.Chip(Messages.tr("filter.allSites"), null));
        model.chosenSites().forEach(site -> list.add(new FilterChips.Chip(site.name(),
                () -> siteFilter.getCheckModel().clearCheck(site))));
        chips.show(list);
    }

    private void show(TrendsViewModel.Shown shown) {
        if (shown == null) { // could not be worked out: the view says why (ViewProblem)
            chart.clear(model.measureProperty().get());
            table.getItems().clear();
            tests.setText("");
            return;
        }
        List<TrendPoint> points = new ArrayList<>(shown.program().points());
        Map<SiteId, Site> sites = shown.sites() == null ? Map.of() : shown.sites().sites();
        if (shown.sites() != null) {
            points.addAll(shown.sites().points());
        }
        TrendTable merged = new TrendTable(shown.program().measure(), shown.program().settings(), shown.program().showSmallNumbers(),
                shown.program().waves(), sites, points, Map.of());
        List<SiteId> order = new ArrayList<>();
        order.add(null);
        model.chosenSites().forEach(s -> order.add(s.id()));
        chart.show(merged, TrendPoint::site, order, id -> id == null ? Messages.tr("filter.allSites")
                : merged.siteName(id));
        chart.showInterventions(shown.interventions());
        table.show(merged);
        tests.setText(words(merged.measure(), shown.tests()));
    }

    private static String words(Measure measure, Map<Site, SeriesTrend> tests) {
        if (tests.isEmpty()) {
            return Messages.tr("trends.noTest");
        }
        Map<String, SeriesTrend> byName = new java.util.LinkedHashMap<>();
        tests.forEach((site, trend) -> byName.put(site == null ? Messages.tr("filter.allSites") : site.name(), trend));
        return Messages.tr(measure == Measure.MEAN ? "trend.introMean" : "trend.intro") + " "
                + Verdicts.trends(byName);
    }

}
