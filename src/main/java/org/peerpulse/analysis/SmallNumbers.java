package org.peerpulse.analysis;

import java.util.List;
import java.util.OptionalLong;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
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
                && CellSuppressor.givesAway(someone.size(), someone.size(), someone.stream().mapToLong(Long::longValue).sum(), k);
    }

    /** A table already extended by its totals, with the reason for each figure: hidden unless small numbers are shown. */
    SuppressedTable shown(long[][] extended, BiFunction<Integer, Integer, Suppression> reasons) {
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
        return protect(counts, totals, (row, column) -> false);
    }

    /**
     * As {@link #protect(long[][], Totals)}, with some cells hidden from the start whatever their
     * count (a site's count where the group rule hides the site's whole figure): the complements
     * then protect them as they protect small counts.
     */
    public SuppressedTable protect(long[][] counts, Totals totals, BiPredicate<Integer, Integer> hiddenAlready) {
        long[][] extended = withTotals(counts);
        CellSuppressor suppressor = new CellSuppressor(k, totals, extended);
        for (int i = 0; i < counts.length; i++) {
            for (int j = 0; j < counts[0].length; j++) {
                if (hiddenAlready.test(i, j)) {
                    suppressor.hide(i, j);
                }
            }
        }
        Suppression[][] reasons = suppressor.run();
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
