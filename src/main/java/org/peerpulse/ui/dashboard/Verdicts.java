package org.peerpulse.ui.dashboard;

import org.peerpulse.analysis.Change;
import org.peerpulse.analysis.stats.TestUsed;
import org.peerpulse.ui.Formats;
import org.peerpulse.ui.Messages;

/** Plain words beside the statistics, so a manager without statistics training reads them right. */
final class Verdicts {
    private Verdicts() {
    }

    static String of(Change change) {
        if (change.test() == null) {
            return Messages.tr("verdict.tooFew");
        }
        String test = Messages.tr(change.test().test() == TestUsed.FISHER ? "test.fisher" : "test.chi2");
        String p = Formats.pValue(change.test().p());
        return change.significant() ? Messages.tr("verdict.real", test, p) : Messages.tr("verdict.notConclusive", test, p);
    }
}
