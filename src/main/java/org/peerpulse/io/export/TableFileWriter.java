package org.peerpulse.io.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes a table to a CSV or XLSX file, whole or not at all. */
public final class TableFileWriter {
    /** What hands a table's rows to a {@link RowWriter}, one at a time (e.g. as they are read from the database). */
    @FunctionalInterface
    public interface Rows {
        void writeTo(RowWriter writer) throws IOException;
    }

    private TableFileWriter() {
    }

    /** @param separator for CSV only */
    public static void write(ExportTable table, Path file, ExportFormat format, CsvSeparator separator)
            throws IOException {
        write(table.name(), table.headers(), writer -> {
            for (List<ExportCell> row : table.rows()) {
                writer.row(row);
            }
        }, file, format, separator);
    }

    /**
     * Writes the rows as {@code rows} hands them over, each checked to have a cell for every heading;
     * returns how many were written. When {@code rows} throws, no file is left.
     *
     * @param separator for CSV only
     */
    public static long write(String name, List<String> headers, Rows rows, Path file, ExportFormat format,
                             CsvSeparator separator) throws IOException {
        return write(name, headers, rows, file, format, separator, AtomicFile.NewFile.DEFAULT);
    }

    /** As above; a file that did not exist gets the permissions {@code newFile} says. */
    public static long write(String name, List<String> headers, Rows rows, Path file, ExportFormat format,
                             CsvSeparator separator, AtomicFile.NewFile newFile) throws IOException {
        long[] written = new long[1];
        AtomicFile.write(file, newFile, out -> {
            RowWriter writer = format == ExportFormat.CSV ? new TableCsvWriter(separator).open(out, headers)
                    : new TableXlsxWriter().open(out, name, headers);
            rows.writeTo(row -> {
                if (row.size() != headers.size()) {
                    throw new IllegalArgumentException("a row has " + row.size() + " cells for " + headers.size()
                            + " columns");
                }
                writer.row(row);
                written[0]++;
            });
            writer.finish();
        });
        return written[0];
    }
}
