package org.peerpulse.cli;

import java.util.Locale;
import org.peerpulse.analysis.Change;
import org.peerpulse.analysis.Figure;
import org.peerpulse.analysis.FollowUp;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.service.InterventionReport;

/** The follow-up of one site and domain in plain English, with its limits (the command line's words). */
final class FollowUpWords {
    static final String LIMITS = InterventionReport.LIMITS;

    private FollowUpWords() {
    }

    static String summary(InterventionReport report, FollowUp row) {
        String what = "High stress in " + row.domain().code() + " at " + report.siteName(row.site());
        int k = report.settings().minGroupSize();
        String main = switch (row.outcome()) {
            case NO_WAVE_BEFORE -> what + " cannot be followed up: no wave was fielded before the start.";
            case NO_WAVE_AFTER -> what + ": no wave has been fielded since the start yet; the last wave before it, "
                    + row.before().wave().label() + ", " + figure(row.before().figure(), k) + ".";
            case SUPPRESSED -> what + ": fewer than " + k + " responses in " + row.before().wave().label()
                    + " or " + row.after().wave().label() + ", so no figures are shown.";
            case NO_ANSWERS -> what + ": nobody answered the question in one of the waves.";
            case NOT_TESTED -> what + " went from " + pct(row.before().figure()) + " to "
                    + pct(row.after().figure()) + "; too few responses to test the change.";
            case FELL, ROSE, NO_CLEAR_CHANGE -> what + " went from " + figure(row.before().figure(), k) + " in "
                    + row.before().wave().label() + " (the last wave before the start) to "
                    + figure(row.after().figure(), k) + " in " + row.after().wave().label() + ": "
                    + verdict(row.outcome(), row.change()) + ".";
        };
        StringBuilder text = new StringBuilder(main);
        if (row.hasLaterWave() && row.latest().shown() && row.outcome() != FollowUp.Outcome.SUPPRESSED) {
            text.append(" In ").append(row.latest().wave().label()).append(", the latest wave, it was ")
                    .append(figure(row.latest().figure(), k)).append('.');
        }
        if (row.change() != null && row.outcome() != FollowUp.Outcome.NO_WAVE_BEFORE) {
            text.append(' ').append(comparison(row.comparison(), row.domain(), k));
        }
        return text.append(' ').append(LIMITS).toString();
    }

    private static String verdict(FollowUp.Outcome outcome, Change change) {
        String test = (change.test().test().code().equals("fisher") ? "Fisher's exact test" : "chi-square with Yates")
                + ", p = " + p(change.test().p());
        return switch (outcome) {
            case FELL -> "a fall that is unlikely to be chance alone (" + test + ")";
            case ROSE -> "a rise that is unlikely to be chance alone (" + test + ")";
            default -> "no change the test can tell from chance (" + test + ")";
        };
    }

    private static String comparison(Change comparison, StressDomain domain, int k) {
        if (comparison == null) {
            return "Every other site had an intervention on " + domain.code() + " then, so there is no comparison.";
        }
        if (!comparison.comparable()) {
            return "The sites with no intervention on " + domain.code() + " cannot be shown together over these"
                    + " waves (a group of fewer than " + k + " among them).";
        }
        return String.format(Locale.ROOT, "Over the same waves the sites with no intervention on %s went from"
                        + " %.1f%% to %.1f%% (%+.1f points).", domain.code(), comparison.from().proportion() * 100,
                comparison.to().proportion() * 100, comparison.points());
    }

    private static String figure(Figure figure, int k) {
        if (figure.suppressed()) {
            return "fewer than " + k + " responses";
        }
        if (!figure.hasValue()) {
            return "no answers";
        }
        return String.format(Locale.ROOT, "%.1f%% (%d of %d)", figure.proportion() * 100, figure.count(), figure.n());
    }

    private static String pct(Figure figure) {
        return String.format(Locale.ROOT, "%.1f%%", figure.proportion() * 100);
    }

    private static String p(double p) {
        return p < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "%.3f", p);
    }
}
