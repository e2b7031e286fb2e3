package org.peerpulse.analysis.stats;

import org.apache.commons.statistics.distribution.TDistribution;

/**
 * A mean with its 95% t interval, as R's {@code t.test(x)$conf.int}: mean ± t(0.975, n − 1)·sd/√n.
 *
 * <p>With a single value there is no spread: sd is NaN and ci is {@link Interval#UNDEFINED}
 * (both ends NaN; R's {@code t.test} refuses). When all values are equal, sd is 0 and the
 * interval is the single point [mean, mean].
 *
 * @param n    number of values, at least 1
 * @param mean arithmetic mean
 * @param sd   sample standard deviation (n − 1 denominator)
 * @param ci   95% t interval for the mean
 */
public record MeanEstimate(long n, double mean, double sd, Interval ci) {
    private static final double CONFIDENCE = 0.95;
    /** The bits of t(0.975, df) by df, 0 until first needed (that quantile is never 0). */
    private static final java.util.concurrent.atomic.AtomicLongArray KEPT_T =
            new java.util.concurrent.atomic.AtomicLongArray(1 << 16);

    /** From running sums (e.g. kept by a summary table). */
    public static MeanEstimate fromSums(long n, double sum, double sumOfSquares) {
        checkN(n);
        double mean = sum / n;
        double variance = n == 1 ? Double.NaN : Math.max(0.0, (sumOfSquares - sum * mean) / (n - 1));
        return create(n, mean, variance);
    }

    /** From the values themselves (two passes, for accuracy). */
    public static MeanEstimate of(double... values) {
        checkN(values.length);
        double sum = 0;
        for (double value : values) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("value " + value);
            }
            sum += value;
        }
        double mean = sum / values.length;
        double squares = 0;
        for (double value : values) {
            squares += (value - mean) * (value - mean);
        }
        double variance = values.length == 1 ? Double.NaN : squares / (values.length - 1);
        return create(values.length, mean, variance);
    }

    private static MeanEstimate create(long n, double mean, double variance) {
        double sd = Math.sqrt(variance);
        if (n == 1) {
            return new MeanEstimate(n, mean, sd, Interval.UNDEFINED);
        }
        double t = criticalT(n - 1);
        double halfWidth = t * sd / Math.sqrt(n);
        return new MeanEstimate(n, mean, sd, new Interval(mean - halfWidth, mean + halfWidth));
    }

    /**
     * t(0.975, df): found by root-finding, the costliest step of a figure, and the same for every
     * mean with the same n, so the values for common degrees of freedom are kept once computed.
     */
    private static double criticalT(long df) {
        if (df >= KEPT_T.length()) {
            return TDistribution.of((double) df).inverseSurvivalProbability((1 - CONFIDENCE) / 2);
        }
        long kept = KEPT_T.get((int) df);
        if (kept == 0) {
            kept = Double.doubleToRawLongBits(TDistribution.of((double) df).inverseSurvivalProbability((1 - CONFIDENCE) / 2));
            KEPT_T.set((int) df, kept);
        }
        return Double.longBitsToDouble(kept);
    }

    private static void checkN(long n) {
        if (n < 1) {
            throw new IllegalArgumentException("a mean needs at least one value");
        }
    }
}
