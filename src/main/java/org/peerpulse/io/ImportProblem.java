package org.peerpulse.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One thing wrong with an input file, as data. Rows are numbered as a spreadsheet shows them:
 * the header is row 1, the first answers are row 2. {@code row} is 0 and {@code column} null
 * for a problem with the whole file.
 *
 * @param message what is wrong and what is allowed, e.g. "7 is not on the 1–5 scale"
 */
public record ImportProblem(String file, int row, String column, String value, String message) {
    /** A refused file lists at most this many problems; the rest are counted in a closing one. */
    public static final int MOST_LISTED = 200;

    public static ImportProblem ofFile(String file, String message) {
        return new ImportProblem(file, 0, null, null, message);
    }

    /** The closing problem that counts those not listed. */
    static ImportProblem unlisted(String file, int count) {
        return ofFile(file, count == 1
                ? "1 more problem is not listed; fix the ones above and import the file again"
                : count + " more problems are not listed; fix the ones above and import the file again");
    }

    /** The closing problem's sentence, as {@link #unlisted} writes it: the number it counts. */
    private static final java.util.regex.Pattern UNLISTED = java.util.regex.Pattern.compile(
            "(\\d+) more problems? (?:is|are) not listed; fix the ones above and import the file again");

    /** How many problems a list stands for: each listed one, and those its closing problem counts. */
    public static int total(List<ImportProblem> problems) {
        int total = 0;
        for (ImportProblem problem : problems) {
            java.util.regex.Matcher unlisted = UNLISTED.matcher(problem.message());
            total += problem.row() == 0 && unlisted.matches() ? Integer.parseInt(unlisted.group(1)) : 1;
        }
        return total;
    }

    /**
     * The problems of one file found by reading it and by matching its rows to the program (a site
     * it does not have), together in row order, the whole file's first; at most {@link #MOST_LISTED},
     * the rest counted. {@code read} already counting unlisted ones is given back as it is.
     */
    public static List<ImportProblem> together(String file, List<ImportProblem> read, List<ImportProblem> matched) {
        if (matched.isEmpty() || read.size() >= MOST_LISTED) {
            return read;
        }
        List<ImportProblem> all = new ArrayList<>(read);
        all.addAll(matched);
        all.sort(Comparator.comparingInt(ImportProblem::row));
        if (all.size() <= MOST_LISTED) {
            return List.copyOf(all);
        }
        // the first rows' problems, and the first row of every other problem: each site a file names and the
        // program lacks is said, not the first two of them and "493 more problems are not listed"
        List<ImportProblem> listed = new ArrayList<>(all.subList(0, MOST_LISTED));
        java.util.Set<Object> said = new java.util.HashSet<>();
        listed.forEach(problem -> said.add(problem.kind()));
        for (ImportProblem problem : all.subList(MOST_LISTED, all.size())) {
            if (listed.size() < 2 * MOST_LISTED && said.add(problem.kind())) {
                listed.add(problem);
            }
        }
        listed.add(unlisted(file, all.size() - listed.size()));
        return List.copyOf(listed);
    }

    /** What makes two rows' problems the same problem: its file, column, value and sentence. */
    private Object kind() {
        return java.util.Arrays.asList(file, column, value, message);
    }

    /**
     * The problems as sentences, the same problem in several rows said once with its rows ("answers.csv,
     * rows 2–601, site: "VIC" is not a site of this program…"), in the order each was first found.
     */
    public static List<String> sentences(List<ImportProblem> problems) {
        java.util.Map<Object, List<ImportProblem>> same = new java.util.LinkedHashMap<>();
        for (ImportProblem problem : problems) {
            Object key = problem.row() == 0 ? new Object() : problem.kind(); // a whole file's problem stands alone
            same.computeIfAbsent(key, k -> new ArrayList<>()).add(problem);
        }
        List<String> sentences = new ArrayList<>();
        for (List<ImportProblem> group : same.values()) {
            ImportProblem first = group.get(0);
            sentences.add(group.size() == 1 ? first.sentence() : first.sentence(
                    "rows " + RowRuns.text(group.stream().map(ImportProblem::row).sorted().toList(), 10)));
        }
        return sentences;
    }

    /** Column headings longer than this are cut in sentences (a file may have any heading). */
    static final int SHOWN_COLUMN_MAX = 60;

    /**
     * One clear sentence: "answers.csv, row 14, fin_overall: 7 is not on the 1–5 scale." — on one
     * line (line breaks in headings or values become spaces), a long heading cut with "…".
     */
    public String sentence() {
        return sentence(row > 0 ? "row " + row : null);
    }

    private String sentence(String rows) {
        StringBuilder out = new StringBuilder();
        if (file != null) {
            out.append(file);
        }
        if (rows != null) {
            out.append(out.length() > 0 ? ", " : "").append(rows);
        }
        if (column != null) {
            out.append(out.length() > 0 ? ", " : "").append(shortened(column));
        }
        out.append(out.length() > 0 ? ": " : "").append(message);
        if (!message.endsWith(".")) {
            out.append('.');
        }
        return out.toString().replaceAll("[\\r\\n\\t]+", " ");
    }

    private static String shortened(String heading) {
        if (heading.codePointCount(0, heading.length()) <= SHOWN_COLUMN_MAX) {
            return heading;
        }
        return heading.substring(0, heading.offsetByCodePoints(0, SHOWN_COLUMN_MAX)) + "…";
    }
}
