package org.peerpulse.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the canonical PSP-1 CSV (instrument.md): a header row of PSP-1 codes, then one row per
 * response. UTF-8 with or without a byte-order mark, commas, CRLF or LF, RFC 4180 quotes.
 * Streams the file; never throws for bad content: every problem becomes an {@link ImportProblem}
 * and reading goes on to find them all (the first {@value #MAX_PROBLEMS} are listed).
 * Rows with problems are left out of the result.
 */
public final class CanonicalCsvReader {
    static final int MAX_PROBLEMS = ImportProblem.MOST_LISTED;
    static final int PROGRESS_EVERY_ROWS = 1000;

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(false)
            .setIgnoreSurroundingSpaces(true)
            .get();

    /**
     * @param waveOverride the wave the import names for every row, or null when the file's
     *                     {@code wave} column says it
     * @param progress     told the bytes read of the file's size every {@value #PROGRESS_EVERY_ROWS} rows
     */
    public ParsedFile read(Path file, String waveOverride, Progress progress) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, name, Files.size(file), waveOverride, progress);
        } catch (IOException e) {
            return new ParsedFile(name, List.of(), List.of(ImportProblem.ofFile(name, unreadable(e))));
        }
    }

    /** Reads from a stream (not closed here); {@code name} is the file name problems show. */
    public ParsedFile read(InputStream in, String name, String waveOverride, Progress progress) {
        return read(in, name, -1, waveOverride, progress);
    }

    private ParsedFile read(InputStream in, String name, long size, String waveOverride, Progress progress) {
        if (progress.isCancelled()) {
            return ParsedFile.cancelled(name);
        }
        String wave = waveOverride == null || waveOverride.isBlank() ? null : waveOverride.strip();
        ProblemLog problems = new ProblemLog(name, MAX_PROBLEMS);
        List<ParsedRow> rows = new ArrayList<>();
        CountingInputStream counted = new CountingInputStream(in);
        CanonicalRows body = null;
        boolean header = false;
        int responses = 0;
        try (CSVParser parser = CSVParser.builder().setReader(Utf8Text.reader(counted)).setFormat(FORMAT).get()) {
            try {
                Iterator<CSVRecord> records = parser.iterator();
                while (records.hasNext()) {
                    CSVRecord record = records.next();
                    int row = (int) record.getRecordNumber();
                    if (row % PROGRESS_EVERY_ROWS == 0) {
                        progress.update(counted.count(), size);
                        if (progress.isCancelled()) {
                            return ParsedFile.cancelled(name);
                        }
                    }
                    if (isBlank(record)) {
                        continue;
                    }
                    if (!header) {
                        header = true;
                        CanonicalHeader columns = CanonicalHeader.read(record.toList(), row, wave != null, problems);
                        if (columns.unusable()) {
                            return new ParsedFile(name, List.of(), problems.list());
                        }
                        body = new CanonicalRows(columns, wave, problems);
                        continue;
                    }
                    responses++;
                    ParsedRow parsed = body.read(record.toList(), row);
                    if (parsed != null) {
                        rows.add(parsed);
                    }
                }
            } catch (UncheckedIOException e) {
                stopped(e.getCause(), (int) parser.getRecordNumber() + 1, problems);
                return new ParsedFile(name, rows, problems.list());
            }
        } catch (IOException e) {
            stopped(e, 0, problems);
            return new ParsedFile(name, rows, problems.list());
        }
        progress.update(counted.count(), size);
        if (!header) {
            problems.addFile("is empty; a canonical CSV has a header row of PSP-1 codes (site, wave, fin_overall…)"
                    + " and one row per response");
        } else if (responses == 0) {
            problems.addFile("has no responses, only a header row");
        }
        return new ParsedFile(name, rows, problems.list());
    }

    private static boolean isBlank(CSVRecord record) {
        for (String value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Reading could not go on: the bytes are not text, the quotes are broken, or the disk failed. */
    private static void stopped(IOException error, int row, ProblemLog problems) {
        String message = String.valueOf(error.getMessage());
        if (Utf8Text.isNotText(error)) {
            problems.addFile("is not UTF-8 text; save it as \"CSV UTF-8 (Comma delimited)\" and import it again");
        } else if (message.contains("EOF reached before encapsulated token finished")) {
            problems.add(row, null, null, "a value that opens with a quote (\") is never closed, so the rest of the"
                    + " file cannot be read; close the quote, and double any quote inside a value (\"\")");
        } else if (message.contains("Invalid character between encapsulated token and delimiter")) {
            problems.add(row, null, null, "a quoted value is followed by more text before the next comma;"
                    + " put the whole value in quotes and double any quote inside it (\"\")");
        } else {
            problems.addFile(unreadable(error));
        }
    }

    private static String unreadable(IOException error) {
        if (error instanceof NoSuchFileException) {
            return "the file was not found";
        }
        if (error instanceof AccessDeniedException) {
            return "PeerPulse is not allowed to read the file";
        }
        String reason = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return "the file could not be read (" + reason + ")";
    }
}
