package org.peerpulse.domain;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One line of the audit trail: when, which operating-system user, what was done, and how much
 * (responses, rows, pages…; null when the action has no amount). Entries are only ever added.
 *
 * @param id 0 for an entry not yet stored
 */
public record AuditEntry(long id, OffsetDateTime at, String osUser, AuditAction action, String what, Long howMuch) {
    /** The longest {@code what} the trail keeps; longer text is cut with an ellipsis. */
    public static final int MAX_WHAT = 2000;
    /** The longest user name the trail keeps. */
    public static final int MAX_USER = 200;

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
        osUser = cut(osUser == null || osUser.isBlank() ? "unknown" : osUser.strip(), MAX_USER);
        what = cut(Objects.requireNonNull(what, "what").strip(), MAX_WHAT);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
