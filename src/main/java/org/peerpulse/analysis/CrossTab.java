package org.peerpulse.analysis;

import java.util.List;
import java.util.function.Consumer;
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

    public static CrossTab of(Variable rows, Variable columns, List<Response> responses, SmallNumbers protection) {
        Counting counting = new Counting(rows, columns);
        responses.forEach(counting);
        return counting.result(protection);
    }

    /**
     * Counts responses one at a time, as they are read: a provincial program's do not fit in memory at
     * once. A derived variable ({@code poor_health}) is counted by its item's answers ({@code srh}), and
     * an item's table is protected together with the tables its yes/no makes of it: protected each on
     * its own, {@code poor_health × debrief} less {@code srh × debrief}'s shown rows gave hidden answers back.
     */
    public static final class Counting implements Consumer<Response> {
        private final Variable rows;
        private final Variable columns;
        private final Variable rowSource;
        private final Variable columnSource;
        private final SiteId site;
        private final WaveId wave;
        private final SiteWaveTable parts;
        private final long[][] table;
        private long n;

        public Counting(Variable rows, Variable columns) {
            this(rows, columns, null, null, null);
        }

        /**
         * @param site  the site whose responses the table counts; null for every site read
         * @param wave  the wave whose responses the table counts; null for every wave read
         * @param parts where every response read is counted by site and wave (null: nowhere), so
         *              that the table can be protected against those a reader can ask for one by one
         */
        public Counting(Variable rows, Variable columns, SiteId site, WaveId wave, SiteWaveTable parts) {
            this.rows = rows;
            this.columns = columns;
            this.rowSource = rows.source();
            this.columnSource = columns.source();
            this.site = site;
            this.wave = wave;
            this.parts = parts;
            this.table = new long[rowSource.categories().size()][columnSource.categories().size()];
        }

        @Override
        public void accept(Response response) {
            var row = rowSource.classify().apply(response);
            var column = columnSource.classify().apply(response);
            if (row.isPresent() && column.isPresent()) {
                int i = rowSource.categories().indexOf(row.get());
                int j = columnSource.categories().indexOf(column.get());
                if (i >= 0 && j >= 0) {
                    if (parts != null) {
                        parts.count(response.site(), response.wave());
                    }
                    if ((site == null || site.equals(response.site())) && (wave == null || wave.equals(response.wave()))) {
                        table[i][j]++;
                        n++;
                    }
                }
            }
        }

        public CrossTab result(SmallNumbers protection) {
            return result(protection, false);
        }

        /** @param hiddenBesideOthers whether the group shows no figure to protect a small one (see {@link SiteWaveTable}) */
        public CrossTab result(SmallNumbers protection, boolean hiddenBesideOthers) {
            int[] rowGroups = rowSource.yesNoGroups().orElse(null);
            int[] columnGroups = columnSource.yesNoGroups().orElse(null);
            long[][] asked = YesNoTables.asked(table, rowGroups, columnGroups, rows.isYesNo(), columns.isYesNo());
            if (hiddenBesideOthers && !protection.hidesGroup(n)) {
                return hidden(rows, columns, protection.hideAll(asked, Totals.ALL));
            }
            if (n == 0) { // nobody answered both: nothing to show, nothing hidden
                return new CrossTab(rows, columns, protection.protect(asked), 0L, null, false);
            }
            if (protection.hidesGroup(n)) { // no figure at all: not even which answers nobody gave
                return hidden(rows, columns, protection.hideAll(asked, Totals.ALL));
            }
            SuppressedTable shown = rowGroups == null && columnGroups == null ? protection.protectEitherWayRound(table)
                    : protection.protectWithYesNo(table, rowGroups, columnGroups, rows.isYesNo(), columns.isYesNo());
            return withTest(rows, columns, shown, n, asked, protection);
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
