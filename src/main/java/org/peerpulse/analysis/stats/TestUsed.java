package org.peerpulse.analysis.stats;

/** Which test decided a change: Fisher's exact test, or chi-square with Yates' correction. */
public enum TestUsed {
    CHI2_YATES("chi2_yates"),
    FISHER("fisher");

    private final String code;

    TestUsed(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
