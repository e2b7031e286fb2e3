package org.peerpulse.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Over random tables, no hidden small value can be recovered by a reader who sees the
 * protected table (see {@link SubtractionAttacker} for what that reader can do).
 * Each case is a random table, k and totals option drawn from its own seed, so a failure
 * names the seed that reproduces it.
 */
class SuppressionPropertyTest {

    /** 2,000 cases: 1–6 × 1–6 tables, counts 0–30 skewed to small ones, k 3–20, every totals option. */
    static Stream<Arguments> cases() {
        return Stream.iterate(1L, seed -> seed + 1).limit(2000).map(seed -> {
            SplittableRandom random = new SplittableRandom(seed);
            return Arguments.of(seed, table(random), 3 + random.nextInt(18),
                    Totals.values()[random.nextInt(Totals.values().length)]);
        });
    }

    private static long[][] table(SplittableRandom random) {
        long[][] counts = new long[1 + random.nextInt(6)][1 + random.nextInt(6)];
        for (long[] row : counts) {
            for (int j = 0; j < row.length; j++) {
                int bucket = random.nextInt(14); // weights 3 : 6 : 3 : 2
                row[j] = bucket < 3 ? 0 : bucket < 9 ? random.nextLong(1, 6) : bucket < 12 ? random.nextLong(6, 21)
                        : random.nextLong(21, 31);
            }
        }
        return counts;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("cases")
    void noHiddenSmallValueCanBePinned(long seed, long[][] counts, int k, Totals totals) {
        SuppressedTable table = new SmallNumbers(k, false).protect(counts, totals);
        SubtractionAttacker reader = new SubtractionAttacker(table);
        long[][] truth = extended(counts);
        for (int i = 0; i < truth.length; i++) {
            for (int j = 0; j < truth[0].length; j++) {
                long value = truth[i][j];
                if (value > 0 && value < k && !readerSees(table, i, j)) {
                    assertThat(reader.pins(i, j))
                            .as("(%d, %d) = %d pinned to [%d, %d]", i, j, value, reader.low(i, j), reader.high(i, j))
                            .isFalse();
                }
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("cases")
    void noLineHidesASumTheReaderCanBoundBelowK(long seed, long[][] counts, int k, Totals totals) {
        SuppressedTable table = new SmallNumbers(k, false).protect(counts, totals);
        SubtractionAttacker reader = new SubtractionAttacker(table);
        long[][] truth = extended(counts);
        int rows = table.rows();
        int columns = table.columns();
        for (int i = 0; i < rows; i++) {
            if (truth[i][columns] >= k && anyHiddenInRow(table, i)) {
                assertThat(reader.hiddenSumBoundOfRow(table, i)).as("row %d", i).isGreaterThanOrEqualTo(k);
            }
        }
        for (int j = 0; j < columns; j++) {
            if (truth[rows][j] >= k && anyHiddenInColumn(table, j)) {
                assertThat(reader.hiddenSumBoundOfColumn(table, j)).as("column %d", j).isGreaterThanOrEqualTo(k);
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("cases")
    void shownFiguresEqualTheInputAndEverySmallOneIsHidden(long seed, long[][] counts, int k, Totals totals) {
        SuppressedTable table = new SmallNumbers(k, false).protect(counts, totals);
        long[][] truth = extended(counts);
        forEachFigure(table, (i, j, cell) -> {
            long value = truth[i][j];
            assertThat(cell.hidden()).as("(%d, %d)", i, j).isEqualTo(cell.wouldBeHidden());
            if (!cell.hidden()) {
                assertThat(cell.count()).hasValue(value);
            }
            if (value > 0 && value < k) {
                assertThat(cell.suppression()).as("(%d, %d) = %d", i, j, value).isEqualTo(Suppression.PRIMARY);
            }
            if (cell.suppression() == Suppression.COMPLEMENTARY) {
                assertThat(value).as("a complement is never a zero nor a small count").isGreaterThanOrEqualTo(k);
            }
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("cases")
    void showingSmallNumbersShowsEverythingAndStillSaysWhatWouldBeHidden(long seed, long[][] counts, int k, Totals totals) {
        SuppressedTable protectedTable = new SmallNumbers(k, false).protect(counts, totals);
        SuppressedTable internal = new SmallNumbers(k, true).protect(counts, totals);
        long[][] truth = extended(counts);
        assertThat(internal.smallNumbersShown()).isTrue();
        forEachFigure(internal, (i, j, cell) -> {
            assertThat(cell.count()).hasValue(truth[i][j]);
            assertThat(cell.suppression()).isEqualTo(figure(protectedTable, i, j).suppression());
        });
    }

    static long[][] extended(long[][] counts) {
        int rows = counts.length;
        int columns = counts[0].length;
        long[][] extended = new long[rows + 1][columns + 1];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                extended[i][j] = counts[i][j];
                extended[i][columns] += counts[i][j];
                extended[rows][j] += counts[i][j];
                extended[rows][columns] += counts[i][j];
            }
        }
        return extended;
    }

    interface FigureCheck {
        void check(int row, int column, Cell cell);
    }

    /** Every figure the table has, at its position in the extended table. */
    private static void forEachFigure(SuppressedTable table, FigureCheck check) {
        for (int i = 0; i <= table.rows(); i++) {
            for (int j = 0; j <= table.columns(); j++) {
                Cell cell = figure(table, i, j);
                if (cell != null) {
                    check.check(i, j, cell);
                }
            }
        }
    }

    /** The figure at a position of the extended table, or null where the table has no such total. */
    private static Cell figure(SuppressedTable table, int i, int j) {
        int rows = table.rows();
        int columns = table.columns();
        if (i < rows && j < columns) {
            return table.cell(i, j);
        }
        if (i == rows && j == columns) {
            return table.totals().grand() ? table.grandTotal() : null;
        }
        if (i == rows) {
            return table.totals().columns() ? table.columnTotal(j) : null;
        }
        return table.totals().rows() ? table.rowTotal(i) : null;
    }

    private static boolean readerSees(SuppressedTable table, int i, int j) {
        Cell cell = figure(table, i, j);
        return cell != null && !cell.hidden();
    }

    private static boolean anyHiddenInRow(SuppressedTable table, int row) {
        for (int j = 0; j < table.columns(); j++) {
            if (table.cell(row, j).hidden()) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyHiddenInColumn(SuppressedTable table, int column) {
        for (int i = 0; i < table.rows(); i++) {
            if (table.cell(i, column).hidden()) {
                return true;
            }
        }
        return false;
    }
}
