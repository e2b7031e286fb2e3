package org.peerpulse.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peerpulse.domain.Response;
import org.peerpulse.domain.Setting;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.StoredResponse;
import org.peerpulse.domain.Wave;
import org.peerpulse.storage.Database;

class EntryServiceTest {
    private final AppContext context = new AppContext(Database.inMemory(UUID.randomUUID().toString()),
            Clock.systemUTC());
    private final EntryService entry = context.entry();
    private final Site surrey = context.program().addSite("Surrey", "SUR", null, Setting.OVERDOSE_PREVENTION);
    private final Wave march = context.program().addWave("2024-03", null);

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void aSavedResponseIsListedWithItsIdAndCounted() {
        Response response = response("MA03", Map.of("fin_overall", "4", "top3", "financial housing", "comment", "ok"));
        long id = entry.save(response);
        assertThat(entry.list(surrey.id(), march.id())).containsExactly(new StoredResponse(id, response));
        assertThat(entry.respondentCodes(march.id())).containsExactly("ma03");
        assertThat(context.program().wavesWithCounts()).singleElement()
                .satisfies(w -> assertThat(w.responses()).isEqualTo(1));
    }

    @Test
    void aRespondentCodeAlreadyUsedInTheWaveIsRefusedWithASentence() {
        entry.save(response("MA03", Map.of("fin_overall", "4")));
        assertThatThrownBy(() -> entry.save(response("ma03", Map.of("fin_overall", "2"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The respondent code ma03 is already used in wave 2024-03: check the paper form,"
                        + " or leave the code blank if the worker did not give one.");
        assertThat(entry.list(surrey.id(), march.id())).hasSize(1);
        entry.save(response(null, Map.of("fin_overall", "2")));
        entry.save(response(null, Map.of("fin_overall", "3")));
        assertThat(entry.list(surrey.id(), march.id())).hasSize(3);
    }

    @Test
    void answersAreCheckedByThePsp1Rules() {
        assertThatThrownBy(() -> entry.save(response("jo@example.org", Map.of("fin_overall", "7",
                "top3", "financial work housing trauma"))))
                .hasMessageContaining("respondent: looks like an e-mail address")
                .hasMessageContaining("fin_overall: 7 is not on the 1–5 scale")
                .hasMessageContaining("top3: has 4 different choices; choose at most 3");
        assertThat(entry.respondentProblem("250-555-0199")).get().asString().startsWith("looks like a phone number");
        assertThat(entry.respondentProblem("MA03")).isEmpty();
        assertThat(entry.list(surrey.id(), march.id())).isEmpty();
    }

    @Test
    void anUpdateReplacesTheAnswersAndMayKeepItsOwnCode() {
        long id = entry.save(response("MA03", Map.of("fin_overall", "4")));
        long other = entry.save(response("ZZ12", Map.of("fin_overall", "1")));
        Response corrected = response("MA03", Map.of("fin_overall", "5", "qol", "2"));
        entry.update(id, corrected);
        assertThat(entry.list(surrey.id(), march.id())).extracting(StoredResponse::response)
                .containsExactly(corrected, response("ZZ12", Map.of("fin_overall", "1")));
        assertThatThrownBy(() -> entry.update(other, response("MA03", Map.of())))
                .hasMessageContaining("MA03 is already used in wave 2024-03");
    }

    @Test
    void aDeletedResponseIsGoneAndCannotBeDeletedTwice() {
        long id = entry.save(response("MA03", Map.of("fin_overall", "4")));
        entry.delete(id);
        assertThat(entry.list(surrey.id(), march.id())).isEmpty();
        assertThat(entry.respondentCodes(march.id())).isEmpty();
        assertThatThrownBy(() -> entry.delete(id)).hasMessageContaining("no longer stored");
    }

    @Test
    void everyChangeIsReportedToTheAuditHook() {
        java.util.List<Audit.ResponseChange> changes = new java.util.ArrayList<>();
        var database = Database.inMemory(UUID.randomUUID().toString());
        var waves = new org.peerpulse.storage.WaveRepository(database);
        var sites = new org.peerpulse.storage.SiteRepository(database);
        var audited = new EntryService(database, waves,
                new org.peerpulse.storage.ResponseRepository(database, Clock.systemUTC()), (tx, c) -> changes.add(c));
        Site site = sites.add("A", null, null, Setting.OTHER, false);
        Wave wave = waves.add("w", null, false);
        Response first = new Response(site.id(), wave.id(), null, null, null, Map.of("qol", "3"));
        Response second = new Response(site.id(), wave.id(), null, null, null, Map.of("qol", "4"));
        long id = audited.save(first);
        audited.update(id, second);
        audited.delete(id);
        assertThat(changes).containsExactly(
                new Audit.ResponseChange(Audit.Action.ENTERED, id, null, first),
                new Audit.ResponseChange(Audit.Action.CHANGED, id, first, second),
                new Audit.ResponseChange(Audit.Action.DELETED, id, second, null));
        database.close();
    }

    private Response response(String respondent, Map<String, String> answers) {
        return new Response(surrey.id(), march.id(), respondent, null, null, answers);
    }
}
