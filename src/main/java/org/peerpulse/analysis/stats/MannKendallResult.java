package org.peerpulse.analysis.stats;

/**
 * Mann–Kendall test for a monotonic trend in a series, two-sided.
 *
 * @param s     Kendall's S = Σ_{i&lt;j} sign(x_j − x_i): positive for a rising series
 * @param p     two-sided p-value; NaN when not testable (fewer than two values, or all equal)
 * @param exact whether p comes from the exact null distribution of S (n &lt; 10, no ties)
 */
public record MannKendallResult(long s, double p, boolean exact) implements TrendTest {
}
