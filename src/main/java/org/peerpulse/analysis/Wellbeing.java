package org.peerpulse.analysis;

import java.util.function.IntPredicate;

/** The health and quality-of-life shares of instrument.md, each from one 1–5 item. */
public enum Wellbeing {
    /** srh is 4 or 5 (Fair or Poor). */
    POOR_HEALTH("srh", v -> v >= 4),
    /** srmh is 4 or 5 (Fair or Poor). */
    POOR_MENTAL_HEALTH("srmh", v -> v >= 4),
    /** qol is 1 or 2 (Very poor or Poor). */
    LOW_QOL("qol", v -> v <= 2);

    private final String item;
    private final IntPredicate counts;

    Wellbeing(String item, IntPredicate counts) {
        this.item = item;
        this.counts = counts;
    }

    public String item() {
        return item;
    }

    /** True when the answer (1–5) counts towards this share. */
    public boolean counts(int answer) {
        return counts.test(answer);
    }
}
