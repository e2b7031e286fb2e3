package org.peerpulse.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peerpulse.analysis.Figure;
import org.peerpulse.analysis.SuppressedTable;
import org.peerpulse.analysis.Wellbeing;
import org.peerpulse.domain.Site;
import org.peerpulse.io.demo.DemoProgram;
import org.peerpulse.storage.Database;

class WellbeingServiceTest {
    private static final int K = 5;
    private final AppContext context = new AppContext(Database.inMemory(UUID.randomUUID().toString()), Clock.systemUTC());

    @AfterEach
    void close() {
        context.close();
    }

    /**
     * The Health view shows each site's answers and share beside the program's. A reader who holds
     * them all, for a wave and an item, knows that the sites' answers add up to the program's and that
     * each share counts its answers (srh 4 and 5): working out bounds line by line, they must pin no
     * hidden count of 1 to 4. Before, the program's answer less the other sites' gave back, in the demo,
     * Prince George's four "Good" answers to srh in 2019-09, and eight other hidden counts.
     */
    @Test
    void noHiddenAnswerComesBackFromTheProgramLessItsSitesOrFromAShare() {
        context.demo().load(DemoProgram.DEFAULT_SEED);
        List<Site> sites = context.program().sites();
        List<List<WellbeingService.Row>> seen = new ArrayList<>();
        List<List<WellbeingService.Row>> truth = new ArrayList<>();
        for (Site site : sites) {
            seen.add(context.wellbeing().overWaves(site, false));
            truth.add(context.wellbeing().overWaves(site, true));
        }
        seen.add(context.wellbeing().overWaves(null, false));
        truth.add(context.wellbeing().overWaves(null, true));
        int hiddenSmall = 0;
        for (int wave = 0; wave < truth.get(0).size(); wave++) {
            for (Wellbeing measure : Wellbeing.values()) {
                long[][] counts = new long[sites.size() + 1][6];
                Long[][] answers = new Long[sites.size() + 1][6];
                Long[][] shares = new Long[sites.size() + 1][3];
                for (int row = 0; row <= sites.size(); row++) {
                    SuppressedTable all = truth.get(row).get(wave).distributions().get(measure);
                    SuppressedTable shown = seen.get(row).get(wave).distributions().get(measure);
                    Figure share = share(seen.get(row).get(wave), measure);
                    for (int answer = 0; answer < 5; answer++) {
                        counts[row][answer] = all == null ? 0 : all.cell(0, answer).count().getAsLong();
                        answers[row][answer] = shown == null || shown.cell(0, answer).hidden() ? null
                                : shown.cell(0, answer).count().getAsLong();
                    }
                    counts[row][5] = all == null ? 0 : all.rowTotal(0).count().getAsLong();
                    if (shown != null && !shown.rowTotal(0).hidden()) {
                        answers[row][5] = shown.rowTotal(0).count().getAsLong();
                    } else if (share.hasValue()) {
                        answers[row][5] = share.n();
                    }
                    if (share.hasValue()) {
                        shares[row] = new Long[] {share.n() - share.count(), share.count(), share.n()};
                    }
                }
                YesNoReader reader = new YesNoReader(counts, answers,
                        List.of(new YesNoReader.Grouped(shares, null, yesOf(measure))));
                for (int row = 0; row <= sites.size(); row++) {
                    for (int answer = 0; answer <= 5; answer++) {
                        long count = counts[row][answer];
                        if (count > 0 && count < K && reader.hidden(row, answer)) {
                            hiddenSmall++;
                            assertThat(reader.pins(row, answer)).as("%s, wave %d, %s, answer %d (%d)", measure, wave,
                                    row == sites.size() ? "program" : sites.get(row).code(), answer + 1, count).isFalse();
                        }
                    }
                }
            }
        }
        assertThat(hiddenSmall).as("hidden small counts tried").isGreaterThan(50);
    }

    @Test
    void aShownShareAgreesWithTheAnswersItCountsWhereTheyAreShown() {
        context.demo().load(DemoProgram.DEFAULT_SEED);
        List<Site> sites = new ArrayList<>(context.program().sites());
        sites.add(null);
        int shown = 0;
        int hidden = 0;
        for (Site site : sites) {
            for (WellbeingService.Row row : context.wellbeing().overWaves(site, false)) {
                for (Wellbeing measure : Wellbeing.values()) {
                    Figure share = share(row, measure);
                    SuppressedTable distribution = row.distributions().get(measure);
                    if (distribution == null || share.suppressed()) {
                        hidden++;
                        continue;
                    }
                    shown++;
                    long counted = 0;
                    boolean allCountedShown = true;
                    for (int answer = 1; answer <= 5; answer++) {
                        var cell = distribution.cell(0, answer - 1);
                        if (measure.counts(answer)) {
                            allCountedShown &= !cell.hidden();
                            counted += cell.hidden() ? 0 : cell.count().getAsLong();
                        }
                    }
                    if (allCountedShown) {
                        assertThat(counted).isEqualTo(share.count());
                    }
                    assertThat(distribution.rowTotal(0).hidden() || distribution.rowTotal(0).count().getAsLong() == share.n())
                            .isTrue();
                }
            }
        }
        assertThat(shown).isPositive();
        assertThat(hidden).isPositive();
    }

    private static Figure share(WellbeingService.Row row, Wellbeing measure) {
        return switch (measure) {
            case POOR_HEALTH -> row.poorHealth();
            case POOR_MENTAL_HEALTH -> row.poorMentalHealth();
            case LOW_QOL -> row.lowQol();
        };
    }

    private static int[] yesOf(Wellbeing measure) {
        int[] groups = new int[5];
        for (int answer = 1; answer <= 5; answer++) {
            groups[answer - 1] = measure.counts(answer) ? 1 : 0;
        }
        return groups;
    }
}
