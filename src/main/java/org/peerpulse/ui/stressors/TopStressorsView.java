package org.peerpulse.ui.stressors;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.peerpulse.analysis.Figure;
import org.peerpulse.analysis.SmallNumbers;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.domain.Wave;
import org.peerpulse.service.TopStressorsService.Choice;
import org.peerpulse.ui.DomainStyle;
import org.peerpulse.ui.Formats;
import org.peerpulse.ui.Messages;
import org.peerpulse.ui.ViewProblem;

/** Top stressors: the share of workers putting each option in their top three, for a wave and site. */
public final class TopStressorsView {
    private final org.peerpulse.ui.FilterChips chips = new org.peerpulse.ui.FilterChips();
    private final TopStressorsViewModel model;
    private final org.peerpulse.ui.Copying copying;
    private final BarChart<Number, String> chart = new BarChart<>(new NumberAxis(0, 100, 20), new CategoryAxis());
    private final Label note = new Label();
    private final javafx.scene.control.TableView<Choice> table = new javafx.scene.control.TableView<>();
    private final javafx.scene.control.CheckBox asTable = new javafx.scene.control.CheckBox(Messages.tr("trends.asTable"));

    public TopStressorsView(TopStressorsViewModel model, org.peerpulse.ui.Copying copying) {
        this.model = model;
        this.copying = copying;
    }

    public Parent build() {
        ComboBox<Wave> wave = org.peerpulse.ui.Choices.of("top3-wave", model.waves(), Wave::label);
        wave.valueProperty().bindBidirectional(model.waveProperty());
        ComboBox<Site> site = org.peerpulse.ui.Choices.searchable("top3-site", model.sites(), Site::name,
                Messages.tr("filter.allSites"));
        site.valueProperty().bindBidirectional(model.siteProperty());
        asTable.setId("top3-as-table");
        HBox bar = new HBox(10, new Label(Messages.tr("top3.wave")), wave, new Label(Messages.tr("top3.site")), site,
                asTable);
        buildTable();
        bar.setAlignment(Pos.CENTER_LEFT);
        Label title = new Label(Messages.tr("top3.title"));
        title.getStyleClass().add("panel-title");
        chart.setId("top3-chart");
        copying.chart(chart, Messages.tr("top3.title"));
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.getXAxis().setLabel(Messages.tr("top3.axis"));
        chart.setMinHeight(480);
        chart.getStyleClass().add("top3-chart");
        note.getStyleClass().add("chart-note");
        note.setId("top3-note");
        note.setWrapText(true);
        VBox panel = new VBox(12, title, bar, chips,
                ViewProblem.line(model.problemProperty(), "stressors-problem", model::load), chart, table, note);
        panel.getStyleClass().add("panel");
        VBox page = new VBox(panel);
        page.setPadding(new Insets(20, 24, 24, 24));
        model.choicesProperty().addListener((o, was, now) -> show(now));
        model.siteProperty().addListener((o, was, now) -> showChips());
        showChips();
        return page;
    }

    private void buildTable() {
        table.setId("top3-table");
        table.getColumns().add(column("top3.option", 300, c -> optionName(c.option())));
        table.getColumns().add(column("top3.share", 120, c -> text(c.figure(), f -> Formats.percent(f.plotted()))));
        table.getColumns().add(column("top3.count", 120, c -> text(c.figure(), f -> Formats.count(f.count()))));
        table.setPrefHeight(360);
        copying.table(table, Messages.tr("top3.title"), () -> model.protectedChoices().call());
        ViewProblem.hideWhile(model.problemProperty(), chart, asTable.selectedProperty().not());
        ViewProblem.hideWhile(model.problemProperty(), table, asTable.selectedProperty());
    }

    /** A figure's cell: {@code shown} of it, the hidden mark, or "–" when nobody answered. */
    private String text(Figure figure, Function<Figure, String> shown) {
        if (figure.suppressed()) {
            return SmallNumbers.hiddenMark(model.k());
        }
        return figure.hasValue() ? shown.apply(figure) : "\u2013";
    }

    private static javafx.scene.control.TableColumn<Choice, String> column(String key, double width,
                                                                         java.util.function.Function<Choice, String> value) {
        javafx.scene.control.TableColumn<Choice, String> column = new javafx.scene.control.TableColumn<>(Messages.tr(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(row -> new javafx.beans.property.SimpleStringProperty(value.apply(row.getValue())));
        return column;
    }

    private void show(List<Choice> choices) {
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        Long n = null;
        boolean hidden = false;
        for (int i = choices.size() - 1; i >= 0; i--) { // first option at the top
            Choice choice = choices.get(i);
            Figure figure = choice.figure();
            String name = optionName(choice.option());
            String category;
            double length = 0;
            if (figure.suppressed()) {
                hidden = true;
                category = name + "   " + SmallNumbers.hiddenMark(model.k());
            } else if (!figure.hasValue()) {
                category = name + "   –";
            } else {
                n = figure.n();
                length = figure.plotted();
                category = name + "   " + Formats.percent(figure.plotted()) + " (" + Formats.count(figure.count()) + ")";
            }
            // every option keeps its row, with no bar when it cannot be shown
            series.getData().add(new XYChart.Data<>(length, category));
        }
        chart.getData().clear();
        chart.getData().add(series);
        table.getItems().setAll(choices);
        if (choices.isEmpty()) { // no wave yet, or the figures could not be worked out (the view says why)
            note.setText("");
            return;
        }
        String text = n == null ? Messages.tr(hidden ? "top3.hidden" : "top3.none", model.k())
                : Messages.tr("top3.note", n);
        note.setText(hidden && n != null ? text + " " + Messages.tr("top3.someHidden", model.k()) : text);
    }

    /** The domains keep their names everywhere; the other five options have their own. */
    static String optionName(String option) {
        return StressDomain.fromCode(option).map(DomainStyle::label).orElseGet(() -> Messages.tr(switch (option) {
            case "caring" -> "top3.caring";
            case "health" -> "top3.health";
            case "relationships" -> "top3.relationships";
            case "substance_use" -> "top3.substanceUse";
            default -> "top3.other";
        }));
    }

    private void showChips() {
        java.util.List<org.peerpulse.ui.FilterChips.Chip> list = new java.util.ArrayList<>();
        if (model.siteProperty().get() != null) {
            list.add(new org.peerpulse.ui.FilterChips.Chip(Messages.tr("top3.site") + ": "
                    + model.siteProperty().get().name(), () -> model.siteProperty().set(null)));
        }
        if (list.isEmpty()) {
            list.add(new org.peerpulse.ui.FilterChips.Chip(Messages.tr("filter.allSites"), null));
        }
        chips.show(list);
    }
}
