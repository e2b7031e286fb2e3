package org.peerpulse.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RedcapReaderTest {
    @Test
    void readsClassicExportWithDataAccessGroupsAsSitesAndCheckboxesAsTopThree() {
        ParsedFile parsed = SurveyInput.readFixture("redcap/classic-dag.csv");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.format()).isEqualTo(ImportFormat.REDCAP);
        assertThat(parsed.rows()).containsExactly(
                new ParsedRow(2, "victoria_outreach", "2020-03", "AB03", "2020-03-04T12:30:00", "redcap:1",
                        Map.of("fin_overall", "4", "work_overall", "2", "employment", "part_time",
                                "top3", "financial work")),
                new ParsedRow(3, "prince_george", "2020-03", null, null, "redcap:2",
                        Map.of("fin_overall", "3", "employment", "casual", "comment", "Short staffed, again")),
                new ParsedRow(4, "victoria_outreach", "2020-03", null, "2020-03-05T09:02:41", "redcap:3",
                        Map.of("fin_overall", "5", "work_overall", "5", "employment", "full_time",
                                "top3", "housing trauma health")));
    }

    @Test
    void aCommentOfOneCapitalisedValueIsKept(@TempDir Path folder) {
        // audit: redcap_comment.csv was refused whole, its one comment "Thank You" taken for a column of names
        Path file = SurveyInput.write(folder, "redcap.csv", "record_id,redcap_event_name,redcap_data_access_group,"
                + "fin_overall,comment,psp1_complete\n1,wave_2020_03_arm_1,victoria_outreach,4,Thank You,2\n"
                + "2,wave_2020_03_arm_1,victoria_outreach,3,,2\n3,wave_2020_03_arm_1,victoria_outreach,3,,2\n");

        ParsedFile parsed = SurveyInput.read(file);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).extracting(r -> r.answers().get("comment")).containsExactly("Thank You", null, null);
    }

    @Test
    void readsLongitudinalExportWithEventsAsWavesWithoutTheirArm() {
        ParsedFile parsed = SurveyInput.readFixture("redcap/longitudinal-dag.csv");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).containsExactly(
                new ParsedRow(2, "victoria_outreach", "wave_2020_03", null, "2020-03-04T12:30:00",
                        "redcap:101:wave_2020_03_arm_1", Map.of("fin_overall", "4", "srh", "2", "top3", "financial")),
                new ParsedRow(3, "victoria_outreach", "wave_2020_09", null, "2020-09-10T16:45:12",
                        "redcap:101:wave_2020_09_arm_1",
                        Map.of("fin_overall", "5", "srh", "3", "top3", "financial housing")),
                new ParsedRow(4, "prince_george", "wave_2020_03", null, null, "redcap:102:wave_2020_03_arm_1",
                        Map.of()));
    }

    @Test
    void aSiteFieldWinsOverTheDataAccessGroup(@TempDir Path folder) {
        Path file = SurveyInput.write(folder, "redcap.csv", "record_id,redcap_data_access_group,site,wave,qol\n"
                + "7,dag_one,Kamloops,2020-03,4\n");

        assertThat(SurveyInput.read(file).rows()).containsExactly(
                new ParsedRow(2, "Kamloops", "2020-03", null, null, "redcap:7", Map.of("qol", "4")));
    }

    @Test
    void readsCheckboxesExportedAsCheckedAndUnchecked(@TempDir Path folder) {
        Path file = SurveyInput.write(folder, "redcap.csv", "record_id,site,wave,top3___financial,top3___work,"
                + "top3___housing\n7,Kamloops,2020-03,Checked,Unchecked,checked\n");

        assertThat(SurveyInput.read(file).rows()).containsExactly(
                new ParsedRow(2, "Kamloops", "2020-03", null, null, "redcap:7", Map.of("top3", "financial housing")));
    }

    @Test
    void refusesBadValuesWithTheExactSentences(@TempDir Path folder) {
        Path file = SurveyInput.write(folder, "redcap.csv",
                "record_id,redcap_data_access_group,wave,fin_overall,top3___financial,top3___family,psp1_complete\n"
                        + "1,,2020-03,7,2,0,2\n");

        assertThat(SurveyInput.sentences(SurveyInput.read(file))).containsExactly(
                "redcap.csv, row 1, top3___family: the column heading top3___family (column F) is not a choice of top3;"
                        + " its choices are financial, work, housing, resources, trauma, caring, health, relationships,"
                        + " substance_use, other.",
                "redcap.csv, row 2, redcap_data_access_group: is blank; every response needs its site name or code.",
                "redcap.csv, row 2, fin_overall: 7 is not on the 1–5 scale.",
                "redcap.csv, row 2, top3___financial: 2 is not 1 or 0; a choice column holds 1 when financial was"
                        + " chosen and 0 when not.");
    }

    @Test
    void refusesAnExportWithoutSiteOrDataAccessGroup(@TempDir Path folder) {
        Path file = SurveyInput.write(folder, "redcap.csv", "record_id,redcap_event_name,qol\n1,w1_arm_1,3\n");

        assertThat(SurveyInput.sentences(SurveyInput.read(file))).containsExactly("redcap.csv, row 1: there is no site"
                + " column; add one that names each response's site, or export the data access groups.");
    }
}
