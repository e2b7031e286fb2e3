package org.peerpulse.ui;

import org.peerpulse.analysis.Change;
import org.peerpulse.analysis.SeriesTrend;
import org.peerpulse.analysis.stats.TestUsed;

/**
 * Plain words beside the statistics, so that a manager without statistics training reads them
 * right: a real change, no clear change, or not conclusive because too few people answered.
 */
public final class Verdicts {
    /** Below this many respondents in either wave a non-significant test says little either way. */

    private Verdicts() {
    }

    public static String of(Change change) {
        if (change.test() == null) {
            return untested(change, false);
        }
        String test = testName(change);
        String p = Formats.pValue(change.test().p());
        if (change.significant()) {
            return Messages.tr(change.points() > 0 ? "verdict.realRise" : "verdict.realFall", test, p);
        }
        return Messages.tr(change.tooFewToTell() ? "verdict.notConclusive" : "verdict.noClearChange", test, p);
    }

    /** The verdict alone, for tables: "A real rise", "No clear change", "Not conclusive: too few to tell". */
    public static String brief(Change change) {
        if (change.test() == null) {
            return untested(change, true);
        }
        if (change.significant()) {
            return Messages.tr(change.points() > 0 ? "verdict.brief.rise" : "verdict.brief.fall");
        }
        return Messages.tr(change.tooFewToTell() ? "verdict.brief.notConclusive" : "verdict.brief.noClearChange");
    }

    /** Why a change was not tested: nobody answered in either wave, or in one of them, else too few did. */
    private static String untested(Change change, boolean brief) {
        boolean before = change.from().nobodyAnswered();
        boolean after = change.to().nobodyAnswered();
        if (before && after) {
            return Messages.tr(brief ? "verdict.brief.noAnswers" : "verdict.noAnswers");
        }
        if (before || after) {
            return Messages.tr(brief ? "verdict.brief.noAnswersInOne" : "verdict.noAnswersInOne");
        }
        return Messages.tr(brief ? "verdict.brief.tooFew" : "verdict.tooFew");
    }

    /** The test that decided and its p-value: "Fisher p = 0.14"; empty when there was no test. */
    public static String test(Change change) {
        if (change.test() == null) {
            return "";
        }
        return testName(change) + " " + Formats.pValue(change.test().p());
    }

    /** The name of the test that decided, as every view writes it: "Fisher" or "chi-square". */
    public static String testName(Change change) {
        return Messages.tr(change.test().test() == TestUsed.FISHER ? "test.fisher" : "test.chi2");
    }

    /** "rose from 38% (n = 21) to 61% (n = 23)". */
    public static String movement(Change change) {
        if (!change.comparable()) {
            return "";
        }
        String key = Math.round(change.points()) > 0 ? "verdict.rose" : Math.round(change.points()) < 0
                ? "verdict.fell" : "verdict.stayed";
        return Messages.tr(key, Formats.percent(change.from().plotted()), change.from().n(),
                Formats.percent(change.to().plotted()), change.to().n());
    }

    /**
     * Each series' trend test across the waves in plain words, in the order given; the series too
     * short to test are said once together at the end ("All sites, Site 01 not tested (…)."), not
     * once each. Empty when there is no series.
     */
    public static String trends(java.util.Map<String, ? extends SeriesTrend> byName) {
        java.util.List<String> words = new java.util.ArrayList<>();
        java.util.List<String> untested = new java.util.ArrayList<>();
        byName.forEach((who, trend) -> {
            if (!trend.tested()) {
                untested.add(who);
            } else if (trend.clear()) {
                words.add(Messages.tr(trend.direction() > 0 ? "trend.rising" : "trend.falling", who,
                        trend.wavesTested(), Formats.pValue(trend.p())));
            } else {
                words.add(Messages.tr("trend.flat", who, trend.wavesTested(),
                        Double.isNaN(trend.p()) ? "–" : Formats.pValue(trend.p())));
            }
        });
        return String.join(" ", words) + untested(untested, !words.isEmpty());
    }

    /** The series too short to test, in one sentence ({@code spaced}: after another); empty for none. */
    private static String untested(java.util.List<String> who, boolean spaced) {
        return who.isEmpty() ? "" : (spaced ? " " : "") + Messages.tr("trend.untested", String.join(", ", who));
    }
}
