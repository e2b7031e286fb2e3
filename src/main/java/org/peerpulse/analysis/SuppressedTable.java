package org.peerpulse.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
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

    /**
     * This table with its categories put together: row {@code i} into row {@code rowOf[i]}, column
     * {@code j} into column {@code columnOf[j]} (poor health's "yes" is answers 4 and 5 of srh). A
     * figure is shown only when every figure it adds up is: then it tells nothing this table does not,
     * and a hidden one cannot be worked out from it. Needs every total of this table.
     *
     * @param counts the put-together table's counts (the sums, hidden or not)
     */
    SuppressedTable collapsed(int[] rowOf, int[] columnOf, long[][] counts) {
        long[][] extended = SmallNumbers.withTotals(counts);
        int rows = counts.length;
        int columns = counts[0].length;
        Cell[][] put = new Cell[rows + 1][columns + 1];
        for (int a = 0; a <= rows; a++) {
            for (int b = 0; b <= columns; b++) {
                List<Cell> parts = new ArrayList<>();
                for (int i = 0; i <= rows(); i++) {
                    for (int j = 0; j <= columns(); j++) {
                        int into = i == rows() ? rows : rowOf[i];
                        int intoColumn = j == columns() ? columns : columnOf[j];
                        if (into == a && intoColumn == b) {
                            parts.add(cells[i][j]);
                        }
                    }
                }
                Suppression reason = parts.stream().anyMatch(p -> p.suppression() == Suppression.PRIMARY)
                        ? Suppression.PRIMARY : parts.stream().anyMatch(Cell::wouldBeHidden) ? Suppression.COMPLEMENTARY
                        : Suppression.NONE;
                boolean hidden = parts.stream().anyMatch(Cell::hidden);
                put[a][b] = new Cell(hidden ? OptionalLong.empty() : OptionalLong.of(extended[a][b]), reason);
            }
        }
        return new SuppressedTable(k, totals, smallNumbersShown, put);
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
