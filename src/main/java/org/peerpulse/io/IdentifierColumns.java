package org.peerpulse.io;

import java.util.regex.Pattern;

/**
 * Watches the values of columns that are not PSP-1 answers for identifiers: people's names (two to
 * four capitalised words, "Maria Lopez"), e-mail addresses and phone numbers, each as a whole value.
 * One e-mail address or phone number is enough. Names must be at least half of the column's values,
 * and two of them unless its heading says it holds names: a note of one value ("Thank You", a place
 * or a program's name) is capitalised as a name is. PSP-1's free text ({@code comment}) is not
 * watched: it is an answer, kept as the canonical CSV keeps it, and left out of exports unless asked.
 */
final class IdentifierColumns {
    private static final Pattern NAME = Pattern.compile(
            "\\p{Lu}[\\p{Ll}'’\\-]+(?:\\s+\\p{Lu}[\\p{Ll}'’\\-]+){1,3}");
    /** Words of a heading that say the column holds names ("Your name", full_name, lastName). */
    private static final java.util.Set<String> NAME_HEADINGS = java.util.Set.of("name", "names", "surname",
            "firstname", "lastname", "fullname");

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
    Kind kind(int column, String heading) {
        if (emails[column] > 0) {
            return Kind.EMAILS;
        }
        if (phones[column] > 0) {
            return Kind.PHONES;
        }
        int enough = saysNames(heading) ? 1 : 2;
        return names[column] >= enough && names[column] * 2 >= values[column] ? Kind.NAMES : null;
    }

    private static boolean saysNames(String heading) {
        if (heading == null) {
            return false;
        }
        for (String word : heading.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
            if (NAME_HEADINGS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    boolean hasValues(int column) {
        return values[column] > 0;
    }
}
