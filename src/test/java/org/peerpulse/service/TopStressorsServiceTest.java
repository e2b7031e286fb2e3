package org.peerpulse.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peerpulse.storage.Database;

class TopStressorsServiceTest {
    private final AppContext context = new AppContext(Database.inMemory(UUID.randomUUID().toString()), Clock.systemUTC());

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void everyOptionHasItsShareAndNoCountBelowKIsShown() {
        context.demo().load(2019);
        var wave = context.program().findWave("2023-03").orElseThrow();
        var choices = context.topStressors().choices(wave, null, false);
        assertThat(choices).extracting(TopStressorsService.Choice::option).containsExactly("financial", "work",
                "housing", "resources", "trauma", "caring", "health", "relationships", "substance_use", "other");
        assertThat(choices).allSatisfy(c -> {
            if (!c.figure().suppressed()) {
                assertThat(c.figure().count()).satisfiesAnyOf(n -> assertThat(n).isZero(),
                        n -> assertThat(n).isGreaterThanOrEqualTo(5));
            }
        });
        var internal = context.topStressors().choices(wave, null, true);
        long hidden = choices.stream().filter(c -> c.figure().suppressed()).count();
        long small = internal.stream().filter(c -> c.figure().count() > 0 && c.figure().count() < 5).count();
        assertThat(hidden).isEqualTo(small).isPositive();
        long n = internal.get(0).figure().n();
        assertThat(internal).allSatisfy(c -> assertThat(c.figure().n()).isEqualTo(n));
    }
}
