package org.peerpulse.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxAndMappingTest {
    private static final Map<String, String> S5_LABELS = Map.of("Not at all stressful", "1", "A little stressful", "2",
            "Moderately stressful", "3", "Very stressful", "4", "Extremely stressful", "5");

    /** A Kobo XLSX export: numbers as numeric cells (4.0), the submission time as a date cell. */
    private static Path koboWorkbook(Path folder) throws IOException {
        Path file = folder.resolve("kobo.xlsx");
        workbook(file, "Kobo", "PSP-1", sheet -> {
            headings(sheet, "start", "site", "wave", "stressors/fin/fin_overall", "qol", "top3", "top3/financial",
                    "top3/housing", "_uuid", "_submission_time", "_index");
            sheet.value(1, 0, "2020-03-04T11:25:01.123-08:00");
            sheet.value(1, 1, "Victoria");
            sheet.value(1, 2, "2020-03");
            sheet.value(1, 3, 4.0);
            sheet.value(1, 4, 5);
            sheet.value(1, 5, "financial housing");
            sheet.value(1, 6, 1);
            sheet.value(1, 7, 1);
            sheet.value(1, 8, "a3f1c2d4-0000-4000-8000-000000000001");
            sheet.value(1, 9, LocalDateTime.of(2020, 3, 4, 19, 30, 12));
            sheet.style(1, 9).format("yyyy-mm-dd hh:mm:ss").set();
            sheet.value(1, 10, 1);
            sheet.value(3, 1, "Kamloops");
            sheet.value(3, 2, LocalDate.of(2020, 3, 1));
            sheet.style(3, 2).format("yyyy-mm-dd").set();
            sheet.value(3, 4, 2.5);
            sheet.value(3, 8, "a3f1c2d4-0000-4000-8000-000000000002");
        });
        return file;
    }

    @Test
    void aMonthExcelMadeADateIsItsWaveAndAFormulaWithoutItsValueIsRefused(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("answers.xlsx");
        workbook(file, "Sheets", "Answers", sheet -> {
            headings(sheet, "site", "wave", "fin_overall", "qol");
            for (int row = 1; row <= 2; row++) { // "2020-03" typed, which Excel keeps as 1 March 2020 shown "Mar-20"
                sheet.value(row, 0, "Victoria");
                sheet.value(row, 1, LocalDate.of(2020, 3, 1));
                sheet.style(row, 1).format("mmm-yy").set();
                sheet.value(row, 3, 4);
            }
            sheet.value(1, 2, 3);
            sheet.formula(2, 2, "2+2"); // a formula saved by a program that does not compute it: no value
        });

        ParsedFile parsed = SurveyInput.read(file);

        assertThat(SurveyInput.sentences(parsed)).containsExactly("answers.xlsx, row 3, fin_overall: \"=2+2\" is a"
                + " formula, not an answer; write the answer itself (or, for a workbook saved without its formulas'"
                + " values, open it in Excel, save it, and import it again).");
        assertThat(parsed.rows()).extracting(ParsedRow::wave).containsExactly("2020-03");
    }

    @Test
    void aFormulaWhoseValueIsEmptyTextIsABlankAnswer(@TempDir Path folder) throws IOException {
        Path saved = folder.resolve("saved.xlsx");
        workbook(saved, "Sheets", "Answers", sheet -> {
            headings(sheet, "site", "wave", "fin_overall");
            sheet.value(1, 0, "Victoria");
            sheet.value(1, 1, "2020-03");
            sheet.formula(1, 2, "IF(TRUE,\"\",\"\")");
        });
        Path file = folder.resolve("answers.xlsx"); // as Excel saves it: the formula and its value, empty text
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(saved.toFile());
             java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            for (var entry : java.util.Collections.list(in.entries())) {
                String xml = new String(in.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                if (entry.getName().endsWith("sheet1.xml")) {
                    String cell = xml.replaceFirst("(<c r=\"C2\"[^>]*?)( t=\"[a-z]+\")?>(<f>[^<]*</f>)(<v>[^<]*</v>)?</c>",
                            "$1 t=\"str\">$3<v></v></c>");
                    assertThat(cell).as("the formula's cell rewritten").isNotEqualTo(xml).contains("<v></v>");
                    xml = cell;
                }
                zip.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                zip.write(xml.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }

        ParsedFile parsed = SurveyInput.read(file);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).singleElement().satisfies(row -> assertThat(row.answers()).doesNotContainKey("fin_overall"));
    }

    @Test
    void readsAKoboWorkbookWithNumbersAndDatesAsDisplayed(@TempDir Path folder) throws IOException {
        ParsedFile parsed = SurveyInput.read(koboWorkbook(folder));

        assertThat(parsed.format()).isEqualTo(ImportFormat.KOBO);
        assertThat(parsed.encoding()).isNull();
        assertThat(SurveyInput.sentences(parsed)).containsExactly("kobo.xlsx, row 4, qol: 2.5 is not on the 1–5 scale;"
                + " write a whole number from 1 to 5.");
        assertThat(parsed.rows()).containsExactly(new ParsedRow(2, "Victoria", "2020-03", null, "2020-03-04T19:30:12",
                "kobo:a3f1c2d4-0000-4000-8000-000000000001",
                Map.of("fin_overall", "4", "qol", "5", "top3", "financial housing")));
    }

    @Test
    void readsTheCanonicalLayoutFromAWorkbook(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("answers.xlsx");
        workbook(file, "Excel", "Sheet1", sheet -> {
            List<String> head = List.of("site", "wave", "fin_overall", "od_responses");
            for (int c = 0; c < head.size(); c++) {
                sheet.value(0, c, head.get(c));
            }
            sheet.value(1, 0, "Victoria");
            sheet.value(1, 1, "2020-03");
            sheet.value(1, 2, 3);
            sheet.value(1, 3, 0);
        });

        ParsedFile parsed = SurveyInput.read(file, ImportFormat.XLSX, ReadOptions.NONE);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.format()).isEqualTo(ImportFormat.PEERPULSE);
        assertThat(parsed.rows()).containsExactly(new ParsedRow(2, "Victoria", "2020-03", null, null, null,
                Map.of("fin_overall", "3", "od_responses", "0")));
    }

    private static ColumnMapping googleForms(boolean ignoreName) {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("Timestamp", "ignore");
        columns.put("Which site do you work at?", "site");
        columns.put("Survey round", "wave");
        columns.put("Your financial situation", "fin_overall");
        columns.put("Your quality of life", "qol");
        columns.put("Which of these are your top three stressors right now?", "top3");
        if (ignoreName) {
            columns.put("Your name", "ignore");
        }
        columns.put("Anything else?", "comment");
        return new ColumnMapping("Google Forms 2020", columns, Map.of("fin_overall", S5_LABELS,
                "qol", Map.of("Very poor", "1", "Poor", "2", "Neither poor nor good", "3", "Good", "4", "Very good", "5"),
                "top3", Map.of("Financial insecurity", "financial", "Caring for others", "caring",
                        "Housing challenges", "housing")));
    }

    @Test
    void readsGoogleFormsLabelsThroughAMapping() {
        ParsedFile parsed = SurveyInput.read(SurveyInput.fixture("mapped/google-forms-labels.csv"), ImportFormat.AUTO,
                new ReadOptions(null, googleForms(true)));

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.format()).isEqualTo(ImportFormat.MAPPED);
        assertThat(parsed.rows()).containsExactly(
                new ParsedRow(2, "Victoria Outreach", "2020-03", null, null, null,
                        Map.of("fin_overall", "4", "qol", "4", "top3", "financial housing caring")),
                new ParsedRow(3, "Kamloops", "2020-03", null, null, null,
                        Map.of("fin_overall", "1", "qol", "1", "comment", "Thanks, more training please")));
    }

    @Test
    void refusesANameColumnTheMappingDoesNotIgnoreAndLabelsItDoesNotKnow(@TempDir Path folder) {
        Path file = SurveyInput.write(folder, "forms.csv", "Which site do you work at?,Survey round,"
                + "Your financial situation,Your name\nVictoria,2020-03,Somewhat stressful,Maria Lopez\n");

        assertThat(SurveyInput.sentences(SurveyInput.read(file, ImportFormat.AUTO,
                new ReadOptions(null, googleForms(false))))).containsExactly(
                "forms.csv, column D, \"Your name\": its values look like people's names; PeerPulse never stores"
                        + " names — map this column to ignore.",
                "forms.csv, row 2, Your financial situation: \"Somewhat stressful\" has no value code for fin_overall"
                        + " in the mapping \"Google Forms 2020\"; map it to one of 1, 2, 3, 4, 5.");
    }

    @Test
    void suggestsCodesGroupPathsChoicesMetadataAndIgnoresIdentifiers() {
        List<String> headers = List.of("Site", "stressors/fin/fin_overall", "top3___housing", "_uuid", "Full name",
                "How is your housing?", "Something else");
        List<List<String>> sample = List.of(List.of("Victoria", "3", "1", "u", "Maria Lopez", "Stable", "x"));

        ColumnMapping suggested = ColumnMapping.suggest(headers, sample,
                Map.of("Your housing right now", "housing_status", "How is your housing?", "housing_status"),
                Map.of("housing_status", Map.of("Stable", "stable")));

        assertThat(suggested.columnToTarget()).containsExactly(Map.entry("Site", "site"),
                Map.entry("stressors/fin/fin_overall", "fin_overall"), Map.entry("top3___housing", "top3/housing"),
                Map.entry("_uuid", "ignore"), Map.entry("Full name", "ignore"),
                Map.entry("How is your housing?", "housing_status"));
        assertThat(suggested.valueCodes()).containsEntry("housing_status", Map.of("Stable", "stable"));
    }

    @Test
    void aMappingSurvivesItsPlainTextForm() {
        ColumnMapping mapping = googleForms(true);

        String text = ColumnMappingCodec.encode(mapping);

        assertThat(text).startsWith("mapping,Google Forms 2020\ncolumn,Timestamp,ignore\n");
        assertThat(ColumnMappingCodec.decode(text)).isEqualTo(mapping);
        assertThat(ColumnMappingCodec.decode(text).columnToTarget().keySet())
                .containsExactlyElementsOf(mapping.columnToTarget().keySet());
    }

    /** The first row of a worksheet: its headings. */
    private static void headings(Worksheet sheet, String... headings) {
        for (int c = 0; c < headings.length; c++) {
            sheet.value(0, c, headings[c]);
        }
    }

    /** Writes a workbook of one sheet, as {@code application} would, filled by {@code fill}. */
    private static void workbook(Path file, String application, String sheetName,
                                 java.util.function.Consumer<Worksheet> fill) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, application, "1.0");
            fill.accept(workbook.newWorksheet(sheetName));
            workbook.finish();
        }
    }
}
