package org.peerpulse.io.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes an {@link ExportTable} as an XLSX workbook of one sheet: bold headings on a frozen first
 * row, numbers as numeric cells, all text as string cells. Nothing is ever written as a formula,
 * so text that looks like one ({@link InertText}) stays inert.
 */
public final class TableXlsxWriter {
    private static final int MAX_SHEET_NAME = 31;
    /** Rows are written to the file every this many, so a provincial export (240,000 rows) is not held whole. */
    private static final int FLUSH_EVERY = 1_000;

    /** Writes the workbook; leaves {@code out} open. */
    public void write(ExportTable table, OutputStream out) throws IOException {
        RowWriter rows = open(out, table.name(), table.headers());
        for (List<ExportCell> row : table.rows()) {
            rows.row(row);
        }
        rows.finish();
    }

    /** Starts the workbook with its sheet's headings; the rows follow one at a time. */
    public RowWriter open(OutputStream out, String name, List<String> headers) {
        Workbook workbook = new Workbook(out, "PeerPulse", "1.0");
        Worksheet sheet = workbook.newWorksheet(sheetName(name));
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
            sheet.style(0, c).bold().set();
        }
        if (!headers.isEmpty()) {
            sheet.freezePane(0, 1);
        }
        return new RowWriter() {
            private int r = 1;

            @Override
            public void row(List<ExportCell> row) throws IOException {
                for (int c = 0; c < row.size(); c++) {
                    ExportCell cell = row.get(c);
                    if (cell instanceof ExportCell.Numeric number) {
                        sheet.value(r, c, number.value());
                    } else if (cell instanceof ExportCell.Text text) {
                        sheet.value(r, c, text.value());
                    }
                }
                r++;
                if (r % FLUSH_EVERY == 0) {
                    sheet.flush(); // written out: fastexcel otherwise holds every cell until the end
                }
            }

            @Override
            public void finish() throws IOException {
                workbook.finish();
            }
        };
    }

    /** A sheet name Excel accepts: at most 31 characters, none of : \ / ? * [ ]. */
    static String sheetName(String name) {
        String clean = name.replaceAll("[:\\\\/?*\\[\\]]", " ").strip();
        if (clean.isEmpty()) {
            clean = "PeerPulse";
        }
        return clean.length() > MAX_SHEET_NAME ? clean.substring(0, MAX_SHEET_NAME) : clean;
    }
}
