package org.peerpulse.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerpulse.io.CsvInput.read;
import static org.peerpulse.io.CsvInput.readFixture;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerpulse.domain.Psp1;

class CanonicalCsvReaderAcceptsTest {

    @Test
    void readsExcelExportWithBomCrlfQuotedNewlinesBlankRowsAndTrailingEmptyLines() {
        ParsedFile parsed = readFixture("excel-bom-crlf.csv");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.file()).isEqualTo("excel-bom-crlf.csv");
        assertThat(parsed.rows()).containsExactly(
                new ParsedRow(2, "Victoria Outreach", "2019-09", "MA03", "2019-09-15", null, Map.of(
                        "fin_overall", "4", "top3", "financial housing", "debrief", "yes",
                        "employment", "full_time", "comment", "Tired, but ok")),
                new ParsedRow(4, "Prince George Drop-in", "2019-09", null, "2019-09-15T14:30", null, Map.of(
                        "fin_overall", "1", "debrief", "no", "employment", "casual",
                        "comment", "She said \"enough\"\r\nand left")),
                new ParsedRow(5, "Victoria Outreach", "2019-09", "JK11", "2019-09-16T09:00:00Z", null, Map.of(
                        "fin_overall", "5", "top3", "trauma")));
    }

    @Test
    void readsEveryCanonicalColumnFromLfFileWithoutBom() {
        ParsedFile parsed = readFixture("full-lf.csv");

        assertThat(parsed.problems()).isEmpty();
        Map<String, String> answers = new HashMap<>();
        List<String> stress = Psp1.canonicalColumns().subList(4, 21);
        for (int i = 0; i < stress.size(); i++) {
            answers.put(stress.get(i), String.valueOf(1 + i % 5));
        }
        answers.putAll(Map.of("top3", "caring health other", "srh", "5", "srmh", "4", "qol", "1",
                "employment", "honorarium", "housing_status", "unhoused", "debrief", "yes",
                "od_responses", "21_plus", "stay_12m", "unsure", "comment", "Merci — ça va 🙂"));
        for (int i = 1; i <= 30; i++) {
            answers.put(Psp1.proqolItem(i), String.valueOf(1 + ((i - 1) * 2) % 5));
        }
        assertThat(parsed.rows()).containsExactly(
                new ParsedRow(2, "Kamloops Café", "2020 Spring", "ÉB07", "2020-04-01T10:15:00-07:00", null, answers),
                new ParsedRow(3, "Kamloops Café", "2020 Spring", null, null, null, Map.of()));
        assertThat(parsed.rows().get(0).answers()).hasSize(Psp1.items().size());
    }

    @Test
    void acceptsAnySubsetOfColumnsInAnyOrderAndRowsShorterThanTheHeader() {
        ParsedFile parsed = read("comment,fin_pay,wave,site,qol\n\"ok\",2,2019-09,Victoria\n,,2019-09,Nanaimo,5");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).containsExactly(
                new ParsedRow(2, "Victoria", "2019-09", null, null, null, Map.of("comment", "ok", "fin_pay", "2")),
                new ParsedRow(3, "Nanaimo", "2019-09", null, null, null, Map.of("qol", "5")));
    }

    @Test
    void matchesHeadingsIgnoringCaseAndSurroundingSpaces() {
        ParsedFile parsed = read("  SITE,Wave ,\" Fin_Overall \"\nVictoria,2019-09,3\n");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows().get(0).answers()).containsExactly(Map.entry("fin_overall", "3"));
    }

    @Test
    void takesTheWaveFromTheImportWhenTheFileHasNoWaveColumn() {
        ParsedFile parsed = read("site,fin_overall\nVictoria,3\n", " 2020 Spring ");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).extracting(ParsedRow::wave).containsExactly("2020 Spring");
    }

    @Test
    void importWaveFillsBlankWaveCellsAndAgreesWithTheSameLabelWrittenDifferently() {
        ParsedFile parsed = read("site,wave,fin_overall\nVictoria,,3\nVictoria,2019 09,4\n", "2019-09");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).extracting(ParsedRow::wave).containsExactly("2019-09", "2019-09");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"fin_overall | 04 | 4", "fin_overall | +4 | 4", "qol | 001 | 1",
            "pq07 | +05 | 5", "srh | \" 4 \" | 4"})
    void readsAWholeNumberOnTheScaleWrittenWithLeadingZerosOrAPlusSignAsThatNumber(String item, String value,
                                                                                  String stored) {
        ParsedFile parsed = read("site,wave," + item + "\nVictoria,2019-09," + value + "\n");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows().get(0).answers()).containsExactly(Map.entry(item, stored));
    }

    @Test
    void trimsValuesAndTreatsBlankCellsAsNotAnswered() {
        ParsedFile parsed = read("site,wave,respondent,submitted,fin_overall,fin_pay,top3,comment\n"
                + " Victoria , 2019-09 ,  ,   , 3 ,   ,  , \" \"\n");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).containsExactly(
                new ParsedRow(2, "Victoria", "2019-09", null, null, null, Map.of("fin_overall", "3")));
    }

    @ParameterizedTest
    @CsvSource({
            "debrief, YES, yes",
            "employment, Part_Time, part_time",
            "housing_status, UNHOUSED, unhoused",
            "od_responses, 21_PLUS, 21_plus",
            "od_responses, 0, 0",
            "stay_12m, Unsure, unsure",
            "srh, 5, 5",
            "pq30, 1, 1"})
    void matchesValueCodesIgnoringCaseAndStoresTheContractCode(String item, String written, String stored) {
        ParsedFile parsed = read("site,wave," + item + "\nVictoria,2019-09," + written + "\n");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows().get(0).answers()).containsExactly(Map.entry(item, stored));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "financial housing caring | financial housing caring",
            "caring   financial\thousing | financial housing caring",
            "Other FINANCIAL financial other | financial other",
            "work work work work | work",
            "substance_use | substance_use"})
    void storesTop3ChoicesOnceEachInTheOrderOfTheValueSet(String written, String stored) {
        ParsedFile parsed = read("site,wave,top3\nVictoria,2019-09,\"" + written + "\"\n");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows().get(0).answers()).containsExactly(Map.entry("top3", stored));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2019-09-15 | 2019-09-15",
            "2019-09-15T14:30 | 2019-09-15T14:30",
            "2019-09-15T14:30:05.123 | 2019-09-15T14:30:05.123",
            "2019-09-15T14:30:00Z | 2019-09-15T14:30:00Z",
            "2019-09-15T14:30:00.000-07:00 | 2019-09-15T14:30:00.000-07:00",
            "2019-09-15 14:30:00 | 2019-09-15T14:30:00"})
    void acceptsIsoDatesAndDateTimesWithOrWithoutOffset(String written, String stored) {
        ParsedFile parsed = read("site,wave,submitted\nVictoria,2019-09," + written + "\n");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows().get(0).submitted()).isEqualTo(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"MA03", "19850312", "1985-03-12", "12.03.1985", "JK-1985-7", "555-01",
            "abcdefghijklmnopqrstuvwxyzabcdefghijklmn"})
    void acceptsRespondentCodesThatAreNotContactDetails(String code) {
        ParsedFile parsed = read("site,wave,respondent\nVictoria,2019-09," + code + "\n");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows().get(0).respondent()).isEqualTo(code);
    }

    @Test
    void keepsTheCommentAsWrittenApartFromSurroundingSpace() {
        ParsedFile parsed = read("site,wave,comment\nVictoria,2019-09,\"  line one,\n  \"\"two\"\"  \"\n");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows().get(0).answers()).containsExactly(Map.entry("comment", "line one,\n  \"two\""));
    }

    @Test
    void readsALastRowWithoutLineEnd() {
        ParsedFile parsed = read("site,wave,fin_overall\r\nVictoria,2019-09,2");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).extracting(r -> r.answers().get("fin_overall")).containsExactly("2");
    }

    @Test
    void numbersRowsAsASpreadsheetShowsThemCountingBlankRows() {
        ParsedFile parsed = read("site,wave,comment\n\nVictoria,2019-09,\"two\nlines\"\n,,\nVictoria,2019-09,x\n");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).extracting(ParsedRow::row).containsExactly(3, 5);
    }
}
