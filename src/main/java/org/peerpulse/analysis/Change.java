package org.peerpulse.analysis;

import java.util.Set;
import org.peerpulse.analysis.stats.ChangeTest;
import org.peerpulse.analysis.stats.ChangeTestResult;
import org.peerpulse.domain.Measure;
import org.peerpulse.domain.SiteId;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.domain.WaveId;

/**
 * A domain's high-stress share in two waves and whether the difference is real (analysis.md:
 * Fisher when any expected count is below 5, else chi-square with Yates).
 *
 * @param test null when either figure cannot be shown or the table is too small for statistics
 */
public record Change(Figure from, Figure to, ChangeTestResult test) {

    public static Change highStress(MeasureCalculator calculator, Set<SiteId> group, WaveId from, WaveId to,
                                    StressDomain domain) {
        Figure before = calculator.figure(group, from, domain, Measure.HIGH);
        Figure after = calculator.figure(group, to, domain, Measure.HIGH);
        if (!before.hasValue() || !after.hasValue()) {
            return new Change(before, after, null);
        }
        ChangeTestResult test = calculator.protection().showsStatistics(before.n() + after.n())
                ? ChangeTest.of(before.count(), before.n(), after.count(), after.n())
                : null;
        return new Change(before, after, test);
    }

    public boolean comparable() {
        return from.hasValue() && to.hasValue();
    }

    /** The change in percentage points, when both figures can be shown. */
    public Double points() {
        return comparable() ? (to.proportion() - from.proportion()) * 100 : null;
    }

    public boolean significant() {
        return test != null && test.p() < 0.05;
    }

    /** Below this many responses in a wave, a change that is not significant is "not conclusive", not "no change". */
    private static final long FEW = 30;

    /**
     * True when a change that is not significant could easily have been missed: fewer than 30
     * responses in a wave, or an expected count below 5 (every view and the command line read it so).
     */
    public boolean tooFewToTell() {
        return test == null || from.n() < FEW || to.n() < FEW || test.minExpected() < 5;
    }
}
