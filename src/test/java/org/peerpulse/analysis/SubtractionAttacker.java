package org.peerpulse.analysis;

/**
 * A reader who sees a protected table and tries to recover hidden values. They know every
 * shown figure and that every line adds up (each row to its total, each column to its total,
 * the row totals and the column totals to the grand total), whether or not those totals are
 * shown. Every value they cannot see is to them only a non-negative integer; they do not know
 * which hidden figures are small and which are complementary.
 *
 * <p>They solve line by line, to a fixed point: in a line, a value lies between what the line's
 * total allows once every other member is at its largest and at its smallest. A value pinned
 * this way counts as known in every other line. (This is subtraction plus the bounds it gives;
 * it is not a linear-programming attack, which can combine several lines at once.)
 */
final class SubtractionAttacker {
    static final long UNBOUNDED = Long.MAX_VALUE / 4;

    private final int rows;
    private final int columns;
    private final long[][] low;
    private final long[][] high;

    SubtractionAttacker(SuppressedTable table) {
        rows = table.rows();
        columns = table.columns();
        low = new long[rows + 1][columns + 1];
        high = new long[rows + 1][columns + 1];
        for (int i = 0; i <= rows; i++) {
            for (int j = 0; j <= columns; j++) {
                Cell seen = visible(table, i, j);
                low[i][j] = seen == null || seen.hidden() ? 0 : seen.count().getAsLong();
                high[i][j] = seen == null || seen.hidden() ? UNBOUNDED : seen.count().getAsLong();
            }
        }
        solve();
    }

    /** The smallest value the reader can prove for a position of the extended table. */
    long low(int row, int column) {
        return low[row][column];
    }

    /** The largest value the reader can prove ({@link #UNBOUNDED} if none). */
    long high(int row, int column) {
        return high[row][column];
    }

    boolean pins(int row, int column) {
        return low[row][column] == high[row][column];
    }

    /** The largest the reader can prove the hidden inner members of row {@code i} (or column) add up to. */
    long hiddenSumBoundOfRow(SuppressedTable table, int row) {
        long sumOfHighs = 0;
        long shown = 0;
        for (int j = 0; j < columns; j++) {
            Cell cell = visible(table, row, j);
            if (cell == null || cell.hidden()) {
                sumOfHighs = plus(sumOfHighs, high[row][j]);
            } else {
                shown += cell.count().getAsLong();
            }
        }
        return Math.min(sumOfHighs, minus(high[row][columns], shown));
    }

    long hiddenSumBoundOfColumn(SuppressedTable table, int column) {
        long sumOfHighs = 0;
        long shown = 0;
        for (int i = 0; i < rows; i++) {
            Cell cell = visible(table, i, column);
            if (cell == null || cell.hidden()) {
                sumOfHighs = plus(sumOfHighs, high[i][column]);
            } else {
                shown += cell.count().getAsLong();
            }
        }
        return Math.min(sumOfHighs, minus(high[rows][column], shown));
    }

    private void solve() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i <= rows; i++) {
                changed |= solveLine(i, true);
            }
            for (int j = 0; j <= columns; j++) {
                changed |= solveLine(j, false);
            }
        }
    }

    /** One line: row {@code index} (members across, total at the end) or column {@code index}. */
    private boolean solveLine(int index, boolean isRow) {
        int length = isRow ? columns : rows;
        long sumLow = 0;
        long boundedHighs = 0;
        int unbounded = 0;
        for (int m = 0; m < length; m++) {
            sumLow += lowAt(index, m, isRow);
            long high = highAt(index, m, isRow);
            if (high >= UNBOUNDED) {
                unbounded++;
            } else {
                boundedHighs += high;
            }
        }
        boolean changed = tighten(index, length, isRow, sumLow, unbounded > 0 ? UNBOUNDED : boundedHighs);
        long totalLow = lowAt(index, length, isRow);
        long totalHigh = highAt(index, length, isRow);
        for (int m = 0; m < length; m++) {
            long own = highAt(index, m, isRow);
            int othersUnbounded = unbounded - (own >= UNBOUNDED ? 1 : 0);
            long othersHigh = othersUnbounded > 0 ? UNBOUNDED : boundedHighs - (own >= UNBOUNDED ? 0 : own);
            long othersLow = sumLow - lowAt(index, m, isRow);
            changed |= tighten(index, m, isRow, minus(totalLow, othersHigh), minus(totalHigh, othersLow));
        }
        return changed;
    }

    private boolean tighten(int index, int m, boolean isRow, long newLow, long newHigh) {
        int i = isRow ? index : m;
        int j = isRow ? m : index;
        boolean changed = false;
        if (newLow > low[i][j]) {
            low[i][j] = newLow;
            changed = true;
        }
        if (newHigh < high[i][j]) {
            high[i][j] = newHigh;
            changed = true;
        }
        if (low[i][j] > high[i][j]) {
            throw new IllegalStateException("Inconsistent table at (" + i + ", " + j + ")");
        }
        return changed;
    }

    private long lowAt(int index, int m, boolean isRow) {
        return isRow ? low[index][m] : low[m][index];
    }

    private long highAt(int index, int m, boolean isRow) {
        return isRow ? high[index][m] : high[m][index];
    }

    /** a + b, staying at UNBOUNDED. */
    private static long plus(long a, long b) {
        return a >= UNBOUNDED || b >= UNBOUNDED ? UNBOUNDED : a + b;
    }

    /** a − b for bounds: unbounded minus anything stays unbounded; anything minus unbounded is no bound (below 0). */
    private static long minus(long a, long b) {
        if (a >= UNBOUNDED) {
            return UNBOUNDED;
        }
        return b >= UNBOUNDED ? -UNBOUNDED : a - b;
    }

    /** The figure as the reader sees it, or null where the table does not show that total at all. */
    private static Cell visible(SuppressedTable table, int i, int j) {
        int rows = table.rows();
        int columns = table.columns();
        if (i < rows && j < columns) {
            return table.cell(i, j);
        }
        if (i == rows && j == columns) {
            return table.totals().grand() ? table.grandTotal() : null;
        }
        if (i == rows) {
            return table.totals().columns() ? table.columnTotal(j) : null;
        }
        return table.totals().rows() ? table.rowTotal(i) : null;
    }
}
