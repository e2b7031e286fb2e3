package org.peerpulse.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
import org.junit.jupiter.api.io.TempDir;
import org.peerpulse.domain.DomainScore;
import org.peerpulse.domain.Item;
import org.peerpulse.domain.ItemKind;
import org.peerpulse.domain.ProgramSettings;
import org.peerpulse.domain.Psp1;
import org.peerpulse.domain.Response;
import org.peerpulse.domain.Setting;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.domain.SummaryCounts;
import org.peerpulse.domain.Wave;

class StorageTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-01-01T10:00:00Z"), ZoneOffset.UTC);
    private Database database = Database.inMemory(UUID.randomUUID().toString());

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void migrationsStoreTheWholePsp1Instrument() {
        List<String> rows = database.read(c -> {
            List<String> items = new ArrayList<>();
            try (var s = c.prepareStatement("select code, kind, value_set, domain_code from item order by position");
                 var r = s.executeQuery()) {
                while (r.next()) {
                    items.add(r.getString(1) + "|" + r.getString(2) + "|" + r.getString(3) + "|" + r.getString(4));
                }
            }
            return items;
        }, "read items");
        List<String> expected = Psp1.items().stream().map(i -> i.code() + "|" + i.kind() + "|" + i.values().code()
                + "|" + (i.domain() == null ? null : i.domain().code())).toList();
        assertThat(rows).isEqualTo(expected);

        Map<String, List<String>> codes = database.read(c -> {
            Map<String, List<String>> byValueSet = new HashMap<>();
            try (var s = c.prepareStatement("select value_set, code from value_code order by value_set, position");
                 var r = s.executeQuery()) {
                while (r.next()) {
                    byValueSet.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(r.getString(2));
                }
            }
            return byValueSet;
        }, "read value codes");
        for (Item item : Psp1.items()) {
            assertThat(codes.getOrDefault(item.values().code(), List.of())).as(item.code())
                    .isEqualTo(item.values().codes());
        }
    }

    @Test
    void settingsStartAtTheDefaultsAndRoundTrip() {
        SettingsRepository settings = new SettingsRepository(database);
        assertThat(settings.load()).isEqualTo(ProgramSettings.DEFAULTS);
        settings.save(new ProgramSettings(3, 8));
        assertThat(settings.load()).isEqualTo(new ProgramSettings(3, 8));
    }

    @Test
    void responsesRoundTripWithTheirRawAnswers() {
        Site site = new SiteRepository(database).add("Victoria Outreach", "VIC", "Island", Setting.OUTREACH, false);
        Wave wave = new WaveRepository(database).add("2019-09", LocalDate.of(2019, 9, 15), false);
        Response response = new Response(site.id(), wave.id(), "MA03", "2019-09-16", "uuid-1", Map.of(
                "fin_overall", "5", "top3", "financial housing caring", "comment", "Rent went up, again.\nTired."));
        ResponseRepository responses = new ResponseRepository(database, CLOCK);
        try (Transaction tx = database.begin()) {
            responses.insertAll(tx, List.of(response));
            tx.commit();
        }
        assertThat(responses.find(Set.of(), Set.of())).containsExactly(response);
        assertThat(new SiteRepository(database).all()).containsExactly(site);
        assertThat(new WaveRepository(database).all()).containsExactly(wave);
    }

    @Test
    void responsesAreReadOneAtATimeInStoredOrderWithOnlyTheAnswersAskedFor() {
        Site site = new SiteRepository(database).add("Victoria Outreach", "VIC", "Island", Setting.OUTREACH, false);
        Wave wave = new WaveRepository(database).add("2019-09", LocalDate.of(2019, 9, 15), false);
        List<Response> stored = List.of(
                new Response(site.id(), wave.id(), "A", null, null, Map.of("fin_overall", "5", "srh", "2", "qol", "4")),
                new Response(site.id(), wave.id(), "B", null, null, Map.of("qol", "1")),
                new Response(site.id(), wave.id(), "C", null, null, Map.of("srh", "3", "work_overall", "2")),
                new Response(site.id(), wave.id(), "D", null, null, Map.of("fin_overall", "1")));
        ResponseRepository responses = new ResponseRepository(database, CLOCK);
        try (Transaction tx = database.begin()) {
            responses.insertAll(tx, stored);
            tx.commit();
        }
        List<Response> read = new ArrayList<>();
        responses.forEach(Set.of(), Set.of(wave.id()), Set.of("srh", "fin_overall"), read::add);

        assertThat(read).extracting(Response::respondent).containsExactly("A", "B", "C", "D");
        assertThat(read).extracting(Response::answers).containsExactly(Map.of("fin_overall", "5", "srh", "2"),
                Map.of(), Map.of("srh", "3"), Map.of("fin_overall", "1"));
        List<Response> every = new ArrayList<>();
        responses.forEach(Set.of(), Set.of(), Set.of(), every::add);
        assertThat(every).containsExactlyElementsOf(stored).isEqualTo(responses.find(Set.of(), Set.of()));
    }

    @Test
    void aTransactionClosedWithoutCommitStoresNothing() {
        Site site = new SiteRepository(database).add("Surrey", "SUR", null, Setting.OVERDOSE_PREVENTION, false);
        Wave wave = new WaveRepository(database).add("2020-03", null, false);
        ResponseRepository responses = new ResponseRepository(database, CLOCK);
        try (Transaction tx = database.begin()) {
            new WaveRepository(database).add(tx, "2020-09", null, false);
            responses.insertAll(tx, List.of(new Response(site.id(), wave.id(), null, null, null, Map.of("fin_overall", "4"))));
        }
        assertThat(responses.find(Set.of(), Set.of())).isEmpty();
        assertThat(new WaveRepository(database).all()).extracting(Wave::label).containsExactly("2020-03");
        SummaryCounts counts = new SummaryRepository(database).counts(Set.of(), Set.of());
        assertThat(counts.responses()).isEmpty();
        assertThat(counts.values()).isEmpty();
    }

    @Test
    void summariesAlwaysEqualARecountOfTheRawAnswers() {
        Random random = new Random(7);
        SiteRepository sites = new SiteRepository(database);
        WaveRepository waves = new WaveRepository(database);
        List<Site> siteList = List.of(sites.add("A", null, null, Setting.OTHER, false),
                sites.add("B", null, null, Setting.OTHER, false));
        List<Wave> waveList = List.of(waves.add("w1", null, false), waves.add("w2", null, false));
        ResponseRepository responses = new ResponseRepository(database, CLOCK);
        for (int batch = 0; batch < 3; batch++) {
            List<Response> written = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                written.add(randomResponse(random, siteList.get(random.nextInt(2)), waveList.get(random.nextInt(2))));
            }
            try (Transaction tx = database.begin()) {
                responses.insertAll(tx, written);
                tx.commit();
            }
        }
        SummaryCounts stored = new SummaryRepository(database).counts(Set.of(), Set.of());
        SummaryDelta recount = SummaryDelta.adding(responses.find(Set.of(), Set.of()));
        assertThat(stored.responses()).hasSize(recount.responses.size()).allSatisfy(r ->
                assertThat(r.responses()).isEqualTo(recount.responses.get(new SummaryDelta.SiteWave(r.site(), r.wave()))));
        assertThat(stored.answered()).hasSize(recount.answered.size()).allSatisfy(a ->
                assertThat(a.answered()).isEqualTo(recount.answered.get(new SummaryDelta.ItemKey(a.site(), a.wave(), a.item()))));
        assertThat(stored.values()).hasSize(recount.values.size()).allSatisfy(v ->
                assertThat(v.respondents()).isEqualTo(
                        recount.values.get(new SummaryDelta.ValueKey(v.site(), v.wave(), v.item(), v.value()))));
        assertThat(stored.scores()).hasSize(recount.scores.size()).allSatisfy(s -> {
            SummaryDelta.ScoreTotals totals = recount.scores.get(new SummaryDelta.DomainKey(s.site(), s.wave(), s.domain()));
            assertThat(new long[] {s.scored(), s.sum60(), s.squareSum3600()})
                    .containsExactly(totals.scored, totals.sum60, totals.squareSum3600);
        });
        long recountedResponses = responses.find(Set.of(), Set.of()).size();
        assertThat(stored.responses().stream().mapToLong(SummaryCounts.ResponseCount::responses).sum())
                .isEqualTo(recountedResponses).isEqualTo(120);
    }

    @Test
    void domainScoreIsTheMeanOfAnsweredItemsAndMissingWhenFewerThanHalfAnswered() {
        Site site = new Site(new org.peerpulse.domain.SiteId(1), "A", null, null, Setting.OTHER, false, false);
        var wave = new org.peerpulse.domain.WaveId(1);
        Response twoOfThree = new Response(site.id(), wave, null, null, null, Map.of("fin_overall", "5", "fin_pay", "2"));
        Response oneOfThree = new Response(site.id(), wave, null, null, null, Map.of("fin_overall", "5"));
        Response twoOfFive = new Response(site.id(), wave, null, null, null, Map.of("work_overall", "5", "work_role", "4"));
        Response threeOfFive = new Response(site.id(), wave, null, null, null,
                Map.of("work_overall", "5", "work_role", "4", "work_stigma", "4"));
        assertThat(DomainScore.times60(twoOfThree, StressDomain.FINANCIAL)).hasValue(210); // 3.5 × 60
        assertThat(DomainScore.times60(oneOfThree, StressDomain.FINANCIAL)).isEmpty();
        assertThat(DomainScore.times60(twoOfFive, StressDomain.WORK)).isEmpty();
        assertThat(DomainScore.times60(threeOfFive, StressDomain.WORK)).hasValue(260); // 13/3 × 60
    }

    @Test
    void aFileDatabaseKeepsItsDataWhenOpenedAgain(@TempDir Path folder) throws java.io.IOException {
        database.close();
        Path file = folder.resolve("program.mv.db");
        try (Database first = Database.open(file)) {
            new SiteRepository(first).add("Prince George Drop-in", "PG", "Northern", Setting.DROP_IN, false);
        }
        try (Database again = Database.open(folder.resolve("program"))) {
            assertThat(new SiteRepository(again).all()).extracting(Site::name).containsExactly("Prince George Drop-in");
            again.close(); // closing twice is harmless
        }
        try (var files = java.nio.file.Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .as("no .trace.db of H2's beside the program: closing logged no failure")
                    .containsExactly("program.mv.db");
        }
        database = Database.inMemory(UUID.randomUUID().toString());
    }

    @Test
    void deletingSitesRemovesTheirResponsesAndSummaries() {
        Site site = new SiteRepository(database).add("A", null, null, Setting.OTHER, true);
        Wave wave = new WaveRepository(database).add("w", null, true);
        ResponseRepository responses = new ResponseRepository(database, CLOCK);
        try (Transaction tx = database.begin()) {
            responses.insertAll(tx, List.of(new Response(site.id(), wave.id(), null, null, null, Map.of("qol", "3"))));
            tx.commit();
        }
        try (Transaction tx = database.begin()) {
            responses.deleteSites(tx, Set.of(site.id()));
            new SiteRepository(database).delete(tx, Set.of(site.id()));
            new WaveRepository(database).removeDemoWaves(tx);
            tx.commit();
        }
        assertThat(new SiteRepository(database).all()).isEmpty();
        assertThat(new WaveRepository(database).all()).isEmpty();
        assertThat(new SummaryRepository(database).counts(Set.of(), Set.of()).values()).isEmpty();
    }

    @Test
    void theSitesAndWavesAreKeptUntilAWriteCommits() {
        SiteRepository sites = new SiteRepository(database);
        WaveRepository waves = new WaveRepository(database);
        Site first = sites.add("A", null, null, Setting.OTHER, false);
        waves.add("w1", null, false);
        List<Site> kept = sites.all();
        List<Wave> keptWaves = waves.all();
        assertThat(sites.all()).isSameAs(kept);
        assertThat(waves.all()).isSameAs(keptWaves);
        try (Transaction tx = database.begin()) {
            sites.delete(tx, Set.of(first.id())); // rolled back: nothing changed
        }
        assertThat(sites.all()).isSameAs(kept);
        sites.add("B", null, null, Setting.OTHER, false);
        assertThat(sites.all()).extracting(Site::name).containsExactly("A", "B");
        waves.add("w2", null, false);
        assertThat(waves.all()).extracting(Wave::label).containsExactly("w1", "w2");
    }

    @Test
    void deletingASiteTakesItOutOfTheProgramsTotals() {
        Site leaving = new SiteRepository(database).add("A", null, null, Setting.OTHER, true);
        Site staying = new SiteRepository(database).add("B", null, null, Setting.OTHER, false);
        Wave wave = new WaveRepository(database).add("w", null, false);
        ResponseRepository responses = new ResponseRepository(database, CLOCK);
        try (Transaction tx = database.begin()) {
            responses.insertAll(tx, List.of(new Response(leaving.id(), wave.id(), null, null, null, Map.of("qol", "3")),
                    new Response(staying.id(), wave.id(), null, null, null, Map.of("qol", "5")),
                    new Response(staying.id(), wave.id(), null, null, null, Map.of("qol", "3"))));
            tx.commit();
        }
        assertThat(new SummaryRepository(database).programTotals(Set.of("qol")).values())
                .extracting(v -> v.value() + "=" + v.respondents()).containsExactlyInAnyOrder("3=2", "5=1");
        try (Transaction tx = database.begin()) {
            responses.deleteSites(tx, Set.of(leaving.id()));
            new SiteRepository(database).delete(tx, Set.of(leaving.id()));
            tx.commit();
        }
        assertThat(new SummaryRepository(database).programTotals(Set.of("qol")).values())
                .extracting(v -> v.value() + "=" + v.respondents()).containsExactlyInAnyOrder("3=1", "5=1");
        DatabaseProbe.assertSummariesEqualARecount(database);
    }

    private static Response randomResponse(Random random, Site site, Wave wave) {
        Map<String, String> answers = new HashMap<>();
        for (Item item : Psp1.items()) {
            if (random.nextInt(5) == 0) {
                continue;
            }
            List<String> codes = item.values().codes();
            if (item.kind() == ItemKind.SINGLE) {
                answers.put(item.code(), codes.get(random.nextInt(codes.size())));
            } else if (item.kind() == ItemKind.MULTIPLE) {
                answers.put(item.code(), codes.get(random.nextInt(5)) + " " + codes.get(5 + random.nextInt(5)));
            } else {
                answers.put(item.code(), "free text " + random.nextInt());
            }
        }
        return new Response(site.id(), wave.id(), null, null, null, answers);
    }
}
