package org.peerpulse.io;

import java.util.List;

/**
 * What a reader made of one file: every row it could read and every problem it found.
 * A file with any problem is refused whole by the import (all or nothing).
 */
public record ParsedFile(String file, List<ParsedRow> rows, List<ImportProblem> problems) {
    public ParsedFile {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }
}
