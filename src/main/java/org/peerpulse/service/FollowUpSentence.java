package org.peerpulse.service;

import org.peerpulse.analysis.Change;
import org.peerpulse.analysis.FollowUp;
import org.peerpulse.analysis.SmallNumbers;
import org.peerpulse.domain.StressDomain;

/**
 * The follow-up of one site and domain in plain English, for the files PeerPulse writes (the PDF
 * report and the command line): before, after and latest, whether the change is real, and what the
 * sites without such a plan did meanwhile. Its limits ({@link InterventionReport#LIMITS}) are said
 * beside it. The window says the same in its own, translatable words.
 */
public final class FollowUpSentence {
    private FollowUpSentence() {
    }

    public static String of(InterventionReport report, FollowUp row) {
        int k = report.settings().minGroupSize();
        String what = "High stress in the " + domain(row.domain()) + " domain at " + report.siteName(row.site());
        String main = switch (row.outcome()) {
            case NO_WAVE_BEFORE -> what + " cannot be followed up: no wave was fielded before the start.";
            case NO_WAVE_AFTER -> what + ": no wave has been fielded since the start yet; in "
                    + row.before().wave().label() + ", the last wave before it, it was "
                    + ReportText.figure(row.before().figure(), k) + ".";
            case SUPPRESSED -> what + ": " + hidden(row) + " hidden (" + SmallNumbers.hiddenGroup(k)
                    + "), so before and after cannot be compared.";
            case NO_ANSWERS -> what + ": nobody answered the question in one of the waves.";
            case NOT_TESTED, FELL, ROSE, NO_CLEAR_CHANGE -> what + " went from "
                    + ReportText.figure(row.before().figure(), k) + " in " + row.before().wave().label()
                    + " (the last wave before the start) to " + ReportText.figure(row.after().figure(), k) + " in "
                    + row.after().wave().label() + ". " + ReportText.verdict(row.change(), k);
        };
        StringBuilder text = new StringBuilder(main);
        if (row.hasLaterWave() && row.latest().shown() && row.outcome() != FollowUp.Outcome.SUPPRESSED) {
            text.append(" In ").append(row.latest().wave().label()).append(", the latest wave, it was ")
                    .append(ReportText.figure(row.latest().figure(), k)).append('.');
        }
        if (row.change() != null && row.outcome() != FollowUp.Outcome.NO_WAVE_BEFORE) {
            text.append(' ').append(comparison(row.comparison(), row.domain(), k));
        }
        return text.toString();
    }

    /** Which figure of the comparison is hidden: the row still shows the other one. */
    private static String hidden(FollowUp row) {
        String before = "the last wave before the start (" + row.before().wave().label() + ")";
        if (!row.before().hidden()) {
            return "the first wave after the start (" + row.after().wave().label() + ") is";
        }
        return row.after().hidden() ? before + " and the first after it (" + row.after().wave().label() + ") are"
                : before + " is";
    }

    private static String comparison(Change comparison, StressDomain domain, int k) {
        if (comparison == null) {
            return "Every other site had an intervention on the " + domain(domain) + " domain then, so there is no"
                    + " comparison.";
        }
        if (!comparison.comparable()) {
            return "The sites with no intervention on the " + domain(domain) + " domain cannot be shown together over"
                    + " these waves (" + SmallNumbers.hiddenGroup(k) + ").";
        }
        return "Over the same waves the sites with no intervention on the " + domain(domain) + " domain went from "
                + ReportText.figure(comparison.from(), k) + " to " + ReportText.figure(comparison.to(), k)
                + " (" + ReportText.points(comparison.points()) + ").";
    }

    private static String domain(StressDomain domain) {
        return ReportText.domain(domain);
    }
}
