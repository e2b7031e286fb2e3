package org.peerpulse.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an audit-trail entry records. The code is what the database stores and the command line
 * filters by; {@link #howMuch} says what the entry's number counts.
 */
public enum AuditAction {
    IMPORT("import", "responses added"),
    ENTRY("entry", "responses"),
    EDIT("edit", "responses"),
    DELETE("delete", "responses"),
    MERGE("merge", "responses moved"),
    SITE("site", null),
    WAVE("wave", null),
    SETTINGS("settings", "settings changed"),
    EXPORT("export", "rows"),
    REPORT("report", "pages"),
    SMALL_NUMBERS("small_numbers", null),
    BACKUP("backup", "responses"),
    RESTORE("restore", "responses");

    private final String code;
    private final String howMuch;

    AuditAction(String code, String howMuch) {
        this.code = code;
        this.howMuch = howMuch;
    }

    public String code() {
        return code;
    }

    /** What the number of an entry counts ("rows", "pages"…), or empty when this action has none. */
    public Optional<String> howMuch() {
        return Optional.ofNullable(howMuch);
    }

    /** The action named by {@code code}, ignoring case, spaces and punctuation ("small numbers" too). */
    public static Optional<AuditAction> fromCode(String code) {
        String wanted = Names.normalize(code);
        return Arrays.stream(values()).filter(a -> Names.normalize(a.code).equals(wanted)).findFirst();
    }
}
