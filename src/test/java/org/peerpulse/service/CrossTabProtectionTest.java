package org.peerpulse.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peerpulse.analysis.CrossTab;
import org.peerpulse.analysis.SuppressedTable;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.Wave;
import org.peerpulse.io.demo.DemoProgram;
import org.peerpulse.storage.Database;

/**
 * Cross-tabulations are asked for by site and by wave, one at a time; a reader who subtracts the
 * ones shown from a wave's or a site's whole must not get a small group's table.
 */
class CrossTabProtectionTest {
    private static final int K = 5;
    private final AppContext context = new AppContext(Database.inMemory(UUID.randomUUID().toString()), Clock.systemUTC());

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void aWavesSitesShownAloneNeverLeaveASmallGroupToSubtract() {
        context.demo().load(DemoProgram.DEFAULT_SEED);
        for (Wave wave : context.program().waves()) {
            for (String[] pair : List.of(new String[] {"high_financial", "high_work"},
                    new String[] {"housing_status", "high_financial"}, new String[] {"srh", "high_trauma"})) {
                CrossTab whole = context.associations().crosstab(pair[0], pair[1], wave, null, false);
                if (whole.n() == null) {
                    continue;
                }
                long shown = 0;
                for (Site site : context.program().sites()) {
                    CrossTab one = context.associations().crosstab(pair[0], pair[1], wave, site, false);
                    shown += one.n() == null ? 0 : one.n();
                }
                long left = whole.n() - shown;
                assertThat(left == 0 || left >= K).as("%s × %s in %s: %d left by subtraction", pair[0], pair[1],
                        wave.label(), left).isTrue();
            }
        }
    }

    @Test
    void theSiteHiddenBesideASmallOneInEveryOtherViewIsHiddenHereToo() {
        context.demo().load(DemoProgram.DEFAULT_SEED);
        Wave march2022 = context.program().findWave("2022-03").orElseThrow();
        Site vancouver = context.program().findSite("Vancouver Supportive Housing").orElseThrow();
        CrossTab hidden = context.associations().crosstab("high_financial", "high_financial", march2022, vancouver, false);
        assertThat(hidden.n()).as("Vancouver's 2022-03 is hidden beside Prince George's 4 in the trends").isNull();
        assertThat(hidden.counts().grandTotal().hidden()).isTrue();
        assertThat(hidden.counts().cell(0, 0).hidden()).isTrue();
        CrossTab shown = context.associations().crosstab("high_financial", "high_financial", march2022, vancouver, true);
        assertThat(shown.n()).as("with small numbers shown (internal use)").isGreaterThanOrEqualTo(K);
    }

    @Test
    void aSmallGroupsTableShowsNoFigureNotEvenTheAnswersNobodyGave() {
        FewAnswerLater program = FewAnswerLater.fill(context, r -> Map.of("srh", String.valueOf(1 + r % 5)));

        SuppressedTable three = context.associations().crosstab("srh", "high_financial", program.second(),
                program.anchor(), false).counts();

        for (int i = 0; i < three.rows(); i++) {
            for (int j = 0; j < three.columns(); j++) {
                assertThat(three.cell(i, j).hidden()).as("cell %d, %d of a group of 3 (most of them 0)", i, j).isTrue();
            }
        }
        assertThat(three.grandTotal().hidden()).isTrue();
    }

    @Test
    void aSmallPartIsProtectedByThePartsBesideItNotByItsSitesAndTheProgramsWholes() {
        FewAnswerLater program = FewAnswerLater.fill(context, r -> Map.of("srh", String.valueOf(1 + r % 5)));
        Site anchor = program.anchor();
        Site birch = program.birch();
        Wave first = program.first();
        Wave second = program.second();

        assertThat(context.associations().crosstab("srh", "high_financial", second, anchor, false).n())
                .as("3 answered in the second wave").isNull();
        assertThat(context.associations().crosstab("srh", "high_financial", first, anchor, false).n())
                .as("its 20 in the first wave beside the site's 23 would give the 3: hidden beside it").isNull();
        for (Wave wave : List.of(first, second)) {
            assertThat(context.associations().crosstab("srh", "high_financial", wave, birch, false).n())
                    .as("and so, in each wave's line, Birch Street's 20").isNull();
        }
        assertThat(context.associations().crosstab("srh", "high_financial", null, anchor, false).n())
                .as("the site over both waves: 23, with its two parts hidden").isEqualTo(23);
        assertThat(context.associations().crosstab("srh", "high_financial", null, birch, false).n()).isEqualTo(40);
        assertThat(context.associations().crosstab("srh", "high_financial", first, null, false).n()).isEqualTo(40);
        assertThat(context.associations().crosstab("srh", "high_financial", second, null, false).n()).isEqualTo(23);
        assertThat(context.associations().crosstab("srh", "high_financial", null, null, false).n())
                .as("the program over every wave: before, hidden beside Anchor House's 3").isEqualTo(63);
        assertThat(context.associations().crosstab("srh", "high_financial", second, anchor, true).n()).isEqualTo(3);
    }

    @Test
    void aTableAndItsTransposeHideTheSameFigures() {
        context.demo().load(DemoProgram.DEFAULT_SEED);
        for (Wave wave : context.program().waves()) {
            for (Site site : context.program().sites()) {
                SuppressedTable ab = context.associations().crosstab("housing_status", "high_work", wave, site, false).counts();
                SuppressedTable ba = context.associations().crosstab("high_work", "housing_status", wave, site, false).counts();
                for (int i = 0; i < ab.rows(); i++) {
                    assertThat(ab.rowTotal(i).hidden()).isEqualTo(ba.columnTotal(i).hidden());
                    for (int j = 0; j < ab.columns(); j++) {
                        assertThat(ab.cell(i, j).hidden()).as("%s %s (%d, %d)", site.name(), wave.label(), i, j)
                                .isEqualTo(ba.cell(j, i).hidden());
                    }
                }
            }
        }
    }
}
