package org.peerpulse.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peerpulse.domain.Item;
import org.peerpulse.domain.ItemKind;
import org.peerpulse.domain.Psp1;
import org.peerpulse.domain.Response;
import org.peerpulse.domain.Setting;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.SiteId;
import org.peerpulse.domain.SummaryCounts;
import org.peerpulse.domain.Wave;

/** Merging two spellings of a site, renaming and archiving sites, relabelling waves. */
class SiteMergeTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-01-01T10:00:00Z"), ZoneOffset.UTC);
    private final Database database = Database.inMemory(UUID.randomUUID().toString());
    private final SiteRepository sites = new SiteRepository(database);
    private final WaveRepository waves = new WaveRepository(database);
    private final ResponseRepository responses = new ResponseRepository(database, CLOCK);
    private int respondent;

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void mergeMovesResponsesAndSummariesSoTheyEqualARecountOfTheRawAnswers() {
        Random random = new Random(11);
        Site victoria = sites.add("Victoria", "VIC", null, Setting.OUTREACH, false);
        Site typo = sites.add("Victoira", null, null, Setting.OTHER, false);
        Site surrey = sites.add("Surrey", "SUR", null, Setting.HOUSING, false);
        List<Wave> waveList = List.of(waves.add("w1", LocalDate.of(2020, 1, 1), false),
                waves.add("w2", LocalDate.of(2020, 6, 1), false), waves.add("w3", LocalDate.of(2021, 1, 1), false));
        List<Response> written = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            Site site = List.of(victoria, typo, surrey).get(random.nextInt(3));
            // w3 holds answers of the misspelt site only, so its rows are re-keyed rather than added
            Wave wave = site.equals(typo) ? waveList.get(random.nextInt(3)) : waveList.get(random.nextInt(2));
            written.add(randomResponse(random, site, wave));
        }
        insert(written);
        long typoCount = written.stream().filter(r -> r.site().equals(typo.id())).count();
        long victoriaCount = written.stream().filter(r -> r.site().equals(victoria.id())).count();
        long surreyBefore = new SummaryRepository(database).counts(Set.of(surrey.id()), Set.of()).values().size();

        SiteMerge.Outcome outcome = new SiteMerge(database).merge(typo.id(), victoria.id());

        assertThat(outcome.merged()).isTrue();
        assertThat(outcome.moved()).isEqualTo(typoCount).isPositive();
        assertThat(sites.all()).extracting(Site::name).containsExactly("Surrey", "Victoria");
        assertThat(responses.countsBySite()).containsEntry(victoria.id(), typoCount + victoriaCount)
                .doesNotContainKey(typo.id());
        assertSummariesEqualARecount();
        assertThat(new SummaryRepository(database).counts(Set.of(surrey.id()), Set.of()).values()).hasSize(
                (int) surreyBefore);
        assertThat(new SummaryRepository(database).counts(Set.of(typo.id()), Set.of()).responses()).isEmpty();
    }

    @Test
    void aRespondentCodeInTheSameWaveAtBothSitesRefusesTheMergeAndChangesNothing() {
        Site a = sites.add("Nanaimo", null, null, Setting.OTHER, false);
        Site b = sites.add("Nanaimo Outreach", null, null, Setting.OTHER, false);
        Wave wave = waves.add("2024-03", null, false);
        insert(List.of(new Response(a.id(), wave.id(), "ab1", null, null, Map.of("fin_overall", "4")),
                new Response(b.id(), wave.id(), "AB1", null, null, Map.of("fin_overall", "2")),
                new Response(b.id(), wave.id(), "AB2", null, null, Map.of("fin_overall", "5"))));
        SummaryCounts before = new SummaryRepository(database).counts(Set.of(), Set.of());

        SiteMerge.Outcome outcome = new SiteMerge(database).merge(a.id(), b.id());

        assertThat(outcome.merged()).isFalse();
        assertThat(outcome.moved()).isZero();
        assertThat(outcome.conflicts()).containsExactly(new SiteMerge.Conflict("2024-03", "ab1", "AB1"));
        assertThat(sites.all()).extracting(Site::name).containsExactly("Nanaimo", "Nanaimo Outreach");
        assertThat(responses.countsBySite()).containsEntry(a.id(), 1L).containsEntry(b.id(), 2L);
        assertThat(new SummaryRepository(database).counts(Set.of(), Set.of())).isEqualTo(before);
    }

    @Test
    void aSiteCannotBeMergedIntoItselfOrIntoNothing() {
        Site a = sites.add("A", null, null, Setting.OTHER, false);
        SiteMerge merge = new SiteMerge(database);
        assertThatThrownBy(() -> merge.merge(a.id(), a.id())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> merge.merge(new SiteId(999), a.id())).isInstanceOf(StorageException.class);
        assertThat(sites.all()).containsExactly(a);
    }

    @Test
    void renamingAndArchivingASiteKeepsItsIdAndResponses() {
        Site site = sites.add("Victoria Outreach", "VIC", "Island", Setting.OUTREACH, false);
        Wave wave = waves.add("2019-09", null, false);
        insert(List.of(new Response(site.id(), wave.id(), "X1", null, null, Map.of("qol", "3"))));
        Site renamed = new Site(site.id(), "Victoria Mobile", "VM", null, Setting.OTHER, false, false);
        sites.update(renamed);
        sites.setArchived(site.id(), true);
        assertThat(sites.all()).containsExactly(new Site(site.id(), "Victoria Mobile", "VM", null, Setting.OTHER,
                true, false));
        assertThat(responses.countsBySite()).containsEntry(site.id(), 1L);
        sites.setArchived(site.id(), false);
        assertThat(sites.all().get(0).archived()).isFalse();
        assertThatThrownBy(() -> sites.setArchived(new SiteId(999), true)).isInstanceOf(StorageException.class);
    }

    @Test
    void relabellingAndRedatingAWaveKeepsItsResponses() {
        Site site = sites.add("A", null, null, Setting.OTHER, false);
        Wave wave = waves.add("Spring", null, false);
        insert(List.of(new Response(site.id(), wave.id(), "X1", null, null, Map.of("qol", "3"))));
        Wave relabelled = new Wave(wave.id(), "2024 Spring", LocalDate.of(2024, 3, 15), false);
        waves.update(relabelled);
        assertThat(waves.all()).containsExactly(relabelled);
        assertThat(responses.countsByWave()).containsEntry(wave.id(), 1L);
        assertThat(responses.find(Set.of(), Set.of(wave.id()))).hasSize(1);
    }

    private void insert(List<Response> list) {
        try (Transaction tx = database.begin()) {
            responses.insertAll(tx, list);
            tx.commit();
        }
    }

    private void assertSummariesEqualARecount() {
        DatabaseProbe.assertSummariesEqualARecount(database);
    }

    private Response randomResponse(Random random, Site site, Wave wave) {
        Map<String, String> answers = new HashMap<>();
        for (Item item : Psp1.items()) {
            if (random.nextInt(4) == 0) {
                continue;
            }
            List<String> codes = item.values().codes();
            if (item.kind() == ItemKind.SINGLE) {
                answers.put(item.code(), codes.get(random.nextInt(codes.size())));
            } else if (item.kind() == ItemKind.MULTIPLE) {
                answers.put(item.code(), codes.get(random.nextInt(5)) + " " + codes.get(5 + random.nextInt(5)));
            }
        }
        return new Response(site.id(), wave.id(), "R" + (++respondent), null, null, answers);
    }
}
