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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peerpulse.domain.Item;
import org.peerpulse.domain.ItemKind;
import org.peerpulse.domain.Psp1;
import org.peerpulse.domain.Response;
import org.peerpulse.domain.Setting;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.StoredResponse;
import org.peerpulse.domain.SummaryCounts;
import org.peerpulse.domain.Wave;

/** Editing and deleting single responses keeps the summaries equal to a recount of the raw answers. */
class ResponseEditTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-01-01T10:00:00Z"), ZoneOffset.UTC);
    private final Database database = Database.inMemory(UUID.randomUUID().toString());
    private final ResponseRepository responses = new ResponseRepository(database, CLOCK);
    private final List<Site> sites = List.of(new SiteRepository(database).add("A", null, null, Setting.OTHER, false),
            new SiteRepository(database).add("B", null, null, Setting.OTHER, false));
    private final List<Wave> waves = List.of(new WaveRepository(database).add("w1", null, false),
            new WaveRepository(database).add("w2", null, false));

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void updatesAndDeletesKeepSummariesEqualToARecount() {
        Random random = new Random(11);
        List<Long> ids = new ArrayList<>();
        try (Transaction tx = database.begin()) {
            for (int i = 0; i < 60; i++) {
                ids.add(responses.insert(tx, randomResponse(random)));
            }
            tx.commit();
        }
        for (int step = 0; step < 80; step++) {
            long id = ids.get(random.nextInt(ids.size()));
            try (Transaction tx = database.begin()) {
                if (random.nextInt(3) == 0) {
                    responses.delete(tx, id);
                    ids.remove(id);
                } else {
                    responses.update(tx, id, randomResponse(random)); // may move it to another site or wave
                }
                tx.commit();
            }
            if (step % 20 == 19) {
                assertSummariesEqualARecount();
            }
        }
        assertSummariesEqualARecount();
    }

    @Test
    void deletingEveryResponseOfASiteWaveLeavesNoSummaryRows() {
        long id;
        try (Transaction tx = database.begin()) {
            id = responses.insert(tx, new Response(sites.get(0).id(), waves.get(0).id(), "MA03", null, null,
                    Map.of("fin_overall", "5", "fin_pay", "4", "top3", "financial housing")));
            tx.commit();
        }
        try (Transaction tx = database.begin()) {
            assertThat(responses.delete(tx, id)).isPresent();
            tx.commit();
        }
        SummaryCounts counts = new SummaryRepository(database).counts(Set.of(), Set.of());
        assertThat(counts.responses()).isEmpty();
        assertThat(counts.answered()).isEmpty();
        assertThat(counts.values()).isEmpty();
        assertThat(counts.scores()).isEmpty();
        assertThat(responses.find(Set.of(), Set.of())).isEmpty();
    }

    @Test
    void storedResponsesOfASiteAndWaveComeWithTheirIdsAndAnUpdateReplacesEveryAnswer() {
        Response first = new Response(sites.get(0).id(), waves.get(0).id(), "MA03", "2024-03-02", null,
                Map.of("fin_overall", "5", "comment", "tired"));
        Response elsewhere = new Response(sites.get(1).id(), waves.get(0).id(), null, null, null, Map.of("qol", "3"));
        long id;
        try (Transaction tx = database.begin()) {
            id = responses.insert(tx, first);
            responses.insert(tx, elsewhere);
            tx.commit();
        }
        assertThat(responses.stored(sites.get(0).id(), waves.get(0).id())).containsExactly(new StoredResponse(id, first));
        Response corrected = new Response(sites.get(0).id(), waves.get(0).id(), "MA04", null, null, Map.of("fin_pay", "2"));
        try (Transaction tx = database.begin()) {
            assertThat(responses.update(tx, id, corrected)).contains(first);
            tx.commit();
        }
        assertThat(responses.stored(sites.get(0).id(), waves.get(0).id()))
                .containsExactly(new StoredResponse(id, corrected));
        try (Transaction tx = database.begin()) {
            assertThat(responses.update(tx, id + 100, corrected)).isEmpty();
            assertThat(responses.delete(tx, id + 100)).isEmpty();
        }
    }

    private void assertSummariesEqualARecount() {
        DatabaseProbe.assertSummariesEqualARecount(database);
    }

    private Response randomResponse(Random random) {
        Map<String, String> answers = new HashMap<>();
        for (Item item : Psp1.items()) {
            if (random.nextInt(3) == 0) {
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
        return new Response(sites.get(random.nextInt(2)).id(), waves.get(random.nextInt(2)).id(), null, null, null,
                answers);
    }
}
