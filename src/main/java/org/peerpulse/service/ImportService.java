package org.peerpulse.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.peerpulse.domain.Names;
import org.peerpulse.io.ColumnMapping;
import org.peerpulse.io.FilePreview;
import org.peerpulse.io.ReadOptions;
import org.peerpulse.io.SurveyFileReader;
import org.peerpulse.io.ImportProblem;
import org.peerpulse.io.ParsedFile;
import org.peerpulse.io.Progress;
import org.peerpulse.storage.Database;
import org.peerpulse.storage.ImportedFiles;
import org.peerpulse.storage.Transaction;

/** Brings a file of survey answers into the program: all of it (with its audit entry), or none of it. */
public final class ImportService {
    /**
     * Why a file is refused whose every row to add has the answers of a response stored before at its site
     * and wave (rows without a code or source id, matched one to one): the same answers in another file,
     * e.g. the responses export as CSV then as XLSX, or a CSV re-saved by Excel.
     */
    static final String EVERY_ROW_STORED = "every row is already stored (the same answers at the same sites and"
            + " waves), as if this file had been imported before in another form; nothing was stored";

    private final Database database;
    private final RowStore store;
    private final AuditTrail audit;
    private final ImportedFiles importedFiles;

    ImportService(Database database, RowStore store, AuditTrail audit, ImportedFiles importedFiles) {
        this.database = database;
        this.store = store;
        this.audit = audit;
        this.importedFiles = importedFiles;
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
     * The automatic backup is taken before the first row is written. The same file imported again
     * (the same bytes, read the same way) adds nothing: every row is skipped as a duplicate, even
     * rows without a respondent code or source id to tell them by.
     */
    public ImportReport importFile(Path file, ImportOptions options, Progress progress) {
        String name = file.getFileName().toString();
        String fingerprint = fingerprint(file, options);
        try (Transaction tx = database.begin()) {
            RowStore.Storing storing = store.storing(tx, name, options.createSites(), false, () -> {
                progress.step(Progress.Step.BACKING_UP); // half a minute on a provincial program
                database.backUpBeforeImport(progress::isCancelled); // given up when the user cancels
                progress.step(Progress.Step.COUNTED);
            });
            if (fingerprint != null) {
                importedFiles.find(tx, fingerprint).ifPresent(before -> storing.skipEveryRow("the same file"
                        + (before.fileName().equals(name) ? "" : ", as " + before.fileName() + ",") + " was imported on "
                        + before.at().toLocalDate() + " at "
                        + before.at().toLocalTime().truncatedTo(java.time.temporal.ChronoUnit.MINUTES)));
            }
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
            if (outcome.sameAnswers() > 0 && outcome.sameAnswers() == outcome.added()) {
                // nothing new: an export of this program, or a file re-saved (Excel, CRLF), imported back
                return ImportReport.refused(name, List.of(ImportProblem.ofFile(name, EVERY_ROW_STORED))).readAs(parsed);
            }
            ImportReport report = new ImportReport(name, outcome.added(), outcome.duplicates(), outcome.unanswered(),
                    outcome.skipped(), outcome.skippedFor(), outcome.createdWaves(), outcome.createdSites(),
                    outcome.problems(), false, null, null, null, outcome.sameAnswers(), outcome.undatedWaves())
                    .readAs(parsed);
            audit.imported(tx, report);
            if (fingerprint != null) {
                importedFiles.record(tx, fingerprint, name);
            }
            tx.commit();
            return report;
        }
    }

    /**
     * SHA-256 of the file's bytes and of what could make the same bytes other answers: the wave they
     * are for (as waves are matched: "2020_03" is 2020-03) and the mapping's columns and values (not
     * its name). Not the format: the same bytes read the same answers whether recognised or named
     * (a nightly command's --format and the wizard's "recognise it"). The same template imported for
     * another wave is another import. Null when the file cannot be read (the reader says why).
     */
    private static String fingerprint(Path file, ImportOptions options) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
            }
            sha.update(howRead(options).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            return null;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * The wave, as waves are matched, and the mapping's columns and values as a mapping matches
     * them ({@link ColumnMapping#matchKey}), each text with its length before it so that no two differ
     * only in where one ends.
     */
    private static String howRead(ImportOptions options) {
        StringBuilder how = new StringBuilder();
        field(how, options.waveLabel() == null ? "" : Names.normalize(options.waveLabel()));
        if (options.mapping() != null) {
            Map<String, String> columns = new TreeMap<>();
            options.mapping().columnToTarget().forEach((column, target) -> columns.put(ColumnMapping.matchKey(column),
                    target.strip()));
            field(how, String.valueOf(columns.size()));
            columns.forEach((column, target) -> field(field(how, column), target));
            Map<String, Map<String, String>> values = new TreeMap<>();
            options.mapping().valueCodes().forEach((item, codes) -> codes.forEach((label, code) ->
                    values.computeIfAbsent(item.strip(), i -> new TreeMap<>()).put(ColumnMapping.matchKey(label), code.strip())));
            values.forEach((item, codes) -> codes.forEach((label, code) -> field(field(field(how, item), label), code)));
        }
        return how.toString();
    }

    private static StringBuilder field(StringBuilder how, String text) {
        return how.append(text.length()).append(':').append(text);
    }
}
