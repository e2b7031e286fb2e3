package org.peerpulse.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A small group's zeros are protected with its other figures ("none of the three is unhoused" is about
 * them), but a zero whose row or column in the same table shows a total of 0 is told by that table: it
 * reads 0, not "<5" beside a total of 0 (the Associations view showed Victoria's unhoused workers in
 * 2019-09 so). Not in a group hidden whole, which shows nothing.
 */
class CountCubeZerosTest {
    private static final int K = 5;

    @Test
    void aZeroInALineThatShowsATotalOfZeroReadsZero() {
        // housing (stable, unstable, unhoused) × high financial stress (no, yes) at one site in one wave:
        // "no" is a group of 3, so its figures are hidden, its zeros too; nobody is unhoused
        CountCube cube = new CountCube(2, CountCube.Axis.of(1), CountCube.Axis.of(1), CountCube.Axis.of(3),
                CountCube.Axis.of(2));
        long[][] counts = {{2, 6}, {1, 9}, {0, 0}};
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 2; j++) {
                cube.add(new int[] {0, 0, i, j}, counts[i][j]);
            }
        }
        Suppression[] reasons = cube.protect(K, group -> false);
        assertThat(reasons[cube.position(0, 0, 2, 0)]).as("protected: a small group's zero").isNotEqualTo(Suppression.NONE);

        SuppressedTable shown = cube.table(reasons, new SmallNumbers(K, false), 4, 3, (i, j) -> cube.position(0, 0, i, j));
        assertThat(shown.rowTotal(2).count()).as("the row's total").hasValue(0);
        assertThat(shown.cell(2, 0).count()).as("a zero in the row of 0, in the small group's column").hasValue(0);
        assertThat(shown.cell(0, 0).hidden()).as("the small group's 2").isTrue();
        assertThat(shown.cell(1, 0).hidden()).as("the small group's 1").isTrue();
        assertThat(shown.columnTotal(0).hidden()).as("the small group's total of 3").isTrue();
    }

    @Test
    void aGroupHiddenWholeShowsNotEvenItsZeros() {
        // four sites in one wave; the third has 3 respondents, all stable: its group is hidden (and the
        // smallest other site's beside it), and the program's row of 0 unhoused does not bring its zero back
        CountCube cube = new CountCube(2, CountCube.Axis.of(4), CountCube.Axis.of(1), CountCube.Axis.of(3),
                CountCube.Axis.of(2));
        long[][][] counts = {{{4, 6}, {5, 9}, {0, 0}}, {{6, 7}, {8, 5}, {0, 0}}, {{1, 2}, {0, 0}, {0, 0}},
                {{9, 7}, {8, 6}, {0, 0}}};
        for (int s = 0; s < 4; s++) {
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 2; j++) {
                    cube.add(new int[] {s, 0, i, j}, counts[s][i][j]);
                }
            }
        }
        Suppression[] reasons = cube.protect(K, group -> false);
        SmallNumbers protection = new SmallNumbers(K, false);

        // the sites' unhoused rows, with the program's below: the program shows 0, the small site nothing
        SuppressedTable unhoused = cube.table(reasons, protection, 5, 3, (i, j) -> cube.position(i, 0, 2, j));
        assertThat(unhoused.columnTotal(0).count()).as("the program's unhoused with no high stress").hasValue(0);
        assertThat(unhoused.cell(1, 0).count()).as("the second site's, in the program's 0").hasValue(0);
        assertThat(unhoused.rowTotal(2).hidden()).as("the small site's unhoused").isTrue();
        assertThat(unhoused.cell(2, 0).hidden()).as("the small site's, in the program's 0").isTrue();
    }
}
