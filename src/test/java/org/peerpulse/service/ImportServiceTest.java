package org.peerpulse.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerpulse.domain.Response;
import org.peerpulse.domain.Setting;
import org.peerpulse.domain.Wave;
import org.peerpulse.io.ImportProblem;
import org.peerpulse.io.Progress;
import org.peerpulse.storage.Database;
import org.peerpulse.storage.ResponseRepository;

class ImportServiceTest {
    private final Database database = Database.inMemory(UUID.randomUUID().toString());
    private final AppContext context = new AppContext(database,
            Clock.fixed(Instant.parse("2024-05-01T09:00:00Z"), ZoneOffset.UTC));

    @TempDir
    Path folder;

    @AfterEach
    void close() {
        context.close();
    }

    private Path file(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private List<Response> responses() {
        return new ResponseRepository(database, Clock.systemUTC()).find(Set.of(), Set.of());
    }

    @Test
    void importsAValidFileMatchingSitesByNameOrCodeIgnoringCaseAndPunctuation() throws IOException {
        context.program().addSite("Prince George Drop-in", "PG", "Northern", Setting.DROP_IN);
        context.program().addSite("Victoria Outreach", "VIC", "Island", Setting.OUTREACH);
        Path csv = file("wave.csv", "site,wave,respondent,fin_overall,top3\r\n"
                + "prince_george_dropin,2020-03,AB01,5,financial housing\r\n"
                + "vic,2020-03,AB02,2,\r\n");
        ImportReport report = context.imports().importFile(csv, ImportOptions.DEFAULT, Progress.NONE);
        assertThat(report.problems()).isEmpty();
        assertThat(report.added()).isEqualTo(2);
        assertThat(report.createdWaves()).containsExactly("2020-03");
        assertThat(context.program().waves()).extracting(Wave::label, Wave::date)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2020-03", java.time.LocalDate.of(2020, 3, 1)));
        assertThat(responses()).extracting(r -> r.answers().get("fin_overall")).containsExactlyInAnyOrder("5", "2");
    }

    @Test
    void aFileWithoutASiteColumnIsRefusedInOneSentenceNotOnePerRow() throws IOException {
        context.program().addSite("Victoria Outreach", "VIC", null, Setting.OUTREACH);
        Path csv = file("wave.csv", "wave,fin_overall\n" + "2020-03,4\n".repeat(30));
        for (boolean createSites : new boolean[] {false, true}) {
            ImportReport report = context.imports().importFile(csv,
                    new ImportOptions(org.peerpulse.io.ImportFormat.AUTO, null, createSites, null), Progress.NONE);
            assertThat(report.stored()).isFalse();
            assertThat(report.problems()).extracting(ImportProblem::sentence).containsExactly(
                    "wave.csv, row 1: there is no site column; add one that names each response's site.");
        }
        assertThat(responses()).isEmpty();
        assertThat(context.program().sites()).hasSize(1);
    }

    @Test
    void reimportingTheSameResponsesAddsNone() throws IOException {
        context.program().addSite("Victoria Outreach", "VIC", null, Setting.OUTREACH);
        Path csv = file("wave.csv", "site,wave,respondent,fin_overall\nVIC,2020-03,AB01,5\nVIC,2020-03,ab01,4\nVIC,2020-03,,3\n");
        ImportReport first = context.imports().importFile(csv, ImportOptions.DEFAULT, Progress.NONE);
        assertThat(first.added()).isEqualTo(2);
        assertThat(first.duplicates()).isEqualTo(1);
        assertThat(first.skipped()).containsExactly(new ImportReport.Skipped(3,
                "respondent ab01 answered wave 2020-03 in row 2 too",
                "the same respondent code and wave as an earlier row"));
        // the same rows in another file: the row without a respondent code cannot be recognised
        Path copy = file("wave-copy.csv", Files.readString(csv) + "VIC,2020-03,AB02,1\n");
        ImportReport again = context.imports().importFile(copy, ImportOptions.DEFAULT, Progress.NONE);
        assertThat(again.stored()).isTrue();
        assertThat(again.added()).isEqualTo(2);
        assertThat(again.duplicates()).isEqualTo(2);
    }

    @Test
    void skippedRowsOfOneReasonAreSaidTogetherAsRunsOfRows() {
        ImportReport report = new ImportReport("a.csv", 1, 5, 0, List.of(new ImportReport.Skipped(2, "x"),
                new ImportReport.Skipped(3, "x"), new ImportReport.Skipped(5, "y"), new ImportReport.Skipped(7, "x"),
                new ImportReport.Skipped(8, "x")), List.of(), List.of(), List.of(), false, null, null, null);

        assertThat(report.skippedTogether()).extracting(ImportReport.SkippedRows::rowsText, ImportReport.SkippedRows::why)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2–3, 7–8", "x"),
                        org.assertj.core.groups.Tuple.tuple("5", "y"));
        assertThat(report.skippedTogether()).extracting(ImportReport.SkippedRows::notListed).containsOnly(0);
        assertThat(new ImportReport.SkippedRows(List.of(5, 3, 4), "x", 3, false).rowsText()).isEqualTo("3–5");
    }

    @Test
    void everyRowSkippedIsCountedUnderItsReasonPastTheRowsListed() throws IOException {
        context.program().addSite("Victoria Outreach", "VIC", null, Setting.OUTREACH);
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 693; i++) {
            rows.append("VIC,2020-03,R").append(i).append(',').append(1 + i % 5).append('\n');
        }
        Path csv = file("wave.csv", "site,wave,respondent,fin_overall\n" + rows);
        assertThat(context.imports().importFile(csv, ImportOptions.DEFAULT, Progress.NONE).added()).isEqualTo(693);

        // the same rows in other bytes (re-saved with CRLF): each row a repeat of a response stored before
        Path resaved = file("wave-resaved.csv", Files.readString(csv).replace("\n", "\r\n"));
        ImportReport again = context.imports().importFile(resaved, ImportOptions.DEFAULT, Progress.NONE);

        assertThat(again.duplicates()).isEqualTo(693);
        assertThat(again.skipped()).hasSize(ImportReport.SKIPPED_LISTED);
        List<ImportReport.SkippedRows> together = again.skippedTogether();
        assertThat(together).extracting(ImportReport.SkippedRows::why, ImportReport.SkippedRows::count,
                ImportReport.SkippedRows::notListed, ImportReport.SkippedRows::wholeFile)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "already imported (the same respondent code and wave)", 693, 593, true));

        // rows skipped for two reasons, the second past the hundred rows listed: both counted, neither the whole file
        Path mixed = file("mixed.csv", "site,wave,respondent,fin_overall\n" + "VIC,2020-09,,\n".repeat(120)
                + "VIC,2020-09,N1,4\n" + rows);
        ImportReport both = context.imports().importFile(mixed, ImportOptions.DEFAULT, Progress.NONE);
        assertThat(both.added()).isEqualTo(1);
        assertThat(both.skippedTogether()).extracting(ImportReport.SkippedRows::why, ImportReport.SkippedRows::count,
                ImportReport.SkippedRows::rowsText, ImportReport.SkippedRows::wholeFile)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("no answers", 120, "2–101", false),
                        org.assertj.core.groups.Tuple.tuple("already imported (the same respondent code and wave)",
                                693, "", false));
    }

    @Test
    void theSameFileImportedAgainAddsNothingEvenWithoutRespondentCodes() throws IOException {
        context.program().addSite("Victoria Outreach", "VIC", null, Setting.OUTREACH);
        Path csv = file("nightly.csv", "site,wave,fin_overall\nVIC,2020-03,5\nVIC,2020-03,4\nVIC,2020-03,3\n");
        assertThat(context.imports().importFile(csv, ImportOptions.DEFAULT, Progress.NONE).added()).isEqualTo(3);

        ImportReport again = context.imports().importFile(csv, ImportOptions.DEFAULT, Progress.NONE);

        assertThat(again.stored()).isTrue();
        assertThat(again.added()).isZero();
        assertThat(again.duplicates()).isEqualTo(3);
        assertThat(again.skipped()).extracting(ImportReport.Skipped::row).containsExactly(2, 3, 4);
        assertThat(again.skipped().get(0).why()).isEqualTo("the same file was imported on 2024-05-01 at 09:00");
        assertThat(again.skippedTogether()).as("said once for the three rows")
                .extracting(ImportReport.SkippedRows::rowsText, ImportReport.SkippedRows::why)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2–4", "the same file was imported on 2024-05-01 at 09:00"));
        Path renamed = file("nightly-copy.csv", Files.readString(csv));
        assertThat(context.imports().importFile(renamed, ImportOptions.DEFAULT, Progress.NONE).skipped().get(0).why())
                .isEqualTo("the same file, as nightly.csv, was imported on 2024-05-01 at 09:00");
        assertThat(responses()).hasSize(3);

        // the same template for another wave is another import
        Path template = file("template.csv", "site,fin_overall\nVIC,5\n");
        for (String wave : new String[] {"2020-09", "2021-03"}) {
            assertThat(context.imports().importFile(template, new ImportOptions(org.peerpulse.io.ImportFormat.AUTO,
                    wave, false, null), Progress.NONE).added()).as(wave).isEqualTo(1);
        }
        assertThat(context.imports().importFile(template, new ImportOptions(org.peerpulse.io.ImportFormat.AUTO,
                "2021_03", false, null), Progress.NONE).duplicates()).as("2021_03 is the wave 2021-03").isEqualTo(1);
        assertThat(context.imports().importFile(csv, new ImportOptions(org.peerpulse.io.ImportFormat.PEERPULSE,
                null, false, null), Progress.NONE).duplicates()).as("read as named, not recognised: the same answers")
                .isEqualTo(3);

        // a mapping saved again under another name reads the same answers; another column's reading does not
        Path forms = file("forms.csv", "Site,Money\nVIC,Hard\nVIC,Fine\n");
        java.util.function.Function<String, org.peerpulse.io.ColumnMapping> mapping = name -> new org.peerpulse.io.ColumnMapping(
                name, Map.of("Site", "site", "Money", "fin_overall"), Map.of("fin_overall", Map.of("Hard", "5",
                        "Fine", name.equals("other reading") ? "2" : "1")));
        ImportOptions mapped = new ImportOptions(org.peerpulse.io.ImportFormat.MAPPED, "2022-03", false, mapping.apply("Forms"));
        assertThat(context.imports().importFile(forms, mapped, Progress.NONE).added()).isEqualTo(2);
        assertThat(context.imports().importFile(forms, new ImportOptions(org.peerpulse.io.ImportFormat.MAPPED, "2022-03",
                false, mapping.apply("Forms, saved again")), Progress.NONE).duplicates()).isEqualTo(2);
        org.peerpulse.io.ColumnMapping spaced = new org.peerpulse.io.ColumnMapping("Forms", Map.of(" site", "site",
                "MONEY ", "fin_overall"), Map.of("fin_overall", Map.of("hard", "5", "FINE", "1")));
        assertThat(context.imports().importFile(forms, new ImportOptions(org.peerpulse.io.ImportFormat.MAPPED, "2022-03",
                false, spaced), Progress.NONE).duplicates()).as("headings and labels matched as a mapping matches them")
                .isEqualTo(2);
        assertThat(context.imports().importFile(forms, new ImportOptions(org.peerpulse.io.ImportFormat.MAPPED, "2022-03",
                false, mapping.apply("other reading")), Progress.NONE).added()).isEqualTo(2);
    }

    @Test
    void rowsThatAnswerNothingAreSkippedNamedAndMakeNoSiteOrWave() throws IOException {
        context.program().addSite("Kamloops Café", "KAM", null, Setting.DROP_IN);
        // site and wave filled down a sheet below the two real answers (audit: prefilled.csv imported 5)
        Path csv = file("prefilled.csv", "site,wave,respondent,fin_overall,fin_pay,top3,employment\n"
                + "Kamloops Café,2020-03,,5,5,housing,honorarium\n"
                + "Kamloops Café,2020-03,,5,4,housing,honorarium\n"
                + "Kamloops Café,2020-03,,,,,\n".repeat(3)
                + "Nowhere Yet,2031-01,AB01,,,,\n");

        ImportReport report = context.imports().importFile(csv, new ImportOptions(null, true), Progress.NONE);

        assertThat(report.problems()).isEmpty();
        assertThat(report.added()).isEqualTo(2);
        assertThat(report.duplicates()).isZero();
        assertThat(report.unanswered()).isEqualTo(4);
        assertThat(report.skippedTogether()).extracting(ImportReport.SkippedRows::rowsText, ImportReport.SkippedRows::why)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("4–7", "no answers"));
        assertThat(report.skippedTogether()).extracting(ImportReport.SkippedRows::notListed).containsOnly(0);
        assertThat(responses()).hasSize(2);
        assertThat(report.createdWaves()).containsExactly("2020-03");
        assertThat(report.createdSites()).as("a row of no answers names no site into being").isEmpty();
        assertThat(context.program().sites()).hasSize(1);
    }

    @Test
    void aRedcapFormNeverFilledInIsNoResponseAndItsEventNoWave() throws IOException {
        context.program().addSite("Victoria Outreach", "VIC", null, Setting.OUTREACH);
        String empty = ",,,,,,,0,0,0,0,0,0,0,0,0,0,,0\n";
        // audit: redcap_emptyevents.csv, each record's enrolment event and record 2's wave never filled in
        Path csv = file("redcap.csv", "record_id,redcap_event_name,redcap_data_access_group,psp1_timestamp,respondent,"
                + "fin_overall,fin_pay,srh,employment,top3___financial,top3___work,top3___housing,top3___resources,"
                + "top3___trauma,top3___caring,top3___health,top3___relationships,top3___substance_use,top3___other,"
                + "comment,psp1_complete\n"
                + "1,enrolment_arm_1,victoria_outreach" + empty
                + "1,wave_2020_03_arm_1,victoria_outreach,2020-03-04 12:30:00,,4,3,2,casual,1,0,0,0,0,0,0,0,0,0,,2\n"
                + "2,enrolment_arm_1,victoria_outreach" + empty
                + "2,wave_2020_03_arm_1,victoria_outreach" + empty);

        ImportReport report = context.imports().importFile(csv, ImportOptions.DEFAULT, Progress.NONE);

        assertThat(report.problems()).isEmpty();
        assertThat(report.added()).isEqualTo(1);
        assertThat(report.unanswered()).isEqualTo(3);
        assertThat(report.skippedTogether()).extracting(ImportReport.SkippedRows::rowsText)
                .containsExactly("2, 4–5");
        assertThat(context.program().waves()).extracting(Wave::label).containsExactly("wave_2020_03");
    }

    @Test
    void aPdfNamedCsvIsRefusedAsAPdfAndNothingIsStored() throws IOException {
        Path pdf = folder.resolve("answers.csv");
        Files.write(pdf, "%PDF-1.6\nsite,wave,fin_overall\nVIC,2020-03,4\n\u0000\u0000"
                .getBytes(StandardCharsets.ISO_8859_1));

        ImportReport report = context.imports().importFile(pdf, new ImportOptions(null, true), Progress.NONE);

        assertThat(report.stored()).isFalse();
        assertThat(report.problems()).extracting(ImportProblem::sentence).containsExactly("answers.csv: is a PDF"
                + " document, not a CSV file or a workbook; import the answers as the survey tool exports them, as CSV"
                + " or as an Excel Workbook (.xlsx).");
        assertThat(responses()).isEmpty();
        assertThat(context.program().sites()).isEmpty();
        assertThat(context.program().waves()).isEmpty();
    }

    @Test
    void aWorkbookWithATitleOfTwoCellsAboveItsHeadingsIsRefusedInOneSentenceAndNothingIsStored() throws IOException {
        Path xlsx = folder.resolve("survey.xlsx");
        Files.write(xlsx, org.peerpulse.io.HostileFiles.workbook(List.of(List.of("PSP-1 survey", "Exported 2022-03-01"),
                List.of("site", "wave", "fin_overall", "fin_pay"), List.of("VIC", "2022-03", "4", "2"))));

        ImportReport report = context.imports().importFile(xlsx, new ImportOptions(null, true), Progress.NONE);

        assertThat(report.stored()).isFalse();
        assertThat(report.problems()).extracting(ImportProblem::sentence).containsExactly("survey.xlsx, row 1: holds"
                + " values that are not column headings where the column headings should be, and the headings seem to"
                + " be on row 2; delete the rows above them and import the file again.");
        assertThat(responses()).isEmpty();
        assertThat(context.program().sites()).isEmpty();
        assertThat(context.program().waves()).isEmpty();
    }

    @Test
    void anUnknownSiteRefusesTheWholeFileAndCreatesNothing() throws IOException {
        context.program().addSite("Victoria Outreach", "VIC", null, Setting.OUTREACH);
        Path csv = file("wave.csv", "site,wave,fin_overall\nVIC,2021-09,5\nSurey,2021-09,4\n");
        ImportReport report = context.imports().importFile(csv, ImportOptions.DEFAULT, Progress.NONE);
        assertThat(report.stored()).isFalse();
        assertThat(report.problems()).extracting(ImportProblem::sentence).containsExactly(
                "wave.csv, row 3, site: \"Surey\" is not a site of this program (add it first, or let the import create it).");
        assertThat(context.program().waves()).isEmpty();
        assertThat(responses()).isEmpty();
    }

    @Test
    void unknownSitesAreCreatedOnlyWhenAsked() throws IOException {
        Path csv = file("wave.csv", "site,wave,fin_overall\nSurrey OPS,2021-09,5\n");
        ImportReport report = context.imports().importFile(csv, new ImportOptions(null, true), Progress.NONE);
        assertThat(report.createdSites()).containsExactly("Surrey OPS");
        assertThat(context.program().sites()).hasSize(1);
    }

    @Test
    void aBadValueRefusesTheFileWithRowAndColumnAndStoresNothing() throws IOException {
        context.program().addSite("Victoria Outreach", "VIC", null, Setting.OUTREACH);
        Path csv = file("answers.csv", "site,wave,fin_overall\nVIC,2021-09,5\nVIC,2021-09,7\n");
        ImportReport report = context.imports().importFile(csv, ImportOptions.DEFAULT, Progress.NONE);
        assertThat(report.problems()).extracting(ImportProblem::sentence)
                .containsExactly("answers.csv, row 3, fin_overall: 7 is not on the 1–5 scale.");
        assertThat(responses()).isEmpty();
        assertThat(context.program().waves()).isEmpty();
    }

    /** A canonical CSV of {@code rows} responses at three sites, fin_overall cycling 1–5; row r+1 has respondent R{r}. */
    private Path manyRows(String name, int rows, java.util.function.IntFunction<String> siteOfRow) throws IOException {
        StringBuilder text = new StringBuilder("site,wave,respondent,fin_overall\n");
        for (int r = 0; r < rows; r++) {
            text.append(siteOfRow.apply(r)).append(",2021-09,R").append(r).append(',').append(1 + r % 5).append('\n');
        }
        return file(name, text.toString());
    }

    @Test
    void aLargeFileIsStoredBatchByBatchWithSummariesThatMatchARecount() throws IOException {
        context.program().addSite("Victoria Outreach", "VIC", null, Setting.OUTREACH);
        context.program().addSite("Surrey OPS", "SUR", null, Setting.OVERDOSE_PREVENTION);
        Path csv = manyRows("many.csv", 1_203, r -> r % 2 == 0 ? "VIC" : "SUR");
        // the same respondent again, 1,100 rows (two batches) after the first: a duplicate across batches
        Files.writeString(csv, "VIC,2021-09,r0,5\n", java.nio.file.StandardOpenOption.APPEND);

        ImportReport report = context.imports().importFile(csv, ImportOptions.DEFAULT, Progress.NONE);

        assertThat(report.problems()).isEmpty();
        assertThat(report.added()).isEqualTo(1_203);
        assertThat(report.duplicates()).isEqualTo(1);
        assertThat(responses()).hasSize(1_203);
        var counts = new org.peerpulse.storage.SummaryRepository(database).counts(Set.of(), Set.of("fin_overall"));
        assertThat(counts.responses()).extracting(c -> c.responses()).containsExactlyInAnyOrder(602L, 601L);
        // 1,203 answers cycling 1–5: 241 each of 1–3, 240 each of 4–5
        java.util.Map<String, Long> byValue = new java.util.TreeMap<>();
        counts.values().forEach(v -> byValue.merge(v.value(), v.respondents(), Long::sum));
        assertThat(byValue).containsExactly(java.util.Map.entry("1", 241L), java.util.Map.entry("2", 241L),
                java.util.Map.entry("3", 241L), java.util.Map.entry("4", 240L), java.util.Map.entry("5", 240L));
    }

    @Test
    void aProblemAfterBatchesWereWrittenStillLeavesNothingStored() throws IOException {
        context.program().addSite("Victoria Outreach", "VIC", null, Setting.OUTREACH);
        Path unknownSite = manyRows("late-site.csv", 1_203, r -> r == 1_150 ? "Surey" : "VIC");
        Path badValue = file("late-value.csv", Files.readString(manyRows("x.csv", 1_203, r -> "VIC"))
                + "VIC,2021-09,LAST,7\n");

        ImportReport site = context.imports().importFile(unknownSite, ImportOptions.DEFAULT, Progress.NONE);
        ImportReport value = context.imports().importFile(badValue, ImportOptions.DEFAULT, Progress.NONE);

        assertThat(site.problems()).extracting(ImportProblem::sentence).containsExactly("late-site.csv, row 1152, site:"
                + " \"Surey\" is not a site of this program (add it first, or let the import create it).");
        assertThat(value.problems()).extracting(ImportProblem::sentence)
                .containsExactly("late-value.csv, row 1205, fin_overall: 7 is not on the 1–5 scale.");
        assertThat(responses()).isEmpty();
        assertThat(context.program().waves()).isEmpty();
        assertThat(new org.peerpulse.storage.SummaryRepository(database).counts(Set.of(), Set.of("fin_overall"))
                .responses()).isEmpty();
    }

    @Test
    void theImportCanNameTheWave() throws IOException {
        context.program().addSite("Victoria Outreach", "VIC", null, Setting.OUTREACH);
        Path csv = file("spring.csv", "site,fin_overall\nVIC,3\n");
        ImportReport report = context.imports().importFile(csv, new ImportOptions("2022 Spring", false), Progress.NONE);
        assertThat(report.added()).isEqualTo(1);
        assertThat(context.program().waves()).extracting(Wave::label).containsExactly("2022 Spring");
    }

    @Test
    void aCancelledImportStoresNothing() throws IOException {
        context.program().addSite("Victoria Outreach", "VIC", null, Setting.OUTREACH);
        Path csv = file("wave.csv", "site,wave,fin_overall\nVIC,2021-09,5\n");
        Progress cancelled = new Progress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        ImportReport report = context.imports().importFile(csv, ImportOptions.DEFAULT, cancelled);
        assertThat(report.cancelled()).isTrue();
        assertThat(responses()).isEmpty();
        assertThat(context.program().waves()).isEmpty();
    }
}
