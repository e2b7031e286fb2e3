package org.peerpulse.analysis.stats;

import org.apache.commons.statistics.interval.BinomialConfidenceInterval;

/**
 * The 95% Wilson score interval for a proportion, without continuity correction: the interval
 * R prints for {@code prop.test(x, n, correct = FALSE)$conf.int}.
 */
public final class Wilson {
    private static final double ALPHA = 0.05;

    private Wilson() {
    }

    /**
     * @param x successes, 0 ≤ x ≤ n
     * @param n trials, at least 1
     * @throws IllegalArgumentException when n is 0 or x is outside 0..n
     */
    public static Interval interval(long x, long n) {
        if (n <= 0) {
            throw new IllegalArgumentException("no trials: a proportion of nobody has no interval");
        }
        if (x < 0 || x > n) {
            throw new IllegalArgumentException("successes " + x + " outside 0.." + n);
        }
        var interval = BinomialConfidenceInterval.WILSON_SCORE
                .fromErrorRate(Math.toIntExact(n), Math.toIntExact(x), ALPHA);
        // R returns the ends exactly at 0 of n and n of n; Commons can be one ulp inside.
        double low = x == 0 ? 0.0 : interval.getLowerBound();
        double high = x == n ? 1.0 : interval.getUpperBound();
        return new Interval(low, high);
    }
}
