package org.peerpulse.service;

import java.util.List;
import org.peerpulse.io.ImportProblem;

/**
 * What importing one file did. When {@code problems} is not empty, or the import was
 * cancelled, nothing was stored.
 */
public record ImportReport(String file, int added, int duplicates, List<String> createdWaves,
                           List<String> createdSites, List<ImportProblem> problems, boolean cancelled) {
    public ImportReport {
        createdWaves = List.copyOf(createdWaves);
        createdSites = List.copyOf(createdSites);
        problems = List.copyOf(problems);
    }

    public static ImportReport refused(String file, List<ImportProblem> problems) {
        return new ImportReport(file, 0, 0, List.of(), List.of(), problems, false);
    }

    public static ImportReport cancelled(String file) {
        return new ImportReport(file, 0, 0, List.of(), List.of(), List.of(), true);
    }

    public boolean stored() {
        return problems.isEmpty() && !cancelled;
    }
}
