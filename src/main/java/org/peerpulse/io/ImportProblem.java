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

    /** One clear sentence: "answers.csv, row 14, fin_overall: 7 is not on the 1–5 scale." */
    public String sentence() {
        StringBuilder out = new StringBuilder();
        if (file != null) {
            out.append(file);
        }
        if (row > 0) {
            out.append(out.length() > 0 ? ", " : "").append("row ").append(row);
        }
        if (column != null) {
            out.append(out.length() > 0 ? ", " : "").append(column);
        }
        out.append(out.length() > 0 ? ": " : "").append(message);
        if (!message.endsWith(".")) {
            out.append('.');
        }
        return out.toString();
    }
}
