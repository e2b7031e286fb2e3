package org.peerpulse.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerpulse.domain.Measure;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.domain.WaveId;

/**
 * The mean score's trend test (Mann–Kendall, analysis.md) is worked out from the shown means only.
 * Checked against R: {@code cor.test(1:5, c(3.1, 3.3, 3.2, 3.6, 3.8), method = "kendall",
 * exact = TRUE)} gives tau = 0.8 (S = 8) and p = 0.08333 (5 of 120 orders at S ≥ 8, both sides).
 */
class MeanTrendTest {
    @Test
    void fiveShownMeansGiveRsExactTest() {
        MeanTrend trend = MeanTrend.of(series(3.1, 3.3, 3.2, 3.6, 3.8));

        assertThat(trend.tested()).isTrue();
        assertThat(trend.wavesTested()).isEqualTo(5);
        assertThat(trend.test().s()).isEqualTo(8);
        assertThat(trend.p()).isCloseTo(10.0 / 120, within(1e-12));
        assertThat(trend.direction()).isEqualTo(1);
        assertThat(trend.clear()).as("p = 0.083 is no clear trend").isFalse();
    }

    @Test
    void hiddenMeansAreLeftOutOfTheTest() {
        List<TrendPoint> points = series(3.1, 3.3, 3.2, 3.6, 3.8);
        points.add(2, new TrendPoint(null, new WaveId(99), StressDomain.FINANCIAL, Figure.suppressed(Measure.MEAN)));
        points.add(new TrendPoint(null, new WaveId(100), StressDomain.FINANCIAL, Figure.empty(Measure.MEAN)));

        MeanTrend trend = MeanTrend.of(points);

        assertThat(trend.wavesTested()).isEqualTo(5);
        assertThat(trend.test().s()).isEqualTo(8);
    }

    @Test
    void sixFallingMeansAreAClearFall() {
        MeanTrend trend = MeanTrend.of(series(4.0, 3.9, 3.7, 3.5, 3.4, 3.0));

        assertThat(trend.test().s()).isEqualTo(-15);
        assertThat(trend.p()).isCloseTo(2.0 / 720, within(1e-12)); // one order of 720 at each end
        assertThat(trend.clear()).isTrue();
        assertThat(trend.direction()).isEqualTo(-1);
    }

    @Test
    void fewerThanThreeShownMeansAreNotTested() {
        MeanTrend trend = MeanTrend.of(series(3.0, 4.0));

        assertThat(trend.tested()).isFalse();
        assertThat(trend.p()).isNaN();
        assertThat(trend.direction()).isZero();
        assertThat(trend.clear()).isFalse();
    }

    private static List<TrendPoint> series(double... means) {
        List<TrendPoint> points = new ArrayList<>();
        for (int i = 0; i < means.length; i++) {
            points.add(new TrendPoint(null, new WaveId(i + 1), StressDomain.FINANCIAL,
                    new Figure(Measure.MEAN, 20L, null, null, means[i] - 0.3, means[i] + 0.3, means[i], false)));
        }
        return points;
    }
}
