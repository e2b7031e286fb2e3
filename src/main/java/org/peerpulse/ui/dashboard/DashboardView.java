package org.peerpulse.ui.dashboard;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.peerpulse.domain.Measure;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.service.Overview;
import org.peerpulse.service.TrendTable;
import org.peerpulse.ui.Messages;
import org.peerpulse.ui.Verdicts;
import org.peerpulse.ui.ViewProblem;
import org.peerpulse.ui.sites.SiteDomainTable;

/** The dashboard: tiles for the latest wave, the trend chart with its filters, and the sites table. */
public final class DashboardView {
    private final DashboardViewModel model;
    private final org.peerpulse.ui.Copying copying;
    private final Map<StressDomain, DomainTile> tiles = new EnumMap<>(StressDomain.class);
    /** Until the overview is read (after the chart: it needs every site's counts), says so. */
    private final Label heading = new Label(Messages.tr("dashboard.reading"));
    private final VBox alerts = new VBox(4);
    private final Label chartTitle = new Label();
    private final Label chartNote = new Label();
    private final org.peerpulse.ui.FilterChips chips = new org.peerpulse.ui.FilterChips();
    private final TrendChart chart = new TrendChart();
    private final org.peerpulse.ui.trends.PointsTable chartTable = new org.peerpulse.ui.trends.PointsTable();
    private final javafx.scene.control.CheckBox asTable = new javafx.scene.control.CheckBox(Messages.tr("trends.asTable"));
    private final SiteDomainTable sitesTable = new SiteDomainTable();
    private final CheckComboBox<Site> siteFilter = new CheckComboBox<>();
    private final ComboBox<Measure> measureChoice = new ComboBox<>();
    private static final int MAX_ALERTS = 6;
    private boolean syncingFilter;

    private final Runnable seeSites;
    private final java.util.function.BiConsumer<Site, StressDomain> seeTrend;

    /**
     * @param seeSites shows the Sites view, with every site and domain of the latest wave (the alerts link there)
     * @param seeTrend shows the Trends view of a site beside the program in one domain (each alert links there)
     */
    public DashboardView(DashboardViewModel model, org.peerpulse.ui.Copying copying, Runnable seeSites,
                         java.util.function.BiConsumer<Site, StressDomain> seeTrend) {
        this.model = model;
        this.copying = copying;
        this.seeSites = seeSites;
        this.seeTrend = seeTrend;
    }

    public Parent build() {
        VBox page = new VBox(16, heading, tilesRow(), alertsPanel(), chartPanel(), sitesPanel());
        page.getStyleClass().add("dashboard");
        page.setPadding(new Insets(20, 24, 24, 24));
        heading.getStyleClass().add("page-heading");
        model.overviewProperty().addListener((o, was, now) -> showOverview(now));
        model.trendsProperty().addListener((o, was, now) -> showTrends(now));
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("dashboard-scroll");
        return scroll;
    }

    private Region tilesRow() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("tiles");
        grid.setHgap(12);
        for (StressDomain domain : StressDomain.values()) {
            DomainTile tile = new DomainTile(domain);
            tiles.put(domain, tile);
            tile.setMaxWidth(Double.MAX_VALUE);
            GridPane.setHgrow(tile, Priority.ALWAYS);
            grid.add(tile, domain.ordinal(), 0);
        }
        var equal = new javafx.scene.layout.ColumnConstraints();
        equal.setPercentWidth(20);
        for (int i = 0; i < StressDomain.values().length; i++) {
            grid.getColumnConstraints().add(equal);
        }
        return grid;
    }

    private Region chartPanel() {
        siteFilter.setId("site-filter");
        siteFilter.setTitle(Messages.tr("filter.allSites"));
        siteFilter.setPrefWidth(280);
        siteFilter.setConverter(new StringConverter<>() {
            @Override
            public String toString(Site site) {
                return site == null ? "" : site.name();
            }

            @Override
            public Site fromString(String text) {
                return null;
            }
        });
        siteFilter.getItems().setAll(model.sites());
        model.sites().addListener((ListChangeListener<Site>) c -> {
            syncingFilter = true;
            siteFilter.getCheckModel().clearChecks();
            siteFilter.getItems().setAll(model.sites());
            model.selectedSites().forEach(s -> siteFilter.getCheckModel().check(indexOf(s)));
            syncingFilter = false;
        });
        siteFilter.getCheckModel().getCheckedItems().addListener((ListChangeListener<Site>) c -> {
            List<Site> checked = List.copyOf(siteFilter.getCheckModel().getCheckedItems());
            siteFilter.setTitle(checked.isEmpty() ? Messages.tr("filter.allSites")
                    : checked.stream().map(Site::name).collect(Collectors.joining(", ")));
            if (!syncingFilter) {
                model.selectedSites().setAll(checked);
            }
        });
        measureChoice.setId("measure-choice");
        measureChoice.getItems().setAll(Measure.values());
        measureChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Measure measure) {
                return measure == null ? "" : Messages.tr("measure." + measure.code());
            }

            @Override
            public Measure fromString(String text) {
                return null;
            }
        });
        measureChoice.valueProperty().bindBidirectional(model.measureProperty());
        Label sitesLabel = new Label(Messages.tr("filter.sites"));
        sitesLabel.setLabelFor(siteFilter);
        Label measureLabel = new Label(Messages.tr("filter.measure"));
        measureLabel.setLabelFor(measureChoice);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        for (Region keep : List.of(sitesLabel, measureLabel, measureChoice)) {
            keep.setMinWidth(Region.USE_PREF_SIZE);
        }
        siteFilter.setMinWidth(200);
        chartTitle.setMinWidth(120);
        asTable.setId("dashboard-as-table");
        asTable.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(10, chartTitle, spacer, sitesLabel, siteFilter, measureLabel, measureChoice);
        bar.getStyleClass().add("filter-bar");
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        chartTitle.getStyleClass().add("panel-title");
        chart.setId("trend-chart");
        copying.chart(chart, Messages.tr("dashboard.chartName"));
        chart.setMinHeight(420); // tall enough for the mean score's axis name, whole
        chartNote.getStyleClass().add("chart-note");
        chartNote.setWrapText(true);
        model.selectedSites().addListener((ListChangeListener<Site>) c -> showChips());
        showChips();
        chartTable.setId("dashboard-table");
        copying.table(chartTable, Messages.tr("dashboard.chartName"), () -> model.protectedTrendPoints().call());
        chartTable.setPrefHeight(380);
        ViewProblem.hideWhile(model.problemProperty(), chart, asTable.selectedProperty().not());
        ViewProblem.hideWhile(model.problemProperty(), chartTable, asTable.selectedProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        TextField finder = org.peerpulse.ui.SiteFinder.field("dashboard-find-site", siteFilter.getItems(),
                siteFilter.getCheckModel()::check);
        HBox chipsRow = new HBox(10, finder, chips, gap, asTable);
        chipsRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox panel = new VBox(8, bar, chipsRow, ViewProblem.line(model.problemProperty(), "dashboard-problem", model::reload), chart,
                chartTable, chartNote, chart.gapsNote("dashboard-gaps-note"), chart.plansNote("dashboard-plans-note"));
        panel.getStyleClass().add("panel");
        return panel;
    }

    private void showChips() {
        List<org.peerpulse.ui.FilterChips.Chip> list = new java.util.ArrayList<>();
        if (model.selectedSites().isEmpty()) {
            list.add(new org.peerpulse.ui.FilterChips.Chip(Messages.tr("filter.allSites"), null));
        }
        model.selectedSites().forEach(site -> list.add(new org.peerpulse.ui.FilterChips.Chip(site.name(),
                () -> siteFilter.getCheckModel().clearCheck(indexOf(site)))));
        chips.show(list);
    }

    private int indexOf(Site site) {
        for (int i = 0; i < siteFilter.getItems().size(); i++) {
            if (siteFilter.getItems().get(i).id().equals(site.id())) {
                return i;
            }
        }
        return -1;
    }

    /** Each domain's trend test in plain words: "Financial: rising across 8 waves (p < 0.001)." */
    private static String trendWords(TrendTable table) {
        java.util.Map<String, org.peerpulse.analysis.WaveTrend> byDomain = new java.util.LinkedHashMap<>();
        table.trendTests().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(entry ->
                byDomain.put(org.peerpulse.ui.DomainStyle.label(entry.getKey()), entry.getValue()));
        return byDomain.isEmpty() ? "" : Messages.tr("trend.intro") + " " + Verdicts.trends(byDomain) + "\n";
    }

    private Region alertsPanel() {
        Label title = new Label(Messages.tr("alerts.title"));
        title.getStyleClass().add("panel-title");
        alerts.setId("alerts");
        // until the overview is read: as tall as the most alerts shown, so that the chart stays put when they come
        Label reading = new Label("\u2026" + ("\n" + DomainTile.BLANK_LINE).repeat(MAX_ALERTS + 1)); // and "… more"
        reading.getStyleClass().add("reading");
        alerts.getChildren().add(reading);
        VBox panel = new VBox(8, title, alerts);
        panel.getStyleClass().addAll("panel", "alerts-panel");
        return panel;
    }

    private void showAlerts(Overview overview) {
        List<Overview.Alert> list = overview.alerts();
        alerts.getChildren().clear();
        if (list.isEmpty()) { // with no wave of answers, none can be at the alert level: not reassuring
            alerts.getChildren().add(new Label(overview.isEmpty() ? Messages.tr("alerts.noWave")
                    : Messages.tr("alerts.none", overview.settings().alertPercent())));
            return;
        }
        int shown = Math.min(MAX_ALERTS, list.size());
        for (Overview.Alert alert : list.subList(0, shown)) {
            var change = alert.change();
            String text = Messages.tr("alerts.line", alert.site().name(), org.peerpulse.ui.DomainStyle.label(alert.domain()),
                    org.peerpulse.ui.Formats.percent(change.to().plotted()), change.to().count(), change.to().n());
            if (alert.realRise()) {
                text += " " + Messages.tr("alerts.rise", org.peerpulse.ui.Formats.pointsChange(change.points()),
                        overview.previous().label(), org.peerpulse.ui.Verdicts.test(change));
            }
            if (alert.atAlertLevel()) {
                text += " " + Messages.tr("alerts.level", overview.settings().alertPercent());
            }
            // a link: what a manager does next is look at how this site got there
            javafx.scene.control.Hyperlink line = new javafx.scene.control.Hyperlink(text,
                    (alert.realRise() ? org.peerpulse.ui.AppIcon.RISING : org.peerpulse.ui.AppIcon.ALERT).graphic());
            line.getStyleClass().addAll("alert-link", alert.realRise() ? "rising" : "alert-line");
            line.setWrapText(true);
            line.setTooltip(new javafx.scene.control.Tooltip(Messages.tr("alerts.seeTrend", alert.site().name(),
                    org.peerpulse.ui.DomainStyle.label(alert.domain()))));
            line.setOnAction(e -> seeTrend.accept(alert.site(), alert.domain()));
            alerts.getChildren().add(line);
        }
        if (list.size() > shown) {
            javafx.scene.control.Hyperlink more = new javafx.scene.control.Hyperlink(
                    Messages.tr("alerts.more", list.size() - shown));
            more.setId("alerts-more");
            more.setOnAction(e -> seeSites.run());
            alerts.getChildren().add(more);
        }
    }

    private Region sitesPanel() {
        Label title = new Label(Messages.tr("sites.title"));
        title.getStyleClass().add("panel-title");
        copying.table(sitesTable, Messages.tr("sites.title"), sitesTable::copyText,
                () -> model.protectedSiteRows().call());
        VBox panel = new VBox(8, title, sitesTable);
        panel.getStyleClass().add("panel");
        return panel;
    }

    private void showOverview(Overview overview) {
        if (overview == null) {
            return;
        }
        if (overview.isEmpty()) {
            heading.setText(Messages.tr("dashboard.empty"));
        } else if (overview.previous() == null) {
            heading.setText(Messages.tr("dashboard.headingFirst", overview.latest().label(), overview.latestResponses()));
        } else {
            heading.setText(Messages.tr("dashboard.heading", overview.latest().label(), overview.latestResponses(),
                    overview.previous().label(), overview.settings().highStressThreshold()));
        }
        if (overview.isEmpty()) {
            tiles.values().forEach(DomainTile::showNone);
        }
        overview.tiles().forEach(tile -> tiles.get(tile.domain()).show(overview, tile));
        showAlerts(overview);
        sitesTable.show(overview);
    }

    /** The chart's title: the measure, for all sites or the chosen ones. */
    private String title(Measure measure) {
        String group = model.selectedSites().isEmpty() ? Messages.tr("filter.allSites")
                : model.selectedSites().stream().map(Site::name).collect(Collectors.joining(", "));
        return Messages.tr("chart.title." + measure.code(), group);
    }

    private void showTrends(TrendTable table) {
        if (table == null) { // could not be worked out: the panel says why (ViewProblem)
            Measure measure = model.measureProperty().get();
            chartTitle.setText(title(measure));
            chart.clear(measure);
            chartTable.getItems().clear();
            chartNote.setText("");
            return;
        }
        chartTitle.setText(title(table.measure()));
        chart.show(table);
        chart.showInterventions(model.interventions().stream().filter(i -> model.selectedSites().isEmpty()
                || model.selectedSites().stream().anyMatch(site -> i.sites().contains(site.id()))).toList());
        chartTable.show(table);
        List<String> hidden = table.waves().stream()
                .filter(w -> table.points().stream().anyMatch(p -> p.wave().equals(w.id()) && p.figure().suppressed()))
                .map(w -> w.label()).toList();
        String note = trendWords(table) + Messages.tr("chart.note.ci");
        if (!hidden.isEmpty()) {
            note += " " + Messages.tr("chart.note.suppressed", table.settings().minGroupSize(), String.join(", ", hidden));
        }
        chartNote.setText(note);
    }
}
