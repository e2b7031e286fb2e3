package org.peerpulse.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntBinaryOperator;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

/**
 * Counts laid out along several axes (sites, waves, one item's answers, another's), each with its
 * categories, its total, and for an item a yes/no of instrument.md is worked out from (srh: poor
 * health) the yes/no's no and yes. Every figure a reader can ask for is one position: a site's wave's
 * cell, a site's row total over every wave, the program's poor-health yes by debrief. Every sum among
 * them is a line (a site's figures add up to the program's along the sites axis, an item's answers to
 * its total and to its no and yes along the item's), and all of them are protected as one with
 * analysis.md's rules ({@link JointSuppressor}): no figure comes back by subtraction from any others,
 * whichever a reader asks for.
 *
 * <p>The first axes are groups (sites, waves): a group whose number of respondents is hidden shows no
 * figure at all (the group rule, or hidden beside a small group), and one another view hides whole
 * (its responses in the sites view) is hidden whole from the start.
 */
final class CountCube {
    /** One axis: categories {@code 0..n−1}, then the yes/no's no and yes when it has one, then the total. */
    record Axis(int categories, int[] yesNoGroups) {
        static Axis of(int categories) {
            return new Axis(categories, null);
        }

        int size() {
            return categories + (yesNoGroups == null ? 0 : 2) + 1;
        }

        int total() {
            return size() - 1;
        }

        /** The position of the yes/no's no (0) or yes (1). */
        int group(int yes) {
            return categories + yes;
        }

        /** The sums along this axis: members, then the total they add up to. */
        List<int[]> sums() {
            List<int[]> sums = new ArrayList<>();
            sums.add(withTotal(range(categories), total()));
            if (yesNoGroups != null) {
                sums.add(new int[] {group(0), group(1), total()});
                for (int yes = 0; yes < 2; yes++) {
                    List<Integer> members = new ArrayList<>();
                    for (int c = 0; c < categories; c++) {
                        if (yesNoGroups[c] == yes) {
                            members.add(c);
                        }
                    }
                    sums.add(withTotal(members.stream().mapToInt(Integer::intValue).toArray(), group(yes)));
                }
            }
            return sums;
        }

        /** The positions a count of category {@code c} adds into: itself, its no or yes, the total. */
        int[] holders(int c) {
            return yesNoGroups == null ? new int[] {c, total()} : new int[] {c, group(yesNoGroups[c]), total()};
        }

        private static int[] range(int n) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
            return all;
        }

        private static int[] withTotal(int[] members, int total) {
            int[] sum = java.util.Arrays.copyOf(members, members.length + 1);
            sum[members.length] = total;
            return sum;
        }
    }

    /** What another protected table that shows the same figure did with it. */
    enum Elsewhere {
        /** no other table shows it */
        NONE,
        /** shown there: a reader knows it, so hiding it here protects nothing */
        SHOWN,
        /** hidden there: hidden here too, or this table would give it away */
        HIDDEN
    }

    private final Axis[] axes;
    private final int groupAxes;
    private final int[] stride;
    private final long[] value;

    /** @param groupAxes how many of the first axes are groups of respondents (sites, waves) */
    CountCube(int groupAxes, Axis... axes) {
        this.axes = axes.clone();
        this.groupAxes = groupAxes;
        stride = new int[axes.length];
        long size = 1;
        for (int a = axes.length - 1; a >= 0; a--) {
            stride[a] = (int) size;
            size *= axes[a].size();
        }
        if (size > Integer.MAX_VALUE / 2) {
            throw new IllegalArgumentException("A table of " + size + " figures is too large to protect");
        }
        value = new long[(int) size];
    }

    /** Counts {@code count} respondents in these categories, one per axis, into every figure that holds them. */
    void add(int[] categories, long count) {
        add(categories, 0, 0, count);
    }

    private void add(int[] categories, int axis, int at, long count) {
        if (axis == axes.length) {
            value[at] += count;
            return;
        }
        for (int position : axes[axis].holders(categories[axis])) {
            add(categories, axis + 1, at + position * stride[axis], count);
        }
    }

    int position(int... coordinates) {
        int at = 0;
        for (int a = 0; a < axes.length; a++) {
            at += coordinates[a] * stride[a];
        }
        return at;
    }

    long value(int position) {
        return value[position];
    }

    /** The coordinate on {@code axis} of a position. */
    int coordinate(int position, int axis) {
        return position / stride[axis] % axes[axis].size();
    }

    Axis axis(int axis) {
        return axes[axis];
    }

    /**
     * Protects every figure at once.
     *
     * @param hiddenElsewhere of a group's coordinates (one per group axis, none a total), whether
     *                        another view hides it whole
     * @return the reason of each figure, by position
     */
    Suppression[] protect(int k, Predicate<int[]> hiddenElsewhere) {
        return protect(k, hiddenElsewhere, position -> Elsewhere.NONE);
    }

    /**
     * Protects every figure at once, beside other tables that show some of the same figures: one
     * they hide is hidden here, one they show is hidden here to protect another only where a line has
     * no other partner (the reader knows it), so the figures they share read the same nearly everywhere.
     *
     * @param elsewhere of a position, what the other tables did with its figure
     */
    Suppression[] protect(int k, Predicate<int[]> hiddenElsewhere, IntFunction<Elsewhere> elsewhere) {
        JointSuppressor suppressor = new JointSuppressor(k, value, lines());
        forEachGroup(group -> suppressor.groupNumber(groupTotal(group)));
        for (int at = 0; at < value.length; at++) {
            switch (elsewhere.apply(at)) {
                case SHOWN -> suppressor.publish(at);
                case HIDDEN -> suppressor.hide(at, Suppression.COMPLEMENTARY);
                case NONE -> { }
            }
        }
        forEachGroup(group -> {
            boolean isPart = true;
            for (int a = 0; a < groupAxes; a++) {
                isPart &= group[a] != axes[a].total();
            }
            if (isPart && value[groupTotal(group)] > 0 && hiddenElsewhere.test(group)) {
                hideWhole(suppressor, group, Suppression.PRIMARY);
            }
        });
        Suppression[] reason = suppressor.run();
        boolean more = true;
        while (more) { // a group whose number is hidden shows no figure; hiding them may hide more numbers
            boolean[] hidMore = {false};
            forEachGroup(group -> {
                if (reason[groupTotal(group)] != Suppression.NONE) {
                    hidMore[0] |= hideWhole(suppressor, group, Suppression.COMPLEMENTARY);
                }
            });
            more = hidMore[0];
            if (more) {
                suppressor.run();
            }
        }
        return reason;
    }

    /**
     * A table of figures of the cube, extended by its totals (its last row and column), each hidden
     * where its reason says unless small numbers are shown.
     *
     * @param at the figure's position for row {@code i} and column {@code j} of the table
     */
    SuppressedTable table(Suppression[] reasons, SmallNumbers protection, int rows, int columns, IntBinaryOperator at) {
        long[][] extended = new long[rows][columns];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                extended[i][j] = value[at.applyAsInt(i, j)];
            }
        }
        // a zero hidden with a small group, in a row or column whose total here shows 0, reads 0: the table
        // itself says so, and "<5" beside a total of 0 reads wrong (not in a group hidden whole)
        IntPredicate shownZero = position -> reasons[position] == Suppression.NONE && value[position] == 0;
        return protection.shown(extended, (i, j) -> {
            int position = at.applyAsInt(i, j);
            boolean knownZero = value[position] == 0 && reasons[groupTotalOf(position)] == Suppression.NONE
                    && (shownZero.test(at.applyAsInt(i, columns - 1)) || shownZero.test(at.applyAsInt(rows - 1, j)));
            return knownZero ? Suppression.NONE : reasons[position];
        });
    }

    /** The position of the number of respondents of the group a position belongs to. */
    private int groupTotalOf(int position) {
        int[] group = new int[groupAxes];
        for (int a = 0; a < groupAxes; a++) {
            group[a] = coordinate(position, a);
        }
        return groupTotal(group);
    }

    /** The position of a group's number of respondents: its figure at every other axis's total. */
    private int groupTotal(int[] group) {
        int[] coordinates = new int[axes.length];
        for (int a = 0; a < axes.length; a++) {
            coordinates[a] = a < groupAxes ? group[a] : axes[a].total();
        }
        return position(coordinates);
    }

    /** Hides every figure of a group; whether any was shown. */
    private boolean hideWhole(JointSuppressor suppressor, int[] group, Suppression why) {
        int first = 0;
        for (int a = 0; a < groupAxes; a++) {
            first += group[a] * stride[a];
        }
        int span = groupAxes == 0 ? value.length : stride[groupAxes - 1];
        boolean any = false;
        for (int at = first; at < first + span; at++) {
            any |= !suppressor.hidden(at);
            suppressor.hide(at, why);
        }
        return any;
    }

    private void forEachGroup(java.util.function.Consumer<int[]> action) {
        int[] group = new int[groupAxes];
        int count = 1;
        for (int a = 0; a < groupAxes; a++) {
            count *= axes[a].size();
        }
        for (int g = 0; g < count; g++) {
            int rest = g;
            for (int a = groupAxes - 1; a >= 0; a--) {
                group[a] = rest % axes[a].size();
                rest /= axes[a].size();
            }
            action.accept(group.clone());
        }
    }

    /** Every sum along every axis, at every position of the other axes (their totals and yes/no included). */
    private List<JointSuppressor.Line> lines() {
        List<JointSuppressor.Line> lines = new ArrayList<>();
        for (int a = 0; a < axes.length; a++) {
            for (int[] sum : axes[a].sums()) {
                int total = sum[sum.length - 1];
                for (int at = 0; at < value.length; at++) {
                    if ((at / stride[a]) % axes[a].size() != total) {
                        continue;
                    }
                    int base = at - total * stride[a];
                    int[] members = new int[sum.length - 1];
                    for (int m = 0; m < members.length; m++) {
                        members[m] = base + sum[m] * stride[a];
                    }
                    lines.add(new JointSuppressor.Line(members, at));
                }
            }
        }
        return lines;
    }
}
