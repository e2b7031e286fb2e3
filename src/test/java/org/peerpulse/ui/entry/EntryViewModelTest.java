package org.peerpulse.ui.entry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerpulse.domain.Response;
import org.peerpulse.domain.Setting;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.StoredResponse;
import org.peerpulse.domain.Wave;
import org.peerpulse.service.AppContext;
import org.peerpulse.storage.Database;
import org.peerpulse.ui.TaskRunner;

/** The entry form's state, driven without a window: work runs on the test's thread. */
class EntryViewModelTest {
    private final AppContext context = new AppContext(Database.inMemory(UUID.randomUUID().toString()),
            Clock.systemUTC());
    private final AtomicInteger changes = new AtomicInteger();
    private final EntryViewModel model = new EntryViewModel(context, TaskRunner.direct(), changes::incrementAndGet);
    private Site surrey;
    private Wave march;

    @BeforeEach
    void program() {
        surrey = context.program().addSite("Surrey", "SUR", null, Setting.OVERDOSE_PREVENTION);
        context.program().addSite("Victoria", "VIC", null, Setting.OUTREACH);
        march = context.program().addWave("2024-03", null);
        model.load();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void withoutSiteWaveOrAnswersNothingCanBeSaved() {
        assertThat(model.sites()).extracting(Site::name).containsExactly("Surrey", "Victoria");
        model.form().single("fin_overall").set("4");
        assertThat(model.canSaveProperty().get()).isFalse();
        assertThat(model.selectionProblemProperty().get()).isEqualTo("Choose the site of these paper forms");
        model.siteProperty().set(surrey);
        assertThat(model.selectionProblemProperty().get()).isEqualTo("Choose the wave of these paper forms");
        model.waveProperty().set(march);
        assertThat(model.canSaveProperty().get()).isTrue();
        model.form().single("fin_overall").set(null);
        assertThat(model.canSaveProperty().get()).isFalse();
        assertThat(model.answersProblemProperty().get()).isEqualTo("Nothing answered yet.");
        model.save();
        assertThat(context.entry().list(surrey.id(), march.id())).isEmpty();
    }

    @Test
    void contactDetailsAndBadDatesAreRefusedInline() {
        choose();
        model.form().single("qol").set("3");
        model.form().respondentProperty().set("jo@example.org");
        assertThat(model.respondentProblemProperty().get()).startsWith("Looks like an e-mail address");
        assertThat(model.canSaveProperty().get()).isFalse();
        model.form().respondentProperty().set("(250) 555-0199");
        assertThat(model.respondentProblemProperty().get()).startsWith("Looks like a phone number");
        model.form().respondentProperty().set("MA03");
        assertThat(model.respondentProblemProperty().get()).isEmpty();
        model.form().submittedProperty().set("15/03/2024");
        assertThat(model.submittedProblemProperty().get()).contains("is not an ISO date");
        assertThat(model.canSaveProperty().get()).isFalse();
        model.form().submittedProperty().set("2024-03-15");
        assertThat(model.canSaveProperty().get()).isTrue();
    }

    @Test
    void savingKeepsSiteAndWaveClearsTheAnswersAndCounts() {
        choose();
        model.form().respondentProperty().set("MA03");
        model.form().single("fin_overall").set("5");
        model.form().choose("housing");
        model.form().choose("financial");
        model.form().commentProperty().set("  Rent went up.  ");
        model.save();
        assertThat(context.entry().list(surrey.id(), march.id())).extracting(StoredResponse::response)
                .containsExactly(new Response(surrey.id(), march.id(), "MA03", null, null,
                        Map.of("fin_overall", "5", "top3", "financial housing", "comment", "Rent went up.")));
        assertThat(model.siteProperty().get()).isEqualTo(surrey);
        assertThat(model.waveProperty().get()).isEqualTo(march);
        assertThat(model.form().answers()).isEmpty();
        assertThat(model.form().respondentProperty().get()).isEmpty();
        assertThat(model.counterProperty().get()).isEqualTo("1 response entered for Surrey, 2024-03 in this session");
        assertThat(model.statusProperty().get()).isEqualTo("Saved the response of MA03.");
        assertThat(model.savedProperty().get()).isEqualTo(1);
        assertThat(changes).hasValue(1);

        model.form().single("fin_overall").set("2");
        model.save();
        assertThat(model.counterProperty().get()).isEqualTo("2 responses entered for Surrey, 2024-03 in this session");
        model.siteProperty().set(model.sites().get(1));
        assertThat(model.counterProperty().get()).isEqualTo("No responses entered for Victoria, 2024-03 in this session");
    }

    @Test
    void aRespondentCodeAlreadyInTheWaveIsRefusedInlineExceptForTheResponseBeingEdited() {
        choose();
        model.form().respondentProperty().set("MA03");
        model.form().single("fin_overall").set("5");
        model.save();
        model.form().respondentProperty().set("ma03");
        model.form().single("fin_overall").set("1");
        assertThat(model.respondentProblemProperty().get()).startsWith("This code is already used in this wave");
        assertThat(model.canSaveProperty().get()).isFalse();

        StoredResponse stored = context.entry().list(surrey.id(), march.id()).get(0);
        model.edit(stored);
        assertThat(model.form().respondentProperty().get()).isEqualTo("MA03");
        assertThat(model.form().single("fin_overall").get()).isEqualTo("5");
        assertThat(model.respondentProblemProperty().get()).isEmpty();
        model.form().single("fin_overall").set("3");
        model.save();
        assertThat(context.entry().list(surrey.id(), march.id())).singleElement()
                .satisfies(r -> assertThat(r.response().answer("fin_overall")).contains("3"));
        assertThat(model.editingProperty().get()).isNull();
        assertThat(model.statusProperty().get()).isEqualTo("Saved the changes.");
        assertThat(model.counterProperty().get()).startsWith("1 response entered");
    }

    @Test
    void aFourthTopThreeChoiceIsRefusedWithAMessage() {
        assertThat(model.form().choose("financial")).isTrue();
        assertThat(model.form().choose("work")).isTrue();
        assertThat(model.form().choose("housing")).isTrue();
        assertThat(model.form().choose("caring")).isFalse();
        assertThat(model.form().top3ProblemProperty().get()).isEqualTo("At most 3 choices: untick one first.");
        assertThat(model.form().top3()).containsExactlyInAnyOrder("financial", "work", "housing");
        model.form().unchoose("work");
        assertThat(model.form().top3ProblemProperty().get()).isEmpty();
        assertThat(model.form().choose("caring")).isTrue();
        assertThat(model.form().answers()).containsEntry("top3", "financial housing caring");
    }

    @Test
    void aRefusalByTheServiceIsShownAndTheFormKept() {
        choose();
        model.form().respondentProperty().set("ZZ01");
        model.form().single("qol").set("2");
        context.entry().save(new Response(surrey.id(), march.id(), "ZZ01", null, null, Map.of("qol", "1")));
        model.save(); // the code was taken by someone else after the form checked it
        assertThat(model.statusProperty().get()).startsWith("Not saved: The respondent code ZZ01 is already used");
        assertThat(model.form().single("qol").get()).isEqualTo("2");
        assertThat(model.busyProperty().get()).isFalse();
    }

    private void choose() {
        model.siteProperty().set(surrey);
        model.waveProperty().set(march);
    }
}
