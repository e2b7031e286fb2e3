package org.peerpulse.analysis.stats;

import java.util.Locale;

/** Which test a reported p-value comes from; the screen names it. */
public enum TestUsed {
    /** Pearson chi-square with Yates' continuity correction. */
    CHI2_YATES,
    /** Fisher's exact test, two-sided. */
    FISHER;

    /** {@code "chi2_yates"} or {@code "fisher"}: a stable code for exports and message keys. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
