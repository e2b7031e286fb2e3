package org.peerpulse.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random cubes of sites × waves × one item's answers (rows) × another's (columns), each item with a
 * yes/no half the time, protected as one {@link CountCube}: k = 5 for 200 seeds, k = 3 for every fourth.
 *
 * <p>The reader sees every figure of the whole cube whose reason is {@link Suppression#NONE}: every
 * site's every wave, every site over its waves, every wave over its sites and the program, each at
 * every answer, no, yes and total of both items. They know every sum along every axis, shown or not:
 * the sites add up to the program, the waves to every wave, an item's answers to its total, its no and
 * yes to its total, and the answers of its no (of its yes) to its no (its yes); and that no figure
 * exceeds the program's number of respondents. Working out bounds sum by sum ({@link LinesReader}) they
 * must pin no hidden figure of 1 to k − 1, nor a hidden zero of a group of 1 to k − 1 respondents unless a
 * shown figure that zero adds into is 0.
 *
 * <p>Beside that reader: every figure of 1 to k − 1 is hidden; a group (a site or the program, in a
 * wave or over every wave) whose number of respondents is hidden shows no figure; a site's wave hidden
 * elsewhere shows no figure when it has respondents; and protecting the same cube twice gives the same
 * reasons.
 */
class CountCubePropertyTest {
    private static final int SITES = 0;
    private static final int WAVES = 1;
    private static final int ROWS = 2;
    private static final int COLUMNS = 3;

    static Stream<Arguments> cases() {
        return Stream.concat(IntStream.range(0, 200).mapToObj(seed -> Arguments.of((long) seed, 5)),
                IntStream.range(0, 200).filter(seed -> seed % 4 == 0).mapToObj(seed -> Arguments.of((long) seed, 3)));
    }

    @ParameterizedTest(name = "seed {0}, k = {1}")
    @MethodSource("cases")
    void aReaderOfEveryShownFigureAndEverySumPinsNoHiddenSmallFigure(long seed, int k) {
        Protected cube = Protected.of(seed, k);
        LinesReader reader = cube.reader();
        List<String> pinned = new ArrayList<>();
        int tried = 0;
        for (int[] figure : cube.figures()) {
            if (cube.isSmall(figure) && reader.hidden(cube.position(figure))) {
                tried++;
                if (reader.pins(cube.position(figure))) {
                    pinned.add(cube.describe(figure));
                }
            }
        }
        assertThat(tried).as("seed %d, k = %d: hidden figures of 1 to k − 1 tried", seed, k).isPositive();
        assertThat(pinned).as("seed %d, k = %d: hidden figures of 1 to k − 1 the reader pins from every shown figure "
                + "and every sum", seed, k).isEmpty();
    }

    /**
     * The group rule hides a small group's zeros too ("nobody at site B answered X" is about its few):
     * a hidden zero of a group of 1 to k − 1 respondents is not pinned, unless the shown zeros alone
     * pin it (the program's count of that answer shows 0, so every site's is 0; or its parts are
     * each under a shown 0 of a larger group): the cell rule shows zeros, and no complement is a zero,
     * so those are structural. What must not happen is a shown count above zero helping to pin it.
     */
    @ParameterizedTest(name = "seed {0}, k = {1}")
    @MethodSource("cases")
    void aReaderPinsNoHiddenZeroOfASmallGroupBeyondWhatTheShownZerosSay(long seed, int k) {
        Protected cube = Protected.of(seed, k);
        LinesReader reader = cube.reader();
        LinesReader zerosAlone = cube.readerOfShownZeros();
        List<String> pinned = new ArrayList<>();
        for (int[] figure : cube.figures()) {
            long respondents = cube.value(cube.respondents(figure[SITES], figure[WAVES]));
            if (cube.value(figure) == 0 && reader.hidden(cube.position(figure)) && respondents > 0 && respondents < k
                    && reader.pins(cube.position(figure)) && !zerosAlone.pins(cube.position(figure))) {
                pinned.add(cube.describe(figure) + " of a group of " + respondents);
            }
        }
        assertThat(pinned).as("seed %d, k = %d: hidden zeros of a group of 1 to k − 1 respondents the reader pins, "
                + "beyond what the shown zeros alone pin", seed, k).isEmpty();
    }

    @ParameterizedTest(name = "seed {0}, k = {1}")
    @MethodSource("cases")
    void everyFigureOfOneToKLessOneIsHidden(long seed, int k) {
        Protected cube = Protected.of(seed, k);
        List<String> shown = new ArrayList<>();
        for (int[] figure : cube.figures()) {
            if (cube.isSmall(figure) && !cube.hides(figure)) {
                shown.add(cube.describe(figure));
            }
        }
        assertThat(shown).as("seed %d, k = %d: figures of 1 to k − 1 shown", seed, k).isEmpty();
    }

    @ParameterizedTest(name = "seed {0}, k = {1}")
    @MethodSource("cases")
    void aGroupWhoseNumberOfRespondentsIsHiddenShowsNoFigure(long seed, int k) {
        Protected cube = Protected.of(seed, k);
        for (int site = 0; site <= cube.data.sites; site++) {
            for (int wave = 0; wave <= cube.data.waves; wave++) {
                int[] respondents = cube.respondents(site, wave);
                if (cube.hides(respondents)) {
                    assertThat(cube.shownFiguresOf(site, wave)).as("seed %d, k = %d: figures shown of a group whose "
                            + "number of respondents is hidden: %s", seed, k, cube.describe(respondents)).isEmpty();
                }
            }
        }
    }

    @ParameterizedTest(name = "seed {0}, k = {1}")
    @MethodSource("cases")
    void aPartHiddenElsewhereWithRespondentsShowsNoFigure(long seed, int k) {
        Protected cube = Protected.of(seed, k);
        for (int site = 0; site < cube.data.sites; site++) {
            for (int wave = 0; wave < cube.data.waves; wave++) {
                int[] respondents = cube.respondents(site, wave);
                if (cube.data.elsewhere[site][wave] && cube.value(respondents) > 0) {
                    assertThat(cube.shownFiguresOf(site, wave)).as("seed %d, k = %d: figures shown of a part hidden "
                            + "elsewhere: %s", seed, k, cube.describe(respondents)).isEmpty();
                }
            }
        }
    }

    @ParameterizedTest(name = "seed {0}, k = {1}")
    @MethodSource("cases")
    void protectingTheSameCubeTwiceGivesTheSameReasons(long seed, int k) {
        Suppression[] first = Protected.of(seed, k).reasons;
        Suppression[] second = Protected.of(seed, k).reasons;
        assertThat(second).as("seed %d, k = %d: reasons of a second, identically built cube", seed, k)
                .containsExactly(first);
    }

    /** A random program: its sites, waves, both items (with their yes/no groups or null), its counts. */
    private record RandomCube(int sites, int waves, int rows, int[] rowGroups, int columns, int[] columnGroups,
            long[][][][] counts, boolean[][] elsewhere) {

        /**
         * Sites 1–4 × waves 1–4 × rows 2–5 × columns 2–4; a count per innermost cell of 0 (2 in 5),
         * 1–4 (2 in 5) or 5–30 (1 in 5); one site's wave in ten hidden elsewhere.
         */
        static RandomCube draw(long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            int sites = 1 + random.nextInt(4);
            int waves = 1 + random.nextInt(4);
            int rows = 2 + random.nextInt(4);
            int columns = 2 + random.nextInt(3);
            int[] rowGroups = random.nextBoolean() ? yesNoGroups(random, rows) : null;
            int[] columnGroups = random.nextBoolean() ? yesNoGroups(random, columns) : null;
            long[][][][] counts = new long[sites][waves][rows][columns];
            boolean[][] elsewhere = new boolean[sites][waves];
            for (int s = 0; s < sites; s++) {
                for (int w = 0; w < waves; w++) {
                    elsewhere[s][w] = random.nextInt(10) == 0;
                    for (int r = 0; r < rows; r++) {
                        for (int c = 0; c < columns; c++) {
                            int kind = random.nextInt(5);
                            counts[s][w][r][c] = kind < 2 ? 0 : kind < 4 ? 1 + random.nextInt(4) : 5 + random.nextInt(26);
                        }
                    }
                }
            }
            return new RandomCube(sites, waves, rows, rowGroups, columns, columnGroups, counts, elsewhere);
        }

        /** Each category in the no (0) or the yes (1), both used. */
        private static int[] yesNoGroups(SplittableRandom random, int categories) {
            int[] groups = new int[categories];
            groups[0] = 0;
            groups[1] = 1;
            for (int c = 2; c < categories; c++) {
                groups[c] = random.nextInt(2);
            }
            for (int c = categories - 1; c > 0; c--) { // shuffle, so that the no and yes may be any categories
                int other = random.nextInt(c + 1);
                int swap = groups[c];
                groups[c] = groups[other];
                groups[other] = swap;
            }
            return groups;
        }

        CountCube build() {
            CountCube cube = new CountCube(2, CountCube.Axis.of(sites), CountCube.Axis.of(waves),
                    new CountCube.Axis(rows, rowGroups), new CountCube.Axis(columns, columnGroups));
            for (int s = 0; s < sites; s++) {
                for (int w = 0; w < waves; w++) {
                    for (int r = 0; r < rows; r++) {
                        for (int c = 0; c < columns; c++) {
                            cube.add(new int[] {s, w, r, c}, counts[s][w][r][c]);
                        }
                    }
                }
            }
            return cube;
        }

        /** Categories, then the no and yes when there is a yes/no, then the total, per axis. */
        int[] sizes() {
            return new int[] {sites + 1, waves + 1, rows + (rowGroups == null ? 0 : 2) + 1,
                    columns + (columnGroups == null ? 0 : 2) + 1};
        }

        /** The sums along an axis that the reader knows: members, then their total. */
        List<int[]> sums(int axis) {
            return switch (axis) {
                case SITES -> sumsOf(sites, null);
                case WAVES -> sumsOf(waves, null);
                case ROWS -> sumsOf(rows, rowGroups);
                default -> sumsOf(columns, columnGroups);
            };
        }

        /** Every category to the total; with a yes/no, no and yes to the total and each one's categories to it. */
        private static List<int[]> sumsOf(int categories, int[] groups) {
            int total = categories + (groups == null ? 0 : 2);
            List<int[]> sums = new ArrayList<>();
            sums.add(IntStream.rangeClosed(0, categories).map(c -> c == categories ? total : c).toArray());
            if (groups != null) {
                sums.add(new int[] {categories, categories + 1, total});
                for (int yes = 0; yes < 2; yes++) {
                    int group = yes;
                    IntStream members = IntStream.range(0, categories).filter(c -> groups[c] == group);
                    sums.add(IntStream.concat(members, IntStream.of(categories + yes)).toArray());
                }
            }
            return sums;
        }
    }

    /** A random cube protected with k, and what its reader and the assertions need of it. */
    private static final class Protected {
        final RandomCube data;
        final int k;
        final CountCube cube;
        final Suppression[] reasons;
        private final int[] sizes;
        private final List<int[]> figures;

        private Protected(RandomCube data, int k) {
            this.data = data;
            this.k = k;
            cube = data.build();
            reasons = cube.protect(k, part -> data.elsewhere[part[0]][part[1]]);
            sizes = data.sizes();
            figures = allFigures(sizes);
        }

        static Protected of(long seed, int k) {
            return new Protected(RandomCube.draw(seed), k);
        }

        /** Every figure's coordinates (site, wave, row, column), totals, no and yes included. */
        List<int[]> figures() {
            return figures;
        }

        private static List<int[]> allFigures(int[] sizes) {
            List<int[]> figures = new ArrayList<>();
            int count = sizes[0] * sizes[1] * sizes[2] * sizes[3];
            for (int f = 0; f < count; f++) {
                int[] figure = new int[4];
                int rest = f;
                for (int a = 3; a >= 0; a--) {
                    figure[a] = rest % sizes[a];
                    rest /= sizes[a];
                }
                figures.add(figure);
            }
            return figures;
        }

        int position(int[] figure) {
            return cube.position(figure);
        }

        long value(int[] figure) {
            return cube.value(position(figure));
        }

        boolean hides(int[] figure) {
            return reasons[position(figure)] != Suppression.NONE;
        }

        boolean isSmall(int[] figure) {
            return value(figure) > 0 && value(figure) < k;
        }

        /** The figure of a group's number of respondents: at both items' totals. */
        int[] respondents(int site, int wave) {
            return new int[] {site, wave, sizes[ROWS] - 1, sizes[COLUMNS] - 1};
        }

        List<String> shownFiguresOf(int site, int wave) {
            List<String> shown = new ArrayList<>();
            for (int[] figure : figures()) {
                if (figure[SITES] == site && figure[WAVES] == wave && !hides(figure)) {
                    shown.add(describe(figure));
                }
            }
            return shown;
        }

        /** The reader: every shown figure, every sum along every axis, the program's respondents as a bound. */
        LinesReader reader() {
            return reader(false);
        }

        /** A reader who sees only the shown zeros (every other figure as if hidden), with the same sums. */
        LinesReader readerOfShownZeros() {
            return reader(true);
        }

        private LinesReader reader(boolean zerosAlone) {
            Long[] seen = new Long[reasons.length];
            for (int[] figure : figures()) {
                seen[position(figure)] = hides(figure) || zerosAlone && value(figure) > 0 ? null : value(figure);
            }
            LinesReader reader = new LinesReader(seen, value(respondents(data.sites, data.waves)));
            for (int axis = 0; axis < 4; axis++) {
                for (int[] sum : data.sums(axis)) {
                    int total = sum[sum.length - 1];
                    for (int[] figure : figures()) {
                        if (figure[axis] == total) {
                            reader.sum(members(figure, axis, sum), position(figure));
                        }
                    }
                }
            }
            return reader.solve();
        }

        /** The positions of a sum's members beside its total at {@code figure}, along {@code axis}. */
        private int[] members(int[] figure, int axis, int[] sum) {
            int[] members = new int[sum.length - 1];
            for (int m = 0; m < members.length; m++) {
                int[] member = figure.clone();
                member[axis] = sum[m];
                members[m] = position(member);
            }
            return members;
        }

        String describe(int[] figure) {
            return String.format("site %s, wave %s, row %s, column %s (%d, %s)",
                    label(figure[SITES], data.sites, null), label(figure[WAVES], data.waves, null),
                    label(figure[ROWS], data.rows, data.rowGroups), label(figure[COLUMNS], data.columns, data.columnGroups),
                    value(figure), reasons[position(figure)]);
        }

        private static String label(int coordinate, int categories, int[] groups) {
            if (coordinate < categories) {
                return String.valueOf(coordinate);
            }
            if (groups != null && coordinate == categories) {
                return "no";
            }
            if (groups != null && coordinate == categories + 1) {
                return "yes";
            }
            return "total";
        }
    }
}
