package org.peerpulse.service;

import java.util.List;
import org.peerpulse.io.ImportFormat;
import org.peerpulse.io.ImportProblem;
import org.peerpulse.io.ParsedFile;

/**
 * What importing one file did. When {@code problems} is not empty, or the import was
 * cancelled, nothing was stored.
 *
 * @param format    the layout the file was read as (null when it could not be told)
 * @param encoding  how its text was decoded, e.g. "Windows-1252" (null for workbooks)
 * @param separator "comma", "semicolon" or "tab" (null for workbooks)
 */
public record ImportReport(String file, int added, int duplicates, List<Skipped> skipped, List<String> createdWaves,
                           List<String> createdSites, List<ImportProblem> problems, boolean cancelled,
                           ImportFormat format, String encoding, String separator) {
    /** At most this many skipped rows are named; {@code duplicates} counts them all. */
    public static final int SKIPPED_LISTED = 100;

    /** A row skipped as a duplicate, and what it repeats. */
    public record Skipped(int row, String why) {
    }

    public ImportReport {
        skipped = List.copyOf(skipped);
        createdWaves = List.copyOf(createdWaves);
        createdSites = List.copyOf(createdSites);
        problems = List.copyOf(problems);
    }

    public static ImportReport refused(String file, List<ImportProblem> problems) {
        return new ImportReport(file, 0, 0, List.of(), List.of(), List.of(), problems, false, null, null, null);
    }

    public static ImportReport cancelled(String file) {
        return new ImportReport(file, 0, 0, List.of(), List.of(), List.of(), List.of(), true, null, null, null);
    }

    /** The same report, saying how the file was read. */
    ImportReport readAs(ParsedFile parsed) {
        return new ImportReport(file, added, duplicates, skipped, createdWaves, createdSites, problems, cancelled,
                parsed.format(), parsed.encoding(), parsed.separator());
    }

    public boolean stored() {
        return problems.isEmpty() && !cancelled;
    }
}
