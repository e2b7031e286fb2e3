package org.peerpulse.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The components of the ROSE model of support for peer workers: Recognition of peer work,
 * Organizational support, Skill development, Everyone (whole-organization work).
 */
public enum RoseComponent {
    RECOGNITION, ORGANIZATIONAL, SKILL, EVERYONE;

    /** The stored and exported code: {@code recognition}, {@code organizational}, {@code skill}, {@code everyone}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<RoseComponent> fromCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code().equalsIgnoreCase(code == null ? "" : code.strip()))
                .findFirst();
    }
}
