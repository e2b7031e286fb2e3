package org.peerpulse.analysis;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.IntBinaryOperator;
import java.util.function.Predicate;
import org.peerpulse.analysis.stats.ContingencyResult;
import org.peerpulse.analysis.stats.ContingencyTest;
import org.peerpulse.domain.Response;
import org.peerpulse.domain.SiteId;
import org.peerpulse.domain.WaveId;

/**
 * The association between two variables, as the source study tested it: the r × c table of
 * counts after small-number protection (cell rule and complementary suppression with the row,
 * column and grand totals), and the chi-square test (Yates for 2 × 2, Fisher beside it) when the
 * table holds at least k respondents and hides none of its figures.
 *
 * @param counts           the protected table; read its cells, never the raw counts
 * @param n                respondents who answered both (0: nobody did); null when the whole table is hidden
 * @param test             null when the table is too small for statistics, has nothing to test, or
 *                         hides a figure
 * @param statisticsHidden whether a test there would be is not shown because a figure of the table
 *                         is hidden (see {@link SmallNumbers#showsStatistics(long, SuppressedTable)})
 */
public record CrossTab(Variable rows, Variable columns, SuppressedTable counts, Long n, ContingencyResult test,
        boolean statisticsHidden) {

    private static CrossTab hidden(Variable rows, Variable columns, SuppressedTable counts) {
        return new CrossTab(rows, columns, counts, null, null, false);
    }

    /**
     * @param site null for every site
     * @param wave null for every wave
     */
    public static CrossTab of(Variable rows, Variable columns, List<Response> responses, SiteId site, WaveId wave,
                              SmallNumbers protection) {
        Counting counting = new Counting(rows, columns);
        responses.forEach(counting);
        return counting.result(protection, (s, w) -> false, site, wave);
    }

    /**
     * Counts responses one at a time, as they are read: a provincial program's do not fit in memory at
     * once. Every response is counted in its site's wave, whatever the filter, and the table asked for
     * is one slice of a {@link CountCube} of sites × waves × one item's answers × the other's: a reader
     * can ask for every site, every wave and both, and subtract (the program's table less its sites'
     * gave back a site's hidden cells), and for a derived variable beside its item ({@code poor_health}
     * is counted by {@code srh}'s answers: {@code poor_health × debrief} less {@code srh × debrief}'s
     * shown rows gave hidden answers back). All of them are protected as one. The two items are put in
     * the cube in the order of their codes, so that A by B and B by A are slices of the same cube.
     */
    public static final class Counting implements Consumer<Response> {
        private final Variable rows;
        private final Variable columns;
        private final Variable rowSource;
        private final Variable columnSource;
        private final Map<SiteId, Map<WaveId, long[][]>> parts = new HashMap<>();
        /** Each item's answers by every respondent who gave one, whether or not they answered the other. */
        private final Map<SiteId, Map<WaveId, long[]>> rowAnswers = new HashMap<>();
        private final Map<SiteId, Map<WaveId, long[]>> columnAnswers = new HashMap<>();

        public Counting(Variable rows, Variable columns) {
            this.rows = rows;
            this.columns = columns;
            this.rowSource = rows.source();
            this.columnSource = columns.source();
        }

        @Override
        public void accept(Response response) {
            // every response's site and wave is a part, so that every pair of items has the same parts
            long[][] part = parts.computeIfAbsent(response.site(), s -> new HashMap<>()).computeIfAbsent(response.wave(),
                    w -> new long[rowSource.categories().size()][columnSource.categories().size()]);
            int i = answer(rowSource, response, rowAnswers);
            int j = answer(columnSource, response, columnAnswers);
            if (i >= 0 && j >= 0) {
                part[i][j]++;
            }
        }

        /** The category of an item's answer (−1: none), counted among the item's answers. */
        private static int answer(Variable source, Response response, Map<SiteId, Map<WaveId, long[]>> answers) {
            int c = source.classify().apply(response).map(source.categories()::indexOf).orElse(-1);
            if (c >= 0) {
                answers.computeIfAbsent(response.site(), s -> new HashMap<>())
                        .computeIfAbsent(response.wave(), w -> new long[source.categories().size()])[c]++;
            }
            return c;
        }

        /**
         * The table of a site and wave filter, protected beside every other one. Counting once serves
         * every filter: nothing read changes here.
         *
         * @param responsesHidden whether a site's number of responses in a wave is not given out (the sites view)
         * @param site            null for every site
         * @param wave            null for every wave
         */
        public CrossTab result(SmallNumbers protection, BiPredicate<SiteId, WaveId> responsesHidden, SiteId site,
                               WaveId wave) {
            List<SiteId> sites = parts.keySet().stream().sorted(Comparator.comparingLong(SiteId::value)).toList();
            List<WaveId> waves = parts.values().stream().flatMap(byWave -> byWave.keySet().stream()).distinct()
                    .sorted(Comparator.comparingLong(WaveId::value)).toList();
            boolean turned = rowSource.item().compareTo(columnSource.item()) > 0;
            CountCube cube = cube(sites, waves, turned);
            Predicate<int[]> hiddenElsewhere =
                    part -> responsesHidden.test(sites.get(part[0]), waves.get(part[1]));
            ItemAnswers rowItem = answers(rowSource, rowAnswers, sites, waves, protection, hiddenElsewhere);
            ItemAnswers columnItem = answers(columnSource, columnAnswers, sites, waves, protection, hiddenElsewhere);
            // the cube's third axis is the first item in code order (turned: the columns' item)
            ItemAnswers first = turned ? columnItem : rowItem;
            ItemAnswers second = turned ? rowItem : columnItem;
            Suppression[] reasons = cube.protect(protection.k(), hiddenElsewhere,
                    at -> asAnswered(cube, at, first, second));
            int s = site == null ? sites.size() : sites.indexOf(site);
            int w = wave == null ? waves.size() : waves.indexOf(wave);
            int[] rowPositions = positions(rowSource, rows.isYesNo());
            int[] columnPositions = positions(columnSource, columns.isYesNo());
            long[][] asked = new long[rowPositions.length - 1][columnPositions.length - 1];
            if (s < 0 || w < 0) { // nobody at that site or in that wave answered both
                return new CrossTab(rows, columns, protection.protect(asked), 0L, null, false);
            }
            IntBinaryOperator at = (i, j) -> turned ? cube.position(s, w, columnPositions[j], rowPositions[i])
                    : cube.position(s, w, rowPositions[i], columnPositions[j]);
            for (int i = 0; i < asked.length; i++) {
                for (int j = 0; j < asked[i].length; j++) {
                    asked[i][j] = cube.value(at.applyAsInt(i, j));
                }
            }
            long n = cube.value(at.applyAsInt(asked.length, asked[0].length));
            if (n == 0) { // nobody answered both: nothing to show, nothing hidden
                return new CrossTab(rows, columns, protection.protect(asked), 0L, null, false);
            }
            SuppressedTable shown = cube.table(reasons, protection, asked.length + 1, asked[0].length + 1, at);
            if (!protection.showsSmallNumbers() && shown.grandTotal().hidden()) {
                return hidden(rows, columns, shown); // no figure at all: the group rule, or beside a small group
            }
            return withTest(rows, columns, shown, n, asked, protection);
        }

        /** Every site's every wave's counts, the items in the order of their codes (turned: columns first). */
        private CountCube cube(List<SiteId> sites, List<WaveId> waves, boolean turned) {
            Variable first = turned ? columnSource : rowSource;
            Variable second = turned ? rowSource : columnSource;
            CountCube cube = new CountCube(2, CountCube.Axis.of(sites.size()), CountCube.Axis.of(waves.size()),
                    ItemAnswers.axis(first), ItemAnswers.axis(second));
            for (int s = 0; s < sites.size(); s++) {
                for (int w = 0; w < waves.size(); w++) {
                    long[][] counts = parts.get(sites.get(s)).getOrDefault(waves.get(w), new long[0][0]);
                    for (int i = 0; i < counts.length; i++) {
                        for (int j = 0; j < counts[i].length; j++) {
                            cube.add(turned ? new int[] {s, w, j, i} : new int[] {s, w, i, j}, counts[i][j]);
                        }
                    }
                }
            }
            return cube;
        }

        /** An item's answers at every site in every wave, protected as every view showing them protects them. */
        private static ItemAnswers answers(Variable source, Map<SiteId, Map<WaveId, long[]>> answers,
                                           List<SiteId> sites, List<WaveId> waves, SmallNumbers protection,
                                           Predicate<int[]> hiddenElsewhere) {
            return new ItemAnswers(protection.k(), sites.size(), waves.size(), ItemAnswers.axis(source), (s, w, c) -> {
                long[] counts = answers.getOrDefault(sites.get(s), Map.of()).get(waves.get(w));
                return counts == null ? 0 : counts[c];
            }, hiddenElsewhere);
        }

        /**
         * A row or column total of the pair's table (one item's answers, over those who answered both) is
         * the item's own count where nobody skipped the other: shown in the item's table, a reader knows it
         * from any table of the item, so it is a complement here only where a line has no other; hidden
         * there, it is hidden here too, whatever its number, so that no two tables protect it two ways.
         */
        private static CountCube.Elsewhere asAnswered(CountCube cube, int at, ItemAnswers first, ItemAnswers second) {
            int s = cube.coordinate(at, 0);
            int w = cube.coordinate(at, 1);
            int i = cube.coordinate(at, 2);
            int j = cube.coordinate(at, 3);
            boolean firstTotal = i == cube.axis(2).total();
            boolean secondTotal = j == cube.axis(3).total();
            CountCube.Elsewhere ofFirst = secondTotal ? first.of(s, w, i, cube.value(at)) : CountCube.Elsewhere.NONE;
            CountCube.Elsewhere ofSecond = firstTotal ? second.of(s, w, j, cube.value(at)) : CountCube.Elsewhere.NONE;
            if (ofFirst == CountCube.Elsewhere.HIDDEN || ofSecond == CountCube.Elsewhere.HIDDEN) {
                return CountCube.Elsewhere.HIDDEN;
            }
            return ofFirst == CountCube.Elsewhere.SHOWN || ofSecond == CountCube.Elsewhere.SHOWN
                    ? CountCube.Elsewhere.SHOWN : CountCube.Elsewhere.NONE;
        }

        /** The positions on a variable's axis of the cube: its answers (or its no and yes), then the total. */
        private static int[] positions(Variable source, boolean grouped) {
            CountCube.Axis axis = ItemAnswers.axis(source);
            if (grouped) {
                return new int[] {axis.group(0), axis.group(1), axis.total()};
            }
            int[] positions = new int[axis.categories() + 1];
            for (int c = 0; c < axis.categories(); c++) {
                positions[c] = c;
            }
            positions[axis.categories()] = axis.total();
            return positions;
        }
    }

    private static CrossTab withTest(Variable rows, Variable columns, SuppressedTable shown, long n, long[][] table,
                                     SmallNumbers protection) {
        ContingencyResult result = protection.showsStatistics(n) ? ContingencyTest.of(table) : null;
        if (result == null || !result.testable()) {
            return new CrossTab(rows, columns, shown, n, null, false);
        }
        boolean shows = protection.showsStatistics(n, shown);
        return new CrossTab(rows, columns, shown, n, shows ? result : null, !shows);
    }
}
