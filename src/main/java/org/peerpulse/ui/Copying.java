package org.peerpulse.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.transform.Transform;
import javafx.stage.Window;
import org.peerpulse.io.export.CsvSeparator;
import org.peerpulse.io.export.ExportCell;
import org.peerpulse.io.export.ExportFormat;
import org.peerpulse.io.export.ExportTable;
import org.peerpulse.service.AppContext;
import org.peerpulse.service.ExportService;

/**
 * Copy and export on every table and chart, in one place. A table copies as tab-separated text
 * and exports to CSV (comma, semicolon or tab) or XLSX, as its cells read; a chart copies as an
 * image and saves as a PNG, both at twice its size on screen. Right-click, the context-menu key
 * or Shift+F10 opens the menu; Ctrl+C (⌘C) copies.
 *
 * <p>Copies and exports always apply the small-number rules (analysis.md rule 5): while "show
 * small numbers" is on, a table's rows are computed again with suppression rather than taken
 * from the screen, and a chart (which draws the unsuppressed figures) cannot be copied or saved.
 */
public final class Copying {
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    private static final double SCALE = 2;

    private final AppContext context;
    private final TaskRunner runner;
    private final AppState state;
    private final SaveDialog dialog;

    public Copying(AppContext context, TaskRunner runner, AppState state, SaveDialog dialog) {
        this.context = context;
        this.runner = runner;
        this.state = state;
        this.dialog = dialog;
    }

    /**
     * Copy and export for a table whose cells are text.
     *
     * @param name          the table's name, for the file and the sheet
     * @param protectedRows the table's rows computed again with suppression (run in the background)
     */
    public <S> void table(TableView<S> table, String name, Callable<List<S>> protectedRows) {
        table(table, name, Object::toString, protectedRows);
    }

    /** @param text how a cell value that is not plain text reads, as the cell shows it */
    public <S> void table(TableView<S> table, String name, Function<Object, String> text,
                          Callable<List<S>> protectedRows) {
        MenuItem copy = new MenuItem(Messages.tr("copy.table"));
        copy.setAccelerator(COPY);
        copy.setOnAction(e -> rows(table, protectedRows, rows -> putText(asText(table.getVisibleLeafColumns(), rows, text))));
        Menu export = new Menu(Messages.tr("export.table"), AppIcon.EXPORT.graphic());
        for (CsvSeparator separator : CsvSeparator.values()) {
            MenuItem csv = new MenuItem(Messages.tr("export.csv." + separator.code()));
            csv.setOnAction(e -> exportTable(table, name, text, protectedRows, ExportFormat.CSV, separator));
            export.getItems().add(csv);
        }
        MenuItem xlsx = new MenuItem(Messages.tr("export.xlsx"));
        xlsx.setOnAction(e -> exportTable(table, name, text, protectedRows, ExportFormat.XLSX, CsvSeparator.COMMA));
        export.getItems().add(xlsx);
        table.setContextMenu(new ContextMenu(copy, export));
        table.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (COPY.match(e)) {
                copy.fire();
                e.consume();
            }
        });
    }

    /**
     * Copy and export for a table that is not a {@link TableView} (the cross-tab's grid).
     *
     * @param protectedTable the table as exported, always computed with suppression (run in the background)
     */
    public void grid(Node node, Callable<ExportTable> protectedTable) {
        MenuItem copy = new MenuItem(Messages.tr("copy.table"));
        copy.setAccelerator(COPY);
        copy.setOnAction(e -> runner.run("protected table", protectedTable, table -> putText(asText(table)),
                this::failed));
        Menu export = new Menu(Messages.tr("export.table"), AppIcon.EXPORT.graphic());
        for (CsvSeparator separator : CsvSeparator.values()) {
            MenuItem csv = new MenuItem(Messages.tr("export.csv." + separator.code()));
            csv.setOnAction(e -> exportGrid(node, protectedTable, ExportFormat.CSV, separator));
            export.getItems().add(csv);
        }
        MenuItem xlsx = new MenuItem(Messages.tr("export.xlsx"));
        xlsx.setOnAction(e -> exportGrid(node, protectedTable, ExportFormat.XLSX, CsvSeparator.COMMA));
        export.getItems().add(xlsx);
        menuOn(node, new ContextMenu(copy, export), copy);
    }

    /**
     * Exports a table from a button rather than a context menu (the audit trail's Export CSV): the
     * user chooses the file, the table is made and written in the background.
     */
    public void export(Node from, Callable<ExportTable> table, ExportFormat format, CsvSeparator separator) {
        exportGrid(from, table, format, separator);
    }

    /** Copy and save for a chart; both are refused while small numbers are shown. */
    public void chart(Node chart, String name) {
        MenuItem copy = new MenuItem(Messages.tr("copy.chart"));
        copy.setAccelerator(COPY);
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putImage(snapshot(chart));
            Clipboard.getSystemClipboard().setContent(content);
        });
        MenuItem save = new MenuItem(Messages.tr("export.png"), AppIcon.EXPORT.graphic());
        save.setOnAction(e -> savePng(chart, name));
        MenuItem refused = new MenuItem(Messages.tr("export.chartRefused"));
        refused.setDisable(true);
        refused.visibleProperty().bind(state.showSmallNumbersProperty());
        copy.disableProperty().bind(state.showSmallNumbersProperty());
        save.disableProperty().bind(state.showSmallNumbersProperty());
        menuOn(chart, new ContextMenu(copy, save, refused), copy);
    }

    /** A node that is not a control: focusable, its menu on right-click or the menu key, Ctrl+C copies. */
    private static void menuOn(Node node, ContextMenu menu, MenuItem copy) {
        node.setFocusTraversable(true);
        node.getStyleClass().add("exportable");
        node.setOnContextMenuRequested(e -> {
            menu.show(node, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        node.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (COPY.match(e) && !copy.isDisable()) {
                copy.fire();
                e.consume();
            }
        });
        node.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> node.requestFocus());
    }

    /** An export table as tab-separated lines. */
    public static String asText(ExportTable table) {
        List<String> lines = new ArrayList<>();
        lines.add(String.join("\t", table.headers().stream().map(Copying::clean).toList()));
        for (List<ExportCell> row : table.rows()) {
            lines.add(String.join("\t", row.stream().map(cell -> clean(cell instanceof ExportCell.Numeric n ? n.plain()
                    : cell instanceof ExportCell.Text t ? t.value() : "")).toList()));
        }
        return String.join("\n", lines) + "\n";
    }

    private void exportGrid(Node node, Callable<ExportTable> protectedTable, ExportFormat format,
                            CsvSeparator separator) {
        runner.run("protected table", protectedTable, table -> {
            Optional<Path> target = dialog.ask(owner(node), Messages.tr("export.table"),
                    fileName(table.name()) + "." + format.extension(), filesDescription(format));
            target.ifPresent(file -> write(() -> context.exports().save(table,
                    new ExportService.Target(file, format, separator)), file));
        }, this::failed);
    }

    /** The node drawn at twice its size, for a sharp image in a report or on a projector. */
    public static WritableImage snapshot(Node node) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(SCALE, SCALE));
        return node.snapshot(parameters, null);
    }

    /** The table as tab-separated lines: the column headings, then each row as its cells read. */
    public static <S> String asText(List<TableColumn<S, ?>> columns, List<S> rows, Function<Object, String> text) {
        List<String> lines = new ArrayList<>();
        List<String> header = new ArrayList<>();
        for (TableColumn<S, ?> column : columns) {
            header.add(clean(column.getText()));
        }
        lines.add(String.join("\t", header));
        for (S row : rows) {
            List<String> cells = new ArrayList<>();
            for (TableColumn<S, ?> column : columns) {
                cells.add(clean(cell(column, row, text)));
            }
            lines.add(String.join("\t", cells));
        }
        return String.join("\n", lines) + "\n";
    }

    /** The table as an export: its visible columns' headings, and each row as its cells read (plain numbers as numbers). */
    public static <S> ExportTable asExport(String name, List<TableColumn<S, ?>> columns, List<S> rows,
                                           Function<Object, String> text) {
        List<String> headers = columns.stream().map(TableColumn::getText).toList();
        List<List<ExportCell>> cells = new ArrayList<>();
        for (S row : rows) {
            cells.add(columns.stream().map(column -> ExportCell.shown(cell(column, row, text).strip())).toList());
        }
        return new ExportTable(name, headers, cells);
    }

    private static <S> String cell(TableColumn<S, ?> column, S row, Function<Object, String> text) {
        var observable = column.getCellObservableValue(row);
        Object value = observable == null ? null : observable.getValue();
        return value == null ? "" : text.apply(value);
    }

    private static String clean(String value) {
        return value.replace('\t', ' ').replace('\n', ' ');
    }

    /** The rows a copy or export may hold: as shown, or computed again with suppression while small numbers are shown. */
    private <S> void rows(TableView<S> table, Callable<List<S>> protectedRows, Consumer<List<S>> then) {
        if (!state.showsSmallNumbers()) {
            then.accept(List.copyOf(table.getItems()));
            return;
        }
        runner.run("protected rows", protectedRows, then, this::failed);
    }

    private static void putText(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    private <S> void exportTable(TableView<S> table, String name, Function<Object, String> text,
                                 Callable<List<S>> protectedRows, ExportFormat format, CsvSeparator separator) {
        Optional<Path> target = dialog.ask(owner(table), Messages.tr("export.table"),
                fileName(name) + "." + format.extension(), filesDescription(format));
        if (target.isEmpty()) {
            return;
        }
        List<TableColumn<S, ?>> columns = List.copyOf(table.getVisibleLeafColumns());
        rows(table, protectedRows, rows -> {
            ExportTable export = asExport(name, columns, rows, text);
            write(() -> context.exports().save(export, new ExportService.Target(target.get(), format, separator)),
                    target.get());
        });
    }

    private void savePng(Node chart, String name) {
        if (state.showsSmallNumbers()) {
            return;
        }
        Optional<Path> target = dialog.ask(owner(chart), Messages.tr("export.png"), fileName(name) + ".png",
                Messages.tr("export.files.png"));
        if (target.isEmpty()) {
            return;
        }
        var image = SwingFXUtils.fromFXImage(snapshot(chart), null);
        write(() -> context.exports().savePng(image, name, target.get()), target.get());
    }

    private void write(Runnable work, Path file) {
        runner.run("export", () -> {
            work.run();
            return file;
        }, written -> {
            state.auditWritten();
            new Alert(Alert.AlertType.INFORMATION, Messages.tr("export.written", written), ButtonType.OK).show();
        }, this::failed);
    }

    private void failed(Throwable failure) {
        new Alert(Alert.AlertType.ERROR, Failures.sentence(failure), ButtonType.OK).show();
    }

    private static Window owner(Node node) {
        return node.getScene() == null ? null : node.getScene().getWindow();
    }

    /** What files of this format are called, for the save dialog's filter. */
    public static String filesDescription(ExportFormat format) {
        return Messages.tr(format == ExportFormat.CSV ? "export.files.csv" : "export.files.xlsx");
    }

    /** A file name from a table's name: letters, digits and dashes. */
    static String fileName(String name) {
        String clean = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return clean.isEmpty() ? "peerpulse" : clean;
    }
}
