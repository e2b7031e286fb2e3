package org.peerpulse.ui.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerpulse.domain.Response;
import org.peerpulse.domain.Setting;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.Wave;
import org.peerpulse.service.AppContext;
import org.peerpulse.service.ProgramService.SiteEntry;
import org.peerpulse.service.ProgramService.WaveEntry;
import org.peerpulse.storage.Database;
import org.peerpulse.storage.ResponseRepository;
import org.peerpulse.storage.Transaction;
import org.peerpulse.ui.TaskRunner;

/** The sites-and-waves state, driven without a window: work runs on the test's thread. */
class ProgramViewModelTest {
    private final Database database = Database.inMemory(UUID.randomUUID().toString());
    private final AppContext context = new AppContext(database, Clock.systemUTC());
    private final AtomicInteger changes = new AtomicInteger();
    private final ProgramViewModel model = new ProgramViewModel(context, TaskRunner.direct(), changes::incrementAndGet);

    @BeforeEach
    void demo() {
        context.demo().load(2019);
        model.load();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void loadShowsEverySiteAndWaveWithItsResponses() {
        assertThat(model.sites()).hasSize(4).allSatisfy(e -> assertThat(e.responses()).isPositive());
        assertThat(model.waves()).hasSize(8);
        assertThat(model.waves().get(0).wave().label()).isEqualTo("2019-09");
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(changes).hasValue(0);
    }

    @Test
    void aSiteNamedLikeAnotherCannotBeSavedAndSaysWhy() {
        SiteForm form = model.newSite();
        assertThat(form.validProperty().get()).isFalse();
        assertThat(form.problemProperty().get()).isEmpty();
        form.nameProperty().set("surrey overdose-prevention site");
        assertThat(form.validProperty().get()).isFalse();
        assertThat(form.problemProperty().get()).startsWith("There is already a site called Surrey Overdose");
        form.nameProperty().set("Kamloops Outreach");
        form.codeProperty().set("pg");
        assertThat(form.problemProperty().get()).isEqualTo(
                "The code pg is already used by the site Prince George Drop-in (PG).");
        model.save(form);
        assertThat(model.sites()).hasSize(4);
        form.codeProperty().set("KAM");
        form.settingProperty().set(Setting.OUTREACH);
        assertThat(form.validProperty().get()).isTrue();
        model.save(form);
        assertThat(model.sites()).hasSize(5).anySatisfy(e -> assertThat(e.site().name()).isEqualTo("Kamloops Outreach"));
        assertThat(model.statusProperty().get()).isEqualTo("Saved the site Kamloops Outreach.");
        assertThat(changes).hasValue(1);
    }

    @Test
    void editingASiteKeepsItsOwnNameValidAndItsResponses() {
        SiteEntry pg = entry("PG");
        SiteForm form = model.editSite(pg);
        assertThat(form.validProperty().get()).isTrue();
        form.nameProperty().set("Prince George Drop-in Centre");
        form.regionProperty().set("");
        model.save(form);
        SiteEntry renamed = entry("PG");
        assertThat(renamed.site().name()).isEqualTo("Prince George Drop-in Centre");
        assertThat(renamed.site().region()).isNull();
        assertThat(renamed.responses()).isEqualTo(pg.responses());
    }

    @Test
    void archiveAndUnarchive() {
        model.setArchived(entry("PG"), true);
        assertThat(entry("PG").site().archived()).isTrue();
        assertThat(context.program().findSite("PG").orElseThrow().archived()).isTrue();
        model.setArchived(entry("PG"), false);
        assertThat(entry("PG").site().archived()).isFalse();
        assertThat(changes).hasValue(2);
    }

    @Test
    void mergeMovesTheResponsesIntoTheKeptSite() {
        SiteEntry pg = entry("PG");
        SiteEntry surrey = entry("SUR");
        assertThat(model.mergeTargets(pg)).hasSize(3).doesNotContain(pg.site());
        model.merge(pg, surrey.site());
        assertThat(model.sites()).hasSize(3);
        assertThat(entry("SUR").responses()).isEqualTo(surrey.responses() + pg.responses());
        assertThat(model.statusProperty().get()).isEqualTo("Merged Prince George Drop-in into "
                + surrey.site().name() + ": " + pg.responses() + " responses moved.");
        assertThat(model.errorProperty().get()).isNull();
    }

    @Test
    void aRefusedMergeShowsOneSentencePerConflictAndChangesNothing() {
        Site a = context.program().addSite("Nanaimo", null, null, Setting.OTHER);
        Site b = context.program().addSite("Nanaimo Outreach", null, null, Setting.OTHER);
        Wave wave = context.program().addWave("2024-03", null);
        try (Transaction tx = database.begin()) {
            new ResponseRepository(database, Clock.systemUTC()).insertAll(tx, List.of(
                    new Response(a.id(), wave.id(), "n1", null, null, Map.of("qol", "3")),
                    new Response(b.id(), wave.id(), "N1", null, null, Map.of("qol", "4"))));
            tx.commit();
        }
        model.load();
        model.merge(model.sites().stream().filter(e -> e.site().equals(a)).findFirst().orElseThrow(), b);
        assertThat(model.errorProperty().get()).isEqualTo("Nanaimo was not merged into Nanaimo Outreach, and nothing"
                + " was changed: one respondent code appears in the same wave at both sites.\nRespondent n1 answered"
                + " wave 2024-03 at both Nanaimo and Nanaimo Outreach (written N1 there), so the two answers cannot"
                + " be told apart.");
        assertThat(model.sites()).hasSize(6);
    }

    @Test
    void wavesAreRelabelledAndRedatedButNotGivenAnotherWavesLabel() {
        WaveEntry first = model.waves().get(0);
        WaveForm form = model.editWave(first);
        form.labelProperty().set("2020 03");
        assertThat(form.validProperty().get()).isFalse();
        assertThat(form.problemProperty().get()).isEqualTo("There is already a wave labelled 2020-03.");
        form.labelProperty().set("Autumn 2019");
        form.dateProperty().set(LocalDate.of(2019, 10, 1));
        model.save(form);
        WaveEntry changed = model.waves().get(0);
        assertThat(changed.wave().label()).isEqualTo("Autumn 2019");
        assertThat(changed.wave().date()).isEqualTo(LocalDate.of(2019, 10, 1));
        assertThat(changed.responses()).isEqualTo(first.responses());
        WaveForm added = model.newWave();
        added.labelProperty().set("2024-03");
        model.save(added);
        assertThat(model.waves()).hasSize(9);
    }

    private SiteEntry entry(String code) {
        return model.sites().stream().filter(e -> code.equals(e.site().code())).findFirst().orElseThrow();
    }
}
