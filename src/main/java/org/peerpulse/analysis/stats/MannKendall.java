package org.peerpulse.analysis.stats;

import java.util.Arrays;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Mann–Kendall trend test for one series in time order (e.g. a site's mean score by wave).
 *
 * <ul>
 * <li>n &lt; 10 and no ties: exact two-sided p = P(|S| ≥ |s|) under the null distribution of S
 *     (all n! orders equally likely), as R's {@code cor.test(method = "kendall", exact = TRUE)}.
 * <li>otherwise the normal approximation of the classic Mann–Kendall test (Kendall 1975,
 *     Gilbert 1987, R package trend's {@code mk.test}): Var S = [n(n−1)(2n+5) − Σ t(t−1)(2t+5)]/18
 *     over groups of t tied values, Z = (S − sign S)/√Var S (continuity correction), p = 2 P(N > |Z|).
 * </ul>
 *
 * <p>Fewer than two values, or all values equal (Var S = 0): p is NaN (R's {@code cor.test}
 * gives NA there too).
 */
public final class MannKendall {
    static final int EXACT_BELOW = 10;
    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private MannKendall() {
    }

    /** @throws IllegalArgumentException when a value is NaN or infinite */
    public static MannKendallResult test(double... series) {
        for (double value : series) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("series value " + value);
            }
        }
        int n = series.length;
        long s = statistic(series);
        if (n < 2) {
            return new MannKendallResult(s, Double.NaN, false);
        }
        double tieTerm = tieTerm(series);
        if (n < EXACT_BELOW && tieTerm == 0) {
            return new MannKendallResult(s, KendallDistribution.twoSidedP(n, s), true);
        }
        double variance = ((double) n * (n - 1) * (2.0 * n + 5) - tieTerm) / 18.0;
        if (variance <= 0) {
            return new MannKendallResult(s, Double.NaN, false);
        }
        double z = (s - Long.signum(s)) / Math.sqrt(variance);
        double p = Math.min(1.0, 2 * STANDARD_NORMAL.survivalProbability(Math.abs(z)));
        return new MannKendallResult(s, p, false);
    }

    static long statistic(double[] series) {
        long s = 0;
        for (int i = 0; i < series.length; i++) {
            for (int j = i + 1; j < series.length; j++) {
                s += series[j] > series[i] ? 1 : series[j] < series[i] ? -1 : 0;
            }
        }
        return s;
    }

    /** Σ t(t − 1)(2t + 5) over groups of t equal values; 0 without ties. */
    private static double tieTerm(double[] series) {
        double[] sorted = series.clone();
        Arrays.sort(sorted);
        double sum = 0;
        int start = 0;
        for (int i = 1; i <= sorted.length; i++) {
            if (i == sorted.length || sorted[i] != sorted[start]) {
                double t = i - start;
                sum += t * (t - 1) * (2 * t + 5);
                start = i;
            }
        }
        return sum;
    }
}
