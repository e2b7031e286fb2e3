package org.peerpulse.analysis.stats;

/**
 * The 2×2 change test of analysis.md: both tests kept, and the one reported.
 *
 * @param chi2Yates NaN when a margin is zero (R gives NaN too)
 * @param test      Fisher's whenever any expected count is below 5
 * @param p         the reported test's p-value
 */
public record ChangeTestResult(double chi2Yates, double pYates, double fisherP, double minExpected, TestUsed test,
                               double p) {
}
