package org.peerpulse.io.export;

import java.io.IOException;
import java.nio.file.Path;

/** Writes an {@link ExportTable} to a CSV or XLSX file, whole or not at all. */
public final class TableFileWriter {
    private TableFileWriter() {
    }

    /** @param separator for CSV only */
    public static void write(ExportTable table, Path file, ExportFormat format, CsvSeparator separator)
            throws IOException {
        AtomicFile.write(file, out -> {
            if (format == ExportFormat.CSV) {
                new TableCsvWriter(separator).write(table, out);
            } else {
                new TableXlsxWriter().write(table, out);
            }
        });
    }
}
