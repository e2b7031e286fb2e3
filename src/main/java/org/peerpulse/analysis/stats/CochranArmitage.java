package org.peerpulse.analysis.stats;

import java.util.stream.IntStream;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * Cochran–Armitage test for trend in proportions, exactly as R's {@code prop.trend.test}: R takes
 * the regression sum of squares of {@code x/n} on the scores weighted by {@code n / (p(1 − p))},
 * which in closed form is
 *
 * <pre>
 *   X² = [Σ sᵢ (xᵢ − nᵢ p)]² / ( p (1 − p) Σ nᵢ (sᵢ − s̄)² ),   p = Σx / Σn,  s̄ = Σ nᵢ sᵢ / Σn
 * </pre>
 *
 * <p>(no N/(N − 1) factor). A group with no respondents contributes nothing (R drops its NaN
 * proportion). When p is 0 or 1, or the scores of the non-empty groups are all equal, there is
 * no trend to test: X² and p are NaN.
 */
public final class CochranArmitage {
    private static final ChiSquaredDistribution ONE_DF = ChiSquaredDistribution.of(1);

    private CochranArmitage() {
    }

    /** Scores 1, 2, …, k in the given (wave) order. */
    public static TrendTestResult test(long[] counts, long[] totals) {
        double[] scores = IntStream.rangeClosed(1, counts.length).asDoubleStream().toArray();
        return test(counts, totals, scores);
    }

    /**
     * @param counts counted in each group, 0 ≤ counts[i] ≤ totals[i]
     * @param totals respondents in each group
     * @param scores the group scores (e.g. months since the first wave)
     * @throws IllegalArgumentException on arrays of different lengths, fewer than two groups,
     *                                  a count outside 0..total or a non-finite score
     */
    public static TrendTestResult test(long[] counts, long[] totals, double[] scores) {
        check(counts, totals, scores);
        double x = 0;
        double n = 0;
        double weightedScores = 0;
        for (int i = 0; i < counts.length; i++) {
            x += counts[i];
            n += totals[i];
            weightedScores += totals[i] * scores[i];
        }
        if (n == 0) {
            return new TrendTestResult(Double.NaN, Double.NaN);
        }
        double p = x / n;
        double meanScore = weightedScores / n;
        if (p == 0 || p == 1 || allScoresEqual(totals, scores)) {
            return new TrendTestResult(Double.NaN, Double.NaN);
        }
        double covariance = 0;
        double scoreSpread = 0;
        for (int i = 0; i < counts.length; i++) {
            double centred = scores[i] - meanScore;
            covariance += centred * (counts[i] - totals[i] * p);
            scoreSpread += totals[i] * centred * centred;
        }
        double chi2 = covariance * covariance / (p * (1 - p) * scoreSpread);
        return new TrendTestResult(chi2, ONE_DF.survivalProbability(chi2));
    }

    /** Whether the groups with respondents all have the same score. */
    private static boolean allScoresEqual(long[] totals, double[] scores) {
        double first = Double.NaN;
        for (int i = 0; i < totals.length; i++) {
            if (totals[i] == 0) {
                continue;
            }
            if (Double.isNaN(first)) {
                first = scores[i];
            } else if (scores[i] != first) {
                return false;
            }
        }
        return true;
    }

    private static void check(long[] counts, long[] totals, double[] scores) {
        if (counts.length != totals.length || counts.length != scores.length) {
            throw new IllegalArgumentException("counts, totals and scores differ in length");
        }
        if (counts.length < 2) {
            throw new IllegalArgumentException("a trend needs at least two groups");
        }
        for (int i = 0; i < counts.length; i++) {
            if (totals[i] < 0 || counts[i] < 0 || counts[i] > totals[i]) {
                throw new IllegalArgumentException("group " + i + ": count " + counts[i] + " outside 0.." + totals[i]);
            }
            if (!Double.isFinite(scores[i])) {
                throw new IllegalArgumentException("group " + i + ": score " + scores[i]);
            }
        }
    }
}
