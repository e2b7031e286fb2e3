package org.peerpulse.analysis;

import org.peerpulse.domain.Measure;

/**
 * One published figure: a measure for one group in one wave and domain, with the number of
 * people it rests on. A suppressed figure carries no number at all, so none can leak.
 *
 * @param n          respondents who answered (the denominator); null when suppressed, except for a share whose
 *                   count alone is hidden ({@link #countHidden})
 * @param count      numerator for proportions (high stress, top three); null for means
 * @param proportion count / n, 0–1; null for means
 * @param low        lower end of the 95% interval (Wilson for proportions, t for means)
 * @param high       upper end of the 95% interval
 * @param mean       the mean domain score of the same group, when one can be shown
 * @param sd         for means: the scores' standard deviation (n − 1), null with a single score
 */
public record Figure(Measure measure, Long n, Long count, Double proportion, Double low, Double high, Double mean,
                     Double sd, boolean suppressed) {

    /** A figure without a standard deviation (proportions). */
    public Figure(Measure measure, Long n, Long count, Double proportion, Double low, Double high, Double mean,
                  boolean suppressed) {
        this(measure, n, count, proportion, low, high, mean, null, suppressed);
    }

    public static Figure suppressed(Measure measure) {
        return new Figure(measure, null, null, null, null, null, null, true);
    }

    /**
     * A share whose count is hidden by the cell rule (or beside such a count) while its group is shown:
     * the n who answered stays, as the group's other shares show it; the count and all that follows
     * from it (share, interval, mean) are hidden. Still {@code suppressed}: it has no value to show.
     */
    public static Figure countHidden(Measure measure, long n) {
        return new Figure(measure, n, null, null, null, null, null, true);
    }

    /** True for a share hidden for its count alone: its group, and its n, are shown. */
    public boolean onlyCountHidden() {
        return suppressed && n != null;
    }

    /** A group nobody in it answered: nothing to show, nothing hidden; a proportion's count is 0 of 0. */
    public static Figure empty(Measure measure) {
        return new Figure(measure, 0L, measure == Measure.MEAN ? null : 0L, null, null, null, null, false);
    }

    /** True for a group nobody in it answered ({@link #empty}): nothing to show, and nothing hidden either. */
    public boolean nobodyAnswered() {
        return !suppressed && n != null && n == 0;
    }

    public boolean hasValue() {
        return !suppressed && (proportion != null || (measure == Measure.MEAN && mean != null));
    }

    /** The number a chart plots: a percentage for proportions, the score for means. */
    public Double plotted() {
        if (!hasValue()) {
            return null;
        }
        return measure == Measure.MEAN ? mean : proportion * 100;
    }

    public Double plottedLow() {
        return !hasValue() || low == null ? null : measure == Measure.MEAN ? low : low * 100;
    }

    public Double plottedHigh() {
        return !hasValue() || high == null ? null : measure == Measure.MEAN ? high : high * 100;
    }
}
