package org.peerpulse.io.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes an {@link ExportTable} as CSV: UTF-8 with a byte-order mark (so that Excel reads accents
 * right), the chosen separator, quoting only where needed, CRLF line ends; numbers as plain
 * digits with a decimal point; formula-looking text made inert by {@link InertText}.
 */
public final class TableCsvWriter {
    private final CsvSeparator separator;

    public TableCsvWriter(CsvSeparator separator) {
        this.separator = separator;
    }

    /** Writes the whole table; flushes {@code out} but leaves it open. */
    public void write(ExportTable table, OutputStream out) throws IOException {
        RowWriter rows = open(out, table.headers());
        for (List<ExportCell> row : table.rows()) {
            rows.row(row);
        }
        rows.finish();
    }

    /** Writes the headings; the rows follow one at a time. */
    public RowWriter open(OutputStream out, List<String> headers) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator.character())
                .setRecordSeparator("\r\n").get();
        CSVPrinter printer = new CSVPrinter(writer, format);
        printer.printRecord(headers.stream().map(InertText::forCsv).toList());
        List<String> cells = new ArrayList<>();
        return new RowWriter() {
            @Override
            public void row(List<ExportCell> row) throws IOException {
                cells.clear();
                for (ExportCell cell : row) {
                    cells.add(text(cell));
                }
                printer.printRecord(cells);
            }

            @Override
            public void finish() throws IOException {
                printer.flush();
            }
        };
    }

    private static String text(ExportCell cell) {
        if (cell instanceof ExportCell.Numeric number) {
            return number.plain();
        }
        if (cell instanceof ExportCell.Text text) {
            return InertText.forCsv(text.value());
        }
        return "";
    }
}
