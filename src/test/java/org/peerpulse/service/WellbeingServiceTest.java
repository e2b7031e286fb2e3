package org.peerpulse.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peerpulse.analysis.Figure;
import org.peerpulse.analysis.Wellbeing;
import org.peerpulse.storage.Database;

class WellbeingServiceTest {
    private final AppContext context = new AppContext(Database.inMemory(UUID.randomUUID().toString()), Clock.systemUTC());

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void aShareAndItsDistributionNeverContradictOrRevealEachOther() {
        context.demo().load(2019);
        int shown = 0;
        int hidden = 0;
        for (var site : context.program().sites()) {
            for (WellbeingService.Row row : context.wellbeing().overWaves(site, false)) {
                for (Wellbeing measure : Wellbeing.values()) {
                    Figure share = switch (measure) {
                        case POOR_HEALTH -> row.poorHealth();
                        case POOR_MENTAL_HEALTH -> row.poorMentalHealth();
                        case LOW_QOL -> row.lowQol();
                    };
                    var distribution = row.distributions().get(measure);
                    if (distribution == null || share.suppressed()) {
                        hidden++;
                        continue;
                    }
                    shown++;
                    long counted = 0;
                    long all = 0;
                    for (int answer = 1; answer <= 5; answer++) {
                        var cell = distribution.cell(0, answer - 1);
                        assertThat(!measure.counts(answer) || !cell.hidden()).isTrue();
                        if (!cell.hidden()) {
                            all += cell.count().getAsLong();
                            counted += measure.counts(answer) ? cell.count().getAsLong() : 0;
                        }
                    }
                    assertThat(counted).isEqualTo(share.count());
                    assertThat(all).isLessThanOrEqualTo(share.n());
                }
            }
        }
        assertThat(shown).isPositive();
        assertThat(hidden).isPositive();
    }
}
