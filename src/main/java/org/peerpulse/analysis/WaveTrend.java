package org.peerpulse.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.peerpulse.analysis.stats.CochranArmitage;
import org.peerpulse.analysis.stats.TrendTestResult;
import org.peerpulse.domain.Measure;
import org.peerpulse.domain.SiteId;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.domain.Wave;

/**
 * A domain's high-stress share across all waves and the Cochran–Armitage test for a trend
 * (R's prop.trend.test). Waves whose figure is hidden by the small-number rules are left out of
 * the test — their counts could otherwise be worked back from the statistic — and the remaining
 * waves keep their place in time as scores (wave 1, 2, 4, … when wave 3 is hidden).
 *
 * @param test null when fewer than three waves can be tested, or the tested waves hold fewer than k respondents
 */
public record WaveTrend(List<Point> points, TrendTestResult test, int wavesTested) implements SeriesTrend {

    public record Point(Wave wave, Figure figure) {
    }

    public static WaveTrend highStress(MeasureCalculator calculator, Set<SiteId> group, List<Wave> waves,
                                       StressDomain domain) {
        List<Point> points = new ArrayList<>();
        List<long[]> tested = new ArrayList<>();
        for (int i = 0; i < waves.size(); i++) {
            Figure figure = calculator.figure(group, waves.get(i).id(), domain, Measure.HIGH);
            points.add(new Point(waves.get(i), figure));
            if (figure.hasValue()) {
                tested.add(new long[] {figure.count(), figure.n(), i + 1});
            }
        }
        long respondents = tested.stream().mapToLong(t -> t[1]).sum();
        if (tested.size() < 3 || !calculator.protection().showsStatistics(respondents)) {
            return new WaveTrend(points, null, tested.size());
        }
        long[] counts = tested.stream().mapToLong(t -> t[0]).toArray();
        long[] totals = tested.stream().mapToLong(t -> t[1]).toArray();
        double[] scores = tested.stream().mapToDouble(t -> t[2]).toArray();
        return new WaveTrend(points, CochranArmitage.test(counts, totals, scores), tested.size());
    }

    /** Rising (+1), falling (−1) or flat (0): the last tested share against the first. */
    @Override
    public int direction() {
        List<Point> shown = points.stream().filter(p -> p.figure().hasValue()).toList();
        if (shown.size() < 2) {
            return 0;
        }
        double first = shown.get(0).figure().proportion();
        double last = shown.get(shown.size() - 1).figure().proportion();
        return Double.compare(last, first);
    }
}
