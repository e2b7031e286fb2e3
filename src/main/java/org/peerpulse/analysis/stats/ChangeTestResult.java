package org.peerpulse.analysis.stats;

/**
 * Whether a proportion changed between two waves (analysis.md, "Is a change between two waves
 * real?"). Both tests are kept; {@code test} and {@code p} say which one is reported.
 *
 * @param chi2Yates   Pearson X² with Yates' correction (R's cap); NaN when a margin is zero
 * @param pYates      its p-value on 1 df; NaN when chi2Yates is
 * @param fisherP     Fisher's exact two-sided p-value (R's definition); 1 when a margin is zero
 * @param minExpected smallest expected count of the 2×2 table
 * @param test        FISHER when minExpected &lt; 5 (including a zero margin), else CHI2_YATES
 * @param p           the p-value of {@code test}
 */
public record ChangeTestResult(double chi2Yates, double pYates, double fisherP, double minExpected,
                               TestUsed test, double p) {
}
