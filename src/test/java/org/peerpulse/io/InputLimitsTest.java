package org.peerpulse.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files beyond {@link InputLimits} are refused with one sentence each (decision input-limits). */
class InputLimitsTest {
    @TempDir
    Path folder;

    private List<String> sentences(String name, byte[] bytes) {
        return SurveyInput.sentences(SurveyInput.read(SurveyInput.write(folder, name, bytes)));
    }

    private List<String> sentences(String name, String text) {
        return SurveyInput.sentences(SurveyInput.read(SurveyInput.write(folder, name, text)));
    }

    @Test
    void aSiteNameLongerThanTheDatabaseKeepsIsRefusedWithItsRow() {
        assertThat(sentences("answers.csv", "site,wave,fin_overall\n" + "V".repeat(300) + ",2020-03,4\n"))
                .containsExactly("answers.csv, row 2: \"" + "V".repeat(40) + "…\" is 300 characters long; a site name"
                        + " has at most 200.");
    }

    @Test
    void aCellLongerThanAnyCommentIsRefusedWithItsRowAndColumn() {
        assertThat(sentences("answers.csv", "site,wave,comment\nVictoria,2020-03,\"" + "c".repeat(12_000) + "\"\n"))
                .containsExactly("answers.csv, row 2, column C: the cell is 12,000 characters long; a cell holds at"
                        + " most 10,000 characters.");
    }

    @Test
    void aLineOfMillionsOfCharactersIsRefusedWhileItIsRead() {
        assertThat(sentences("answers.csv", "site,wave,comment\nVictoria,2020-03," + "x".repeat(2_000_000) + "\n"))
                .containsExactly("answers.csv: line 2 of the text is longer than 1,000,000 characters, so this is not"
                        + " a survey export; check that it is the right file.");
    }

    @Test
    void aWorkbookThatUnpacksFarBeyondASurveyIsRefusedAsAZipBomb() {
        byte[] workbook = HostileFiles.inflatingWorkbook(HostileFiles.workbook(List.of(List.of("site", "wave"),
                List.of("Victoria", "2020-03"))), 40);
        assertThat(workbook.length).isLessThan(200_000);
        assertThat(sentences("bomb.xlsx", workbook)).singleElement().asString()
                .startsWith("bomb.xlsx: unpacks to far more than a survey (over 16 MB of sheet text from a ")
                .endsWith(" KB file), so it is not read; save the sheet as CSV UTF-8 and import that.");
    }

    @Test
    void aDamagedWorkbookGetsOneSentenceWithoutParserMessages() {
        byte[] workbook = HostileFiles.workbook(List.of(List.of("site", "wave"), List.of("Victoria", "2020-03")));
        assertThat(sentences("cut.xlsx", Arrays.copyOf(workbook, workbook.length / 2))).containsExactly(
                "cut.xlsx: is a damaged or incomplete XLSX workbook; open it in Excel, save it again as an Excel"
                        + " Workbook (.xlsx) or as CSV UTF-8, and import it again.");
    }

    @Test
    void aLongHeadingIsCutInTheSentence() {
        ImportProblem problem = new ImportProblem("a.csv", 1, "h".repeat(100) + "\nx", null, "is not a PSP-1 code");
        assertThat(problem.sentence()).isEqualTo("a.csv, row 1, " + "h".repeat(60) + "…: is not a PSP-1 code.");
    }
}
