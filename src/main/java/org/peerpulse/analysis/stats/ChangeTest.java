package org.peerpulse.analysis.stats;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.inference.FisherExactTest;

/**
 * Is a change in a proportion between two waves real? Pearson chi-square with Yates' continuity
 * correction as R's chisq.test (each |O − E| reduced by min(0.5, |O − E|)), and Fisher's exact
 * test two-sided; Fisher's is reported whenever any expected count is below 5.
 */
public final class ChangeTest {
    private static final ChiSquaredDistribution ONE_DF = ChiSquaredDistribution.of(1);

    private ChangeTest() {
    }

    public static ChangeTestResult of(long count1, long n1, long count2, long n2) {
        long[][] table = {{count1, n1 - count1}, {count2, n2 - count2}};
        double total = n1 + n2;
        double chi2 = 0;
        double minExpected = Double.POSITIVE_INFINITY;
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                double expected = (table[i][0] + table[i][1]) * (double) (table[0][j] + table[1][j]) / total;
                minExpected = Math.min(minExpected, expected);
                double deviation = Math.abs(table[i][j] - expected);
                double corrected = deviation - Math.min(0.5, deviation);
                chi2 += corrected * corrected / expected;
            }
        }
        double pYates = Double.isNaN(chi2) ? Double.NaN : ONE_DF.survivalProbability(chi2);
        double fisherP = FisherExactTest.withDefaults().test(new int[][] {
            {Math.toIntExact(table[0][0]), Math.toIntExact(table[0][1])},
            {Math.toIntExact(table[1][0]), Math.toIntExact(table[1][1])}}).getPValue();
        TestUsed test = minExpected < 5 || Double.isNaN(chi2) ? TestUsed.FISHER : TestUsed.CHI2_YATES;
        return new ChangeTestResult(chi2, pYates, fisherP, minExpected, test,
                test == TestUsed.FISHER ? fisherP : pYates);
    }
}
