package org.peerpulse.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * Over random tables, no hidden small value can be recovered by a reader who sees the
 * protected table (see {@link SubtractionAttacker} for what that reader can do).
 */
class SuppressionPropertyTest {

    @Property(tries = 2000)
    void noHiddenSmallValueCanBePinned(@ForAll("tables") long[][] counts, @ForAll @IntRange(min = 3, max = 20) int k,
                                       @ForAll Totals totals) {
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

    @Property(tries = 2000)
    void noLineHidesASumTheReaderCanBoundBelowK(@ForAll("tables") long[][] counts,
                                                @ForAll @IntRange(min = 3, max = 20) int k, @ForAll Totals totals) {
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

    @Property(tries = 1000)
    void shownFiguresEqualTheInputAndEverySmallOneIsHidden(@ForAll("tables") long[][] counts,
                                                           @ForAll @IntRange(min = 3, max = 20) int k,
                                                           @ForAll Totals totals) {
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

    @Property(tries = 1000)
    void showingSmallNumbersShowsEverythingAndStillSaysWhatWouldBeHidden(
            @ForAll("tables") long[][] counts, @ForAll @IntRange(min = 3, max = 20) int k, @ForAll Totals totals) {
        SuppressedTable protectedTable = new SmallNumbers(k, false).protect(counts, totals);
        SuppressedTable internal = new SmallNumbers(k, true).protect(counts, totals);
        long[][] truth = extended(counts);
        assertThat(internal.smallNumbersShown()).isTrue();
        forEachFigure(internal, (i, j, cell) -> {
            assertThat(cell.count()).hasValue(truth[i][j]);
            assertThat(cell.suppression()).isEqualTo(figure(protectedTable, i, j).suppression());
        });
    }

    @Provide
    Arbitrary<long[][]> tables() {
        Arbitrary<Long> count = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(0L)),
                Tuple.of(6, Arbitraries.longs().between(1, 5)),
                Tuple.of(3, Arbitraries.longs().between(6, 20)),
                Tuple.of(2, Arbitraries.longs().between(21, 30)));
        return Combinators.combine(Arbitraries.integers().between(1, 6), Arbitraries.integers().between(1, 6))
                .flatAs((rows, columns) -> count.list().ofSize(columns).list().ofSize(rows))
                .map(SuppressionPropertyTest::toArray);
    }

    private static long[][] toArray(List<List<Long>> rows) {
        return rows.stream().map(row -> row.stream().mapToLong(Long::longValue).toArray()).toArray(long[][]::new);
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
