package org.peerpulse.analysis;

import java.util.List;
import java.util.OptionalLong;
import java.util.function.BiFunction;
import org.peerpulse.domain.ProgramSettings;

/**
 * The one place that decides small-number protection (docs/analysis.md, "Small-number
 * protection"). Views, exports, the CLI and reports all ask this class; none decides alone.
 *
 * <p>With {@code showSmallNumbers} (the on-screen "internal use" override) nothing is hidden,
 * but every result still says what would be. Reports and exports must never turn it on.
 */
public final class SmallNumbers {
    private final int k;
    private final boolean showSmallNumbers;

    public SmallNumbers(int k, boolean showSmallNumbers) {
        if (k < ProgramSettings.MIN_K || k > ProgramSettings.MAX_K) {
            throw new IllegalArgumentException("The minimum group size must be from "
                    + ProgramSettings.MIN_K + " to " + ProgramSettings.MAX_K + ", not " + k);
        }
        this.k = k;
        this.showSmallNumbers = showSmallNumbers;
    }

    /** The program's rules, applied (the override off). */
    public static SmallNumbers of(ProgramSettings settings) {
        return new SmallNumbers(settings.minGroupSize(), false);
    }

    public int k() {
        return k;
    }

    /**
     * What every hidden figure shows: "<5" for a minimum group size of 5. One marker for all of
     * them, primary or complementary, count or share: a different one would tell a reader which
     * hidden figures are small.
     */
    public static String hiddenMark(int k) {
        return "<" + k;
    }

    /**
     * Why a group shows no figure, in words: the same for a group of fewer than k and for one hidden
     * beside it, for the same reason as {@link #hiddenMark}; a group hidden only to protect another
     * is not small, and "fewer than k" alone would tell a manager a site hardly took part.
     */
    public static String hiddenGroup(int k) {
        return "fewer than " + k + " responses, or hidden to protect a small group";
    }

    /**
     * Why a count shows as {@link #hiddenMark} in a group that is shown (the cell rule, or beside a small count),
     * in words: one sentence for both, as for {@link #hiddenGroup}.
     */
    public static String hiddenCount(int k) {
        return "fewer than " + k + ", or hidden to protect a small group";
    }

    public boolean showsSmallNumbers() {
        return showSmallNumbers;
    }

    /** Group rule: a group with fewer than k respondents who answered shows no figure at all. */
    public boolean hidesGroup(long respondentsWhoAnswered) {
        return group(respondentsWhoAnswered).hidden();
    }

    public GroupFigure group(long respondentsWhoAnswered) {
        boolean small = respondentsWhoAnswered < k;
        return new GroupFigure(respondentsWhoAnswered, small, small && !showSmallNumbers);
    }

    /**
     * Complementary suppression between a whole and its parts shown one by one (a site over every
     * wave, and each of its waves), with the rule of every other line ({@link CellSuppressor}): the
     * whole is hidden when the parts a reader cannot see would be given away by it, one part alone
     * or parts adding up to 1 to k − 1. Parts with nobody in them give nothing away.
     *
     * @param unseenParts the respondents of each part a reader cannot see
     */
    public boolean hidesRemainder(List<Long> unseenParts) {
        List<Long> someone = unseenParts.stream().filter(n -> n > 0).toList();
        return !showSmallNumbers && !someone.isEmpty()
                && CellSuppressor.givesAway(someone.size(), someone.stream().mapToLong(Long::longValue).sum(), k);
    }

    /**
     * A table whose group shows no figure although it has k or more respondents (hidden beside a
     * small group): every figure hidden, zeros too, as complementary.
     */
    public SuppressedTable hideAll(long[][] counts, Totals totals) {
        long[][] extended = withTotals(counts);
        Cell[][] cells = new Cell[extended.length][extended[0].length];
        for (int i = 0; i < extended.length; i++) {
            for (int j = 0; j < extended[0].length; j++) {
                cells[i][j] = new Cell(showSmallNumbers ? OptionalLong.of(extended[i][j]) : OptionalLong.empty(),
                        Suppression.COMPLEMENTARY);
            }
        }
        return new SuppressedTable(k, totals, showSmallNumbers, cells);
    }

    /**
     * {@link #protect(long[][])} whichever way round the table is asked for: a cross-tabulation of
     * A by B and of B by A hide the same figures (each way alone may choose other complements, and
     * the two together would show what each hides). Hidden in either way is hidden; a figure hidden
     * in one protected table stays protected when more are hidden beside it.
     */
    public SuppressedTable protectEitherWayRound(long[][] counts) {
        SuppressedTable asked = protect(counts, Totals.ALL);
        SuppressedTable turned = protect(transpose(counts), Totals.ALL);
        return hiddenEitherWay(counts, (i, j) -> asked.extendedCell(i, j).suppression(),
                (i, j) -> turned.extendedCell(j, i).suppression());
    }

    /**
     * {@link #protectEitherWayRound} for a table one of whose items, or both, a yes/no of instrument.md
     * is worked out from (srh: poor health), or for the table of that yes/no: the item's table and every
     * table its yes/no groups make of it are protected together, so that whichever a reader asks for,
     * none gives back by subtraction what another hides.
     *
     * @param counts         the items' answers, rows × columns
     * @param rowGroups      for each row, 0 when it falls in the yes/no's no and 1 in its yes; null when the
     *                       rows' item has no yes/no
     * @param columnGroups   the same for columns
     * @param rowsGrouped    whether the table asked for has the yes/no as its rows
     * @param columnsGrouped whether it has the yes/no as its columns
     */
    public SuppressedTable protectWithYesNo(long[][] counts, int[] rowGroups, int[] columnGroups, boolean rowsGrouped,
                                            boolean columnsGrouped) {
        Suppression[][] asked = YesNoTables.reasons(k, counts, rowGroups, columnGroups, rowsGrouped, columnsGrouped);
        Suppression[][] turned = YesNoTables.reasons(k, transpose(counts), columnGroups, rowGroups, columnsGrouped,
                rowsGrouped);
        return hiddenEitherWay(YesNoTables.asked(counts, rowGroups, columnGroups, rowsGrouped, columnsGrouped), (i, j) -> asked[i][j], (i, j) -> turned[j][i]);
    }

    /**
     * The answers to an item that a yes/no of instrument.md is worked out from (srh: poor health), site by
     * site, with the program's in the totals' row: analysis.md rule 3's "program total shown beside its
     * sites", protected together with the table of each site's yes and no, so that neither a site's share
     * nor the program's gives back by subtraction an answer count hidden in another.
     *
     * @param counts       sites × answers
     * @param columnGroups for each answer, 0 when it falls in the yes/no's no and 1 in its yes
     * @param sitesHidden  for each site, whether another rule hides it whole (the group rule, or beside a
     *                     small site): none of its figures is shown, zeros and its total too
     * @param grouped      whether to give the table of no and yes rather than the answers'
     */
    public SuppressedTable protectSitesWithYesNo(long[][] counts, int[] columnGroups, boolean[] sitesHidden,
                                                 boolean grouped) {
        Suppression[][] reasons = YesNoTables.reasons(k, counts, null, columnGroups, false, grouped, sitesHidden);
        return table(YesNoTables.asked(counts, null, columnGroups, false, grouped), (i, j) -> reasons[i][j]);
    }

    /** A table whose figures are hidden where either protection hides them (a union of protected patterns is protected). */
    private SuppressedTable hiddenEitherWay(long[][] counts, BiFunction<Integer, Integer, Suppression> one,
                                            BiFunction<Integer, Integer, Suppression> other) {
        return table(counts, (i, j) -> {
            Suppression first = one.apply(i, j);
            Suppression second = other.apply(i, j);
            return first == Suppression.PRIMARY || second == Suppression.PRIMARY ? Suppression.PRIMARY
                    : first != Suppression.NONE || second != Suppression.NONE ? Suppression.COMPLEMENTARY
                    : Suppression.NONE;
        });
    }

    /** A table of counts (extended by its totals here) with the reason for each figure, hidden unless small numbers are shown. */
    private SuppressedTable table(long[][] counts, BiFunction<Integer, Integer, Suppression> reasons) {
        long[][] extended = withTotals(counts);
        Cell[][] cells = new Cell[extended.length][extended[0].length];
        for (int i = 0; i < extended.length; i++) {
            for (int j = 0; j < extended[0].length; j++) {
                Suppression reason = reasons.apply(i, j);
                boolean hide = reason != Suppression.NONE && !showSmallNumbers;
                cells[i][j] = new Cell(hide ? OptionalLong.empty() : OptionalLong.of(extended[i][j]), reason);
            }
        }
        return new SuppressedTable(k, Totals.ALL, showSmallNumbers, cells);
    }

    static long[][] transpose(long[][] counts) {
        long[][] turned = new long[counts[0].length][counts.length];
        for (int i = 0; i < counts.length; i++) {
            for (int j = 0; j < counts[0].length; j++) {
                turned[j][i] = counts[i][j];
            }
        }
        return turned;
    }

    /** Test statistics and p-values are shown only when the whole table has at least k respondents. */
    public boolean showsStatistics(long tableTotal) {
        if (tableTotal < 0) {
            throw new IllegalArgumentException("A table cannot have " + tableTotal + " respondents");
        }
        return tableTotal >= k || showSmallNumbers;
    }

    /**
     * Statistics of a table of counts are shown only when the table has at least k respondents and
     * none of its figures is hidden: a chi-square, its p-value, Cramér's V or the smallest expected
     * count, beside the totals shown, can pin a hidden count (a 2 × 2 table's hidden cell has at most
     * two values with the same chi-square). analysis.md rule 4 gives when statistics may be shown;
     * its closing line, that no hidden value may be derived from any view, decides this case.
     */
    public boolean showsStatistics(long tableTotal, SuppressedTable shown) {
        return showsStatistics(tableTotal) && !shown.hidesAny();
    }

    /** Protects a table whose row, column and grand totals are all known to the reader. */
    public SuppressedTable protect(long[][] counts) {
        return protect(counts, Totals.ALL);
    }

    /**
     * Cell rule and complementary suppression for a table of counts (each respondent counted in
     * one cell, so totals are sums of cells).
     *
     * @param counts rows × columns, at least 1 × 1, no negative count
     * @param totals which totals the reader knows, from this table or from anywhere else
     */
    public SuppressedTable protect(long[][] counts, Totals totals) {
        long[][] extended = withTotals(counts);
        Suppression[][] reasons = new CellSuppressor(k, totals, extended).run();
        Cell[][] cells = new Cell[extended.length][extended[0].length];
        for (int i = 0; i < extended.length; i++) {
            for (int j = 0; j < extended[0].length; j++) {
                boolean hide = reasons[i][j] != Suppression.NONE && !showSmallNumbers;
                OptionalLong count = hide ? OptionalLong.empty() : OptionalLong.of(extended[i][j]);
                cells[i][j] = new Cell(count, reasons[i][j]);
            }
        }
        return new SuppressedTable(k, totals, showSmallNumbers, cells);
    }

    static long[][] withTotals(long[][] counts) {
        if (counts.length == 0 || counts[0].length == 0) {
            throw new IllegalArgumentException("A table needs at least one row and one column");
        }
        int rows = counts.length;
        int columns = counts[0].length;
        long[][] extended = new long[rows + 1][columns + 1];
        for (int i = 0; i < rows; i++) {
            if (counts[i].length != columns) {
                throw new IllegalArgumentException("Row " + i + " has " + counts[i].length
                        + " columns, row 0 has " + columns);
            }
            for (int j = 0; j < columns; j++) {
                long count = counts[i][j];
                if (count < 0) {
                    throw new IllegalArgumentException("Negative count " + count + " at (" + i + ", " + j + ")");
                }
                extended[i][j] = count;
                extended[i][columns] = Math.addExact(extended[i][columns], count);
                extended[rows][j] = Math.addExact(extended[rows][j], count);
                extended[rows][columns] = Math.addExact(extended[rows][columns], count);
            }
        }
        return extended;
    }
}
