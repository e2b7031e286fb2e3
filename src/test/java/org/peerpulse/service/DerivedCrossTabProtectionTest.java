package org.peerpulse.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peerpulse.analysis.Cell;
import org.peerpulse.analysis.CrossTab;
import org.peerpulse.analysis.SuppressedTable;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.Wave;
import org.peerpulse.io.demo.DemoProgram;
import org.peerpulse.storage.Database;

/**
 * A derived yes/no (poor_health: srh 4 or 5) cross-tabulated beside its item's own table must not
 * give back what the item's table hides: the audit took srh's hidden "Poor" row in 2019-09 as
 * poor_health's "yes" less srh's shown "Fair" row. A reader here holds both tables and knows that
 * every figure of the derived one adds up figures of the item's; working out bounds line by line, as
 * {@code SubtractionAttacker} does for one table, they must not pin a hidden count of 1 to 4.
 */
class DerivedCrossTabProtectionTest {
    private static final int K = 5;
    /** A derived variable, its item, and the answers (1–5) its "yes" holds. */
    private static final Object[][] DERIVED = {{"poor_health", "srh", 4, 5}, {"poor_mental_health", "srmh", 4, 5},
        {"low_qol", "qol", 1, 2}, {"high_financial", "fin_overall", 4, 5}, {"high_trauma", "trauma_overall", 4, 5}};
    private final AppContext context = new AppContext(Database.inMemory(UUID.randomUUID().toString()), Clock.systemUTC());

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void theAuditsSubtractionNoLongerGivesPoorHealthBack() {
        context.demo().load(DemoProgram.DEFAULT_SEED);
        Wave first = context.program().findWave("2019-09").orElseThrow();
        SuppressedTable srh = context.associations().crosstab("srh", "debrief", first, null, false).counts();
        SuppressedTable poor = context.associations().crosstab("poor_health", "debrief", first, null, false).counts();

        for (int j = 0; j < 2; j++) {
            boolean oneOfTheTwoHidden = srh.cell(3, j).hidden() != srh.cell(4, j).hidden();
            assertThat(oneOfTheTwoHidden && !poor.cell(1, j).hidden())
                    .as("Fair and Poor of column %d: one shown, one hidden, and their sum shown", j).isFalse();
        }
    }

    @Test
    void noHiddenSmallCountCanBePinnedFromAnItemsTableAndItsYesNosTogether() {
        context.demo().load(DemoProgram.DEFAULT_SEED);
        List<Wave> waves = new ArrayList<>(context.program().waves());
        waves.add(null);
        List<Site> sites = new ArrayList<>(context.program().sites());
        sites.add(null);
        int hiddenSmall = 0;
        for (Object[] derived : DERIVED) {
            for (String other : List.of("debrief", "housing_status", "employment")) {
                for (Wave wave : waves) {
                    for (Site site : sites) {
                        String item = (String) derived[1];
                        long[][] truth = extended(context.associations().crosstab(item, other, wave, site, true).counts());
                        SuppressedTable items = context.associations().crosstab(item, other, wave, site, false).counts();
                        SuppressedTable yesNo = context.associations().crosstab((String) derived[0], other, wave, site,
                                false).counts();
                        YesNoReader reader = new YesNoReader(truth, YesNoReader.seen(items), List.of(new YesNoReader.Grouped(YesNoReader.seen(yesNo),
                                groups(truth.length - 1, (int) derived[2], (int) derived[3]), null)));
                        hiddenSmall += pinsNone(truth, reader, item + " × " + other + ", wave "
                                + (wave == null ? "all" : wave.label()) + ", site " + (site == null ? "all" : site.code()));
                    }
                }
            }
        }
        assertThat(hiddenSmall).as("hidden small counts tried").isGreaterThan(100);
    }

    @Test
    void theProgramsTablesOverEveryWaveStillShowTheirFiguresAndTest() {
        context.demo().load(DemoProgram.DEFAULT_SEED);
        for (String derived : List.of("high_financial", "poor_health")) {
            CrossTab program = context.associations().crosstab(derived, "housing_status", null, null, false);
            assertThat(program.counts().hidesAny()).as(derived + " × housing_status").isFalse();
            assertThat(program.test()).isNotNull();
        }
    }

    @Test
    void noHiddenSmallCountCanBePinnedWhenBothVariablesAreYesNos() {
        context.demo().load(DemoProgram.DEFAULT_SEED);
        List<Wave> waves = new ArrayList<>(context.program().waves());
        waves.add(null);
        int hiddenSmall = 0;
        for (Wave wave : waves) {
            for (Site site : context.program().sites()) {
                long[][] truth = extended(context.associations().crosstab("fin_overall", "srh", wave, site, true).counts());
                SuppressedTable items = context.associations().crosstab("fin_overall", "srh", wave, site, false).counts();
                int[] high = groups(5, 4, 5);
                int[] poor = groups(5, 4, 5);
                YesNoReader reader = new YesNoReader(truth, YesNoReader.seen(items), List.of(
                        new YesNoReader.Grouped(YesNoReader.seen(context.associations().crosstab("high_financial", "srh",
                                wave, site, false).counts()), high, null),
                        new YesNoReader.Grouped(YesNoReader.seen(context.associations().crosstab("fin_overall",
                                "poor_health", wave, site, false).counts()), null, poor),
                        new YesNoReader.Grouped(YesNoReader.seen(context.associations().crosstab("high_financial",
                                "poor_health", wave, site, false).counts()), high, poor)));
                hiddenSmall += pinsNone(truth, reader, "fin_overall × srh, wave " + (wave == null ? "all" : wave.label())
                        + ", site " + site.code());
            }
        }
        assertThat(hiddenSmall).as("hidden small counts tried").isGreaterThan(50);
    }

    /** Checks that the reader pins no hidden count of 1 to k − 1 of the item's table; returns how many there were. */
    private static int pinsNone(long[][] truth, YesNoReader reader, String table) {
        int hiddenSmall = 0;
        for (int i = 0; i < truth.length; i++) {
            for (int j = 0; j < truth[0].length; j++) {
                if (truth[i][j] > 0 && truth[i][j] < K && reader.hidden(i, j)) {
                    hiddenSmall++;
                    assertThat(reader.pins(i, j)).as("%s: cell %d, %d (%d)", table, i, j, truth[i][j]).isFalse();
                }
            }
        }
        return hiddenSmall;
    }

    /** For each of {@code answers} answers (1 to n), 1 when it is from {@code yesFrom} to {@code yesTo}, else 0. */
    private static int[] groups(int answers, int yesFrom, int yesTo) {
        int[] groups = new int[answers];
        for (int i = 0; i < answers; i++) {
            groups[i] = i + 1 >= yesFrom && i + 1 <= yesTo ? 1 : 0;
        }
        return groups;
    }

    private static long[][] extended(SuppressedTable table) {
        long[][] all = new long[table.rows() + 1][table.columns() + 1];
        for (int i = 0; i <= table.rows(); i++) {
            for (int j = 0; j <= table.columns(); j++) {
                Cell cell = i == table.rows() ? (j == table.columns() ? table.grandTotal() : table.columnTotal(j))
                        : j == table.columns() ? table.rowTotal(i) : table.cell(i, j);
                all[i][j] = cell.count().getAsLong();
            }
        }
        return all;
    }
}
