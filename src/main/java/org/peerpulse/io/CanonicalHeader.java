package org.peerpulse.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.peerpulse.domain.Names;
import org.peerpulse.domain.Psp1;

/**
 * The header row of a canonical CSV: which PSP-1 code each column holds. Headings are matched
 * ignoring case and surrounding spaces; any subset of the codes in any order, with {@code site},
 * and {@code wave} unless the import names the wave. Columns that are unknown, repeated (all but
 * the first) or without a heading hold no code.
 */
final class CanonicalHeader {
    private final String[] codes;
    private final boolean[] unnamed;
    private final boolean unusable;

    private CanonicalHeader(String[] codes, boolean[] unnamed, boolean unusable) {
        this.codes = codes;
        this.unnamed = unnamed;
        this.unusable = unusable;
    }

    static CanonicalHeader read(List<String> record, int row, boolean waveNamed, ProblemLog problems) {
        int width = record.size();
        if (width == 1 && (record.get(0).contains(";") || record.get(0).contains("\t"))) {
            String separator = record.get(0).contains(";") ? "semicolons" : "tabs";
            problems.add(row, null, null, "the columns are separated by " + separator + ", not commas;"
                    + " save the file as \"CSV UTF-8 (Comma delimited)\" and import it again");
            return new CanonicalHeader(new String[width], new boolean[width], true);
        }
        String[] codes = new String[width];
        boolean[] unnamed = new boolean[width];
        Map<String, List<Integer>> found = new LinkedHashMap<>();
        for (int i = 0; i < width; i++) {
            String heading = record.get(i).strip();
            String code = heading.toLowerCase(Locale.ROOT);
            if (heading.isEmpty()) {
                unnamed[i] = true;
            } else if (Psp1.METADATA.contains(code) || Psp1.isItem(code)) {
                found.computeIfAbsent(code, c -> new ArrayList<>()).add(i);
            } else {
                problems.add(row, null, heading, unknown(heading, i));
            }
        }
        found.forEach((code, columns) -> {
            codes[columns.get(0)] = code;
            if (columns.size() > 1) {
                List<String> letters = columns.stream().map(CanonicalHeader::letter).toList();
                problems.add(row, null, code, "the column " + code + " appears "
                        + (columns.size() == 2 ? "twice" : columns.size() + " times")
                        + " (columns " + CellRules.and(letters) + "); keep only one of them");
            }
        });
        if (!found.containsKey(Psp1.SITE)) {
            problems.add(row, null, null, "there is no site column; add one that names each response's site");
        }
        if (!found.containsKey(Psp1.WAVE) && !waveNamed) {
            problems.add(row, null, null, "there is no wave column; add one with each response's wave label,"
                    + " or name the wave when importing");
        }
        return new CanonicalHeader(codes, unnamed, false);
    }

    static String unknown(String heading, int column) {
        String start = "the column heading " + CellRules.show(heading) + " (column " + letter(column)
                + ") is not a PSP-1 code";
        String guess = closest(heading);
        if (guess != null) {
            return start + "; perhaps you meant " + guess;
        }
        return start + "; use the headings of the PSP-1 CSV template: site, wave, respondent, submitted"
                + " and item codes such as fin_overall or top3";
    }

    /** The PSP-1 column a mistyped heading most likely meant, or null. */
    static String closest(String heading) {
        String typed = heading.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String code : Psp1.canonicalColumns()) {
            if (Names.same(code, heading)) {
                return code;
            }
            int distance = distance(typed, code);
            if (distance < bestDistance) {
                best = code;
                bestDistance = distance;
            }
        }
        return bestDistance <= 2 && bestDistance * 2 < typed.length() ? best : null;
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1], previous[j]) + 1, previous[j - 1] + change);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** The spreadsheet letter of a column: 0 → A, 25 → Z, 26 → AA. */
    static String letter(int column) {
        StringBuilder out = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            out.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return out.toString();
    }

    /** True when the rows cannot be read at all (the file is not comma-separated). */
    boolean unusable() {
        return unusable;
    }

    int width() {
        return codes.length;
    }

    /** The PSP-1 code of the column, or null when its values are not read. */
    String code(int column) {
        return codes[column];
    }

    /** True when the column has no heading. */
    boolean unnamed(int column) {
        return unnamed[column];
    }

    int indexOf(String code) {
        for (int i = 0; i < codes.length; i++) {
            if (code.equals(codes[i])) {
                return i;
            }
        }
        return -1;
    }
}
