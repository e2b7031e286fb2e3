package org.peerpulse.analysis.stats;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * Compares a proportion between two waves: the 2×2 table wave × (counted, not counted).
 * Chi-square with Yates' correction as R's {@code chisq.test(matrix)}, Fisher's exact test as R's
 * {@code fisher.test}; Fisher's is reported whenever an expected count is below 5.
 *
 * <p>Degenerate tables: when a margin is zero (nobody counted in either wave, everybody
 * counted, or a wave with no respondents) R's X² is NaN (0/0) and the single possible table
 * gives Fisher p = 1. The result says so: chi2Yates and pYates NaN, Fisher reported with p = 1.
 */
public final class ChangeTest {
    static final double MIN_EXPECTED_FOR_CHI2 = 5.0;
    private static final ChiSquaredDistribution ONE_DF = ChiSquaredDistribution.of(1);

    private ChangeTest() {
    }

    /**
     * @param count1 counted in the first wave, of {@code n1} who answered
     * @param count2 counted in the second wave, of {@code n2} who answered
     * @throws IllegalArgumentException when a count is outside 0..n or both waves are empty
     */
    public static ChangeTestResult of(long count1, long n1, long count2, long n2) {
        check(count1, n1);
        check(count2, n2);
        if (n1 + n2 == 0) {
            throw new IllegalArgumentException("both waves are empty");
        }
        long a = count1;
        long b = n1 - count1;
        long c = count2;
        long d = n2 - count2;
        CountTable table = CountTable.of(new long[][] {{a, b}, {c, d}});
        double fisherP = FisherExact.twoSided(a, b, c, d);
        double minExpected = table.minExpected();
        if (table.hasEmptyMargin()) {
            return new ChangeTestResult(Double.NaN, Double.NaN, fisherP, minExpected, TestUsed.FISHER, fisherP);
        }
        double chi2 = table.pearsonChiSquare(true);
        double pYates = ONE_DF.survivalProbability(chi2);
        boolean fisher = minExpected < MIN_EXPECTED_FOR_CHI2;
        return new ChangeTestResult(chi2, pYates, fisherP, minExpected,
                fisher ? TestUsed.FISHER : TestUsed.CHI2_YATES, fisher ? fisherP : pYates);
    }

    private static void check(long count, long n) {
        if (n < 0 || count < 0 || count > n) {
            throw new IllegalArgumentException("count " + count + " outside 0.." + n);
        }
    }
}
