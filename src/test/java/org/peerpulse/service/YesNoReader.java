package org.peerpulse.service;

import java.util.ArrayList;
import java.util.List;
import org.peerpulse.analysis.Cell;
import org.peerpulse.analysis.LinesReader;
import org.peerpulse.analysis.SuppressedTable;

/**
 * A reader who sees a table of an item's answers extended by its totals, some figures hidden, and
 * tables made of the same answers with rows and/or columns put together into a yes/no (srh's 4 and 5
 * into poor health's yes). The sums they know, for {@link LinesReader}: the table's rows and columns add
 * up to their totals, and every shown figure of a grouped table is the sum of its group of answers.
 */
final class YesNoReader {
    /** A table of the same answers as seen (null: hidden), its rows and/or columns put together by these groups (null: as they are). */
    record Grouped(Long[][] seen, int[] rowGroups, int[] columnGroups) {
    }

    private final int columns;
    private final LinesReader reader;

    /**
     * @param truth  the item's table extended by its totals, as it is (its grand total bounds every hidden figure)
     * @param seen   the same as the reader sees it (null: hidden)
     * @param others tables made of the same answers
     */
    YesNoReader(long[][] truth, Long[][] seen, List<Grouped> others) {
        int rows = truth.length - 1;
        columns = truth[0].length - 1;
        List<Long> figures = new ArrayList<>(); // the item's table, row by row, then every shown grouped figure
        for (Long[] line : seen) {
            figures.addAll(java.util.Arrays.asList(line));
        }
        List<int[]> grouped = new ArrayList<>(); // members, then the grouped figure's position
        for (Grouped other : others) {
            int otherRows = other.seen().length - 1;
            int otherColumns = other.seen()[0].length - 1;
            for (int a = 0; a <= otherRows; a++) {
                for (int b = 0; b <= otherColumns; b++) {
                    if (other.seen()[a][b] == null) {
                        continue;
                    }
                    List<Integer> members = new ArrayList<>();
                    for (int i = 0; i <= rows; i++) {
                        for (int j = 0; j <= columns; j++) {
                            if (in(i, rows, a, otherRows, other.rowGroups())
                                    && in(j, columns, b, otherColumns, other.columnGroups())) {
                                members.add(position(i, j));
                            }
                        }
                    }
                    members.add(figures.size());
                    figures.add(other.seen()[a][b]);
                    grouped.add(members.stream().mapToInt(Integer::intValue).toArray());
                }
            }
        }
        reader = new LinesReader(figures.toArray(Long[]::new), truth[rows][columns]);
        for (int i = 0; i <= rows; i++) { // each row: its cells add up to its total
            int[] members = new int[columns];
            for (int j = 0; j < columns; j++) {
                members[j] = position(i, j);
            }
            reader.sum(members, position(i, columns));
        }
        for (int j = 0; j <= columns; j++) {
            int[] members = new int[rows];
            for (int i = 0; i < rows; i++) {
                members[i] = position(i, j);
            }
            reader.sum(members, position(rows, j));
        }
        for (int[] sum : grouped) {
            reader.sum(java.util.Arrays.copyOf(sum, sum.length - 1), sum[sum.length - 1]);
        }
        reader.solve();
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
        return reader.hidden(position(i, j));
    }

    boolean pins(int i, int j) {
        return reader.pins(position(i, j));
    }

    private int position(int i, int j) {
        return i * (columns + 1) + j;
    }
}
