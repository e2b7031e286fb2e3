package org.peerpulse.analysis.stats;

/** A test for a trend across the waves, as its verdict needs it: its two-sided p-value. */
public interface TrendTest {
    /** NaN when the series could not be tested (e.g. every value the same). */
    double p();
}
