package org.peerpulse.io;

/**
 * What one column of a survey file holds, decided from its heading by a layout's planner.
 *
 * @param index   0-based column
 * @param heading the heading as the file writes it (problems name the column by it)
 * @param role    what the values are
 * @param code    the PSP-1 item code for {@link Role#ITEM} and {@link Role#CHOICE}, else null
 * @param choice  the value code a {@link Role#CHOICE} column says yes or no to, else null
 */
record PlannedColumn(int index, String heading, Role role, String code, String choice) {
    enum Role {
        SITE, WAVE, RESPONDENT, SUBMITTED,
        /** An answer to the item {@code code}. */
        ITEM,
        /** 1 or 0: whether {@code choice} was chosen for the select-many item {@code code}. */
        CHOICE,
        /** Part of the row's id in its source system (Kobo's _uuid, REDCap's record id). */
        SOURCE_ID,
        /** REDCap's event: part of the source id, and the wave when the file has no wave column. */
        EVENT,
        /** Read past: survey-tool metadata, or what the mapping says to ignore. */
        IGNORE,
        /** Not understood: a problem, unless its values are blank. */
        UNKNOWN
    }

    static PlannedColumn of(int index, String heading, Role role) {
        return new PlannedColumn(index, heading, role, null, null);
    }

    PlannedColumn as(Role newRole) {
        return new PlannedColumn(index, heading, newRole, code, choice);
    }

    /** The spreadsheet letter and heading, as column problems name a column: column Q, "Name". */
    String named() {
        return "column " + CanonicalHeader.letter(index) + ", \"" + heading + "\"";
    }
}
