package org.peerpulse.analysis;

import org.peerpulse.analysis.stats.TrendTest;

/** A test for a trend in one series across the waves, as the words beside a chart need it. */
public interface SeriesTrend {
    /** The test; null when the series had too few waves (or respondents) shown to be tested. */
    TrendTest test();

    default boolean tested() {
        return test() != null;
    }

    /** The test's two-sided p-value; NaN when there is none to give (untested, or every value the same). */
    default double p() {
        return test() == null ? Double.NaN : test().p();
    }

    /** Rising (+1), falling (−1) or flat (0). */
    int direction();

    /** How many waves the test used: those whose figure is shown. */
    int wavesTested();

    /** A trend at the 5% level. */
    default boolean clear() {
        return tested() && p() < 0.05;
    }
}
