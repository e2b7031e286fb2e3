package org.peerpulse.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The retention rule of automatic backups: the last ten, and the newest of each calendar month. */
class BackupRetentionTest {
    private static final ZoneId VANCOUVER = ZoneId.of("America/Vancouver");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-15T12:00:00Z"), VANCOUVER);

    @Test
    void fewerThanTenAreAllKept() {
        List<Instant> backups = List.of(CLOCK.instant(), CLOCK.instant().minus(Duration.ofDays(40)));
        assertThat(BackupRetention.keep(backups, VANCOUVER)).containsExactlyInAnyOrderElementsOf(backups);
    }

    @Test
    void theLastTenAndTheNewestOfEachMonthAreKept() {
        // one backup a day for 100 days back from the fixed clock
        List<Instant> backups = new ArrayList<>();
        for (int day = 0; day < 100; day++) {
            backups.add(CLOCK.instant().minus(Duration.ofDays(day)));
        }
        Set<Instant> keep = BackupRetention.keep(backups, VANCOUVER);
        assertThat(keep).containsAll(backups.subList(0, 10));
        // the newest of February, January and December (local time): the last days of those months
        for (String newest : List.of("2026-02-28T12:00:00Z", "2026-01-31T12:00:00Z", "2025-12-31T12:00:00Z")) {
            assertThat(keep).contains(Instant.parse(newest));
        }
        // March's newest is among the last ten; the oldest day, 2025-12-06, is in December
        assertThat(keep).hasSize(10 + 3);
    }

    @Test
    void monthsFollowTheUsersTimeZone() {
        // 03:00 UTC on 1 February is still 31 January in Vancouver
        Instant lateJanuary = Instant.parse("2026-02-01T03:00:00Z");
        Instant earlierJanuary = Instant.parse("2026-01-20T12:00:00Z");
        List<Instant> backups = new ArrayList<>(List.of(lateJanuary, earlierJanuary));
        for (int i = 0; i < 10; i++) {
            backups.add(CLOCK.instant().minus(Duration.ofHours(i)));
        }
        assertThat(BackupRetention.keep(backups, VANCOUVER)).contains(lateJanuary).doesNotContain(earlierJanuary);
    }
}
