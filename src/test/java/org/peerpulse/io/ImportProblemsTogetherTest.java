package org.peerpulse.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A refused file's problems found by reading it and by matching its sites, listed at once, in row order. */
class ImportProblemsTogetherTest {
    private static final String FILE = "wave.csv";

    @Test
    void theFilesOwnProblemComesFirstThenTheRowsInOrder() {
        List<ImportProblem> read = List.of(ImportProblem.ofFile(FILE, "no wave column"), cell(2), cell(5));
        List<ImportProblem> matched = List.of(site(3), site(7));

        assertThat(ImportProblem.together(FILE, read, matched)).extracting(ImportProblem::row)
                .containsExactly(0, 2, 3, 5, 7);
    }

    @Test
    void moreThanTheMostListedAreCountedInAClosingProblem() {
        List<ImportProblem> matched = new ArrayList<>();
        for (int row = 2; row < 2 + 250; row++) {
            matched.add(site(row));
        }

        List<ImportProblem> listed = ImportProblem.together(FILE, List.of(cell(100)), matched);

        assertThat(listed).hasSize(ImportProblem.MOST_LISTED + 1);
        assertThat(listed.get(ImportProblem.MOST_LISTED).message())
                .isEqualTo("51 more problems are not listed; fix the ones above and import the file again");
        assertThat(listed.subList(0, ImportProblem.MOST_LISTED)).extracting(ImportProblem::row).isSorted();
        assertThat(ImportProblem.total(listed)).as("what a refusal counts: every problem, listed or not")
                .isEqualTo(251);
        assertThat(ImportProblem.total(List.of(cell(3), ImportProblem.unlisted(FILE, 1)))).isEqualTo(2);
        assertThat(ImportProblem.total(List.of(cell(3)))).isEqualTo(1);
    }

    @Test
    void everySiteTheProgramLacksIsSaidThoughItsRowsComeAfterTheMostListed() {
        List<ImportProblem> matched = new ArrayList<>();
        String[] sites = {"Prince George", "Surrey", "Vancouver", "Victoria"};
        for (int row = 2; row < 2 + 693; row++) { // a responses export of another program: 4 sites, in turn
            String name = sites[Math.min(3, (row - 2) / 174)];
            matched.add(new ImportProblem(FILE, row, "site", name, "\"" + name + "\" is not a site of this program"));
        }

        List<ImportProblem> listed = ImportProblem.together(FILE, List.of(), matched);

        assertThat(ImportProblem.sentences(listed)).hasSize(5).allSatisfy(sentence -> assertThat(sentence).isNotBlank());
        for (String site : sites) {
            assertThat(ImportProblem.sentences(listed)).anySatisfy(s -> assertThat(s).contains("\"" + site + "\""));
        }
        assertThat(ImportProblem.total(listed)).isEqualTo(693);
        assertThat(listed.get(listed.size() - 1).message()).startsWith((693 - (listed.size() - 1)) + " more problems");
    }

    @Test
    void aReadingThatListedAsManyAsItMayIsGivenBackAsItIs() {
        List<ImportProblem> read = new ArrayList<>();
        for (int row = 2; row < 2 + ImportProblem.MOST_LISTED; row++) {
            read.add(cell(row));
        }
        read.add(ImportProblem.unlisted(FILE, 9));

        assertThat(ImportProblem.together(FILE, read, List.of(site(3)))).isSameAs(read);
    }

    private static ImportProblem cell(int row) {
        return new ImportProblem(FILE, row, "fin_overall", "7", "7 is not on the 1–5 scale");
    }

    private static ImportProblem site(int row) {
        return new ImportProblem(FILE, row, "site", "Atlantis", "\"Atlantis\" is not a site of this program");
    }
}
