package org.peerpulse.analysis.stats;

import org.apache.commons.statistics.distribution.TDistribution;

/**
 * A mean with its SD and 95% t interval, as R's mean, sd and t.test. With n = 1 the SD and the
 * interval do not exist: sd is NaN and ci null.
 */
public record MeanEstimate(long n, double mean, double sd, Interval ci) {

    /** From the running sums kept in summaries: n, Σx and Σx². */
    public static MeanEstimate fromSums(long n, double sum, double sumOfSquares) {
        if (n <= 0) {
            throw new IllegalArgumentException("A mean needs at least one value");
        }
        double mean = sum / n;
        if (n == 1) {
            return new MeanEstimate(1, mean, Double.NaN, null);
        }
        double variance = Math.max(0, (sumOfSquares - n * mean * mean) / (n - 1));
        double sd = Math.sqrt(variance);
        double half = TDistribution.of(n - 1).inverseCumulativeProbability(0.975) * sd / Math.sqrt(n);
        return new MeanEstimate(n, mean, sd, new Interval(mean - half, mean + half));
    }

    public static MeanEstimate of(double... values) {
        double sum = 0;
        double squares = 0;
        for (double value : values) {
            sum += value;
            squares += value * value;
        }
        return fromSums(values.length, sum, squares);
    }
}
