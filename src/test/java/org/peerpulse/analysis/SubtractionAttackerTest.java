package org.peerpulse.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The property test is only as good as its reader: show that the reader does find leaks. */
class SubtractionAttackerTest {

    @Test
    void recoversASmallCountHiddenAloneInItsRow() {
        // 3 hidden on its own: 25 − 10 − 12.
        SubtractionAttacker reader = new SubtractionAttacker(onlyHiding(new long[][] {{3, 10, 12}, {8, 9, 15}}, 0, 0));
        assertThat(reader.pins(0, 0)).isTrue();
        assertThat(reader.low(0, 0)).isEqualTo(3);
    }

    @Test
    void chainsSubtractionsAcrossLines() {
        // (0, 0) and (0, 1) hidden in row 0, but column 1 gives (0, 1) = 19 − 9, then row 0 gives 3.
        SubtractionAttacker reader = new SubtractionAttacker(
                onlyHiding(new long[][] {{3, 10, 12}, {8, 9, 15}}, 0, 0, 0, 1));
        assertThat(reader.pins(0, 1)).isTrue();
        assertThat(reader.pins(0, 0)).isTrue();
    }

    @Test
    void boundsTwoHiddenCellsThatSumBelowK() {
        // Row 0 shows 20 and 30 of 53, so its hidden cells add up to exactly 3.
        SuppressedTable table = onlyHiding(new long[][] {{1, 2, 20, 30}, {10, 10, 10, 10}}, 0, 0, 0, 1, 1, 0, 1, 1);
        SubtractionAttacker reader = new SubtractionAttacker(table);
        assertThat(reader.hiddenSumBoundOfRow(table, 0)).isEqualTo(3);
        assertThat(reader.high(0, 0)).isEqualTo(3);
    }

    @Test
    void cannotPinAProtectedRectangle() {
        SuppressedTable table = new SmallNumbers(5, false).protect(new long[][] {{3, 10, 12}, {8, 9, 15}});
        SubtractionAttacker reader = new SubtractionAttacker(table);
        assertThat(reader.low(0, 0)).isZero();
        assertThat(reader.high(0, 0)).isEqualTo(11);
    }

    /** A table with all totals shown and only the given (row, column) pairs hidden. */
    private static SuppressedTable onlyHiding(long[][] counts, int... positions) {
        long[][] extended = SuppressionPropertyTest.extended(counts);
        Cell[][] cells = new Cell[extended.length][extended[0].length];
        for (int i = 0; i < extended.length; i++) {
            for (int j = 0; j < extended[0].length; j++) {
                cells[i][j] = new Cell(OptionalLong.of(extended[i][j]), Suppression.NONE);
            }
        }
        for (int p = 0; p < positions.length; p += 2) {
            cells[positions[p]][positions[p + 1]] = new Cell(OptionalLong.empty(), Suppression.PRIMARY);
        }
        return new SuppressedTable(5, Totals.ALL, false, cells);
    }
}
