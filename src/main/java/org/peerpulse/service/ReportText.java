package org.peerpulse.service;

import java.util.Locale;
import java.util.Map;
import org.peerpulse.analysis.Change;
import org.peerpulse.analysis.Figure;
import org.peerpulse.analysis.SmallNumbers;
import org.peerpulse.analysis.stats.ChangeTestResult;
import org.peerpulse.analysis.stats.TestUsed;
import org.peerpulse.domain.StressDomain;

/**
 * How the report writes figures and verdicts, in one place. Percentages have one decimal, as the
 * {@code trends} command prints them, with the count and the n they rest on.
 */
final class ReportText {
    /** The domains' colours (the Okabe–Ito tokens of the app's style sheet), for the charts. */
    private static final Map<StressDomain, Integer> COLOURS = Map.of(StressDomain.FINANCIAL, 0xE69F00,
            StressDomain.WORK, 0x0072B2, StressDomain.HOUSING, 0x009E73, StressDomain.RESOURCES, 0xCC79A7,
            StressDomain.TRAUMA, 0xD55E00);
    private static final Map<StressDomain, String> NAMES = Map.of(StressDomain.FINANCIAL, "Financial",
            StressDomain.WORK, "Work and respect", StressDomain.HOUSING, "Housing", StressDomain.RESOURCES,
            "Resources", StressDomain.TRAUMA, "Death and trauma");
    private static final Map<String, String> OPTIONS = Map.of("caring", "Caring for others", "health",
            "Their own health", "relationships", "Relationships", "substance_use", "Substance use", "other",
            "Something else");

    static final String ALL_SITES = "All sites";

    private ReportText() {
    }

    static String domain(StressDomain domain) {
        return NAMES.get(domain);
    }

    static int colour(StressDomain domain) {
        return COLOURS.get(domain);
    }

    /** A top-three option: a domain's name, or one of the five other options. */
    static String option(String code) {
        return StressDomain.fromCode(code).map(ReportText::domain).orElseGet(() -> OPTIONS.getOrDefault(code, code));
    }

    static String pct(double percent) {
        return String.format(Locale.ROOT, "%.1f%%", percent);
    }

    /**
     * "60.9% (14/23)", "38.0% (3,693/9,711)", "<5" or "no answers"; a no-break space keeps the share
     * and its counts on one line.
     */
    static String figure(Figure figure, int k) {
        if (figure == null || figure.suppressed()) {
            return SmallNumbers.hiddenMark(k);
        }
        if (!figure.hasValue()) {
            return "no answers";
        }
        return pct(figure.plotted()) + String.format(Locale.ROOT, "\u00a0(%,d/%,d)", figure.count(), figure.n());
    }

    /** The figure with its 95% interval on a second line (a table cell). */
    static String figureCell(Figure figure, int k) {
        String text = figure(figure, k);
        if (figure != null && figure.hasValue() && figure.plottedLow() != null) {
            text += "\n" + interval(figure.plottedLow(), figure.plottedHigh());
        }
        return text;
    }

    static String interval(double low, double high) {
        return String.format(Locale.ROOT, "%.1f\u2013%.1f", low, high);
    }

    /** A change in percentage points with its sign. */
    static String points(double points) {
        return String.format(Locale.ROOT, "%+.1f points", points);
    }

    static String p(double p) {
        return org.peerpulse.analysis.PValue.text(p, Locale.ROOT);
    }

    static String test(ChangeTestResult test) {
        return (test.test() == TestUsed.FISHER ? "Fisher's exact test" : "chi-square with Yates' correction")
                + ", " + p(test.p());
    }

    /** Whether a change between two waves is real, in plain words. */
    static String verdict(Change change, int k) {
        if (change.from().suppressed() || change.to().suppressed()) {
            return "Not shown in one of the waves: " + SmallNumbers.hiddenGroup(k) + ".";
        }
        if (!change.comparable()) {
            return "Nobody answered in one of the waves.";
        }
        if (change.test() == null) {
            return "Not conclusive: too few responses to tell.";
        }
        if (change.significant() && change.points() > 0) {
            return "Rose, and the rise is unlikely to be chance (" + test(change.test()) + ").";
        }
        if (change.significant() && change.points() < 0) {
            return "Fell, and the fall is unlikely to be chance (" + test(change.test()) + ").";
        }
        return (change.tooFewToTell() ? "Not conclusive: too few responses to tell a change from chance ("
                : "No clear change: the test cannot tell it from chance (") + test(change.test()) + ").";
    }

    /** The change's size: "+8.2 points", or a dash when it cannot be shown. */
    static String change(Change change) {
        return change.comparable() ? points(change.points()) : "\u2013";
    }
}
