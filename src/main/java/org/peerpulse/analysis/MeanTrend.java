package org.peerpulse.analysis;

import java.util.List;
import org.peerpulse.analysis.stats.MannKendall;
import org.peerpulse.analysis.stats.MannKendallResult;

/**
 * A series' mean score across the waves and the Mann–Kendall test for a trend (analysis.md: the
 * exact distribution of Kendall's S below 10 waves). Waves whose mean is hidden by the small-number
 * rules are left out, as {@link WaveTrend} leaves them out of its test.
 *
 * @param test null when fewer than three waves show a mean
 */
public record MeanTrend(MannKendallResult test, int wavesTested) implements SeriesTrend {

    /** @param series one series' points in wave order (one site or the program, one domain) */
    public static MeanTrend of(List<TrendPoint> series) {
        double[] means = series.stream().filter(p -> p.figure().hasValue()).mapToDouble(p -> p.figure().mean())
                .toArray();
        return new MeanTrend(means.length < 3 ? null : MannKendall.test(means), means.length);
    }

    /** The sign of Kendall's S: more rises than falls between pairs of waves, or the other way. */
    @Override
    public int direction() {
        return test == null ? 0 : Long.signum(test.s());
    }
}
