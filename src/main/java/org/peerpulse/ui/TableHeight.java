package org.peerpulse.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.control.TableView;

/** A table as tall as its rows: no blank rows under the last one, and beyond a number of rows it scrolls. */
public final class TableHeight {
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
        table.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(fewest, Math.min(table.getItems().size(), tallest)) * rowHeight + HEADINGS,
                table.itemsProperty(), table.getItems()));
        table.minHeightProperty().bind(table.prefHeightProperty());
    }
}
