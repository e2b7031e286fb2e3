package org.peerpulse.analysis;

import java.util.Objects;
import java.util.function.LongFunction;

/**
 * A table of counts after small-number protection: what each figure may show, and why a
 * figure is (or would be) hidden. Hidden values are not kept here, so no caller can show
 * them by mistake.
 */
public final class SuppressedTable {
    private final int k;
    private final Totals totals;
    private final boolean smallNumbersShown;
    private final Cell[][] cells;

    /** @param cells indexed like the extended table: row totals in the last column, column totals in the last row */
    SuppressedTable(int k, Totals totals, boolean smallNumbersShown, Cell[][] cells) {
        this.k = k;
        this.totals = totals;
        this.smallNumbersShown = smallNumbersShown;
        this.cells = cells;
    }

    public int rows() {
        return cells.length - 1;
    }

    public int columns() {
        return cells[0].length - 1;
    }

    /** The minimum group size the table was protected with. */
    public int k() {
        return k;
    }

    /** Which totals belong to the table (and were protected with it). */
    public Totals totals() {
        return totals;
    }

    /** True when the "show small numbers (internal use)" override was on: the view must say so. */
    public boolean smallNumbersShown() {
        return smallNumbersShown;
    }

    public Cell cell(int row, int column) {
        if (row < 0 || row >= rows() || column < 0 || column >= columns()) {
            throw new IndexOutOfBoundsException("No cell (" + row + ", " + column + ") in a "
                    + rows() + " × " + columns() + " table");
        }
        return cells[row][column];
    }

    /** A cell of the extended table: totals in the last row and column (for tables made from other tables). */
    Cell extendedCell(int row, int column) {
        return cells[row][column];
    }

    /**
     * One row of this table as a table of its own, with its total: a site's row, or the totals' row
     * ({@code row == rows()}) for the program. Its figures are hidden exactly where they are here.
     */
    public SuppressedTable row(int row) {
        require(totals.rows() && totals.columns(), "row and column totals");
        Cell[] line = cells[Objects.checkIndex(row, rows() + 1)].clone();
        return new SuppressedTable(k, Totals.ROWS, smallNumbersShown, new Cell[][] {line, line.clone()});
    }

    public Cell rowTotal(int row) {
        require(totals.rows(), "row totals");
        return cells[Objects.checkIndex(row, rows())][columns()];
    }

    public Cell columnTotal(int column) {
        require(totals.columns(), "column totals");
        return cells[rows()][Objects.checkIndex(column, columns())];
    }

    public Cell grandTotal() {
        require(totals.grand(), "a grand total");
        return cells[rows()][columns()];
    }

    /** Whether any figure of the table, a total included, is hidden. */
    public boolean hidesAny() {
        for (Cell[] line : cells) {
            for (Cell cell : line) {
                if (cell.hidden()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The text for a figure: {@link SmallNumbers#hiddenMark} when it is hidden, otherwise the
     * count formatted by the caller (formatting by locale belongs to the UI).
     */
    public String label(Cell cell, LongFunction<String> formatCount) {
        return cell.hidden() ? SmallNumbers.hiddenMark(k) : formatCount.apply(cell.count().getAsLong());
    }

    private void require(boolean present, String what) {
        if (!present) {
            throw new IllegalStateException("This table was protected without " + what + " (" + totals + ")");
        }
    }
}
