package org.peerpulse.ui.interventions;

import org.peerpulse.analysis.Change;
import org.peerpulse.analysis.Figure;
import org.peerpulse.analysis.FollowUp;
import org.peerpulse.service.InterventionReport;
import org.peerpulse.ui.DomainStyle;
import org.peerpulse.ui.Formats;
import org.peerpulse.ui.Messages;
import org.peerpulse.ui.Verdicts;

/** The follow-up of one site and domain in plain words (the limits are said once, under the table). */
final class FollowUpText {
    private FollowUpText() {
    }

    static String figure(FollowUp.WaveFigure wave, int k) {
        if (!wave.exists()) {
            return "\u2013";
        }
        Figure f = wave.figure();
        if (f.suppressed()) {
            return Messages.tr("followup.cell.hidden", wave.wave().label(), k);
        }
        if (!f.hasValue()) {
            return Messages.tr("followup.cell.none", wave.wave().label());
        }
        return Messages.tr("followup.cell", wave.wave().label(), Formats.percent(f.plotted()), f.count(), f.n(),
                f.plottedLow() == null ? "\u2013" : Formats.percent(f.plottedLow()),
                f.plottedHigh() == null ? "\u2013" : Formats.percent(f.plottedHigh()));
    }

    /** The figure on one line, for sentences. */
    static String inline(FollowUp.WaveFigure wave, int k) {
        if (!wave.exists() || !wave.shown()) {
            return figure(wave, k).replace('\n', ' ');
        }
        Figure f = wave.figure();
        return Messages.tr("followup.inline", Formats.percent(f.plotted()), f.count(), f.n(), wave.wave().label());
    }

    static String test(Change change) {
        if (change == null || change.test() == null) {
            return "\u2013";
        }
        return Messages.tr("followup.test", Verdicts.testName(change), Formats.pValue(change.test().p()));
    }

    /** The comparison sites' change over the same waves: "−3 points at 2 other sites", hidden, or "–" when there are none. */
    static String others(FollowUp row, int k) {
        Change comparison = row.comparison();
        if (comparison == null) {
            return "\u2013";
        }
        if (comparison.points() == null) {
            return Messages.tr("followup.othersHidden", k);
        }
        return Messages.tr("followup.points", Formats.pointsChange(comparison.points()), row.comparisonSites().size());
    }

    /**
     * Which figure of the before/after comparison is hidden, and so why there is none: the row may
     * still show the other wave's figure, and the latest.
     */
    private static String hidden(FollowUp row, String domain, String site, int k) {
        String key = !row.before().hidden() ? "followup.hiddenAfter"
                : row.after().hidden() ? "followup.hiddenBoth" : "followup.hiddenBefore";
        return Messages.tr(key, domain, site, row.before().wave().label(), row.after().wave().label(),
                Messages.tr("hidden.group", k));
    }

    static String summary(InterventionReport report, FollowUp row) {
        int k = report.settings().minGroupSize();
        String site = report.siteName(row.site());
        String domain = DomainStyle.label(row.domain());
        String main = switch (row.outcome()) {
            case NO_WAVE_BEFORE -> Messages.tr("followup.noBefore", domain, site);
            case NO_WAVE_AFTER -> Messages.tr("followup.noAfter", domain, site, inline(row.before(), k));
            case SUPPRESSED -> hidden(row, domain, site, k);
            case NO_ANSWERS -> Messages.tr("followup.noAnswers", domain, site);
            case NOT_TESTED -> Messages.tr("followup.notTested", domain, site);
            case FELL -> Messages.tr("followup.fell", domain, site, inline(row.before(), k), inline(row.after(), k),
                    test(row.change()).replace('\n', ' '));
            case ROSE -> Messages.tr("followup.rose", domain, site, inline(row.before(), k), inline(row.after(), k),
                    test(row.change()).replace('\n', ' '));
            case NO_CLEAR_CHANGE -> Messages.tr("followup.same", domain, site, inline(row.before(), k),
                    inline(row.after(), k), test(row.change()).replace('\n', ' '));
        };
        StringBuilder text = new StringBuilder(main);
        if (row.hasLaterWave() && row.latest().shown() && row.outcome() != FollowUp.Outcome.SUPPRESSED) {
            text.append(' ').append(Messages.tr("followup.latest", inline(row.latest(), k)));
        }
        if (row.change() != null && row.outcome() != FollowUp.Outcome.SUPPRESSED) {
            Change others = row.comparison();
            text.append(' ').append(others == null ? Messages.tr("followup.noComparison", domain)
                    : others.points() == null ? Messages.tr("followup.comparisonHidden", k)
                    : Messages.tr("followup.comparison", domain, Formats.pointsChange(others.points())));
        }
        return text.append(' ').append(Messages.tr("followup.limits.short")).toString();
    }
}
