package org.peerpulse.io;

import java.util.List;

/**
 * What a reader made of one file: every row it could read and every problem it found.
 * A file with any problem is refused whole by the import (all or nothing).
 *
 * @param format    the layout the rows were read as (detected or named by the import)
 * @param encoding  how the text was decoded, for the user to check: "UTF-8", "UTF-8 with byte-order mark",
 *                  "UTF-16LE", "UTF-16BE", "Windows-1252"; null for a workbook or when nothing was read
 * @param separator what separated the columns: "comma", "semicolon", "tab"; null for a workbook
 */
public record ParsedFile(String file, List<ParsedRow> rows, List<ImportProblem> problems, ImportFormat format,
                         String encoding, String separator) {
    /** The message of the single problem of a read the user cancelled. */
    public static final String CANCELLED = "cancelled";

    public ParsedFile {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    /** A canonical CSV as {@link CanonicalCsvReader} reads it: UTF-8, commas. */
    public ParsedFile(String file, List<ParsedRow> rows, List<ImportProblem> problems) {
        this(file, rows, problems, ImportFormat.PEERPULSE, "UTF-8", "comma");
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    /** What a cancelled read returns: no rows and the single problem {@value #CANCELLED}; the caller stores nothing. */
    public static ParsedFile cancelled(String file) {
        return new ParsedFile(file, List.of(), List.of(ImportProblem.ofFile(file, CANCELLED)));
    }

    public boolean isCancelled() {
        return rows.isEmpty() && problems.size() == 1 && problems.get(0).row() == 0
                && CANCELLED.equals(problems.get(0).message());
    }
}
