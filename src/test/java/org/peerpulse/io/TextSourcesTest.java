package org.peerpulse.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Encodings, separators and line ends, through the canonical layout read by {@link SurveyFileReader}. */
class TextSourcesTest {
    @Test
    void detectsWindows1252AndSaysSo() {
        ParsedFile parsed = SurveyInput.readFixture("text/windows-1252-semicolon.csv");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.encoding()).isEqualTo("Windows-1252");
        assertThat(parsed.separator()).isEqualTo("semicolon");
        assertThat(parsed.rows()).containsExactly(new ParsedRow(2, "Montréal Centre", "2020-03", null, null, null,
                Map.of("fin_overall", "4", "comment", "Équipe épuisée, café froid")));
    }

    @Test
    void refusesAUtf8FileWithALineInAnotherEncodingAndSaysWhichLine(@TempDir Path folder) {
        // nine comments in UTF-8, a tenth row pasted from a Windows-1252 program (é as one byte, 0xE9)
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        bytes.writeBytes("site,wave,comment\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (int row = 0; row < 9; row++) {
            bytes.writeBytes("Victoria,2020-03,équipe épuisée\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        bytes.writeBytes("Victoria,2020-03,café froid\n".getBytes(TextEncoding.WINDOWS_1252));
        Path file = SurveyInput.write(folder, "answers.csv", bytes.toByteArray());

        ParsedFile parsed = SurveyInput.read(file);

        assertThat(SurveyInput.sentences(parsed)).containsExactly("answers.csv: is UTF-8 text, but line 11 has"
                + " letters saved another way (by an older program, or pasted from one), so some letters would be"
                + " stored wrong; open the file, save it as \"CSV UTF-8\" and import it again.");
        assertThat(parsed.rows()).isEmpty();
    }

    @Test
    void aWindows1252FileWithNoUtf8LettersIsStillReadAsWindows1252(@TempDir Path folder) {
        Path file = SurveyInput.write(folder, "answers.csv", "site,wave,comment\nVictoria,2020-03,caf\u00e9 cr\u00e8me\n"
                .getBytes(TextEncoding.WINDOWS_1252));

        ParsedFile parsed = SurveyInput.read(file);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.encoding()).isEqualTo("Windows-1252");
        assertThat(parsed.rows()).extracting(row -> row.answers().get("comment")).containsExactly("café crème");
    }

    @Test
    void titleLinesAboveTheHeadingsAreNamedTogetherWithTheRowOfTheHeadings(@TempDir Path folder) {
        Map<String, Integer> headingsRow = Map.of("Spring survey\n\nsite,wave,fin_overall\nVictoria,2020-03,4\n", 3,
                "Spring survey\nExported 2023-04-01\nAll sites\nsite,wave,fin_overall\nVictoria,2020-03,4\n", 4);
        headingsRow.forEach((text, row) -> assertThat(SurveyInput.sentences(SurveyInput.read(SurveyInput.write(folder,
                "answers.csv", text)))).as(text).containsExactly("answers.csv, row 1: holds one value where the column"
                + " headings should be, and the headings seem to be on row " + row + "; delete the rows above them and"
                + " import the file again."));
    }

    @Test
    void aTitleOfSeveralValuesAboveTheHeadingsIsSaidOnceInAWorkbookAndInText(@TempDir Path folder) {
        List<List<String>> table = List.of(List.of("PSP-1 survey", "Exported 2022-03-01"),
                List.of("site", "wave", "fin_overall"), List.of("Victoria", "2020-03", "4"));
        String sentence = ", row 1: holds values that are not column headings where the column headings should be, and"
                + " the headings seem to be on row 2; delete the rows above them and import the file again.";
        Path workbook = SurveyInput.write(folder, "answers.xlsx", HostileFiles.workbook(table));
        Path text = SurveyInput.write(folder, "answers.csv", "PSP-1 survey,Exported 2022-03-01\n\n"
                + "site,wave,fin_overall\nVictoria,2020-03,4\n");

        assertThat(SurveyInput.sentences(SurveyInput.read(workbook))).containsExactly("answers.xlsx" + sentence);
        assertThat(new SurveyFileReader().preview(workbook, 10).problem()).isEqualTo("answers.xlsx" + sentence);
        assertThat(SurveyInput.sentences(SurveyInput.read(text))).containsExactly("answers.csv"
                + sentence.replace("row 2;", "row 3;"));
        ColumnMapping mapping = new ColumnMapping("Forms", Map.of("Site name", "site", "Money", "fin_overall"), Map.of());
        Path forms = SurveyInput.write(folder, "forms.csv", "Spring survey,All sites\nSite name,Money\nVictoria,4\n");
        assertThat(SurveyInput.sentences(SurveyInput.read(forms, ImportFormat.AUTO, new ReadOptions("2020-03",
                mapping)))).as("the headings of a mapping").containsExactly("forms.csv" + sentence);
    }

    @Test
    void aFirstRowOfSeveralValuesWithoutHeadingsAboveRowsWithoutHeadingsIsTheHeaderAsBefore(@TempDir Path folder) {
        Path forms = SurveyInput.write(folder, "forms.csv", "Site name,Money\nVictoria,4\n");

        assertThat(SurveyInput.sentences(SurveyInput.read(forms, ImportFormat.AUTO, new ReadOptions("2020-03", null))))
                .as("told what the headings lack, not of a title").containsExactly(
                        "forms.csv, row 1: the column heading \"Site name\" (column A) is not a PSP-1 code;"
                                + " use the headings of the PSP-1 CSV template: site, wave, respondent, submitted and"
                                + " item codes such as fin_overall or top3.",
                        "forms.csv, row 1: the column heading Money (column B) is not a PSP-1 code; use the"
                                + " headings of the PSP-1 CSV template: site, wave, respondent, submitted and item codes"
                                + " such as fin_overall or top3.",
                        "forms.csv, row 1: there is no site column; add one that names each response's site.");
        assertThat(new SurveyFileReader().preview(forms, 10).headers()).containsExactly("Site name", "Money");
    }

    @Test
    void aPreviewSaysWhatTheImportWillSayOfATitleAndShowsTheHeadingsBelowIt(@TempDir Path folder) {
        Path file = SurveyInput.write(folder, "answers.csv",
                "Spring survey\nExported 2023-04-01\n\nsite,wave,fin_overall\nVictoria,2020-03,4\nSurrey,2020-03,2\n");

        FilePreview preview = new SurveyFileReader().preview(file, 10);

        assertThat(preview.problem()).as("the import's own sentence, before any mapping is made")
                .isEqualTo(SurveyInput.sentences(SurveyInput.read(file)).get(0))
                .isEqualTo("answers.csv, row 1: holds one value where the column headings should be, and the headings"
                        + " seem to be on row 4; delete the rows above them and import the file again.");
        assertThat(preview.headers()).containsExactly("site", "wave", "fin_overall");
        assertThat(preview.rows()).containsExactly(List.of("Victoria", "2020-03", "4"), List.of("Surrey", "2020-03", "2"));
    }

    @Test
    void aPreviewOfOneColumnHasItsHeadingAndNoProblem(@TempDir Path folder) {
        FilePreview stray = new SurveyFileReader().preview(SurveyInput.write(folder, "stray.csv",
                "site\nVictoria\nKamloops,x\n"), 10);
        assertThat(stray.problem()).as("a heading, not a title: the import names the stray value's row").isNull();
        assertThat(stray.headers()).containsExactly("site");
        assertThat(stray.rows()).containsExactly(List.of("Victoria"), List.of("Kamloops", "x"));

        FilePreview few = new SurveyFileReader().preview(SurveyInput.write(folder, "few.csv", "site\nVictoria\n"), 10);
        assertThat(few.problem()).isNull();
        assertThat(few.headers()).containsExactly("site");
        assertThat(few.rows()).containsExactly(List.of("Victoria"));
    }

    @Test
    void aFileOfOneColumnIsStillReadWithItsHeading(@TempDir Path folder) {
        Path file = SurveyInput.write(folder, "answers.csv", "site\nVictoria\nKamloops\n");

        ParsedFile parsed = SurveyInput.read(file, ImportFormat.AUTO, new ReadOptions("2020-03", null));

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).extracting(ParsedRow::site).containsExactly("Victoria", "Kamloops");

        String eight = "Victoria\nKamloops\nSurrey\nNanaimo\nVictoria\nKamloops\nSurrey\nNanaimo\n";
        ParsedFile longer = SurveyInput.read(SurveyInput.write(folder, "longer.csv", "site\n" + eight), ImportFormat.AUTO,
                new ReadOptions("2020-03", null));
        assertThat(longer.problems()).isEmpty();
        assertThat(longer.rows()).extracting(ParsedRow::row).as("every row, by its number").containsExactly(2, 3, 4, 5,
                6, 7, 8, 9);

        ParsedFile stray = SurveyInput.read(SurveyInput.write(folder, "stray.csv", "site\nVictoria\nKamloops,x\n"),
                ImportFormat.AUTO, new ReadOptions("2020-03", null));
        assertThat(SurveyInput.sentences(stray)).as("a stray value is the row's problem, not a title's")
                .singleElement().asString().startsWith("stray.csv, row 3");
    }

    @Test
    void readsUtf16LittleEndianWithByteOrderMarkSeparatedByTabs() {
        ParsedFile parsed = SurveyInput.readFixture("text/utf16le-bom-tab.txt");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.encoding()).isEqualTo("UTF-16LE");
        assertThat(parsed.separator()).isEqualTo("tab");
        assertThat(parsed.rows()).containsExactly(new ParsedRow(2, "Victoria", "2020-03", null, null, null,
                Map.of("fin_overall", "2", "top3", "financial work trauma")));
    }

    @Test
    void readsTabsWithQuotedTabsBlankRowsAndBlankCells() {
        ParsedFile parsed = SurveyInput.readFixture("text/tab.tsv");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).containsExactly(
                new ParsedRow(2, "Victoria", "2020-03", null, null, null, Map.of("qol", "4", "comment", "tabs\tinside")),
                new ParsedRow(4, "Kamloops", "2020-03", null, null, null, Map.of()));
    }

    @Test
    void refusesUtf16WithoutByteOrderMark(@TempDir Path folder) {
        String sentence = ": seems to be UTF-16 text without a byte-order mark; save it as \"CSV UTF-8 (Comma delimited)\""
                + " and import it again.";
        assertThat(SurveyInput.sentences(SurveyInput.readFixture("text/utf16le-no-bom.csv")))
                .containsExactly("utf16le-no-bom.csv" + sentence);
        Path bigEndian = SurveyInput.write(folder, "be.csv", "site,wave,fin_overall\nVictoria,2020-03,4\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_16BE));
        assertThat(SurveyInput.sentences(SurveyInput.read(bigEndian))).containsExactly("be.csv" + sentence);
    }

    @Test
    void aPdfOrABinaryFileNamedCsvIsSaidToBeOneNotTextInSomeEncoding(@TempDir Path folder) {
        // a PDF's binary streams hold NUL bytes here and there; one without any is still a PDF
        byte[] stream = new byte[600];
        for (int i = 0; i < stream.length; i++) {
            stream[i] = (byte) (i * 37 % 11 == 0 ? 0 : 0x80 + i % 100);
        }
        java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
        pdf.writeBytes("%PDF-1.6\n%\u00f6\u00e4\n1 0 obj\n<< /Length 600 >>\nstream\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        pdf.writeBytes(stream);
        String isPdf = ": is a PDF document, not a CSV file or a workbook; import the answers as the survey tool exports"
                + " them, as CSV or as an Excel Workbook (.xlsx).";
        assertThat(SurveyInput.sentences(SurveyInput.read(SurveyInput.write(folder, "answers.csv", pdf.toByteArray()))))
                .containsExactly("answers.csv" + isPdf);
        assertThat(SurveyInput.sentences(SurveyInput.read(SurveyInput.write(folder, "plain.csv", "%PDF-1.4\n1 0 obj\n"))))
                .containsExactly("plain.csv" + isPdf);
        assertThat(new SurveyFileReader().preview(folder.resolve("answers.csv"), 5).problem())
                .isEqualTo("answers.csv" + isPdf);

        Path image = SurveyInput.write(folder, "image.csv", stream);
        assertThat(SurveyInput.sentences(SurveyInput.read(image))).containsExactly("image.csv: is not a text file, so"
                + " not a CSV file (it holds bytes that no text has); check that it is the survey answers, exported as"
                + " CSV or as an Excel Workbook (.xlsx).");
    }

    @Test
    void readsTheCanonicalFixturesAsTheCanonicalReaderDoes() {
        for (String name : new String[] {"full-lf.csv", "excel-bom-crlf.csv", "header-only.csv", "empty.csv"}) {
            ParsedFile canonical = CsvInput.readFixture(name);
            ParsedFile survey = SurveyInput.readFixture("canonical/" + name);
            assertThat(survey.rows()).as(name).isEqualTo(canonical.rows());
            assertThat(survey.problems().size()).as(name).isEqualTo(canonical.problems().size());
        }
        assertThat(SurveyInput.readFixture("canonical/excel-bom-crlf.csv").encoding())
                .isEqualTo("UTF-8 with byte-order mark");
    }

    @Test
    void readsCrlfAndRefusesAnUnclosedQuote(@TempDir Path folder) {
        Path file = SurveyInput.write(folder, "answers.csv", "site,wave,comment\r\nVictoria,2020-03,\"open\r\n");

        assertThat(SurveyInput.sentences(SurveyInput.read(file))).containsExactly("answers.csv, row 2: a value that"
                + " opens with a quote (\") is never closed, so the rest of the file cannot be read; close the quote,"
                + " and double any quote inside a value (\"\").");
    }

    @Test
    void refusesAFileNamedXlsxThatIsNotAWorkbook(@TempDir Path folder) {
        Path file = SurveyInput.write(folder, "answers.xlsx", "site,wave\n");

        assertThat(SurveyInput.sentences(SurveyInput.read(file))).containsExactly("answers.xlsx: is not an XLSX"
                + " workbook; open it in Excel and save it as an Excel Workbook (.xlsx).");
    }
}
