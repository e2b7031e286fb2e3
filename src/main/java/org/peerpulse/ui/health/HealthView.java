package org.peerpulse.ui.health;

import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.peerpulse.analysis.Figure;
import org.peerpulse.analysis.ProQolSummary;
import org.peerpulse.analysis.SmallNumbers;
import org.peerpulse.analysis.Wellbeing;
import org.peerpulse.analysis.stats.ProQolBand;
import org.peerpulse.domain.Site;
import org.peerpulse.service.WellbeingService;
import org.peerpulse.ui.Formats;
import org.peerpulse.ui.Messages;
import org.peerpulse.ui.ViewProblem;

/** Health and wellbeing: poor health, poor mental health and low quality of life by wave; ProQOL 5 subscales. */
public final class HealthView {
    /** How to read the table by wave, with the program's k, said once its rows are shown. */
    private final Label note = new Label();
    private final org.peerpulse.ui.FilterChips chips = new org.peerpulse.ui.FilterChips();
    private final HealthViewModel model;
    private final org.peerpulse.ui.Copying copying;
    private final TableView<WellbeingService.Row> waves = new TableView<>();
    private final TableView<ProQolSummary.Subscale> proqol = new TableView<>();
    private final Label proqolNote = new Label();
    private final ComboBox<Wellbeing> distributionOf = new ComboBox<>();
    private int k = 5;

    public HealthView(HealthViewModel model, org.peerpulse.ui.Copying copying) {
        this.model = model;
        this.copying = copying;
    }

    public Parent build() {
        ComboBox<Site> site = org.peerpulse.ui.Choices.searchable("health-site", model.sites(), Site::name,
                Messages.tr("filter.allSites"));
        site.valueProperty().bindBidirectional(model.siteProperty());
        Region busy = org.peerpulse.ui.BusyMark.of(model.busyProperty(), Messages.tr("busy.readingAnswers"));
        busy.setId("health-busy");
        HBox bar = new HBox(10, new Label(Messages.tr("health.site")), site,
                new Label(Messages.tr("health.answersOf")), distributionOf);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label title = new Label(Messages.tr("health.title"));
        title.getStyleClass().add("panel-title");
        waves.setId("health-table");
        copying.table(waves, Messages.tr("health.title"), () -> model.protectedRows().call());
        waves.getColumns().add(text("health.wave", 85, r -> r.wave().label()));
        waves.getColumns().add(text("health.poorHealth", 180, r -> figure(r.poorHealth())));
        waves.getColumns().add(text("health.poorMentalHealth", 180, r -> figure(r.poorMentalHealth())));
        waves.getColumns().add(text("health.lowQol", 180, r -> figure(r.lowQol())));
        waves.getColumns().add(text("health.distribution", 380, r -> distribution(r, distributionOf.getValue())));
        distributionOf.getItems().setAll(Wellbeing.values());
        distributionOf.setValue(Wellbeing.POOR_HEALTH);
        distributionOf.setId("health-distribution");
        distributionOf.setCellFactory(l -> wellbeingCell());
        distributionOf.setButtonCell(wellbeingCell());
        distributionOf.valueProperty().addListener((o, was, now) -> waves.refresh());
        waves.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        org.peerpulse.ui.TableHeight.fit(waves, 26, 1, 12); // twelve waves in sight, then it scrolls
        Label proqolTitle = new Label(Messages.tr("health.proqolTitle"));
        proqolTitle.getStyleClass().add("panel-title");
        HBox proqolBar = new HBox(12, proqolTitle, busy); // only ProQOL takes long enough to say so
        proqolBar.setAlignment(Pos.CENTER_LEFT);
        Label reading = new Label(Messages.tr("busy.readingAnswers"));
        proqol.placeholderProperty().bind(javafx.beans.binding.Bindings.when(model.busyProperty())
                .then((javafx.scene.Node) reading).otherwise(new Label()));
        proqol.setId("proqol-table");
        copying.table(proqol, Messages.tr("health.proqolTitle"), () -> model.protectedProqol().call().subscales());
        proqol.getColumns().add(proqolColumn("health.subscale", 260, s -> Messages.tr(switch (s.kind()) {
            case COMPASSION_SATISFACTION -> "health.cs";
            case BURNOUT -> "health.burnout";
            case SECONDARY_TRAUMATIC_STRESS -> "health.sts";
        })));
        proqol.getColumns().add(proqolColumn("health.mean", 200, s -> s.n() == null
                ? (s.suppressed() ? SmallNumbers.hiddenMark(k) : "–")
                : Formats.decimal(s.mean().mean(), 1) + "  (n = " + s.n() + ")"));
        for (ProQolBand band : ProQolBand.values()) {
            proqol.getColumns().add(proqolColumn(switch (band) {
                case LOW -> "health.low";
                case MODERATE -> "health.moderate";
                case HIGH -> "health.high";
            }, 160, s -> s.n() == null ? "" : s.bands().label(s.bands().cell(0, band.ordinal()), Formats::count)));
        }
        // its three subscales, also while they are read: no blank rows under them nor a blank column beside them
        proqol.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        int subscales = ProQolSummary.Kind.values().length;
        org.peerpulse.ui.TableHeight.fit(proqol, 28, subscales, subscales);
        proqolNote.getStyleClass().add("chart-note");
        proqolNote.setWrapText(true);
        note.getStyleClass().add("chart-note");
        note.setWrapText(true);
        VBox panel = new VBox(12, title, bar, chips, ViewProblem.line(model.problemProperty(), "health-problem", model::load),
                waves, note, proqolBar, ViewProblem.line(model.proqolProblemProperty(), "proqol-problem", model::load), proqol,
                proqolNote);
        panel.getStyleClass().add("panel");
        VBox page = new VBox(panel);
        page.setPadding(new Insets(20, 24, 24, 24));
        model.rowsProperty().addListener((o, was, now) -> showRows(now));
        model.proqolProperty().addListener((o, was, now) -> showProqol(now));
        model.siteProperty().addListener((o, was, now) -> showChips());
        showChips();
        return page;
    }

    private static ListCell<Wellbeing> wellbeingCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Wellbeing item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : Messages.tr(switch (item) {
                    case POOR_HEALTH -> "health.answers.srh";
                    case POOR_MENTAL_HEALTH -> "health.answers.srmh";
                    case LOW_QOL -> "health.answers.qol";
                }));
            }
        };
    }

    /** "1: 3 · 2: 8 · 3: <5 · 4: 10 · 5: 6", hidden counts as "<k"; "No answers" when nobody answered. */
    private static String distribution(WellbeingService.Row row, Wellbeing measure) {
        var table = row.distributions().get(measure);
        if (table == null) {
            return "";
        }
        boolean noAnswers = java.util.stream.IntStream.range(0, table.columns())
                .mapToObj(answer -> table.cell(0, answer)).allMatch(cell -> !cell.hidden() && cell.count().getAsLong() == 0);
        if (noAnswers) {
            return Messages.tr("health.noAnswers");
        }
        StringBuilder text = new StringBuilder();
        for (int answer = 1; answer <= 5; answer++) {
            text.append(answer == 1 ? "" : " · ").append(answer).append(": ")
                    .append(table.label(table.cell(0, answer - 1), Formats::count));
        }
        return text.toString();
    }

    private String figure(Figure figure) {
        return Formats.share(figure, k);
    }

    private static TableColumn<WellbeingService.Row, String> text(String key, double width,
                                                                 Function<WellbeingService.Row, String> value) {
        TableColumn<WellbeingService.Row, String> column = new TableColumn<>(Messages.tr(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(row -> new SimpleStringProperty(value.apply(row.getValue())));
        return column;
    }

    private static TableColumn<ProQolSummary.Subscale, String> proqolColumn(String key, double width,
                                                                          Function<ProQolSummary.Subscale, String> value) {
        TableColumn<ProQolSummary.Subscale, String> column = new TableColumn<>(Messages.tr(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(row -> new SimpleStringProperty(value.apply(row.getValue())));
        return column;
    }

    private void showRows(HealthViewModel.Rows shown) {
        if (shown == null) {
            waves.getItems().clear();
            return;
        }
        k = shown.k();
        note.setText(Messages.tr("health.note", k));
        waves.getItems().setAll(shown.rows());
        proqol.refresh(); // its hidden cells say "<k"
    }

    private void showProqol(ProQolSummary shown) {
        if (shown == null) {
            proqol.getItems().clear();
            proqolNote.setText("");
            return;
        }
        proqol.getItems().setAll(shown.subscales());
        boolean fielded = shown.subscales().stream().anyMatch(s -> s.n() != null || s.suppressed());
        proqolNote.setText(Messages.tr(fielded ? "health.proqolNote" : "health.proqolNone"));
    }

    private void showChips() {
        java.util.List<org.peerpulse.ui.FilterChips.Chip> list = new java.util.ArrayList<>();
        if (model.siteProperty().get() != null) {
            list.add(new org.peerpulse.ui.FilterChips.Chip(Messages.tr("health.site") + ": "
                    + model.siteProperty().get().name(), () -> model.siteProperty().set(null)));
        }
        if (list.isEmpty()) {
            list.add(new org.peerpulse.ui.FilterChips.Chip(Messages.tr("filter.allSites"), null));
        }
        chips.show(list);
    }
}
