package org.peerpulse.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV or TSV text as a {@link TableSource}: the encoding detected by {@link TextEncoding}, the
 * separator by {@link SeparatorSniffer}, RFC 4180 quotes, CRLF or LF. Streams the file; rows are
 * numbered as a spreadsheet shows them (every record counts, a quoted line break stays in its row).
 */
final class CsvTableSource implements TableSource {
    private final InputStream file;
    private final CountingInputStream counted;
    private final long size;
    private final TextEncoding encoding;
    private final char separator;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;

    private CsvTableSource(Path path, TextEncoding encoding) throws IOException {
        this.file = Files.newInputStream(path);
        this.size = Files.size(path);
        this.encoding = encoding;
        try {
            this.counted = new CountingInputStream(file);
            counted.skipNBytes(encoding.bomLength());
            BufferedReader reader = new BufferedReader(new LineLimitReader(new InputStreamReader(counted,
                    encoding.charset().newDecoder()
                            .onMalformedInput(CodingErrorAction.REPLACE)
                            .onUnmappableCharacter(CodingErrorAction.REPLACE)), InputLimits.LINE_CHARS), 1 << 16);
            this.separator = SeparatorSniffer.sniff(reader);
            CSVFormat format = CSVFormat.RFC4180.builder()
                    .setDelimiter(separator)
                    .setIgnoreEmptyLines(false)
                    .setIgnoreSurroundingSpaces(true)
                    .get();
            this.parser = CSVParser.builder().setReader(reader).setFormat(format).get();
            this.records = parser.iterator();
        } catch (IOException | RuntimeException e) {
            file.close();
            throw e;
        }
    }

    /** Opens the file; null when it is not text (see {@link TextEncoding#detect}). */
    static CsvTableSource open(Path path) throws IOException {
        TextEncoding encoding = TextEncoding.detect(path);
        return encoding == null ? null : new CsvTableSource(path, encoding);
    }

    @Override
    public TableRow next() throws IOException {
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            return new TableRow((int) record.getRecordNumber(), record.stream()
                    .map(org.peerpulse.io.export.InertText::fromCsv).toList());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The number of the row being read when reading stopped, for problems about broken quotes. */
    int rowReached() {
        return (int) parser.getRecordNumber() + 1;
    }

    @Override
    public long done() {
        return counted.count();
    }

    @Override
    public long total() {
        return size;
    }

    @Override
    public String encoding() {
        return encoding.description();
    }

    @Override
    public String separator() {
        return SeparatorSniffer.describe(separator);
    }

    @Override
    public void close() throws IOException {
        try {
            parser.close();
        } finally {
            file.close();
        }
    }
}
