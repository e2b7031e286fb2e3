package org.peerpulse.analysis.stats;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * Pearson's chi-square test of independence for an r×c table, as R's {@code chisq.test(matrix)}:
 * df = (r − 1)(c − 1), Yates' correction only for 2×2, Cramér's V as the effect size.
 *
 * <p>Rows and columns that are entirely zero (an empty category in a manager's table) are
 * dropped first: they carry no information, and left in they would make R's X² NaN (E = 0).
 * When fewer than two rows or columns remain the result is {@link ContingencyResult#testable()
 * not testable} (all NaN, df 0, no Fisher p).
 */
public final class ContingencyTest {
    private ContingencyTest() {
    }

    /**
     * @param table counts, {@code table[row][column]}, rectangular, none negative
     * @throws IllegalArgumentException for a ragged or empty array or a negative count
     */
    public static ContingencyResult of(long[][] table) {
        CountTable reduced = CountTable.of(table).withoutEmptyLines();
        int rows = reduced.rows();
        int columns = reduced.columns();
        if (rows < 2 || columns < 2) {
            return ContingencyResult.NOT_TESTABLE;
        }
        boolean twoByTwo = rows == 2 && columns == 2;
        int df = (rows - 1) * (columns - 1);
        double chi2 = reduced.pearsonChiSquare(twoByTwo);
        double p = ChiSquaredDistribution.of(df).survivalProbability(chi2);
        Double fisherP = twoByTwo
                ? FisherExact.twoSided(reduced.count(0, 0), reduced.count(0, 1), reduced.count(1, 0), reduced.count(1, 1))
                : null;
        double uncorrected = twoByTwo ? reduced.pearsonChiSquare(false) : chi2;
        double cramersV = Math.sqrt(uncorrected / (reduced.total() * (double) (Math.min(rows, columns) - 1)));
        double minExpected = reduced.minExpected();
        return new ContingencyResult(chi2, df, p, twoByTwo, fisherP, cramersV, minExpected,
                minExpected < ChangeTest.MIN_EXPECTED_FOR_CHI2);
    }
}
