package org.peerpulse.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerpulse.io.ImportFormat;
import org.peerpulse.service.AppContext;
import org.peerpulse.storage.Database;
import org.peerpulse.storage.ResponseRepository;
import org.peerpulse.ui.TaskRunner;

/** The wizard's state without a window: a KoboToolbox "labels" export maps back by the wording PeerPulse wrote. */
class ImportWizardModelTest {
    private final Database database = Database.inMemory(UUID.randomUUID().toString());
    private final AppContext context = new AppContext(database, Clock.systemUTC());
    private final ImportWizardModel model = new ImportWizardModel(context, TaskRunner.direct(), () -> { });

    @TempDir
    Path folder;

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void aLabelsExportIsMappedByThePsp1WordingAndImports() throws IOException {
        context.demo().load(2019);
        Path file = folder.resolve("kobo-labels.csv");
        Files.writeString(file, String.join("\n",
                "\"Which site do you work at?\";\"Which survey round is this?\";\"Your financial situation\";"
                        + "\"Your housing right now\";\"Which of these are your top three stressors right now? (choose up to three)\"",
                "\"Victoria Outreach\";\"2024-03\";\"Very\";\"Unstable\";\"Financial insecurity Housing challenges\"",
                "\"SUR\";\"2024-03\";\"Not at all\";\"Stable\";\"\""), StandardCharsets.UTF_8);
        model.formatProperty().set(ImportFormat.MAPPED);
        model.fileProperty().set(file);
        assertThat(model.mapping()).extracting(r -> r.targetProperty().get())
                .containsExactly("site", "wave", "fin_overall", "housing_status", "top3");
        model.start();
        assertThat(model.reportProperty().get().problems()).isEmpty();
        assertThat(model.reportProperty().get().added()).isEqualTo(2);
        var victoria = context.program().findSite("VIC").orElseThrow();
        var wave = context.program().findWave("2024-03").orElseThrow();
        var stored = new ResponseRepository(database, Clock.systemUTC()).find(Set.of(victoria.id()), Set.of(wave.id()));
        assertThat(stored).singleElement().satisfies(r -> assertThat(r.answers())
                .containsEntry("fin_overall", "4").containsEntry("housing_status", "unstable")
                .containsEntry("top3", "financial housing"));
    }

    @Test
    void anImportStoppedByTheProgramNotTheFileSaysWhyAndStoresNothing() throws IOException {
        Path program = folder.resolve("program.mv.db");
        Files.writeString(folder.resolve("program.backups"), "a file where the backups folder goes");
        Path file = folder.resolve("wave.csv");
        Files.writeString(file, "site,wave,fin_overall\nVIC,2024-03,5\n", StandardCharsets.UTF_8);
        try (AppContext onFile = AppContext.open(program)) {
            ImportWizardModel wizard = new ImportWizardModel(onFile, TaskRunner.direct(), () -> { });
            wizard.fileProperty().set(file);
            wizard.start();

            assertThat(wizard.reportProperty().get()).isNull();
            assertThat(wizard.failureProperty().get())
                    .startsWith("wave.csv was not imported: nothing was stored. ")
                    .endsWith("program.backups is a file where a folder should be; move or rename it, or choose"
                            + " another folder.");
            assertThat(onFile.program().waves()).isEmpty();
        }
    }

    @Test
    void aMappingThatIsNotSavedSaysSo() {
        model.useSavedMapping("Kobo 2023");

        assertThat(model.failureProperty().get())
                .isEqualTo("The mapping Kobo 2023 could not be loaded. It is not saved in this program.");
    }
}
