package org.peerpulse.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peerpulse.domain.Psp1;
import org.peerpulse.domain.Response;
import org.peerpulse.domain.Setting;
import org.peerpulse.domain.SiteId;
import org.peerpulse.domain.WaveId;

/**
 * Schema version 11: the answers of a few items are read item by item from their index, a chunk of
 * responses at a time (a cross-tab, the ProQOL summary). Whatever the filter and the items, that
 * gives exactly what reading every answer and keeping those items' gives, in the same order; and
 * H2 reads them from the index, not by visiting every answer of every response (issue 8).
 */
class AnswersOfItemsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-01-01T10:00:00Z"), ZoneOffset.UTC);
    private static final List<String> PROQOL = java.util.stream.IntStream.rangeClosed(1, 30)
            .mapToObj(Psp1::proqolItem).toList();
    private static Database database;
    private static ResponseRepository responses;
    private static List<SiteId> sites;
    private static List<WaveId> waves;

    /** More responses than two chunks, of three sites and four waves stored interleaved, so a wave's ids are not together. */
    @BeforeAll
    static void storeAProgram() {
        database = Database.inMemory(UUID.randomUUID().toString());
        responses = new ResponseRepository(database, CLOCK);
        SiteRepository siteRepository = new SiteRepository(database);
        WaveRepository waveRepository = new WaveRepository(database);
        sites = List.of("A", "B", "C").stream()
                .map(name -> siteRepository.add(name, null, null, Setting.OTHER, false).id()).toList();
        waves = List.of("w1", "w2", "w3", "w4").stream().map(label -> waveRepository.add(label, null, false).id()).toList();
        Random random = new Random(11);
        List<String> some = List.of("fin_overall", "srh", "qol", "comment", "top3", "pq01", "pq02", "pq17", "pq30");
        List<Response> program = new ArrayList<>();
        for (int i = 0; i < 2 * StoredResponses.CHUNK + 123; i++) {
            Map<String, String> answers = new HashMap<>();
            for (String item : some) {
                if (random.nextInt(3) > 0) {
                    answers.put(item, item.equals("comment") ? "note " + i : item.equals("top3") ? "1 4" : "" + (1 + random.nextInt(5)));
                }
            }
            program.add(new Response(sites.get(random.nextInt(3)), waves.get(random.nextInt(4)), null, null, null, answers));
        }
        try (Transaction tx = database.begin()) {
            responses.insertAll(tx, program);
            tx.commit();
        }
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void aFewItemsReadFromTheirIndexAreWhatEveryAnswerReadWholeHoldsOfThem() {
        List<Set<String>> itemSets = List.of(Set.of("srh"), Set.of("fin_overall", "srh"), Set.copyOf(PROQOL),
                Set.of("comment", "top3"), Set.of("housing_cost"), Set.of("no_such_item", "qol"));
        List<Set<SiteId>> siteFilters = List.of(Set.of(), Set.of(sites.get(1)), Set.of(sites.get(0), sites.get(2)));
        List<Set<WaveId>> waveFilters = List.of(Set.of(), Set.of(waves.get(2)), Set.of(waves.get(0), waves.get(3)));
        for (Set<SiteId> siteFilter : siteFilters) {
            for (Set<WaveId> waveFilter : waveFilters) {
                List<Response> whole = responses.find(siteFilter, waveFilter);
                assertThat(whole).isNotEmpty();
                for (Set<String> items : itemSets) {
                    List<Response> read = new ArrayList<>();
                    responses.forEach(siteFilter, waveFilter, items, read::add);
                    assertThat(read).as("items %s, sites %s, waves %s", items, siteFilter, waveFilter)
                            .containsExactlyElementsOf(whole.stream().map(response -> only(response, items)).toList());
                }
            }
        }
    }

    @Test
    void anItemsAnswersAreReadFromTheItemIndexAndEveryAnswerThroughTheKey() {
        String plan = String.join("\n", DatabaseProbe.lines(database, "explain select response_id, answer_value"
                + " from answer where item_code = 'srh' and response_id between 1 and 5000"));
        assertThat(plan).contains("PUBLIC.ANSWER_ITEM: ITEM_CODE = 'srh'").contains("AND RESPONSE_ID >= 1").contains("AND RESPONSE_ID <= 5000");
        String whole = String.join("\n", DatabaseProbe.lines(database, "explain select r.id, a.item_code, a.answer_value"
                + " from response r left join answer a on a.response_id = r.id where r.wave_id in (1) order by r.id"));
        assertThat(whole).contains("RESPONSE_ID = R.ID").doesNotContain("ANSWER_ITEM");
    }

    /** The read is one statement per chunk and item; a write committed between two of them is not seen half-way. */
    @Test
    void aReadOfItemsSeesTheProgramAsItWasWhenItBegan() {
        try (Database own = Database.inMemory(UUID.randomUUID().toString())) {
            ResponseRepository repository = new ResponseRepository(own, CLOCK);
            SiteRepository siteRepository = new SiteRepository(own);
            SiteId leaving = siteRepository.add("Leaving", null, null, Setting.OTHER, false).id();
            SiteId staying = siteRepository.add("Staying", null, null, Setting.OTHER, false).id();
            WaveId wave = new WaveRepository(own).add("w1", null, false).id();
            List<Response> program = new ArrayList<>();
            for (int i = 0; i < StoredResponses.CHUNK + 10; i++) {
                program.add(new Response(i % 2 == 0 ? leaving : staying, wave, null, null, null,
                        Map.of("srh", "" + (1 + i % 5), "qol", "3")));
            }
            try (Transaction tx = own.begin()) {
                repository.insertAll(tx, program);
                tx.commit();
            }
            List<Response> before = repository.find(Set.of(), Set.of());
            List<Response> read = new ArrayList<>();
            repository.forEach(Set.of(), Set.of(), Set.of("srh"), response -> {
                if (read.isEmpty()) { // the first chunk is read; the next chunks are not
                    try (Transaction tx = own.begin()) {
                        repository.deleteSites(tx, Set.of(leaving));
                        tx.commit();
                    }
                }
                read.add(response);
            });

            assertThat(repository.find(Set.of(), Set.of())).hasSize(program.size() / 2);
            assertThat(read).containsExactlyElementsOf(before.stream().map(r -> only(r, Set.of("srh"))).toList());
        }
    }

    private static Response only(Response response, Set<String> items) {
        Map<String, String> kept = new HashMap<>(response.answers());
        kept.keySet().retainAll(items);
        return new Response(response.site(), response.wave(), response.respondent(), response.submitted(),
                response.sourceId(), kept);
    }
}
