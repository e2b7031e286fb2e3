package org.peerpulse.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The cell rule and complementary suppression, on a table extended by its margins: rows
 * {@code 0..r-1} and columns {@code 0..c-1} hold the counts, column {@code c} the row totals,
 * row {@code r} the column totals and {@code [r][c]} the grand total. Package-private: callers
 * go through {@link SmallNumbers#protect}.
 */
final class CellSuppressor {
    private final int k;
    private final Totals totals;
    private final int rows;
    private final int columns;
    private final long[][] value;
    private final Suppression[][] reason;

    /** One line of the table: its inner members add up to its total. */
    private record Line(List<int[]> members, int[] total) {
    }

    CellSuppressor(int k, Totals totals, long[][] extended) {
        this.k = k;
        this.totals = totals;
        this.rows = extended.length - 1;
        this.columns = extended[0].length - 1;
        this.value = extended;
        this.reason = new Suppression[rows + 1][columns + 1];
        for (Suppression[] line : reason) {
            Arrays.fill(line, Suppression.NONE);
        }
    }

    /**
     * Hides an inner cell before the rules run, whatever its count: a figure another rule hides (a
     * site's count where the group rule hides the site's whole figure), which this table must then
     * protect like its own small counts.
     */
    void hide(int row, int column) {
        reason[row][column] = Suppression.PRIMARY;
    }

    /** Decides every shown position; the result is indexed like the extended table. */
    Suppression[][] run() {
        markSmallCounts();
        markSmallGroups();
        addComplements();
        return reason;
    }

    private void markSmallCounts() {
        for (int i = 0; i <= rows; i++) {
            for (int j = 0; j <= columns; j++) {
                if (shown(i, j) && isSmall(value[i][j])) {
                    reason[i][j] = Suppression.PRIMARY;
                }
            }
        }
    }

    /**
     * A row or column whose total is below k is a small group: every figure in it is hidden,
     * zeros too ("none of the three at site B answered X" is about those three). This holds
     * whether or not the total itself is shown.
     */
    private void markSmallGroups() {
        for (Line line : allLines()) {
            if (isSmall(at(line.total()))) {
                for (int[] member : line.members()) {
                    reason[member[0]][member[1]] = Suppression.PRIMARY;
                }
            }
        }
    }

    /**
     * In every line whose total the reader knows: while exactly one member is hidden, or the
     * hidden inner members add up to less than k, also hide the smallest non-zero shown member.
     * Repeats over all lines until nothing changes.
     */
    private void addComplements() {
        List<Line> known = allLines().stream().filter(line -> shown(line.total())).toList();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Line line : known) {
                if (needsPartner(line)) {
                    int[] partner = smallestNonZeroShown(line);
                    if (partner != null) {
                        reason[partner[0]][partner[1]] = Suppression.COMPLEMENTARY;
                        changed = true;
                    }
                }
            }
        }
    }

    private boolean needsPartner(Line line) {
        int hidden = hidden(line.total()) ? 1 : 0;
        int aboveZero = hidden == 1 && at(line.total()) > 0 ? 1 : 0;
        long hiddenInnerSum = 0;
        for (int[] member : line.members()) {
            if (hidden(member)) {
                hidden++;
                aboveZero += at(member) > 0 ? 1 : 0;
                hiddenInnerSum += at(member);
            }
        }
        return givesAway(hidden, aboveZero, hiddenInnerSum, k);
    }

    /**
     * The complementary rule for one line whose total the reader knows: its hidden members can be
     * worked out when there is exactly one of them, when the inner ones add up to less than k, or when
     * only one of them is above zero: a reader can often tell a hidden zero is zero (a figure it adds
     * into shows 0), and then it protects nothing ("27, 0 and 0 hidden" beside a shown 27 is the 27).
     * A hidden zero still needs protecting itself: a small group's "nobody answered X" is hidden too.
     *
     * @param hidden    hidden figures of the line, zeros included
     * @param aboveZero those of them above zero
     */
    static boolean givesAway(int hidden, int aboveZero, long hiddenInnerSum, int k) {
        return hidden == 1 || hidden > 1 && (hiddenInnerSum < k || aboveZero == 1);
    }

    /**
     * The smallest non-zero shown member; inner members before the total when they tie (a total
     * is never smaller than its members). Zeros are never chosen: to a reader who knows a
     * category is empty at a site (a structural zero), a hidden zero protects nothing, and it
     * never helps the hidden sum reach k.
     */
    private int[] smallestNonZeroShown(Line line) {
        int[] best = null;
        List<int[]> candidates = new ArrayList<>(line.members());
        candidates.add(line.total());
        for (int[] candidate : candidates) {
            if (!hidden(candidate) && at(candidate) > 0 && (best == null || at(candidate) < at(best))) {
                best = candidate;
            }
        }
        return best;
    }

    /** Inner rows and columns always; the totals lines only when those totals are shown. */
    private List<Line> allLines() {
        List<Line> lines = new ArrayList<>();
        int lastRow = totals.columns() ? rows : rows - 1;
        for (int i = 0; i <= lastRow; i++) {
            List<int[]> members = new ArrayList<>();
            for (int j = 0; j < columns; j++) {
                members.add(new int[] {i, j});
            }
            lines.add(new Line(members, new int[] {i, columns}));
        }
        int lastColumn = totals.rows() ? columns : columns - 1;
        for (int j = 0; j <= lastColumn; j++) {
            List<int[]> members = new ArrayList<>();
            for (int i = 0; i < rows; i++) {
                members.add(new int[] {i, j});
            }
            lines.add(new Line(members, new int[] {rows, j}));
        }
        return lines;
    }

    private boolean isSmall(long count) {
        return count > 0 && count < k;
    }

    private boolean shown(int i, int j) {
        if (i < rows && j < columns) {
            return true;
        }
        if (i == rows && j == columns) {
            return totals.grand();
        }
        return i == rows ? totals.columns() : totals.rows();
    }

    private boolean shown(int[] position) {
        return shown(position[0], position[1]);
    }

    private boolean hidden(int[] position) {
        return reason[position[0]][position[1]] != Suppression.NONE;
    }

    private long at(int[] position) {
        return value[position[0]][position[1]];
    }
}
