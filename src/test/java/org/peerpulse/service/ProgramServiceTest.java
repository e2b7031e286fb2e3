package org.peerpulse.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peerpulse.domain.Response;
import org.peerpulse.domain.Setting;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.Wave;
import org.peerpulse.storage.Database;
import org.peerpulse.storage.ResponseRepository;
import org.peerpulse.storage.Transaction;

/** Editing the program: validation sentences, archive, merge results, wave edits. */
class ProgramServiceTest {
    private final Database database = Database.inMemory(UUID.randomUUID().toString());
    private final AppContext context = new AppContext(database, Clock.systemUTC());
    private final ProgramService program = context.program();

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void updateSiteRefusesNamesAndCodesOfOtherSitesButNotItsOwn() {
        Site vic = program.addSite("Victoria Outreach", "VIC", "Island", Setting.OUTREACH);
        Site sur = program.addSite("Surrey", "SUR", null, Setting.HOUSING);
        assertThat(program.updateSite(vic.id(), "victoria outreach", "vic", null, Setting.DROP_IN))
                .isEqualTo(new Site(vic.id(), "victoria outreach", "vic", null, Setting.DROP_IN, false, false));
        assertThatThrownBy(() -> program.updateSite(sur.id(), "Victoria-Outreach", "SUR", null, Setting.OTHER))
                .hasMessage("There is already a site called victoria outreach (vic).");
        assertThatThrownBy(() -> program.updateSite(sur.id(), "Surrey", "VIC", null, Setting.OTHER))
                .hasMessage("The code VIC is already used by the site victoria outreach (vic).");
        assertThatThrownBy(() -> program.updateSite(sur.id(), "SUR ", "VIC", null, Setting.OTHER))
                .hasMessage("The code VIC is already used by the site victoria outreach (vic).");
        assertThatThrownBy(() -> program.updateSite(sur.id(), " ", null, null, Setting.OTHER))
                .hasMessage("A site needs a name.");
        assertThatThrownBy(() -> program.addSite("New", "victoria_outreach", null, Setting.OTHER))
                .hasMessageStartingWith("The code victoria_outreach is already used");
    }

    @Test
    void archivingKeepsTheSiteListedAndMarked() {
        Site vic = program.addSite("Victoria Outreach", "VIC", null, Setting.OUTREACH);
        assertThat(program.archiveSite(vic.id(), true).archived()).isTrue();
        assertThat(program.sites()).singleElement().satisfies(s -> assertThat(s.archived()).isTrue());
        assertThat(program.activeSites()).isEmpty();
        assertThat(program.archiveSite(vic.id(), false).archived()).isFalse();
    }

    @Test
    void mergeReportsMovedCountsOrConflictsInOneSentenceEach() {
        Site a = program.addSite("Nanaimo", null, null, Setting.OTHER);
        Site b = program.addSite("Nanaimo Outreach", "NAN", null, Setting.OUTREACH);
        Wave wave = program.addWave("2024-03", null);
        insert(new Response(a.id(), wave.id(), "ab1", null, null, Map.of("fin_overall", "4")),
                new Response(a.id(), wave.id(), "ab7", null, null, Map.of("fin_overall", "4")),
                new Response(b.id(), wave.id(), "AB1", null, null, Map.of("fin_overall", "2")));
        MergeResult refused = program.mergeSites(a.id(), b.id());
        assertThat(refused.merged()).isFalse();
        assertThat(refused.sentences()).containsExactly("Respondent ab1 answered wave 2024-03 at both Nanaimo and"
                + " Nanaimo Outreach (written AB1 there), so the two answers cannot be told apart.");
        assertThat(program.sitesWithCounts()).extracting(ProgramService.SiteEntry::responses).containsExactly(2L, 1L);

        Site c = program.addSite("Nanaimo Outreach Team", null, null, Setting.OTHER);
        insert(new Response(c.id(), wave.id(), "C1", null, null, Map.of("fin_overall", "4")));
        MergeResult merged = program.mergeSites(c.id(), b.id());
        assertThat(merged.merged()).isTrue();
        assertThat(merged.moved()).isEqualTo(1);
        assertThat(program.sites()).extracting(Site::name).containsExactly("Nanaimo", "Nanaimo Outreach");
        assertThatThrownBy(() -> program.mergeSites(a.id(), a.id())).hasMessage("A site cannot be merged into itself.");
        assertThatThrownBy(() -> program.mergeSites(c.id(), a.id())).hasMessage("That site no longer exists.");
    }

    @Test
    void updateWaveKeepsResponsesAndRefusesALabelMatchingAnotherWave() {
        Site a = program.addSite("A", null, null, Setting.OTHER);
        Wave spring = program.addWave("Spring 2024", null);
        program.addWave("2024-09", LocalDate.of(2024, 9, 1));
        insert(new Response(a.id(), spring.id(), "X", null, null, Map.of("qol", "3")));
        Wave changed = program.updateWave(spring.id(), "2024-03", LocalDate.of(2024, 3, 15));
        assertThat(program.wavesWithCounts()).first().isEqualTo(new ProgramService.WaveEntry(changed, 1));
        assertThatThrownBy(() -> program.updateWave(spring.id(), "2024 09", null))
                .hasMessage("There is already a wave labelled 2024-09.");
        assertThatThrownBy(() -> program.addWave("2024/03", null))
                .hasMessage("There is already a wave labelled 2024-03.");
        assertThatThrownBy(() -> program.updateWave(spring.id(), "", null)).hasMessage("A wave needs a label.");
    }

    private void insert(Response... responses) {
        try (Transaction tx = database.begin()) {
            new ResponseRepository(database, Clock.systemUTC()).insertAll(tx, List.of(responses));
            tx.commit();
        }
    }
}
