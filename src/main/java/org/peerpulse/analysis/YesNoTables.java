package org.peerpulse.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of two items' answers and the tables made of it by putting answers together into the
 * yes/no of instrument.md (srh's 4 and 5 into poor health's yes): each figure of one is a sum of
 * figures of another, so a reader who asks for both can subtract. Their figures and the lines that
 * tie them, for {@link JointSuppressor}; the asked table's reasons come out.
 */
final class YesNoTables {
    /** One table extended by its totals, its figures numbered from {@code first}. */
    private record Table(long[][] extended, int first) {
        int position(int row, int column) {
            return first + row * extended[0].length + column;
        }

        int rows() {
            return extended.length - 1;
        }

        int columns() {
            return extended[0].length - 1;
        }
    }

    private final List<Table> tables = new ArrayList<>();
    private final List<JointSuppressor.Line> lines = new ArrayList<>();
    private int size;

    private YesNoTables() {
    }

    /**
     * The reasons of the asked table's figures (extended by its totals), protected together with every
     * table the yes/no groups make.
     *
     * @param rowGroups    for each row, 0 (no) or 1 (yes); null when the rows' item has no yes/no
     * @param columnGroups the same for columns
     * @param rowsGrouped  whether the table asked for has the rows' yes/no rather than the item's answers
     */
    static Suppression[][] reasons(int k, long[][] counts, int[] rowGroups, int[] columnGroups, boolean rowsGrouped,
                                   boolean columnsGrouped) {
        return reasons(k, counts, rowGroups, columnGroups, rowsGrouped, columnsGrouped, null);
    }

    /**
     * As above, with rows that another view hides whole (a site hidden beside a small one): every figure
     * of such a row, zeros and its total too, hidden from the start in the item's table and in its
     * yes/no's.
     *
     * @param rowsHiddenElsewhere for each row, whether it is hidden whole; null for none. Only for rows
     *                            that are not grouped into a yes/no themselves.
     */
    static Suppression[][] reasons(int k, long[][] counts, int[] rowGroups, int[] columnGroups, boolean rowsGrouped,
                                   boolean columnsGrouped, boolean[] rowsHiddenElsewhere) {
        if (rowsHiddenElsewhere != null && rowGroups != null) {
            throw new IllegalArgumentException("Rows hidden elsewhere cannot also be grouped into a yes/no");
        }
        YesNoTables family = new YesNoTables();
        Table plain = family.add(counts);
        Table byRows = rowGroups == null ? null : family.add(group(counts, rowGroups));
        Table byColumns = columnGroups == null ? null : family.add(groupColumns(counts, columnGroups));
        Table byBoth = byRows == null || byColumns == null ? null
                : family.add(groupColumns(group(counts, rowGroups), columnGroups));
        family.tie(plain, byRows, rowGroups, true);
        family.tie(byColumns, byBoth, rowGroups, true);
        family.tie(plain, byColumns, columnGroups, false);
        family.tie(byRows, byBoth, columnGroups, false);
        long[] value = new long[family.size];
        for (Table table : family.tables) {
            for (int i = 0; i <= table.rows(); i++) {
                for (int j = 0; j <= table.columns(); j++) {
                    value[table.position(i, j)] = table.extended()[i][j];
                }
            }
        }
        boolean[] hiddenElsewhere = new boolean[family.size];
        if (rowsHiddenElsewhere != null) {
            family.hideRows(plain, rowsHiddenElsewhere, hiddenElsewhere);
            family.hideRows(byColumns, rowsHiddenElsewhere, hiddenElsewhere);
        }
        Suppression[] reason = new JointSuppressor(k, value, family.lines, hiddenElsewhere).run();
        Table asked = rowsGrouped ? (columnsGrouped ? byBoth : byRows) : (columnsGrouped ? byColumns : plain);
        Suppression[][] result = new Suppression[asked.rows() + 1][asked.columns() + 1];
        for (int i = 0; i <= asked.rows(); i++) {
            for (int j = 0; j <= asked.columns(); j++) {
                result[i][j] = reason[asked.position(i, j)];
            }
        }
        return result;
    }

    private void hideRows(Table table, boolean[] hiddenRows, boolean[] hiddenElsewhere) {
        if (table == null) {
            return;
        }
        for (int i = 0; i < table.rows(); i++) {
            for (int j = 0; hiddenRows[i] && j <= table.columns(); j++) {
                hiddenElsewhere[table.position(i, j)] = true;
            }
        }
    }

    /** A table and its own lines, in {@link CellSuppressor}'s order: rows with the totals' row, then columns. */
    private Table add(long[][] counts) {
        Table table = new Table(SmallNumbers.withTotals(counts), size);
        size += table.extended().length * table.extended()[0].length;
        tables.add(table);
        lines.addAll(JointSuppressor.tableLines(table.first(), table.rows(), table.columns()));
        return table;
    }

    /**
     * The lines between a table and the one its rows (or columns) put together make: each grouped
     * figure is the sum of its group's figures, in every column (or row) and in the totals; the
     * totals across are the same figures in both.
     */
    private void tie(Table parts, Table grouped, int[] groups, boolean byRows) {
        if (parts == null || grouped == null) {
            return;
        }
        int across = byRows ? parts.columns() : parts.rows();
        int along = byRows ? parts.rows() : parts.columns();
        for (int other = 0; other <= across; other++) {
            for (int group = 0; group < 2; group++) {
                List<Integer> members = new ArrayList<>();
                for (int each = 0; each < along; each++) {
                    if (groups[each] == group) {
                        members.add(byRows ? parts.position(each, other) : parts.position(other, each));
                    }
                }
                int total = byRows ? grouped.position(group, other) : grouped.position(other, group);
                lines.add(new JointSuppressor.Line(members.stream().mapToInt(Integer::intValue).toArray(), total));
            }
            int sameTotal = byRows ? parts.position(along, other) : parts.position(other, along);
            int sameInGrouped = byRows ? grouped.position(2, other) : grouped.position(other, 2);
            lines.add(new JointSuppressor.Line(new int[] {sameTotal}, sameInGrouped));
        }
    }

    /** The table asked for: the items' answers, with rows and/or columns put together into no and yes. */
    static long[][] asked(long[][] counts, int[] rowGroups, int[] columnGroups, boolean rowsGrouped,
                          boolean columnsGrouped) {
        long[][] rows = rowsGrouped ? group(counts, rowGroups) : counts;
        return columnsGrouped ? groupColumns(rows, columnGroups) : rows;
    }

    private static long[][] groupColumns(long[][] counts, int[] groups) {
        return SmallNumbers.transpose(group(SmallNumbers.transpose(counts), groups));
    }

    /** Rows put together by their group: two rows, no and yes. */
    private static long[][] group(long[][] counts, int[] groups) {
        long[][] grouped = new long[2][counts[0].length];
        for (int i = 0; i < counts.length; i++) {
            for (int j = 0; j < counts[i].length; j++) {
                grouped[groups[i]][j] += counts[i][j];
            }
        }
        return grouped;
    }
}
