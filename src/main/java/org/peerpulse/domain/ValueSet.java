package org.peerpulse.domain;

import java.util.List;

/**
 * The allowed value codes of PSP-1's items (instrument.md). The codes are a contract:
 * they are what files hold and what the database stores.
 */
public enum ValueSet {
    /** Stress: 1 Not at all … 5 Extremely. */
    S5(List.of("1", "2", "3", "4", "5")),
    /** Self-rated health: 1 Excellent … 5 Poor. */
    HEALTH(List.of("1", "2", "3", "4", "5")),
    /** Quality of life: 1 Very poor … 5 Very good. */
    QOL(List.of("1", "2", "3", "4", "5")),
    /** ProQOL 5: 1 Never … 5 Very often. */
    PROQOL(List.of("1", "2", "3", "4", "5")),
    EMPLOYMENT(List.of("casual", "part_time", "full_time", "honorarium")),
    HOUSING_STATUS(List.of("stable", "unstable", "unhoused")),
    YES_NO(List.of("yes", "no")),
    OD_RESPONSES(List.of("0", "1_5", "6_20", "21_plus")),
    STAY(List.of("yes", "unsure", "no")),
    TOP3(List.of("financial", "work", "housing", "resources", "trauma", "caring", "health", "relationships",
            "substance_use", "other")),
    FREE_TEXT(List.of());

    private final List<String> codes;

    ValueSet(List<String> codes) {
        this.codes = codes;
    }

    public List<String> codes() {
        return codes;
    }

    public boolean allows(String code) {
        return codes.contains(code);
    }

    /** True for 1–5 scales, whose codes are numbers that can be averaged. */
    public boolean isNumeric() {
        return this == S5 || this == HEALTH || this == QOL || this == PROQOL;
    }

    /** The contract's code, e.g. {@code housing_status}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** How the allowed values are described in a problem sentence: "the 1–5 scale" or "one of yes, no". */
    public String describe() {
        if (isNumeric()) {
            return "the 1–5 scale";
        }
        return "one of " + String.join(", ", codes);
    }
}
