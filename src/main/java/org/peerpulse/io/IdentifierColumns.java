package org.peerpulse.io;

import java.util.regex.Pattern;

/**
 * Watches the values of columns that are not PSP-1 answers (and of free text) for identifiers:
 * people's names (two to four capitalised words, "Maria Lopez"), e-mail addresses and phone
 * numbers, each as a whole value. One e-mail address or phone number is enough; names must be
 * at least half of the column's values (a short comment may be capitalised).
 */
final class IdentifierColumns {
    private static final Pattern NAME = Pattern.compile(
            "\\p{Lu}[\\p{Ll}'’\\-]+(?:\\s+\\p{Lu}[\\p{Ll}'’\\-]+){1,3}");

    enum Kind {
        NAMES("people's names", "names"),
        EMAILS("e-mail addresses", "contact details"),
        PHONES("phone numbers", "contact details");

        private final String looksLike;
        private final String never;

        Kind(String looksLike, String never) {
            this.looksLike = looksLike;
            this.never = never;
        }

        /** "its values look like people's names; PeerPulse never stores names — map this column to ignore". */
        String sentence() {
            return "its values look like " + looksLike + "; PeerPulse never stores " + never
                    + " — map this column to ignore";
        }
    }

    private final int[] values;
    private final int[] names;
    private final int[] emails;
    private final int[] phones;

    IdentifierColumns(int width) {
        values = new int[width];
        names = new int[width];
        emails = new int[width];
        phones = new int[width];
    }

    /** Counts a stripped, non-blank value of the column. */
    void observe(int column, String value) {
        values[column]++;
        if (CellRules.looksLikeEmail(value)) {
            emails[column]++;
        } else if (CellRules.looksLikePhone(value)) {
            phones[column]++;
        } else if (NAME.matcher(value).matches()) {
            names[column]++;
        }
    }

    /** What the column's values look like, or null when they don't look like identifiers. */
    Kind kind(int column) {
        if (emails[column] > 0) {
            return Kind.EMAILS;
        }
        if (phones[column] > 0) {
            return Kind.PHONES;
        }
        return names[column] > 0 && names[column] * 2 >= values[column] ? Kind.NAMES : null;
    }

    boolean hasValues(int column) {
        return values[column] > 0;
    }
}
