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
 * poor_health's "yes" less srh's shown "Fair" row. Every figure a derived table shows is a sum of
 * figures its item's table shows, so it tells a reader nothing new.
 */
class DerivedCrossTabProtectionTest {
    private static final String[][] DERIVED = {{"poor_health", "srh"}, {"poor_mental_health", "srmh"},
        {"low_qol", "qol"}, {"high_financial", "fin_overall"}, {"high_trauma", "trauma_overall"}};
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

        assertThat(srh.cell(4, 0).hidden() || srh.cell(4, 1).hidden()).as("srh's Poor row hides a count").isTrue();
        for (int j = 0; j < 2; j++) {
            if (srh.cell(4, j).hidden() || srh.cell(3, j).hidden()) {
                assertThat(poor.cell(1, j).hidden()).as("poor health, column %d", j).isTrue();
            }
        }
    }

    @Test
    void everyFigureADerivedTableShowsIsASumOfFiguresItsItemsTableShows() {
        context.demo().load(DemoProgram.DEFAULT_SEED);
        List<Wave> waves = new ArrayList<>(context.program().waves());
        waves.add(null);
        List<Site> sites = new ArrayList<>(context.program().sites());
        sites.add(null);
        int checked = 0;
        for (String[] pair : DERIVED) {
            for (String other : List.of("debrief", "housing_status", "employment")) {
                for (Wave wave : waves) {
                    for (Site site : sites) {
                        CrossTab derived = context.associations().crosstab(pair[0], other, wave, site, false);
                        CrossTab item = context.associations().crosstab(pair[1], other, wave, site, false);
                        checked += sumsOfShown(derived, item, pair[1].equals("qol") ? 2 : 3, pair[0].startsWith("low"));
                    }
                }
            }
        }
        assertThat(checked).as("figures shown and checked").isGreaterThan(400);
        CrossTab program = context.associations().crosstab("high_financial", "housing_status", null, null, false);
        assertThat(program.counts().hidesAny()).as("the program's table over every wave hides nothing").isFalse();
        assertThat(program.test()).isNotNull();
    }

    /**
     * Checks each shown figure of the derived table against the item's table and returns how many:
     * "yes" is answers {@code cut}+1 to 5 (or 1 to {@code cut} for a variable that is yes when low).
     */
    private static int sumsOfShown(CrossTab derived, CrossTab item, int cut, boolean yesWhenLow) {
        SuppressedTable d = derived.counts();
        SuppressedTable s = item.counts();
        int checked = 0;
        for (int a = 0; a < 2; a++) {
            for (int b = 0; b <= d.columns(); b++) {
                Cell shown = b == d.columns() ? d.rowTotal(a) : d.cell(a, b);
                if (shown.hidden()) {
                    continue;
                }
                long sum = 0;
                for (int i = 0; i < s.rows(); i++) {
                    boolean yes = yesWhenLow ? i < cut : i >= cut;
                    if ((a == 1) == yes) {
                        Cell part = b == s.columns() ? s.rowTotal(i) : s.cell(i, b);
                        assertThat(part.hidden()).as("%s shows a figure that adds up a hidden one of %s",
                                derived.rows().code(), item.rows().code()).isFalse();
                        sum += part.count().getAsLong();
                    }
                }
                assertThat(shown.count().getAsLong()).isEqualTo(sum);
                checked++;
            }
        }
        return checked;
    }
}
