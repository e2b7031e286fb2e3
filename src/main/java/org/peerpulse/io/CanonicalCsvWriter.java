package org.peerpulse.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.peerpulse.domain.Psp1;

/**
 * Writes responses in the canonical PSP-1 layout that {@link CanonicalCsvReader} reads: the
 * header is {@link Psp1#canonicalColumns()}, one row per response, a blank cell for an
 * unanswered item, RFC 4180 quoting (only where needed) and CRLF line ends. The row number and
 * source id of a {@link ParsedRow} have no column and are not written. Used for the blank CSV
 * template and round-trip tests.
 */
public final class CanonicalCsvWriter {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();
    private static final List<String> COLUMNS = Psp1.canonicalColumns();

    /** Writes the header and the rows; flushes {@code out} but leaves it open. */
    public void write(Writer out, Iterable<ParsedRow> rows) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, FORMAT);
        printer.printRecord(COLUMNS);
        List<String> cells = new ArrayList<>(COLUMNS.size());
        for (ParsedRow row : rows) {
            cells.clear();
            for (String column : COLUMNS) {
                cells.add(cell(row, column));
            }
            printer.printRecord(cells);
        }
        printer.flush();
    }

    private static String cell(ParsedRow row, String column) {
        switch (column) {
            case Psp1.SITE:
                return row.site();
            case Psp1.WAVE:
                return row.wave();
            case Psp1.RESPONDENT:
                return row.respondent();
            case Psp1.SUBMITTED:
                return row.submitted();
            default:
                return row.answers().get(column);
        }
    }

    /**
     * Writes a file in UTF-8 with a byte-order mark, so that Excel opens accented text correctly
     * (the reader accepts the mark).
     */
    public void write(Path file, Iterable<ParsedRow> rows) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            write(out, rows);
        }
    }
}
