package org.peerpulse.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/**
 * "Copy" on every table and chart: a table as tab-separated text (what the cells show, so hidden
 * figures stay "<k"), a chart as an image, both ready to paste into a report or e-mail.
 */
public final class Copying {
    private Copying() {
    }

    public static void install(TableView<?> table) {
        install(table, Object::toString);
    }

    /** @param text how a cell value that is not plain text reads, as the cell shows it */
    public static void install(TableView<?> table, java.util.function.Function<Object, String> text) {
        MenuItem copy = new MenuItem(Messages.tr("copy.table"));
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(asText(table, text));
            Clipboard.getSystemClipboard().setContent(content);
        });
        table.setContextMenu(new ContextMenu(copy));
    }

    public static void install(Node chart) {
        MenuItem copy = new MenuItem(Messages.tr("copy.chart"));
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putImage(chart.snapshot(null, null));
            Clipboard.getSystemClipboard().setContent(content);
        });
        ContextMenu menu = new ContextMenu(copy);
        chart.setOnContextMenuRequested(e -> menu.show(chart, e.getScreenX(), e.getScreenY()));
    }

    /** The table as tab-separated lines: the column headings, then each row as its cells read. */
    public static <S> String asText(TableView<S> table, java.util.function.Function<Object, String> text) {
        List<String> lines = new ArrayList<>();
        List<String> header = new ArrayList<>();
        for (TableColumn<S, ?> column : table.getVisibleLeafColumns()) {
            header.add(column.getText());
        }
        lines.add(String.join("\t", header));
        for (int row = 0; row < table.getItems().size(); row++) {
            List<String> cells = new ArrayList<>();
            for (TableColumn<S, ?> column : table.getVisibleLeafColumns()) {
                Object value = column.getCellData(row);
                cells.add(value == null ? "" : clean(text.apply(value)));
            }
            lines.add(String.join("\t", cells));
        }
        return String.join("\n", lines) + "\n";
    }

    private static String clean(String value) {
        return value.replace('\t', ' ').replace('\n', ' ');
    }
}
