package org.peerpulse.analysis.stats;

import org.apache.commons.statistics.interval.BinomialConfidenceInterval;

/** The 95% Wilson score interval without continuity correction, as R's prop.test(x, n, correct = FALSE). */
public final class Wilson {
    private static final double ERROR_RATE = 0.05;

    private Wilson() {
    }

    public static Interval interval(long x, long n) {
        if (n <= 0 || x < 0 || x > n) {
            throw new IllegalArgumentException("A proportion needs 0 ≤ x ≤ n and n > 0, not " + x + " of " + n);
        }
        var interval = BinomialConfidenceInterval.WILSON_SCORE.fromErrorRate(Math.toIntExact(n), Math.toIntExact(x),
                ERROR_RATE);
        return new Interval(interval.getLowerBound(), interval.getUpperBound());
    }
}
