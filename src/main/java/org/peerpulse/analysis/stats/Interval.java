package org.peerpulse.analysis.stats;

/** A 95% confidence interval. */
public record Interval(double low, double high) {
}
