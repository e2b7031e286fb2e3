package org.peerpulse.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.ListProperty;
import javafx.beans.property.SimpleListProperty;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;

/** A table as tall as its rows: no blank rows under the last one, and beyond a number of rows it scrolls. */
public final class TableHeight {
    /** A row of one line of the app's 14 px type, as JavaFX draws it. */
    public static final double ONE_LINE = 24;
    /** A row of two lines of the app's 14 px type (38 px needed), for text that wraps ({@link WholeOnHoverCell}). */
    public static final double TWO_LINES = 40;
    /** The headings' row (28 px with the app's 14 px type) and the table's border, with 2 px to spare. */
    private static final double HEADINGS = 32;

    private TableHeight() {
    }

    /**
     * Rows of {@code rowHeight}; as tall as its rows, at least {@code fewest} (room for what it says when empty, or
     * for rows still being read) and at most {@code tallest}.
     */
    public static void fit(TableView<?> table, double rowHeight, int fewest, int tallest) {
        table.setFixedCellSize(rowHeight);
        table.prefHeightProperty().bind(height(table, rowHeight, fewest, tallest));
        table.minHeightProperty().bind(table.prefHeightProperty());
    }

    /**
     * Rows of {@code rowHeight}; as tall as its rows when there is room, else as tall as the room (at least
     * {@code fewest} rows) and it scrolls.
     */
    public static void upToItsRows(TableView<?> table, double rowHeight, int fewest) {
        table.setFixedCellSize(rowHeight);
        table.prefHeightProperty().bind(height(table, rowHeight, fewest, Integer.MAX_VALUE));
        table.setMinHeight(fewest * rowHeight + HEADINGS);
        table.setMaxHeight(Region.USE_PREF_SIZE);
    }

    private static <S> DoubleBinding height(TableView<S> table, double rowHeight, int fewest, int tallest) {
        // the number of rows of whichever list the table is given, then or later
        ListProperty<S> items = new SimpleListProperty<>();
        items.bind(table.itemsProperty());
        return Bindings.createDoubleBinding(
                () -> Math.max(fewest, Math.min(items.size(), tallest)) * rowHeight + HEADINGS, items.sizeProperty());
    }
}
