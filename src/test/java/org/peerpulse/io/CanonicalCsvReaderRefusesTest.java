package org.peerpulse.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerpulse.io.CsvInput.read;
import static org.peerpulse.io.CsvInput.readFixture;
import static org.peerpulse.io.CsvInput.sentences;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalCsvReaderRefusesTest {
    private static final String TOP3_CODES =
            "financial, work, housing, resources, trauma, caring, health, relationships, substance_use, other";
    private static final String CONTACT =
            "; the respondent code is a pseudonym the worker makes up, never contact details.";

    /** The sentences for one value of {@code column} in row 2. */
    private static ParsedFile readValue(String column, String value) {
        return read("site,wave," + column + "\nVictoria,2019-09," + value + "\n");
    }

    @Test
    void refusesOutOfRangeScaleValue() {
        ParsedFile parsed = read("site,wave,fin_overall\n" + "Victoria,2019-09,3\n".repeat(12) + "Victoria,2019-09,7\n");

        assertThat(sentences(parsed)).containsExactly("answers.csv, row 14, fin_overall: 7 is not on the 1–5 scale.");
        assertThat(parsed.problems().get(0).value()).isEqualTo("7");
        assertThat(parsed.rows()).hasSize(12);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "fin_overall | 0 | answers.csv, row 2, fin_overall: 0 is not on the 1–5 scale.",
            "fin_overall | 00 | answers.csv, row 2, fin_overall: 00 is not on the 1–5 scale.",
            "fin_overall | +6 | answers.csv, row 2, fin_overall: +6 is not on the 1–5 scale.",
            "fin_overall | -04 | answers.csv, row 2, fin_overall: -04 is not on the 1–5 scale.",
            "qol | 4.0 | answers.csv, row 2, qol: 4.0 is not on the 1–5 scale; write a whole number from 1 to 5.",
            "srh | 2,5 | answers.csv, row 2, srh: \"2,5\" is not on the 1–5 scale; write a whole number from 1 to 5.",
            "pq07 | Very often | answers.csv, row 2, pq07: \"Very often\" is not on the 1–5 scale;"
                    + " write the number from 1 to 5, not its label."})
    void refusesScaleValuesThatAreNotWholeNumbersFromOneToFive(String item, String value, String sentence) {
        assertThat(sentences(readValue(item, "\"" + value + "\""))).containsExactly(sentence);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "employment | full time | answers.csv, row 2, employment: \"full time\" is not one of casual, part_time,"
                    + " full_time, honorarium; perhaps you meant full_time.",
            "od_responses | 15 | answers.csv, row 2, od_responses: 15 is not one of 0, 1_5, 6_20, 21_plus.",
            "od_responses | 00 | answers.csv, row 2, od_responses: 00 is not one of 0, 1_5, 6_20, 21_plus.",
            "debrief | y | answers.csv, row 2, debrief: y is not one of yes, no."})
    void refusesValuesOutsideTheItemsCodesAndSaysWhatIsAllowed(String item, String value, String sentence) {
        assertThat(sentences(readValue(item, value))).containsExactly(sentence);
    }

    @Test
    void refusesTop3WithMoreThanThreeChoices() {
        assertThat(sentences(readValue("top3", "financial work housing trauma")))
                .containsExactly("answers.csv, row 2, top3: has 4 different choices; choose at most 3.");
    }

    @Test
    void refusesTop3WithUnknownCodesAndNamesThemAll() {
        assertThat(sentences(readValue("top3", "money financial cash money")))
                .containsExactly("answers.csv, row 2, top3: money and cash are not one of " + TOP3_CODES + ".");
    }

    @Test
    void refusesTop3SeparatedByCommasAndSaysToUseSpaces() {
        assertThat(sentences(readValue("top3", "\"financial,housing\"")))
                .containsExactly("answers.csv, row 2, top3: \"financial,housing\" is not one of " + TOP3_CODES
                        + "; separate the choices with spaces, e.g. financial housing caring.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "15/09/2019 | 15/09/2019 is not an ISO date or date-time; write it as 2019-09-15 or 2019-09-15T14:30.",
            "Sept 15 | \"Sept 15\" is not an ISO date or date-time; write it as 2019-09-15 or 2019-09-15T14:30.",
            "2019-02-30 | 2019-02-30 is not a real date or time; write it as 2019-09-15 or 2019-09-15T14:30.",
            "2019-09-15T25:00 | 2019-09-15T25:00 is not a real date or time; write it as 2019-09-15"
                    + " or 2019-09-15T14:30."})
    void refusesSubmittedValuesThatAreNotIsoDates(String value, String message) {
        assertThat(sentences(readValue("submitted", value))).containsExactly("answers.csv, row 2, submitted: " + message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"maria@example.org", "M. Jones <mj@shelter.ca>"})
    void refusesRespondentThatLooksLikeAnEmailAddressWithoutRepeatingIt(String value) {
        ParsedFile parsed = readValue("respondent", "\"" + value + "\"");

        assertThat(sentences(parsed)).containsExactly(
                "answers.csv, row 2, respondent: looks like an e-mail address" + CONTACT);
        assertThat(parsed.problems().get(0).value()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"250-555-0199", "(250) 555 0199", "+1 250 555 0199", "2505550199", "+447700900123",
            "555-0199"})
    void refusesRespondentThatLooksLikeAPhoneNumberWithoutRepeatingIt(String value) {
        ParsedFile parsed = readValue("respondent", value);

        assertThat(sentences(parsed)).containsExactly(
                "answers.csv, row 2, respondent: looks like a phone number" + CONTACT);
        assertThat(parsed.problems().get(0).value()).isNull();
    }

    @Test
    void refusesRespondentLongerThanFortyCharacters() {
        assertThat(sentences(readValue("respondent", "x".repeat(41)))).containsExactly(
                "answers.csv, row 2, respondent: is 41 characters long; a respondent code has at most 40.");
    }

    @Test
    void refusesFileWithoutSiteColumn() {
        assertThat(sentences(read("wave,fin_overall\n2019-09,3\n"))).containsExactly(
                "answers.csv, row 1: there is no site column; add one that names each response's site.");
    }

    @Test
    void refusesFileWithoutWaveColumnWhenTheImportDoesNotNameTheWave() {
        assertThat(sentences(read("site,fin_overall\nVictoria,3\n"))).containsExactly(
                "answers.csv, row 1: there is no wave column; add one with each response's wave label,"
                        + " or name the wave when importing.");
    }

    @Test
    void refusesColumnThatIsNotAPsp1CodeAndSuggestsTheNearestCode() {
        ParsedFile parsed = read("site,wave,Fin Overall,fin_paay,_uuid\nVictoria,2019-09,3,2,abc\n");

        assertThat(sentences(parsed)).containsExactly(
                "answers.csv, row 1: the column heading \"Fin Overall\" (column C) is not a PSP-1 code;"
                        + " perhaps you meant fin_overall.",
                "answers.csv, row 1: the column heading fin_paay (column D) is not a PSP-1 code;"
                        + " perhaps you meant fin_pay.",
                "answers.csv, row 1: the column heading _uuid (column E) is not a PSP-1 code; use the headings"
                        + " of the PSP-1 CSV template: site, wave, respondent, submitted and item codes such as"
                        + " fin_overall or top3.");
    }

    @Test
    void refusesColumnThatAppearsTwice() {
        assertThat(sentences(read("site,wave,fin_pay,FIN_PAY,site,fin_pay\nVictoria,2019-09,3,3,Victoria,3\n")))
                .containsExactly(
                        "answers.csv, row 1: the column site appears twice (columns A and E); keep only one of them.",
                        "answers.csv, row 1: the column fin_pay appears 3 times (columns C, D and F);"
                                + " keep only one of them.");
    }

    @Test
    void refusesRowWithMoreCellsThanTheHeader() {
        ParsedFile parsed = read("site,wave,comment\nVictoria,2019-09,tired, sad\nVictoria,2019-09,fine,\n");

        assertThat(sentences(parsed)).containsExactly(
                "answers.csv, row 2: has 4 cells but the header has 3 columns; in a text file, a value that contains"
                        + " the separator (comma, semicolon or tab) must be in quotes.",
                "answers.csv, row 3: has 4 cells but the header has 3 columns; in a text file, a value that contains"
                        + " the separator (comma, semicolon or tab) must be in quotes.");
    }

    @Test
    void refusesRowWithoutSiteOrWave() {
        assertThat(sentences(read("site,wave,fin_overall\nVictoria,,3\n ,2019-09,3\n"))).containsExactly(
                "answers.csv, row 2, wave: is blank; every response needs its wave label"
                        + " (or name the wave when importing).",
                "answers.csv, row 3, site: is blank; every response needs its site name or code.");
    }

    @Test
    void refusesWaveThatContradictsTheWaveTheImportNames() {
        assertThat(sentences(read("site,wave,fin_overall\nVictoria,2019-09,3\n", "2020 Spring"))).containsExactly(
                "answers.csv, row 2, wave: says 2019-09 but the import names the wave \"2020 Spring\";"
                        + " clear the wave column or import without naming the wave.");
    }

    @Test
    void refusesValuesInAColumnWithoutHeadingOncePerColumn() {
        ParsedFile parsed = read("site,wave,,fin_overall,\nVictoria,2019-09,x,3,\nVictoria,2019-09,y,3,\n");

        assertThat(sentences(parsed)).containsExactly(
                "answers.csv, row 2: column C has a value but no heading in the header row;"
                        + " give it a PSP-1 code or delete the column.");
    }

    @Test
    void refusesFileThatIsNotUtf8() {
        assertThat(sentences(readFixture("windows-1252.csv"))).containsExactly(
                "windows-1252.csv: is not UTF-8 text; save it as \"CSV UTF-8 (Comma delimited)\" and import it again.");
        assertThat(sentences(readFixture("utf16.csv"))).containsExactly(
                "utf16.csv: is not UTF-8 text; save it as \"CSV UTF-8 (Comma delimited)\" and import it again.");
    }

    @Test
    void refusesUtf16WithoutByteOrderMarkAsNotUtf8() {
        byte[] utf16 = "site,wave\r\nVictoria,2019-09\r\n".getBytes(StandardCharsets.UTF_16LE);

        assertThat(sentences(CsvInput.read(utf16, null))).containsExactly(
                "answers.csv: is not UTF-8 text; save it as \"CSV UTF-8 (Comma delimited)\" and import it again.");
    }

    @Test
    void refusesEmptyFile() {
        String sentence = "empty.csv: is empty; a canonical CSV has a header row of PSP-1 codes"
                + " (site, wave, fin_overall…) and one row per response.";
        assertThat(sentences(readFixture("empty.csv"))).containsExactly(sentence);
        assertThat(sentences(read("\r\n  \r\n,,\r\n"))).containsExactly(sentence.replace("empty.csv", "answers.csv"));
    }

    @Test
    void refusesHeaderWithoutResponses() {
        assertThat(sentences(readFixture("header-only.csv")))
                .containsExactly("header-only.csv: has no responses, only a header row.");
    }

    @Test
    void refusesSemicolonSeparatedFileWithOneSentence() {
        assertThat(sentences(readFixture("semicolons.csv"))).containsExactly(
                "semicolons.csv, row 1: the columns are separated by semicolons, not commas;"
                        + " save the file as \"CSV UTF-8 (Comma delimited)\" and import it again.");
    }

    @Test
    void refusesQuoteThatIsNeverClosed() {
        assertThat(sentences(read("site,wave,comment\nVictoria,2019-09,ok\nVictoria,2019-09,\"never closed\n,,\n")))
                .containsExactly("answers.csv, row 3: a value that opens with a quote (\") is never closed, so the"
                        + " rest of the file cannot be read; close the quote, and double any quote inside a value (\"\").");
    }

    @Test
    void refusesTextAfterAClosingQuote() {
        assertThat(sentences(read("site,wave,comment\nVictoria,2019-09,\"quoted\" tail\n"))).containsExactly(
                "answers.csv, row 2: a quoted value is followed by more text before the next comma;"
                        + " put the whole value in quotes and double any quote inside it (\"\").");
    }

    @Test
    void reportsEveryProblemInFileOrderAndLeavesOutOnlyTheRowsWithProblems() {
        ParsedFile parsed = read("site,wave,fin_overall,debrief\n"
                + "Victoria,2019-09,6,maybe\n"
                + "Victoria,2019-09,2,no\n"
                + ",2019-09,9,yes\n");

        assertThat(sentences(parsed)).containsExactly(
                "answers.csv, row 2, fin_overall: 6 is not on the 1–5 scale.",
                "answers.csv, row 2, debrief: maybe is not one of yes, no.",
                "answers.csv, row 4, site: is blank; every response needs its site name or code.",
                "answers.csv, row 4, fin_overall: 9 is not on the 1–5 scale.");
        assertThat(parsed.rows()).extracting(ParsedRow::row).containsExactly(3);
    }

    @Test
    void listsTwoHundredProblemsAndCountsTheRest() {
        ParsedFile parsed = read("site,wave,fin_overall\n" + "Victoria,2019-09,8\n".repeat(250));

        assertThat(parsed.problems()).hasSize(201);
        assertThat(parsed.problems().get(199).sentence())
                .isEqualTo("answers.csv, row 201, fin_overall: 8 is not on the 1–5 scale.");
        assertThat(parsed.problems().get(200).sentence()).isEqualTo(
                "answers.csv: 50 more problems are not listed; fix the ones above and import the file again.");
    }

    @Test
    void reportsAFileThatCannotBeOpenedInOneSentence(@TempDir Path folder) {
        ParsedFile parsed = new CanonicalCsvReader().read(folder.resolve("missing.csv"), null, Progress.NONE);

        assertThat(sentences(parsed)).containsExactly("missing.csv: the file was not found.");
    }
}
