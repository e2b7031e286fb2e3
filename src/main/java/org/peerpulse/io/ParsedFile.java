package org.peerpulse.io;

import java.util.List;

/**
 * What a reader made of one file: every row it could read and every problem it found.
 * A file with any problem is refused whole by the import (all or nothing).
 */
public record ParsedFile(String file, List<ParsedRow> rows, List<ImportProblem> problems) {
    /** The message of the single problem of a read the user cancelled. */
    public static final String CANCELLED = "cancelled";

    public ParsedFile {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
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
