package org.peerpulse.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a planned support stands. */
public enum InterventionStatus {
    PLANNED, ACTIVE, DONE, STOPPED;

    /** The stored and exported code: {@code planned}, {@code active}, {@code done}, {@code stopped}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<InterventionStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equalsIgnoreCase(code == null ? "" : code.strip()))
                .findFirst();
    }
}
