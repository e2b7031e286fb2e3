package org.peerpulse.service;

import java.nio.file.Path;
import java.util.List;
import org.peerpulse.io.FilePreview;
import org.peerpulse.io.ReadOptions;
import org.peerpulse.io.SurveyFileReader;
import org.peerpulse.io.ImportProblem;
import org.peerpulse.io.ParsedFile;
import org.peerpulse.io.Progress;
import org.peerpulse.storage.Database;
import org.peerpulse.storage.Transaction;

/** Brings a file of survey answers into the program: all of it (with its audit entry), or none of it. */
public final class ImportService {
    private final Database database;
    private final RowStore store;
    private final AuditTrail audit;

    ImportService(Database database, RowStore store, AuditTrail audit) {
        this.database = database;
        this.store = store;
        this.audit = audit;
    }

    /** The first rows of a file as they are, for a wizard's preview and mapping. */
    public FilePreview preview(Path file, int rows) {
        return new SurveyFileReader().preview(file, rows);
    }

    /** The different values of a column in the whole file, for choosing a mapping's value codes. */
    public List<String> distinctValues(Path file, int column, int max) {
        return new SurveyFileReader().distinctValues(file, column, max);
    }

    /**
     * Reads and stores the file in one transaction, a batch of rows at a time as they are read (a
     * canonical CSV is never held whole); commits only when the whole file read without a problem.
     * The automatic backup is taken before the first row is written.
     */
    public ImportReport importFile(Path file, ImportOptions options, Progress progress) {
        String name = file.getFileName().toString();
        try (Transaction tx = database.begin()) {
            RowStore.Storing storing = store.storing(tx, name, options.createSites(), false, () -> {
                progress.step(Progress.Step.BACKING_UP); // half a minute on a provincial program
                database.backUpBeforeImport(progress::isCancelled); // given up when the user cancels
                progress.step(Progress.Step.COUNTED);
            });
            ParsedFile parsed = new SurveyFileReader().read(file, options.format(),
                    new ReadOptions(options.waveLabel(), options.mapping()), progress, storing);
            if (progress.isCancelled() || parsed.isCancelled()) {
                return ImportReport.cancelled(name);
            }
            if (!parsed.isValid()) { // with the rows that read but name a site the program lacks: all at once
                return ImportReport.refused(name, ImportProblem.together(name, parsed.problems(), storing.problems()))
                        .readAs(parsed);
            }
            RowStore.Outcome outcome = storing.outcome();
            if (!outcome.problems().isEmpty()) {
                return ImportReport.refused(name, ImportProblem.together(name, List.of(), outcome.problems()))
                        .readAs(parsed);
            }
            ImportReport report = new ImportReport(name, outcome.added(), outcome.duplicates(), outcome.skipped(),
                    outcome.createdWaves(),
                    outcome.createdSites(), outcome.problems(), false, null, null, null).readAs(parsed);
            audit.imported(tx, report);
            tx.commit();
            return report;
        }
    }
}
