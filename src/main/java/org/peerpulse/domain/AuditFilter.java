package org.peerpulse.domain;

import java.time.LocalDate;

/**
 * Which audit-trail entries to show; every part is optional (null: any).
 *
 * @param from first day included (in the zone the entries are shown in)
 * @param to   last day included
 * @param text words looked for in what was done, ignoring case
 */
public record AuditFilter(AuditAction action, String user, LocalDate from, LocalDate to, String text) {
    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);

    public AuditFilter {
        user = blankToNull(user);
        text = blankToNull(text);
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("The date to (" + to + ") is before the date from (" + from + ").");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
