package org.peerpulse.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KoboReaderTest {
    private static final String META = ",_id,_uuid,_submission_time,_validation_status,_notes,_status,_submitted_by,"
            + "__version__,_tags,_index";

    @Test
    void readsSemicolonExportWithGroupPathsAndBothSelectManyShapes() {
        ParsedFile parsed = SurveyInput.readFixture("kobo/groups-semicolon.csv");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.format()).isEqualTo(ImportFormat.KOBO);
        assertThat(parsed.encoding()).isEqualTo("UTF-8");
        assertThat(parsed.separator()).isEqualTo("semicolon");
        assertThat(parsed.rows()).containsExactly(
                new ParsedRow(2, "Victoria Outreach", "2020-03", "AB03", "2020-03-01T19:32:10",
                        "kobo:d7c5f1a2-5b2e-4a36-9e5f-1c2f0e8b7a61",
                        Map.of("fin_overall", "4", "fin_pay", "3", "work_overall", "2", "srh", "3",
                                "top3", "financial housing caring", "comment", "Need more debriefs")),
                new ParsedRow(3, "Prince George Drop-in", "2020-03", null, "2020-03-02T19:32:11",
                        "kobo:9a1b8e3c-2f44-4d1e-8c6b-7d3e5f9a0b12", Map.of("fin_overall", "5", "work_overall", "1")),
                new ParsedRow(4, "victoria_outreach", "2020-03", "MK11", "2020-03-03T08:01:59",
                        "kobo:4f2e6c8a-1d3b-4e5f-a6b7-c8d9e0f1a2b3",
                        Map.of("fin_overall", "2", "fin_pay", "2", "work_overall", "3", "srh", "5", "top3", "work",
                                "comment", "Two lines\nof comment; with \"quotes\"")));
    }

    @Test
    void readsGroupPathsWrittenWithTheExportsOtherSeparatorTheDot(@TempDir Path folder) throws java.io.IOException {
        String slashes = java.nio.file.Files.readString(SurveyInput.fixture("kobo/groups-semicolon.csv"));
        int headerEnd = slashes.indexOf('\n');
        Path dots = SurveyInput.write(folder, "groups-dot.csv", slashes.substring(0, headerEnd).replace('/', '.')
                + slashes.substring(headerEnd));

        ParsedFile parsed = SurveyInput.read(dots);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.format()).isEqualTo(ImportFormat.KOBO);
        assertThat(parsed.rows()).isEqualTo(SurveyInput.readFixture("kobo/groups-semicolon.csv").rows());
    }

    @Test
    void anExportWithTheQuestionsWordingAsHeadingsSaysHowToExportItAgainOnce(@TempDir Path folder) {
        Path file = SurveyInput.write(folder, "labels.csv", "Which site do you work at?,Which survey round is this?,"
                + "stressors/Your financial situation,Your housing situation,"
                + "Which of these are your top three stressors right now?,_uuid\n"
                + "Victoria,2020-03,Very,Moderately,Financial,u-1\n");

        List<String> sentences = SurveyInput.sentences(SurveyInput.read(file));

        assertThat(sentences.get(0)).isEqualTo("labels.csv, row 1: the column headings are the PSP-1 questions' wording"
                + " (5 columns, e.g. \"Which site do you work at?\"), not their names: export the file again with"
                + " \"XML values and headers\" (KoboToolbox) or as raw data with variable names (REDCap), or import it"
                + " as another tool's file, whose column mapping the import wizard suggests from the wording.");
        assertThat(sentences).as("not once more per column").noneMatch(s -> s.contains("is not a PSP-1 code"));
    }

    @Test
    void submittedIsTheSubmissionTimeWhenTheFormHasNoSubmittedQuestion() {
        ParsedFile parsed = SurveyInput.readFixture("kobo/no-groups-comma.csv");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.separator()).isEqualTo("comma");
        assertThat(parsed.rows()).containsExactly(
                new ParsedRow(2, "Victoria Outreach", "2020 Fall", null, "2020-09-11T17:05:09",
                        "kobo:0b6c1f52-3a1e-4a7c-9f0e-2d5b8c7a6e41",
                        Map.of("fin_overall", "3", "housing_overall", "4", "qol", "2", "top3", "trauma caring other")),
                new ParsedRow(3, "Victoria Outreach", "2020 Fall", null, "2020-09-12T17:05:09",
                        "kobo:5e9d2c71-8b3f-4d6a-b1e0-7f4c3a2d1e90", Map.of("fin_overall", "1", "qol", "5")));
    }

    @Test
    void refusesTopThreeThatDisagreesWithItsChoiceColumns(@TempDir Path folder) {
        Path file = SurveyInput.write(folder, "kobo.csv", "site,wave,top3,top3/financial,top3/work" + META + "\r\n"
                + "Victoria,2020-03,financial work,1,0,1,u-1,2020-03-04T10:00:00,,,,,v1,,1\r\n");

        assertThat(SurveyInput.sentences(SurveyInput.read(file))).containsExactly(
                "kobo.csv, row 2, top3: says \"financial work\" but its choice columns say financial;"
                        + " export the file again, or correct one of them.");
    }

    @Test
    void refusesMoreThanThreeChoicesAndChoiceColumnsThatAreNotOneOrZero(@TempDir Path folder) {
        Path file = SurveyInput.write(folder, "kobo.csv",
                "site,wave,top3/financial,top3/work,top3/housing,top3/trauma,_uuid\n"
                        + "Victoria,2020-03,1,1,1,1,u-1\n"
                        + "Victoria,2020-03,yes,0,0,0,u-2\n");

        assertThat(SurveyInput.sentences(SurveyInput.read(file))).containsExactly(
                "kobo.csv, row 2, top3: has 4 different choices; choose at most 3.",
                "kobo.csv, row 3, top3/financial: yes is not 1 or 0; a choice column holds 1 when financial was chosen"
                        + " and 0 when not.");
    }

    @Test
    void refusesUnknownQuestionsAndChoicesNamingThem(@TempDir Path folder) {
        Path file = SurveyInput.write(folder, "kobo.csv",
                "site,wave,stressors/fin/fin_overal,consent,top3/family,_uuid\nVictoria,2020-03,3,yes,0,u-1\n");

        assertThat(SurveyInput.sentences(SurveyInput.read(file))).containsExactly(
                "kobo.csv, row 1, stressors/fin/fin_overal: the column heading stressors/fin/fin_overal (column C)"
                        + " is not a PSP-1 code or a KoboToolbox column; perhaps you meant fin_overall, or name the"
                        + " question with its PSP-1 code, or map the column to ignore.",
                "kobo.csv, row 1, consent: the column heading consent (column D) is not a PSP-1 code or a KoboToolbox"
                        + " column; perhaps you meant comment, or name the question with its PSP-1 code, or map the column to ignore.",
                "kobo.csv, row 1, top3/family: the column heading top3/family (column E) is not a choice of top3;"
                        + " its choices are financial, work, housing, resources, trauma, caring, health, relationships,"
                        + " substance_use, other.");
    }

    @Test
    void refusesAColumnOfNamesOnceAndNeverKeepsItsValues(@TempDir Path folder) {
        Path file = SurveyInput.write(folder, "kobo.csv", "site,wave,full_name,fin_overall,_uuid\n"
                + "Victoria,2020-03,Maria Lopez,3,u-1\nVictoria,2020-03,Sam Ng,4,u-2\n");

        ParsedFile parsed = SurveyInput.read(file);

        assertThat(SurveyInput.sentences(parsed)).containsExactly("kobo.csv, column C, \"full_name\": its values look"
                + " like people's names; PeerPulse never stores names — map this column to ignore.");
        assertThat(parsed.rows()).allSatisfy(r -> assertThat(r.answers()).doesNotContainValue("Maria Lopez"));
    }

    @Test
    void aMappingCanIgnoreAColumn(@TempDir Path folder) {
        Path file = SurveyInput.write(folder, "kobo.csv", "site,wave,full_name,fin_overall,_uuid\n"
                + "Victoria,2020-03,Maria Lopez,3,u-1\n");
        ColumnMapping ignoreName = new ColumnMapping("kobo", Map.of("full_name", "ignore"), Map.of());

        ParsedFile parsed = SurveyInput.read(file, ImportFormat.KOBO, new ReadOptions(null, ignoreName));

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).containsExactly(
                new ParsedRow(2, "Victoria", "2020-03", null, null, "kobo:u-1", Map.of("fin_overall", "3")));
    }

    @Test
    void theCommentIsAnAnswerHoweverItLooksAsInTheCanonicalCsv(@TempDir Path folder) {
        // audit: kobo_comment.csv and kobo_comment2.csv were refused whole as "people's names" and "phone numbers"
        for (String comment : new String[] {"Thank You", "2019-2022", "write to me at sam@example.org"}) {
            Path kobo = SurveyInput.write(folder, "kobo.csv", "site,wave,group/comment,_uuid\n"
                    + "Victoria,2020-03," + comment + ",u-1\nVictoria,2020-03,,u-2\n");
            Path canonical = SurveyInput.write(folder, "canonical.csv", "site,wave,comment\nVictoria,2020-03,"
                    + comment + "\nVictoria,2020-03,\n");

            ParsedFile parsed = SurveyInput.read(kobo);

            assertThat(parsed.problems()).as(comment).isEmpty();
            assertThat(parsed.rows()).as(comment).extracting(r -> r.answers().get("comment"))
                    .containsExactly(comment, null)
                    .containsExactlyElementsOf(SurveyInput.read(canonical).rows().stream()
                            .map(r -> r.answers().get("comment")).toList());
        }
    }

    @Test
    void oneCapitalisedValueIsNoColumnOfNamesUnlessTheHeadingSaysNames(@TempDir Path folder) {
        Path note = SurveyInput.write(folder, "kobo.csv", "site,wave,note,fin_overall,_uuid\n"
                + "Victoria,2020-03,Thank You,3,u-1\nVictoria,2020-03,,4,u-2\n");
        Path names = SurveyInput.write(folder, "names.csv", "site,wave,note,fin_overall,_uuid\n"
                + "Victoria,2020-03,Maria Lopez,3,u-1\nVictoria,2020-03,Sam Ng,4,u-2\n");
        Path named = SurveyInput.write(folder, "named.csv", "site,wave,Your name,fin_overall,_uuid\n"
                + "Victoria,2020-03,Maria Lopez,3,u-1\n");

        assertThat(SurveyInput.sentences(SurveyInput.read(note))).containsExactly("kobo.csv, row 1, note: the column"
                + " heading note (column C) is not a PSP-1 code or a KoboToolbox column; name the question with its"
                + " PSP-1 code, or map the column to ignore.");
        assertThat(SurveyInput.sentences(SurveyInput.read(names))).containsExactly("names.csv, column C, \"note\": its"
                + " values look like people's names; PeerPulse never stores names — map this column to ignore.");
        assertThat(SurveyInput.sentences(SurveyInput.read(named))).containsExactly("named.csv, column C, \"Your"
                + " name\": its values look like people's names; PeerPulse never stores names — map this column to"
                + " ignore.");
    }

    @Test
    void theImportCanNameTheWaveWhenTheFormHasNone(@TempDir Path folder) {
        Path file = SurveyInput.write(folder, "kobo.csv", "site,fin_overall,_uuid\nVictoria,2,u-1\n");

        assertThat(SurveyInput.read(file, ImportFormat.AUTO, new ReadOptions("2021 Spring", null)).rows())
                .extracting(ParsedRow::wave).containsExactly("2021 Spring");
        assertThat(SurveyInput.sentences(SurveyInput.read(file))).containsExactly("kobo.csv, row 1: there is no wave"
                + " column; add one with each response's wave label, or name the wave when importing.");
    }
}
