package org.peerpulse.analysis.stats;

/**
 * Chi-square test for a linear trend in proportions, 1 df.
 *
 * @param chi2 the statistic; NaN when not testable (overall proportion 0 or 1, or all scores equal)
 * @param p    upper-tail p-value on 1 df; NaN with chi2
 */
public record TrendTestResult(double chi2, double p) implements TrendTest {
}
