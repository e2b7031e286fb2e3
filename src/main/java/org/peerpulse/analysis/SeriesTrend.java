package org.peerpulse.analysis;

/** A test for a trend in one series across the waves, as the words beside a chart need it. */
public interface SeriesTrend {
    /** Whether the series had enough waves (and respondents) shown to be tested. */
    boolean tested();

    /** The test's two-sided p-value; NaN when there is none to give (untested, or every value the same). */
    double p();

    /** Rising (+1), falling (−1) or flat (0). */
    int direction();

    /** How many waves the test used: those whose figure is shown. */
    int wavesTested();

    /** A trend at the 5% level. */
    default boolean clear() {
        return tested() && p() < 0.05;
    }
}
