package org.peerpulse.io.export;

/**
 * The one rule for text that a spreadsheet would run as a formula (starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return): in CSV it gets a leading
 * apostrophe; in XLSX it is written as a string cell (never a formula). Numbers are never text,
 * so a real "-3.1" is not touched: it is an {@link ExportCell.Numeric}.
 */
public final class InertText {
    private InertText() {
    }

    public static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** The text as a CSV cell: with a leading {@code '} when it looks like a formula. */
    public static String forCsv(String text) {
        return looksLikeFormula(text) ? "'" + text : text;
    }

    /**
     * A CSV cell read back as the text {@link #forCsv} was given: without the {@code '} it put before
     * text that looks like a formula, so that an export imported into another program keeps its site
     * names, codes and comments (spreadsheets keep such a mark out of the CSV files they save).
     */
    public static String fromCsv(String cell) {
        return cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && looksLikeFormula(cell.substring(1))
                ? cell.substring(1) : cell;
    }
}
