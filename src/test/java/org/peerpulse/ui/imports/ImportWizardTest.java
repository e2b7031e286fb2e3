package org.peerpulse.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerpulse.ui.ShownDialogs.waitUntil;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerpulse.io.ImportFormat;
import org.peerpulse.io.ImportProblem;
import org.peerpulse.service.AppContext;
import org.peerpulse.storage.Database;
import org.peerpulse.ui.FxTaskRunner;
import org.peerpulse.ui.Snapshots;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The import wizard on a demo program: a Kobo export goes in, a bad file is refused with every problem listed. */
class ImportWizardTest extends FxRobot {
    @TempDir
    Path folder;
    private AppContext context;
    private Database database;
    private FxTaskRunner runner;
    private ImportWizardModel model;
    private ImportWizard wizard;
    private int reloads;

    @BeforeEach
    void openTheWizard() throws Exception {
        FxToolkit.registerPrimaryStage();
        database = Database.open(folder.resolve("program"));
        context = new AppContext(database, Clock.systemUTC());
        context.demo().load(2019);
        runner = new FxTaskRunner();
        model = new ImportWizardModel(context, runner, () -> reloads++);
        interact(() -> wizard = ImportWizard.open(model, null));
    }

    @AfterEach
    void close() throws Exception {
        interact(() -> wizard.stage().close());
        runner.close();
        context.close();
        FxToolkit.cleanupStages();
    }

    @Test
    void aKoboExportIsReadAsItComesAndStored() {
        long before = responses();
        interact(() -> model.fileProperty().set(Path.of("src/test/resources/io/kobo/groups-semicolon.csv")));
        waitUntil(() -> lookup("#wizard-read-as").queryAs(Label.class).getText().contains("semicolon"));
        assertThat(lookup("#wizard-read-as").queryAs(Label.class).getText()).contains("UTF-8");
        assertThat(lookup("#wizard-preview .table-row-cell").queryAllAs(javafx.scene.control.TableRow.class).stream()
                .filter(row -> !row.isEmpty()).map(row -> row.getHeight()).toList())
                .as("a comment over two lines stays on one").hasSize(3).containsOnly(24.0);
        clickOn("#wizard-import");
        waitUntil(() -> lookup("#wizard-outcome").queryAs(Label.class).getText().contains("responses added"));
        assertThat(lookup("#wizard-outcome").queryAs(Label.class).getText()).contains("3 responses added");
        assertThat(responses()).isEqualTo(before + 3);
        assertThat(reloads).isEqualTo(1);
        javafx.scene.Node close = lookup("#wizard-close").query();
        assertThat(wizard.stage().getScene().getHeight() - close.localToScene(close.getBoundsInLocal()).getMaxY())
                .as("the buttons at the bottom of the window, not under the preview").isLessThan(20);
        Snapshots.write(this, wizard.stage().getScene(), "import-wizard");

        clickOn("#wizard-import"); // the same file again: every row is skipped, said once with the reason
        waitUntil(() -> lookup("#wizard-outcome").queryAs(Label.class).getText().contains("skipped:"));
        String when = "the same file was imported on \\d{4}-\\d{2}-\\d{2} at \\d{2}:\\d{2}";
        assertThat(lookup("#wizard-outcome").queryAs(Label.class).getText()).matches("groups-semicolon\\.csv:"
                + " no responses added, 3 skipped as duplicates\\. All 3 rows skipped: " + when + "\\.");
        assertThat(responses()).isEqualTo(before + 3);
    }

    @Test
    void aNewWaveWithoutADateIsSaidToComeAfterTheDatedOnes() throws IOException {
        Path spring = folder.resolve("spring.csv");
        java.nio.file.Files.writeString(spring, "site,wave,fin_overall\nVIC,2026 Spring,4\nVIC,2026 Spring,2\n");
        interact(() -> model.fileProperty().set(spring));
        waitUntil(() -> lookup("#wizard-read-as").queryAs(Label.class).getText().contains("UTF-8"));

        clickOn("#wizard-import");

        waitUntil(() -> lookup("#wizard-outcome").queryAs(Label.class).getText().contains("responses added"));
        assertThat(lookup("#wizard-outcome").queryAs(Label.class).getText()).contains("New waves: 2026 Spring. The wave"
                + " 2026 Spring has no date, so it comes after every dated wave: give it one in File \u203a Sites and"
                + " waves\u2026");
    }

    @Test
    void aTitleAboveTheHeadingsIsSaidOnChoosingTheFileWithTheHeadingsBelowIt() throws IOException {
        Path titled = folder.resolve("titled.csv");
        Files.writeString(titled, "Spring survey (all sites)\nsite,wave,fin_overall\nVIC,2024-03,4\n", StandardCharsets.UTF_8);
        interact(() -> model.fileProperty().set(titled));
        waitUntil(() -> lookup("#wizard-read-as").queryAs(Label.class).getText().contains("headings"));
        assertThat(lookup("#wizard-read-as").queryAs(Label.class).getText()).isEqualTo("titled.csv, row 1: holds one"
                + " value where the column headings should be, and the headings seem to be on row 2; delete the rows"
                + " above them and import the file again.");
        TableView<?> preview = lookup("#wizard-preview").queryAs(TableView.class);
        assertThat(preview.getColumns()).extracting(c -> c.getText()).containsExactly("site", "wave", "fin_overall");
        assertThat(preview.getItems()).hasSize(1);
        assertThat(lookup("#wizard-read-as").queryAs(Label.class).getStyleClass()).contains("form-problem");
        Snapshots.write(this, wizard.stage().getScene(), "import-wizard-title");
    }

    @Test
    void aBadFileIsRefusedWholeWithEveryProblemListedAndSavable() throws IOException {
        long before = responses();
        Path bad = folder.resolve("answers.csv");
        Files.writeString(bad, "site,wave,fin_overall,qol\nVIC,2024-03,7,3\nVIC,2024-03,4,=cmd\nAtlantis,2024-03,2,2\n",
                StandardCharsets.UTF_8);
        interact(() -> model.fileProperty().set(bad));
        clickOn("#wizard-import");
        waitUntil(() -> lookup("#wizard-outcome").queryAs(Label.class).getText().contains("was not imported"));
        TableView<?> problems = lookup("#wizard-problems").queryAs(TableView.class);
        assertThat(problems.getItems()).as("the cells' problems and the site the program lacks, all at once")
                .extracting(p -> ((ImportProblem) p).row() + " " + ((ImportProblem) p).column())
                .containsExactly("2 fin_overall", "3 qol", "4 site");
        assertThat(lookup("#wizard-outcome").queryAs(Label.class).getText()).contains("Fix the 3 problems below");
        assertThat(responses()).isEqualTo(before);
        assertThat(context.program().findWave("2024-03")).isEmpty();
        Label outcome = lookup("#wizard-outcome").queryAs(Label.class);
        assertThat(((javafx.scene.text.Text) outcome.lookup(".text")).getText()).as("the whole sentence, not cut off")
                .isEqualTo(outcome.getText());
        javafx.scene.text.Text formula = lookup(".wrapping-text").queryAllAs(javafx.scene.text.Text.class).stream()
                .filter(text -> text.getText() != null && text.getText().startsWith("\"=cmd\" is a formula")).findFirst()
                .orElseThrow();
        assertThat(formula.getText()).endsWith("import it again)");
        assertThat(formula.getParent().getLayoutBounds().getHeight()).as("the long problem's row holds all its lines")
                .isGreaterThanOrEqualTo(formula.getLayoutBounds().getHeight())
                .isGreaterThan(2 * formula.getFont().getSize());
        Snapshots.write(this, wizard.stage().getScene(), "import-wizard-problems");

        Path saved = folder.resolve("problems.csv");
        @SuppressWarnings("unchecked")
        List<ImportProblem> listed = (List<ImportProblem>) problems.getItems();
        ImportWizard.writeProblems(saved, listed);
        try (CSVParser csv = CSVParser.parse(saved, StandardCharsets.UTF_8,
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            List<CSVRecord> records = csv.getRecords();
            assertThat(records).hasSize(listed.size());
            assertThat(records.get(0).get("problem")).isEqualTo(listed.get(0).message());
            assertThat(records).noneMatch(r -> r.get("value").startsWith("="));
        }
    }

    @Test
    void anotherToolsFileShowsItsColumnsToMap() {
        interact(() -> {
            model.formatProperty().set(ImportFormat.MAPPED);
            model.fileProperty().set(Path.of("src/test/resources/io/mapped/google-forms-labels.csv"));
        });
        waitUntil(() -> lookup("#wizard-mapping").queryAs(TableView.class).getItems().size() == 8);
        assertThat(model.mapping()).extracting(MappingRow::heading).contains("Your name", "Survey round");
        assertThat(row("Your name").targetProperty().get()).isEqualTo("ignore");
        interact(() -> {
            row("Timestamp").targetProperty().set("ignore");
            row("Which site do you work at?").targetProperty().set("site");
            row("Survey round").targetProperty().set("wave");
            row("Your financial situation").targetProperty().set("fin_overall");
            row("Your quality of life").targetProperty().set("qol");
            row("Which of these are your top three stressors right now?").targetProperty().set("top3");
            row("Anything else?").targetProperty().set("comment");
            model.createSitesProperty().set(true);
        });
        chooseCodes("Your financial situation", java.util.Map.of("Very stressful", "4", "Not at all stressful", "1"));
        chooseCodes("Your quality of life", java.util.Map.of("Good", "4", "Very poor", "1"));
        chooseCodes("Which of these are your top three stressors right now?", java.util.Map.of(
                "Financial insecurity", "financial", "Caring for others", "caring", "Housing challenges", "housing"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#wizard-mapping .table-cell").queryAll()).extracting(cell -> ((Labeled) cell).getText())
                .as("each target says what it asks, beside its PSP-1 code")
                .contains("fin_overall \u2014 Your financial situation", "site \u2014 Site (its name or code)",
                        "ignore \u2014 not imported", "top3 \u2014 Top three stressors right now");
        Snapshots.write(this, wizard.stage().getScene(), "import-wizard-mapping");
        clickOn("#wizard-import");
        waitUntil(() -> lookup("#wizard-outcome").queryAs(Label.class).getText().contains("responses added"));
        assertThat(lookup("#wizard-outcome").queryAs(Label.class).getText()).contains("2 responses added")
                .contains("Kamloops");
        var kamloops = context.program().findSite("Kamloops").orElseThrow();
        var stored = new org.peerpulse.storage.ResponseRepository(database, Clock.systemUTC())
                .find(java.util.Set.of(kamloops.id()), java.util.Set.of());
        assertThat(stored).singleElement().satisfies(r -> {
            assertThat(r.answers()).containsEntry("fin_overall", "1").containsEntry("qol", "1")
                    .containsEntry("comment", "Thanks, more training please").doesNotContainKey("top3");
            assertThat(r.answers().values()).noneMatch(v -> v.contains("Tremblay"));
        });
        interact(() -> model.mappingNameProperty().set("Google Forms 2020"));
        interact(model::saveMapping);
        waitUntil(() -> model.savedMappings().contains("Google Forms 2020"));
        assertThat(context.mappings().load("Google Forms 2020").orElseThrow().valueCode("qol", "Very poor")).isEqualTo("1");
    }

    private MappingRow row(String heading) {
        return model.mapping().stream().filter(r -> r.heading().equals(heading)).findFirst().orElseThrow();
    }

    private void chooseCodes(String heading, java.util.Map<String, String> codes) {
        interact(() -> model.showLabels(row(heading)));
        waitUntil(() -> model.labels().size() == codes.size());
        interact(() -> model.labels().forEach(label -> label.codeProperty().set(codes.get(label.label()))));
    }

    private long responses() {
        return context.program().wavesWithCounts().stream().mapToLong(w -> w.responses()).sum();
    }

}
