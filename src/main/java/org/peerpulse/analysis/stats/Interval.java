package org.peerpulse.analysis.stats;

/**
 * A two-sided confidence interval. Both ends are {@code NaN} when no interval can be computed
 * (for example the mean of a single value).
 */
public record Interval(double low, double high) {
    public static final Interval UNDEFINED = new Interval(Double.NaN, Double.NaN);

    public Interval {
        if (low > high) {
            throw new IllegalArgumentException("interval low " + low + " > high " + high);
        }
    }

    public boolean isDefined() {
        return !Double.isNaN(low) && !Double.isNaN(high);
    }
}
