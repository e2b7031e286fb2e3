package org.peerpulse.io;

import java.util.List;

/**
 * One row of a table source: its number as a spreadsheet shows it (the header is usually row 1)
 * and its cells as text, in column order.
 */
record TableRow(int number, List<String> cells) {
    TableRow {
        cells = List.copyOf(cells);
    }

    int width() {
        return cells.size();
    }

    /** The cell stripped of surrounding spaces; "" past the end of the row. */
    String cell(int column) {
        return column < cells.size() ? cells.get(column).strip() : "";
    }

    /** How many cells hold something. */
    long filled() {
        return cells.stream().filter(cell -> !cell.isBlank()).count();
    }

    boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
