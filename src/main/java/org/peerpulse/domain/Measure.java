package org.peerpulse.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a trend shows for a stressor domain (instrument.md, "Derived measures"). */
public enum Measure {
    /** Share with the domain's overall item at or above the high-stress threshold. */
    HIGH,
    /** Mean domain score, 1–5. */
    MEAN,
    /** Share of those who answered top3 who picked the domain. */
    TOP3;

    private final String code = name().toLowerCase(Locale.ROOT);

    public String code() {
        return code;
    }

    public static Optional<Measure> fromCode(String code) {
        return Arrays.stream(values()).filter(m -> m.code().equalsIgnoreCase(code)).findFirst();
    }
}
