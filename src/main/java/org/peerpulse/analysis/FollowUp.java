package org.peerpulse.analysis;

import java.util.List;
import java.util.Set;
import org.peerpulse.domain.SiteId;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.domain.Wave;

/**
 * Did the targeted stressor move? One intervention's domain at one of its sites: the high-stress
 * share in the last wave before the start, the first wave after it and the latest wave after it,
 * each change tested as analysis.md says ({@link Change}), beside the change over the same waves
 * at the sites that had no intervention on that domain, taken together.
 *
 * <p>Every figure comes from {@link MeasureCalculator#figure}, so it is the trends figure of the
 * same site, wave and domain, and hidden exactly when that one is. The comparison group's figure
 * is shown only when none of its sites is hidden in that wave (the calculator's rule for groups),
 * so it cannot reveal a hidden site by subtraction.
 *
 * @param before            the last wave dated before the start; null wave when there is none
 * @param after             the first wave dated on or after the start; null wave when none yet
 * @param latest            the latest wave after the start (may be {@code after} itself)
 * @param change            before → after; null when either wave is missing
 * @param changeToLatest    before → latest; null when either wave is missing
 * @param comparisonSites   the sites with no intervention on this domain in that time
 * @param comparison        the same change at the comparison sites together; null when there are none
 * @param comparisonToLatest before → latest at the comparison sites
 */
public record FollowUp(SiteId site, StressDomain domain, WaveFigure before, WaveFigure after, WaveFigure latest,
                       Change change, Change changeToLatest, List<SiteId> comparisonSites, Change comparison,
                       Change comparisonToLatest) {

    /** A wave and the site's figure in it; both null when there is no such wave. */
    public record WaveFigure(Wave wave, Figure figure) {
        static final WaveFigure NONE = new WaveFigure(null, null);

        public boolean exists() {
            return wave != null;
        }

        public boolean shown() {
            return figure != null && figure.hasValue();
        }

        /** True when the small-number rules hide the figure. */
        public boolean hidden() {
            return figure != null && figure.suppressed();
        }
    }

    /** What the follow-up can say, in the order a reader needs it. */
    public enum Outcome {
        /** No wave was fielded before the start: nothing to compare with. */
        NO_WAVE_BEFORE,
        /** No wave has been fielded since the start yet. */
        NO_WAVE_AFTER,
        /** A wave's group is smaller than k: no figures. */
        SUPPRESSED,
        /** Nobody answered in one of the waves. */
        NO_ANSWERS,
        /** Too few respondents in the two waves together for a test. */
        NOT_TESTED,
        /** The share fell and the test says the fall is unlikely to be chance (p &lt; 0.05). */
        FELL,
        /** The share rose and the test says so (p &lt; 0.05). */
        ROSE,
        /** No change the test can tell from chance. */
        NO_CLEAR_CHANGE
    }

    public FollowUp {
        comparisonSites = List.copyOf(comparisonSites);
    }

    /** True when the site's own before or after figure is hidden by the small-number rules. */
    public boolean suppressed() {
        return before.hidden() || after.hidden();
    }

    public Outcome outcome() {
        return outcome(before, after, change);
    }

    public Outcome outcomeToLatest() {
        return outcome(before, latest, changeToLatest);
    }

    /** True when the latest wave after the start is not the first one. */
    public boolean hasLaterWave() {
        return latest.exists() && after.exists() && !latest.wave().equals(after.wave());
    }

    private static Outcome outcome(WaveFigure from, WaveFigure to, Change change) {
        if (!from.exists()) {
            return Outcome.NO_WAVE_BEFORE;
        }
        if (!to.exists()) {
            return Outcome.NO_WAVE_AFTER;
        }
        if (from.figure().suppressed() || to.figure().suppressed()) {
            return Outcome.SUPPRESSED;
        }
        if (!change.comparable()) {
            return Outcome.NO_ANSWERS;
        }
        if (change.test() == null) {
            return Outcome.NOT_TESTED;
        }
        if (!change.significant() || change.points() == 0) {
            return Outcome.NO_CLEAR_CHANGE;
        }
        return change.points() < 0 ? Outcome.FELL : Outcome.ROSE;
    }

    /** Builds the follow-up rows; see {@link FollowUps}. */
    static FollowUp of(MeasureCalculator calculator, SiteId site, StressDomain domain, Wave before, Wave after,
                       Wave latest, Set<SiteId> comparisonSites) {
        WaveFigure b = figure(calculator, Set.of(site), before, domain);
        WaveFigure a = figure(calculator, Set.of(site), after, domain);
        WaveFigure l = figure(calculator, Set.of(site), latest, domain);
        boolean compared = !comparisonSites.isEmpty();
        return new FollowUp(site, domain, b, a, l,
                change(calculator, Set.of(site), before, after, domain),
                change(calculator, Set.of(site), before, latest, domain),
                comparisonSites.stream().sorted(java.util.Comparator.comparingLong(SiteId::value)).toList(),
                compared ? change(calculator, comparisonSites, before, after, domain) : null,
                compared ? change(calculator, comparisonSites, before, latest, domain) : null);
    }

    private static WaveFigure figure(MeasureCalculator calculator, Set<SiteId> group, Wave wave, StressDomain domain) {
        return wave == null ? WaveFigure.NONE
                : new WaveFigure(wave, calculator.figure(group, wave.id(), domain, org.peerpulse.domain.Measure.HIGH));
    }

    private static Change change(MeasureCalculator calculator, Set<SiteId> group, Wave from, Wave to,
                                 StressDomain domain) {
        return from == null || to == null ? null : Change.highStress(calculator, group, from.id(), to.id(), domain);
    }
}
