package org.peerpulse.ui.associations;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.peerpulse.analysis.Cell;
import java.util.List;
import org.peerpulse.analysis.CrossTab;
import org.peerpulse.analysis.SuppressedTable;
import org.peerpulse.analysis.Variable;
import org.peerpulse.analysis.stats.ContingencyResult;
import org.peerpulse.domain.Psp1;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.domain.Wave;
import org.peerpulse.ui.DomainStyle;
import org.peerpulse.ui.Formats;
import org.peerpulse.ui.Messages;
import org.peerpulse.ui.ViewProblem;
import org.peerpulse.ui.entry.ItemTexts;

/** Associations: the cross-tab of two variables with row percentages, the test and its plain reading. */
public final class AssociationsView {
    /** How to read the table: its marker is "<k" with the program's k, said once a table is shown. */
    private final Label note = new Label();
    private final org.peerpulse.ui.FilterChips chips = new org.peerpulse.ui.FilterChips();
    private final AssociationsViewModel model;
    private final org.peerpulse.ui.Copying copying;
    private final GridPane grid = new GridPane();
    private final Label statistics = new Label();
    private final Label reading = new Label();
    private final Label warning = new Label();

    public AssociationsView(AssociationsViewModel model, org.peerpulse.ui.Copying copying) {
        this.model = model;
        this.copying = copying;
    }

    public Parent build() {
        ComboBox<String> rows = variableChoice("assoc-rows");
        rows.valueProperty().bindBidirectional(model.rowsProperty());
        ComboBox<String> columns = variableChoice("assoc-cols");
        columns.valueProperty().bindBidirectional(model.columnsProperty());
        ComboBox<Wave> wave = org.peerpulse.ui.Choices.optional("assoc-wave", model.waves(), Wave::label,
                Messages.tr("assoc.allWaves"));
        wave.valueProperty().bindBidirectional(model.waveProperty());
        ComboBox<Site> site = org.peerpulse.ui.Choices.searchable("assoc-site", model.sites(), Site::name,
                Messages.tr("filter.allSites"));
        site.valueProperty().bindBidirectional(model.siteProperty());
        Region busy = org.peerpulse.ui.BusyMark.of(model.busyProperty(), Messages.tr("busy.readingAnswers"));
        busy.setId("assoc-busy");
        FlowPane bar = new FlowPane(14, 8, field("assoc.rows", rows), field("assoc.cols", columns),
                field("assoc.wave", wave), field("assoc.site", site), busy);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label title = new Label(Messages.tr("assoc.title"));
        title.getStyleClass().add("panel-title");
        grid.getStyleClass().add("crosstab");
        grid.setId("crosstab");
        copying.grid(grid, () -> export(model.protectedTable().call()));
        grid.setHgap(0);
        grid.setVgap(0);
        statistics.getStyleClass().add("crosstab-statistics");
        statistics.setId("assoc-statistics");
        reading.getStyleClass().add("tile-title");
        reading.setId("assoc-reading");
        reading.setWrapText(true);
        note.getStyleClass().add("chart-note");
        note.setWrapText(true);
        warning.getStyleClass().add("chart-note");
        warning.setWrapText(true);
        VBox panel = new VBox(12, title, bar, chips, ViewProblem.line(model.problemProperty(), "assoc-problem", model::load), grid,
                reading, statistics, warning, note);
        panel.getStyleClass().add("panel");
        VBox page = new VBox(panel);
        page.setPadding(new Insets(20, 24, 24, 24));
        model.tableProperty().addListener((o, was, now) -> show(now));
        model.waveProperty().addListener((o, was, now) -> showChips());
        model.siteProperty().addListener((o, was, now) -> showChips());
        showChips();
        return page;
    }

    /** A choice with its label before it, kept on one line when the bar wraps. */
    private static HBox field(String key, javafx.scene.Node target) {
        Label label = new Label(Messages.tr(key));
        label.setLabelFor(target);
        HBox field = new HBox(8, label, target);
        field.setAlignment(Pos.CENTER_LEFT);
        return field;
    }

    private ComboBox<String> variableChoice(String id) {
        ComboBox<String> choice = new ComboBox<>(model.variables());
        choice.setId(id);
        choice.setVisibleRowCount(14);
        choice.setPrefWidth(250);
        choice.setCellFactory(list -> org.peerpulse.ui.Choices.cell(AssociationsView::variableName, ""));
        choice.setButtonCell(org.peerpulse.ui.Choices.cell(AssociationsView::variableName, ""));
        return choice;
    }

    /** A readable name for a variable code: "High stress: Housing", "Housing right now" (the item's question). */
    static String variableName(String code) {
        if (code.startsWith("high_")) {
            return StressDomain.fromCode(code.substring(5)).map(d -> Messages.tr("assoc.high", DomainStyle.label(d)))
                    .orElse(code);
        }
        return switch (code) {
            case "poor_health" -> Messages.tr("assoc.poorHealth");
            case "poor_mental_health" -> Messages.tr("assoc.poorMentalHealth");
            case "low_qol" -> Messages.tr("assoc.lowQol");
            default -> ItemTexts.question(code);
        };
    }

    /**
     * A category as a reader says it: "Yes" for a derived yes/no, "Unhoused" for a choice, "4 Very"
     * for a point of a 1–5 scale (the code first, as the instrument numbers it).
     */
    static String categoryName(Variable variable, String code) {
        if (variable.isYesNo()) {
            return Messages.tr("entry.value.yes_no." + code);
        }
        return Psp1.item(variable.item()).map(item -> item.values().isNumeric()
                ? code + " " + ItemTexts.word(item.values(), code) : ItemTexts.word(item.values(), code)).orElse(code);
    }

    private void show(CrossTab tab) {
        grid.getChildren().clear();
        if (tab == null) {
            statistics.setText("");
            reading.setText("");
            warning.setText("");
            return;
        }
        SuppressedTable counts = tab.counts();
        int k = counts.k();
        note.setText(Messages.tr("assoc.note", k));
        put(header(variableName(tab.rows().code()) + " \\ " + variableName(tab.columns().code())), 0, 0);
        for (int j = 0; j < counts.columns(); j++) {
            put(header(categoryName(tab.columns(), tab.columns().categories().get(j))), j + 1, 0);
        }
        put(header(Messages.tr("assoc.total")), counts.columns() + 1, 0);
        for (int i = 0; i < counts.rows(); i++) {
            put(header(categoryName(tab.rows(), tab.rows().categories().get(i))), 0, i + 1);
            Cell total = counts.rowTotal(i);
            for (int j = 0; j < counts.columns(); j++) {
                put(value(counts, counts.cell(i, j), total), j + 1, i + 1);
            }
            put(value(counts, total, null), counts.columns() + 1, i + 1);
        }
        ContingencyResult test = tab.test();
        if (test == null) {
            reading.setText(tab.n() == null ? Messages.tr("assoc.hidden", k)
                    : tab.n() == 0 ? Messages.tr("assoc.noAnswers")
                    : tab.statisticsHidden() ? Messages.tr("assoc.testHidden") : Messages.tr("assoc.untestable"));
            statistics.setText("");
            warning.setText("");
            return;
        }
        reading.setText(verdict(test));
        statistics.setText(Messages.tr("assoc.statistics", tab.n(), test.yates() ? Messages.tr("assoc.yates") : "",
                Formats.decimal(test.chi2(), 2), test.df(), Formats.pValue(test.p()), Formats.decimal(test.cramersV(), 2))
                + (test.fisherP() == null ? "" : " · " + Messages.tr("assoc.fisher", Formats.pValue(test.fisherP()))));
        warning.setText(test.lowExpectedWarning()
                ? Messages.tr("assoc.lowExpected", Formats.decimal(test.minExpected(), 2)) : "");
    }

    /** The cross-tab as exported: headings, then each row's counts and total as numbers, hidden ones "<k". */
    static org.peerpulse.io.export.ExportTable export(CrossTab tab) {
        List<String> headers = new java.util.ArrayList<>();
        List<List<org.peerpulse.io.export.ExportCell>> rows = new java.util.ArrayList<>();
        if (tab != null) {
            SuppressedTable counts = tab.counts();
            headers.add(variableName(tab.rows().code()) + " \\ " + variableName(tab.columns().code()));
            tab.columns().categories().forEach(category -> headers.add(categoryName(tab.columns(), category)));
            headers.add(Messages.tr("assoc.total"));
            for (int i = 0; i < counts.rows(); i++) {
                List<org.peerpulse.io.export.ExportCell> row = new java.util.ArrayList<>();
                row.add(org.peerpulse.io.export.ExportCell.text(categoryName(tab.rows(), tab.rows().categories().get(i))));
                for (int j = 0; j < counts.columns(); j++) {
                    row.add(cell(counts, counts.cell(i, j)));
                }
                row.add(cell(counts, counts.rowTotal(i)));
                rows.add(row);
            }
        }
        return new org.peerpulse.io.export.ExportTable(Messages.tr("assoc.title"), headers, rows);
    }

    private static org.peerpulse.io.export.ExportCell cell(SuppressedTable counts, Cell cell) {
        return cell.hidden() ? org.peerpulse.io.export.ExportCell.text(counts.label(cell, String::valueOf))
                : org.peerpulse.io.export.ExportCell.number(cell.count().getAsLong());
    }

    /** Cohen's rough guide for Cramér's V, in words. */
    /**
     * The table's reading in plain words, from the test the caution beside it trusts: Fisher's p for a
     * 2 × 2 table with an expected count below 5, no verdict for a larger one (its chi-square p may be
     * off and there is no exact test beside it), else the chi-square p.
     */
    static String verdict(ContingencyResult test) {
        if (test.lowExpectedWarning() && test.fisherP() == null) {
            return Messages.tr("assoc.unreliable");
        }
        double p = test.lowExpectedWarning() ? test.fisherP() : test.p();
        return Messages.tr(p < 0.05 ? "assoc.real" : "assoc.notShown", strength(test.cramersV()));
    }

    private static String strength(double v) {
        return Messages.tr(v < 0.1 ? "assoc.negligible" : v < 0.3 ? "assoc.weak" : v < 0.5 ? "assoc.moderate"
                : "assoc.strong");
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll("crosstab-cell", "crosstab-header");
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    /** "20 (71%)": the count and its row percentage, or "<k" when hidden. */
    private static Label value(SuppressedTable counts, Cell cell, Cell rowTotal) {
        String text = counts.label(cell, Formats::count);
        if (!cell.hidden() && rowTotal != null && !rowTotal.hidden() && rowTotal.count().getAsLong() > 0) {
            text += "  (" + Formats.percent(100.0 * cell.count().getAsLong() / rowTotal.count().getAsLong()) + ")";
        }
        Label label = new Label(text);
        label.getStyleClass().add("crosstab-cell");
        if (cell.hidden()) {
            label.getStyleClass().add("suppressed");
        }
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    private void put(Label label, int column, int row) {
        grid.add(label, column, row);
    }

    private void showChips() {
        java.util.List<org.peerpulse.ui.FilterChips.Chip> list = new java.util.ArrayList<>();
        if (model.waveProperty().get() != null) {
            list.add(new org.peerpulse.ui.FilterChips.Chip(Messages.tr("assoc.wave") + ": "
                    + model.waveProperty().get().label(), () -> model.waveProperty().set(null)));
        }
        if (model.siteProperty().get() != null) {
            list.add(new org.peerpulse.ui.FilterChips.Chip(Messages.tr("assoc.site") + ": "
                    + model.siteProperty().get().name(), () -> model.siteProperty().set(null)));
        }
        if (list.isEmpty()) {
            list.add(new org.peerpulse.ui.FilterChips.Chip(Messages.tr("filter.allSites"), null));
        }
        chips.show(list);
    }
}
