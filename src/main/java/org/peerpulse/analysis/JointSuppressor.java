package org.peerpulse.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * The cell rule and complementary suppression of {@link CellSuppressor}, over figures tied by any
 * lines rather than the rows and columns of one table: every site's and wave's table beside the
 * program's, an item's answers beside its yes/no's (srh by debrief, and poor health by debrief),
 * whose every figure a reader knows.
 * Package-private: callers go through {@link CountCube}.
 */
final class JointSuppressor {
    /** Members that add up to a total; every total is known to the reader. */
    record Line(int[] members, int total) {
    }

    private final int k;
    private final long[] value;
    private final List<Line> lines;
    private final Suppression[] reason;
    /** For each figure, the lines it is a member or the total of. */
    private final int[][] linesOf;
    /** The lines to look at again: one of their figures was hidden since they were last looked at. */
    private final BitSet dirty = new BitSet();
    /**
     * Figures another view shows: a partner only where a line has no other (hidden here, a reader of both
     * still knows it).
     */
    private final BitSet published = new BitSet();
    /** Figures that are a group's number of respondents: hidden, the whole group is. */
    private final BitSet groupNumbers = new BitSet();
    private boolean started;

    JointSuppressor(int k, long[] value, List<Line> lines) {
        this.k = k;
        this.value = value;
        this.lines = lines;
        this.reason = new Suppression[value.length];
        Arrays.fill(reason, Suppression.NONE);
        int[] count = new int[value.length];
        for (Line line : lines) {
            for (int member : line.members()) {
                count[member]++;
            }
            count[line.total()]++;
        }
        linesOf = new int[value.length][];
        for (int at = 0; at < value.length; at++) {
            linesOf[at] = new int[count[at]];
        }
        Arrays.fill(count, 0);
        for (int l = 0; l < lines.size(); l++) {
            Line line = lines.get(l);
            for (int member : line.members()) {
                linesOf[member][count[member]++] = l;
            }
            linesOf[line.total()][count[line.total()]++] = l;
        }
    }

    /**
     * The cell rule, then complementary suppression until every line is safe. Called again after
     * {@link #hide}, it goes on from where it stopped.
     */
    Suppression[] run() {
        if (!started) {
            started = true;
            for (int at = 0; at < value.length; at++) {
                if (isSmall(value[at])) {
                    reason[at] = Suppression.PRIMARY;
                }
            }
            for (Line line : lines) { // a line whose total is 1 to k − 1 is a small group: all of it, zeros too
                if (isSmall(value[line.total()])) {
                    for (int member : line.members()) {
                        reason[member] = Suppression.PRIMARY;
                    }
                }
            }
            dirty.set(0, lines.size());
        }
        // passes over the lines in order, as CellSuppressor's; a line none of whose figures changed since
        // it was last looked at is skipped, since it would give the same answer
        while (!dirty.isEmpty()) {
            for (int l = dirty.nextSetBit(0); l >= 0; l = dirty.nextSetBit(l + 1)) {
                dirty.clear(l);
                Line line = lines.get(l);
                if (needsPartner(line)) {
                    int partner = partner(line);
                    if (partner >= 0) {
                        reason[partner] = Suppression.COMPLEMENTARY;
                        linesChanged(partner);
                    }
                }
            }
        }
        return reason;
    }

    /** Hides a figure as another rule asks (a group hidden whole); {@link #run} then protects the lines it is in. */
    void hide(int at, Suppression why) {
        if (reason[at] == Suppression.NONE) {
            reason[at] = why;
            linesChanged(at);
        }
    }

    /** A figure another view shows as it is: lines find their partners among the others. */
    void publish(int at) {
        published.set(at);
    }

    /** A group's number of respondents: a partner only when its lines have no other. */
    void groupNumber(int at) {
        groupNumbers.set(at);
    }

    private void linesChanged(int at) {
        for (int l : linesOf[at]) {
            dirty.set(l);
        }
    }

    /** Whether a line gives a hidden figure away ({@link CellSuppressor#givesAway}). */
    private boolean needsPartner(Line line) {
        int hidden = hidden(line.total()) ? 1 : 0;
        int aboveZero = hidden == 1 && value[line.total()] > 0 ? 1 : 0;
        long hiddenInnerSum = 0;
        for (int member : line.members()) {
            if (hidden(member)) {
                hidden++;
                aboveZero += value[member] > 0 ? 1 : 0;
                hiddenInnerSum += value[member];
            }
        }
        return CellSuppressor.givesAway(hidden, aboveZero, hiddenInnerSum, k);
    }

    /**
     * As {@link CellSuppressor}: the smallest non-zero shown member, members before the total when they tie,
     * of the first of these that has one: a figure of this table alone; one another view shows (hidden here,
     * it keeps this table safe, though a reader of both knows it); a group's number of respondents (hidden,
     * its group shows nothing); one that is both.
     */
    private int partner(Line line) {
        for (int tier = 0; tier < 4; tier++) {
            int best = smallestNonZeroShown(line, tier);
            if (best >= 0) {
                return best;
            }
        }
        return -1;
    }

    private int smallestNonZeroShown(Line line, int tier) {
        int best = -1;
        int[] candidates = Arrays.copyOf(line.members(), line.members().length + 1);
        candidates[line.members().length] = line.total();
        for (int candidate : candidates) {
            int its = (groupNumbers.get(candidate) ? 2 : 0) + (published.get(candidate) ? 1 : 0);
            if (!hidden(candidate) && its == tier && value[candidate] > 0
                    && (best < 0 || value[candidate] < value[best])) {
                best = candidate;
            }
        }
        return best;
    }

    boolean hidden(int at) {
        return reason[at] != Suppression.NONE;
    }

    private boolean isSmall(long count) {
        return count > 0 && count < k;
    }
}
