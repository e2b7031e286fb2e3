package org.peerpulse.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.peerpulse.domain.Response;
import org.peerpulse.domain.Setting;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.Wave;
import org.peerpulse.io.SampleFiles;

/** An import's writes: summary counts gathered over batches and written every so many sites and waves. */
class BulkInsertTest {

    @Test
    void countsWrittenAcrossSeveralFlushesEqualARecountAndOnlyShowOnceFinished() {
        try (Database database = Database.inMemory("bulk-insert")) {
            ResponseRepository responses = new ResponseRepository(database, Clock.systemUTC());
            SplittableRandom random = new SplittableRandom(8);
            try (Transaction tx = database.begin()) {
                List<Site> sites = new ArrayList<>();
                for (int s = 0; s < 30; s++) {
                    sites.add(new SiteRepository(database).add(tx, "Site " + s, "S" + s, "Coast", Setting.OUTREACH, false));
                }
                List<Wave> waves = new ArrayList<>();
                for (int w = 0; w < 12; w++) {
                    waves.add(new WaveRepository(database).add(tx, "W" + w, LocalDate.of(2020, 1, 1).plusMonths(3L * w), false));
                }
                ResponseRepository.BulkInsert bulk = responses.bulk(tx);
                // 360 sites and waves, more than one flush's worth; the first site and wave comes back
                // in the last batch, after its first counts were written
                int respondent = 0;
                for (Wave wave : waves) {
                    List<Response> batch = new ArrayList<>();
                    for (Site site : sites) {
                        for (int r = 0; r < 3; r++) {
                            batch.add(new Response(site.id(), wave.id(), "R" + respondent++, null, null,
                                    SampleFiles.answers(random)));
                        }
                    }
                    bulk.add(batch);
                }
                bulk.add(List.of(new Response(sites.get(0).id(), waves.get(0).id(), "R" + respondent, null, null,
                        SampleFiles.answers(random))));
                assertThat(ResponseRepository.BulkInsert.SITE_WAVES).isLessThan(sites.size() * waves.size());
                bulk.finish();
                tx.commit();
            }
            assertThat(DatabaseProbe.count(database, "response")).isEqualTo(30 * 12 * 3 + 1);
            assertThat(DatabaseProbe.summarisedResponses(database)).isEqualTo(30 * 12 * 3 + 1);
            DatabaseProbe.assertSummariesEqualARecount(database);
        }
    }

    @Test
    void countsNotYetWrittenAreWrittenByFinish() {
        try (Database database = Database.inMemory("bulk-insert-finish")) {
            ResponseRepository responses = new ResponseRepository(database, Clock.systemUTC());
            try (Transaction tx = database.begin()) {
                Site site = new SiteRepository(database).add(tx, "Harbour", "H", "Coast", Setting.OUTREACH, false);
                Wave wave = new WaveRepository(database).add(tx, "2024-03", LocalDate.of(2024, 3, 1), false);
                ResponseRepository.BulkInsert bulk = responses.bulk(tx);
                bulk.add(List.of(new Response(site.id(), wave.id(), "A", null, null,
                        SampleFiles.answers(new SplittableRandom(1)))));
                assertThat(summarised(tx)).as("gathered, not yet written").isZero();
                bulk.finish();
                assertThat(summarised(tx)).isEqualTo(1);
                tx.commit();
            }
            DatabaseProbe.assertSummariesEqualARecount(database);
        }
    }

    @Test
    void summaryKeysAreWrittenInTheTablesKeyOrderProgramRowsFirst() {
        var program = new SummaryDelta.ValueKey(null, new org.peerpulse.domain.WaveId(9), "fin_job", "5");
        var a = new SummaryDelta.ValueKey(new org.peerpulse.domain.SiteId(1), new org.peerpulse.domain.WaveId(2), "fin_job", "1");
        var b = new SummaryDelta.ValueKey(new org.peerpulse.domain.SiteId(1), new org.peerpulse.domain.WaveId(2), "fin_job", "2");
        var c = new SummaryDelta.ValueKey(new org.peerpulse.domain.SiteId(1), new org.peerpulse.domain.WaveId(2), "fin_pay", "1");
        var d = new SummaryDelta.ValueKey(new org.peerpulse.domain.SiteId(1), new org.peerpulse.domain.WaveId(10), "debrief", "no");
        var e = new SummaryDelta.ValueKey(new org.peerpulse.domain.SiteId(2), new org.peerpulse.domain.WaveId(1), "debrief", "no");
        List<SummaryDelta.ValueKey> keys = new ArrayList<>(List.of(e, d, c, b, a, program));
        keys.sort(SummaryDelta.ValueKey.ORDER);
        assertThat(keys).containsExactly(program, a, b, c, d, e);
    }

    private static long summarised(Transaction tx) {
        try (var statement = tx.connection().createStatement();
             var rows = statement.executeQuery("select coalesce(sum(responses), 0) from site_wave_summary")) {
            rows.next();
            return rows.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }
}
