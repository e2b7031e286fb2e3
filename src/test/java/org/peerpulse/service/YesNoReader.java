package org.peerpulse.service;

import java.util.ArrayList;
import java.util.List;
import org.peerpulse.analysis.Cell;
import org.peerpulse.analysis.SuppressedTable;

/**
 * A reader who sees a table of an item's answers extended by its totals, some figures hidden, and
 * tables made of the same answers with rows and/or columns put together into a yes/no (srh's 4 and 5
 * into poor health's yes). They prove each figure of the item's table between a low and a high bound,
 * tightened line by line to a fixed point: the table's rows and columns add up to their totals, and
 * every shown figure of a grouped table is the sum of its group of answers. This is subtraction and
 * the bounds it gives, as {@code SubtractionAttacker} does for one table.
 */
final class YesNoReader {
    /** A table of the same answers as seen (null: hidden), its rows and/or columns put together by these groups (null: as they are). */
    record Grouped(Long[][] seen, int[] rowGroups, int[] columnGroups) {
    }

    private final int rows;
    private final int columns;
    private final long[][] low;
    private final long[][] high;
    private final boolean[][] hidden;
    private final List<int[][]> sums = new ArrayList<>(); // members (positions), then {{shown total}}

    /**
     * @param truth  the item's table extended by its totals, as it is (its grand total bounds every hidden figure)
     * @param seen   the same as the reader sees it (null: hidden)
     * @param others tables made of the same answers
     */
    YesNoReader(long[][] truth, Long[][] seen, List<Grouped> others) {
        rows = truth.length - 1;
        columns = truth[0].length - 1;
        low = new long[rows + 1][columns + 1];
        high = new long[rows + 1][columns + 1];
        hidden = new boolean[rows + 1][columns + 1];
        long n = truth[rows][columns];
        for (int i = 0; i <= rows; i++) {
            for (int j = 0; j <= columns; j++) {
                hidden[i][j] = seen[i][j] == null;
                low[i][j] = hidden[i][j] ? 0 : seen[i][j];
                high[i][j] = hidden[i][j] ? n : seen[i][j];
            }
        }
        for (Grouped other : others) {
            int otherRows = other.seen().length - 1;
            int otherColumns = other.seen()[0].length - 1;
            for (int a = 0; a <= otherRows; a++) {
                for (int b = 0; b <= otherColumns; b++) {
                    Long sum = other.seen()[a][b];
                    if (sum == null) {
                        continue;
                    }
                    List<int[]> members = new ArrayList<>();
                    for (int i = 0; i <= rows; i++) {
                        for (int j = 0; j <= columns; j++) {
                            if (in(i, rows, a, otherRows, other.rowGroups())
                                    && in(j, columns, b, otherColumns, other.columnGroups())) {
                                members.add(new int[] {i, j});
                            }
                        }
                    }
                    sums.add(withTotal(members, sum));
                }
            }
        }
        solve();
    }

    /** A protected table extended by its totals, as a reader sees it: null where a figure is hidden. */
    static Long[][] seen(SuppressedTable table) {
        Long[][] seen = new Long[table.rows() + 1][table.columns() + 1];
        for (int i = 0; i <= table.rows(); i++) {
            for (int j = 0; j <= table.columns(); j++) {
                Cell cell = i == table.rows() ? (j == table.columns() ? table.grandTotal() : table.columnTotal(j))
                        : j == table.columns() ? table.rowTotal(i) : table.cell(i, j);
                seen[i][j] = cell.hidden() ? null : cell.count().getAsLong();
            }
        }
        return seen;
    }

    /** Whether line {@code i} of the items' table (of {@code last} lines and a total) adds into line {@code a} of the other. */
    private static boolean in(int i, int last, int a, int otherLast, int[] groups) {
        if (groups == null) {
            return i == a;
        }
        return a == otherLast ? i == last : i < last && groups[i] == a;
    }

    boolean hidden(int i, int j) {
        return hidden[i][j];
    }

    boolean pins(int i, int j) {
        return low[i][j] == high[i][j];
    }

    private static int[][] withTotal(List<int[]> members, long total) {
        int[][] line = new int[members.size() + 1][];
        for (int m = 0; m < members.size(); m++) {
            line[m] = members.get(m);
        }
        line[members.size()] = new int[] {(int) total};
        return line;
    }

    private void solve() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i <= rows; i++) { // each row: its cells add up to its total
                List<int[]> members = new ArrayList<>();
                for (int j = 0; j < columns; j++) {
                    members.add(new int[] {i, j});
                }
                changed |= tighten(members, new int[] {i, columns});
            }
            for (int j = 0; j <= columns; j++) {
                List<int[]> members = new ArrayList<>();
                for (int i = 0; i < rows; i++) {
                    members.add(new int[] {i, j});
                }
                changed |= tighten(members, new int[] {rows, j});
            }
            for (int[][] sum : sums) {
                List<int[]> members = List.of(sum).subList(0, sum.length - 1);
                long total = sum[sum.length - 1][0];
                changed |= tighten(members, total, total);
            }
        }
    }

    private boolean tighten(List<int[]> members, int[] total) {
        boolean changed = tighten(members, low[total[0]][total[1]], high[total[0]][total[1]]);
        long sumLow = members.stream().mapToLong(p -> low[p[0]][p[1]]).sum();
        long sumHigh = members.stream().mapToLong(p -> high[p[0]][p[1]]).sum();
        if (sumLow > low[total[0]][total[1]]) {
            low[total[0]][total[1]] = sumLow;
            changed = true;
        }
        if (sumHigh < high[total[0]][total[1]]) {
            high[total[0]][total[1]] = sumHigh;
            changed = true;
        }
        return changed;
    }

    private boolean tighten(List<int[]> members, long totalLow, long totalHigh) {
        boolean changed = false;
        long sumLow = members.stream().mapToLong(p -> low[p[0]][p[1]]).sum();
        long sumHigh = members.stream().mapToLong(p -> high[p[0]][p[1]]).sum();
        for (int[] p : members) {
            long othersLow = sumLow - low[p[0]][p[1]];
            long othersHigh = sumHigh - high[p[0]][p[1]];
            long atLeast = totalLow - othersHigh;
            long atMost = totalHigh - othersLow;
            if (atLeast > low[p[0]][p[1]]) {
                low[p[0]][p[1]] = atLeast;
                changed = true;
            }
            if (atMost < high[p[0]][p[1]]) {
                high[p[0]][p[1]] = atMost;
                changed = true;
            }
        }
        return changed;
    }
}
