package org.peerpulse.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an audit-trail entry records. The code is what the database stores and the command line
 * filters by; {@link #howMuch} says what the entry's number counts.
 */
public enum AuditAction {
    IMPORT("import", "response added", "responses added"),
    ENTRY("entry", "response", "responses"),
    EDIT("edit", "response", "responses"),
    DELETE("delete", "response", "responses"),
    MERGE("merge", "response moved", "responses moved"),
    SITE("site", null, null),
    WAVE("wave", null, null),
    SETTINGS("settings", "setting changed", "settings changed"),
    EXPORT("export", "row", "rows"),
    REPORT("report", "page", "pages"),
    SMALL_NUMBERS("small_numbers", null, null),
    BACKUP("backup", "response", "responses"),
    RESTORE("restore", "response", "responses");

    private final String code;
    private final String howMuchOne;
    private final String howMuch;

    AuditAction(String code, String howMuchOne, String howMuch) {
        this.code = code;
        this.howMuchOne = howMuchOne;
        this.howMuch = howMuch;
    }

    public String code() {
        return code;
    }

    /** What the number of an entry counts ("rows", "pages"…), or empty when this action has none. */
    public Optional<String> howMuch() {
        return Optional.ofNullable(howMuch);
    }

    /** An entry's number with what it counts, in the singular for one: "1 response added", "3 rows". */
    public String howMuch(long count) {
        return howMuch == null ? Long.toString(count) : count + " " + (count == 1 ? howMuchOne : howMuch);
    }

    /** The action named by {@code code}, ignoring case, spaces and punctuation ("small numbers" too). */
    public static Optional<AuditAction> fromCode(String code) {
        String wanted = Names.normalize(code);
        return Arrays.stream(values()).filter(a -> Names.normalize(a.code).equals(wanted)).findFirst();
    }
}
