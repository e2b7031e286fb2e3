package org.peerpulse.ui.change;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.util.StringConverter;
import org.peerpulse.analysis.Change;
import org.peerpulse.analysis.Figure;
import org.peerpulse.domain.Wave;
import org.peerpulse.service.ChangeTable;
import org.peerpulse.ui.DomainStyle;
import org.peerpulse.ui.Formats;
import org.peerpulse.ui.Messages;
import org.peerpulse.ui.Verdicts;
import org.peerpulse.ui.ViewProblem;

/** Change between two waves: for each domain, the program and every site, both figures, the test and a verdict. */
public final class ChangeView {
    /** Before and after: wide enough for the figures of a program of a few hundred workers, bold. */
    private static final double FIGURE_WIDTH = 140;
    /** The site's column at its narrowest, in a narrow window: a name cut short there is whole over its row. */
    private static final double WHERE_LEAST = 160;
    /** A cell's padding and borders beside its text. */
    private static final double CELL_SPACE = 14;
    /** A site's name set in under its domain's row, and the cell's padding and border (the stylesheet's 1.3em). */
    private static final double SITE_INDENT = 23;
    private final ChangeViewModel model;
    private final org.peerpulse.ui.Copying copying;
    private final TableView<ChangeTable.Row> table = new TableView<>();
    private final Label note = new Label();
    private final Label fromLabel = new Label(Messages.tr("change.from"));
    private TableColumn<ChangeTable.Row, String> where;
    /** The width the longest site name of the table needs on one line. */
    private double widestName;
    private TableColumn<ChangeTable.Row, String> before;
    private TableColumn<ChangeTable.Row, String> after;
    private TableColumn<ChangeTable.Row, String> points;
    private TableColumn<ChangeTable.Row, String> test;
    private TableColumn<ChangeTable.Row, String> verdict;

    public ChangeView(ChangeViewModel model, org.peerpulse.ui.Copying copying) {
        this.model = model;
        this.copying = copying;
    }

    public Parent build() {
        ComboBox<Wave> from = waveChoice("change-from");
        from.valueProperty().bindBidirectional(model.fromProperty());
        ComboBox<Wave> to = waveChoice("change-to");
        to.valueProperty().bindBidirectional(model.toProperty());
        Label title = new Label(Messages.tr("change.title"));
        title.getStyleClass().add("panel-title");
        fromLabel.setLabelFor(from);
        Label toLabel = new Label(Messages.tr("change.to"));
        toLabel.setLabelFor(to);
        CheckBox onlyReal = new CheckBox(Messages.tr("change.onlyReal"));
        onlyReal.setId("change-only-real");
        onlyReal.selectedProperty().bindBidirectional(model.onlyRealProperty());
        model.onlyRealProperty().addListener((o, was, now) -> show(model.tableProperty().get()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(10, fromLabel, from, toLabel, to, gap, onlyReal);
        bar.setAlignment(Pos.CENTER_LEFT);
        buildTable();
        note.getStyleClass().add("chart-note");
        note.setId("change-note");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE); // whole, the table giving way when the window is short
        // as tall as its rows (a few when only real changes are shown), scrolling in a smaller window
        fitRows();
        where.widthProperty().addListener((o, was, now) -> fitRows());
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox page = new VBox(12, title, bar, ViewProblem.line(model.problemProperty(), "change-problem", model::load), table,
                note);
        page.getStyleClass().add("panel");
        page.setPadding(new Insets(16));
        VBox outer = new VBox(page);
        outer.setPadding(new Insets(20, 24, 24, 24));
        VBox.setVgrow(page, Priority.ALWAYS);
        page.setMaxHeight(Region.USE_PREF_SIZE); // the panel ends under its note
        model.tableProperty().addListener((o, was, now) -> show(now));
        return outer;
    }

    private ComboBox<Wave> waveChoice(String id) {
        ComboBox<Wave> choice = new ComboBox<>(model.waves());
        choice.setId(id);
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Wave wave) {
                return wave == null ? "" : wave.label();
            }

            @Override
            public Wave fromString(String text) {
                return null;
            }
        });
        return choice;
    }

    private void buildTable() {
        table.setId("change-table");
        copying.table(table, Messages.tr("change.title"), () -> model.protectedRows().call());
        table.getStyleClass().add("change-table");
        table.setPlaceholder(new Label(Messages.tr("change.empty")));
        // the other columns as wide as their texts (fitColumns), the site's name takes the rest of the width
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        where = column("change.where", 256, row -> row.site() == null
                ? Messages.tr("change.domainAllSites", DomainStyle.label(row.domain()))
                : row.site().name());
        where.setMinWidth(WHERE_LEAST);
        where.setCellFactory(c -> { // a long name on a second line, indented as its first (by the stylesheet)
            var cell = new org.peerpulse.ui.WholeOnHoverCell<ChangeTable.Row>(true);
            cell.getStyleClass().add("where-cell");
            return cell;
        });
        before = column("change.before", FIGURE_WIDTH, row -> figure(row.change().from()));
        after = column("change.after", FIGURE_WIDTH, row -> figure(row.change().to()));
        points = column("change.points", 60, row -> row.change().comparable()
                ? Formats.points(row.change().points()) : "");
        test = column("change.test", 162, row -> Verdicts.test(row.change()));
        verdict = column("change.verdict", 232, row -> Verdicts.brief(row.change()));
        table.getColumns().add(where);
        for (TableColumn<ChangeTable.Row, String> fitted : List.of(before, after, points, test, verdict)) {
            fitted.setResizable(false); // the resize policy leaves it at its width and resizes the site's column
            table.getColumns().add(fitted);
        }
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ChangeTable.Row row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("program-row", "real-rise", "real-fall");
                setTooltip(null);
                if (!empty && row != null) {
                    String movement = Verdicts.movement(row.change());
                    String where = row.site() == null ? Messages.tr("change.domainAllSites", DomainStyle.label(row.domain()))
                            : Messages.tr("change.siteDomain", row.site().name(), DomainStyle.label(row.domain()));
                    setTooltip(new javafx.scene.control.Tooltip(Messages.tr("change.rowTip", where,
                            (movement.isEmpty() ? "" : movement + ". ") + Verdicts.of(row.change()))));
                    if (row.site() == null) {
                        getStyleClass().add("program-row");
                    }
                    if (row.change().significant()) { // more stress in red, less in green, as the arrows elsewhere
                        getStyleClass().add(row.change().points() > 0 ? "real-rise" : "real-fall");
                    }
                }
            }
        });
    }

    /**
     * Before and after as wide as their widest figure: a provincial program's "48% (3,861 of 8,030)"
     * is wider than {@link #FIGURE_WIDTH}. The program's rows, in bold, hold the largest counts, so
     * only they are measured (five, not a provincial program's 1,250 rows). The points, test and
     * verdict as wide as their longest text ("chi-square p = 0.081"). The site's name gets the rest.
     */
    private void fitColumns() {
        if (fromLabel.getScene() != null) {
            fromLabel.applyCss(); // the window's font, as its labels have it
        }
        List<ChangeTable.Row> programRows = table.getItems().stream().filter(row -> row.site() == null).toList();
        double figures = Math.max(widest(before, programRows), widest(after, programRows));
        before.setPrefWidth(Math.max(FIGURE_WIDTH, figures));
        after.setPrefWidth(Math.max(FIGURE_WIDTH, figures));
        for (TableColumn<ChangeTable.Row, String> column : List.of(points, test, verdict)) {
            column.setPrefWidth(widest(column, table.getItems()));
        }
        widestName = widest(table.getItems().stream().filter(row -> row.site() != null).map(row -> row.site().name())
                .collect(java.util.stream.Collectors.toSet()), fromLabel.getFont()) + SITE_INDENT;
        fitRows();
    }

    /**
     * Rows of one line while every site's name fits its column, of two when one does not (a long name in a
     * window of 1,280 pixels beside a provincial program's figures): a name is never cut short.
     */
    private void fitRows() {
        boolean twoLines = where.getWidth() > 0 && widestName > where.getWidth();
        double height = twoLines ? org.peerpulse.ui.TableHeight.TWO_LINES : org.peerpulse.ui.TableHeight.ONE_LINE;
        if (table.getFixedCellSize() != height) {
            org.peerpulse.ui.TableHeight.upToItsRows(table, height, 5);
        }
    }

    /**
     * The width that shows whole the column's heading and its texts in {@code rows}, bold on the
     * program's rows as they are shown; each text is measured once (a provincial program's 1,250
     * rows repeat a few hundred).
     */
    private double widest(TableColumn<ChangeTable.Row, String> column, List<ChangeTable.Row> rows) {
        Font plain = fromLabel.getFont();
        Set<String> boldTexts = new HashSet<>(Set.of(column.getText())); // the heading is bold too
        Set<String> plainTexts = new HashSet<>();
        for (ChangeTable.Row row : rows) {
            (row.site() == null ? boldTexts : plainTexts).add(column.getCellData(row));
        }
        return Math.max(widest(boldTexts, Font.font(plain.getFamily(), FontWeight.BOLD, plain.getSize())),
                widest(plainTexts, plain)) + CELL_SPACE;
    }

    private static double widest(Set<String> texts, Font font) {
        Text probe = new Text();
        probe.setFont(font);
        double widest = 0;
        for (String text : texts) {
            probe.setText(text);
            widest = Math.max(widest, Math.ceil(probe.getLayoutBounds().getWidth()));
        }
        return widest;
    }

    private String figure(Figure figure) {
        return Formats.share(figure, model.tableProperty().get().settings().minGroupSize());
    }

    private static TableColumn<ChangeTable.Row, String> column(String key, double width,
                                                               Function<ChangeTable.Row, String> value) {
        TableColumn<ChangeTable.Row, String> column = new TableColumn<>(Messages.tr(key));
        column.setPrefWidth(width);
        column.setSortable(false); // the rows' order is their meaning: each domain's program, then its sites
        column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        return column;
    }

    private void show(ChangeTable result) {
        if (result == null) {
            table.getItems().clear();
            note.setText("");
            return;
        }
        table.getItems().setAll(model.shown(result));
        fitColumns();
        long real = result.rows().stream().map(ChangeTable.Row::change).filter(Change::significant).count();
        note.setText(Messages.tr("change.note", result.from().label(), result.to().label(), real,
                result.settings().minGroupSize()));
    }
}
