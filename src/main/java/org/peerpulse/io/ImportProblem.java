package org.peerpulse.io;

/**
 * One thing wrong with an input file, as data. Rows are numbered as a spreadsheet shows them:
 * the header is row 1, the first answers are row 2. {@code row} is 0 and {@code column} null
 * for a problem with the whole file.
 *
 * @param message what is wrong and what is allowed, e.g. "7 is not on the 1–5 scale"
 */
public record ImportProblem(String file, int row, String column, String value, String message) {

    public static ImportProblem ofFile(String file, String message) {
        return new ImportProblem(file, 0, null, null, message);
    }

    /** Column headings longer than this are cut in sentences (a file may have any heading). */
    static final int SHOWN_COLUMN_MAX = 60;

    /**
     * One clear sentence: "answers.csv, row 14, fin_overall: 7 is not on the 1–5 scale." — on one
     * line (line breaks in headings or values become spaces), a long heading cut with "…".
     */
    public String sentence() {
        StringBuilder out = new StringBuilder();
        if (file != null) {
            out.append(file);
        }
        if (row > 0) {
            out.append(out.length() > 0 ? ", " : "").append("row ").append(row);
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
