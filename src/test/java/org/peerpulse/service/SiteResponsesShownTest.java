package org.peerpulse.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peerpulse.domain.Response;
import org.peerpulse.domain.Setting;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.SiteId;
import org.peerpulse.domain.Wave;
import org.peerpulse.storage.Database;

/**
 * The sites view gives each site's number of responses in a wave; the program's list of sites gives
 * each site's total and the dashboard each wave's. A reader who browses every wave must not be able
 * to work out a hidden number by subtraction from either total.
 */
class SiteResponsesShownTest {
    private static final int K = 5;
    private final AppContext context = new AppContext(Database.inMemory(UUID.randomUUID().toString()), Clock.systemUTC());

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void aSmallWaveOfASiteCannotBeWorkedOutFromTheSitesTotal() {
        Site a = context.program().addSite("Anchor House", null, null, Setting.HOUSING);
        Site b = context.program().addSite("Birch Street", null, null, Setting.OVERDOSE_PREVENTION);
        Site c = context.program().addSite("Cedar Outreach", null, null, Setting.OUTREACH);
        List<Wave> waves = List.of(context.program().addWave("2024-03", null), context.program().addWave("2024-09", null),
                context.program().addWave("2025-03", null));
        add(a, waves, 12, 15, 3);
        add(b, waves, 10, 10, 10);
        add(c, waves, 8, 9, 7);

        Map<SiteId, Long> shownBySite = new HashMap<>();
        for (Wave wave : waves) {
            Overview overview = context.overview().of(wave.id(), false);
            long shownInWave = 0;
            for (Overview.SiteRow row : overview.sites()) {
                if (row.responses() != null) {
                    shownBySite.merge(row.site().id(), row.responses(), Long::sum);
                    shownInWave += row.responses();
                }
            }
            assertThat(safe(overview.latestResponses() - shownInWave)).as("wave %s", wave.label()).isTrue();
        }
        assertThat(shownBySite.getOrDefault(a.id(), 0L)).as("Anchor House's 3 in 2025-03 is hidden, and so is"
                + " another of its waves, or its total on the list of sites would give the 3 away").isLessThanOrEqualTo(30 - 3 - K);
        for (ProgramService.SiteEntry entry : context.program().sitesWithCounts()) {
            assertThat(safe(entry.responses() - shownBySite.getOrDefault(entry.site().id(), 0L)))
                    .as(entry.site().name()).isTrue();
        }
    }

    @Test
    void withSmallNumbersShownEveryWaveOfEverySiteIsGiven() {
        Site a = context.program().addSite("Anchor House", null, null, Setting.HOUSING);
        Site b = context.program().addSite("Birch Street", null, null, Setting.OVERDOSE_PREVENTION);
        List<Wave> waves = List.of(context.program().addWave("2024-03", null), context.program().addWave("2024-09", null));
        add(a, waves, 12, 3);
        add(b, waves, 10, 10);
        Overview overview = context.overview().of(waves.get(1).id(), true);
        assertThat(overview.sites()).extracting(Overview.SiteRow::responses).containsExactly(3L, 10L);
    }

    /** What a total less the figures shown beside it leaves: nothing, or at least k responses. */
    private static boolean safe(long hiddenSum) {
        return hiddenSum == 0 || hiddenSum >= K;
    }

    private void add(Site site, List<Wave> waves, int... responses) {
        for (int w = 0; w < waves.size(); w++) {
            for (int r = 0; r < responses[w]; r++) {
                context.entry().save(new Response(site.id(), waves.get(w).id(), null, null, null,
                        Map.of("fin_overall", String.valueOf(1 + r % 5))));
            }
        }
    }
}
