package org.peerpulse.io;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * The first sheet of an XLSX workbook as a {@link TableSource}, streamed row by row. Cells become
 * the text a person sees: whole numbers without ".0" (4.0 → "4"), dates and times as ISO
 * (2020-03-04, 2020-03-04T12:30), TRUE/FALSE, formulas as their last computed value.
 * Progress counts rows (the total is unknown).
 */
final class XlsxTableSource implements TableSource {
    private static final Pattern DATE_FORMAT = Pattern.compile("(?i)(^|[^\\\\\"])[dmyhs]");

    private final ReadableWorkbook workbook;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;
    private long done;

    private XlsxTableSource(Path path) throws IOException {
        this.workbook = new ReadableWorkbook(path.toFile(), new ReadingOptions(true, false));
        try {
            this.stream = workbook.getFirstSheet().openStream();
            this.rows = stream.iterator();
        } catch (IOException | RuntimeException e) {
            workbook.close();
            throw e;
        }
    }

    static XlsxTableSource open(Path path) throws IOException {
        return new XlsxTableSource(path);
    }

    /** True when the bytes start as a ZIP archive (an XLSX workbook is one). */
    static boolean isWorkbook(byte[] start) {
        return start.length >= 4 && ReadableWorkbook.isOOXMLZipHeader(start);
    }

    /** True for the old binary Excel format (.xls), which is not read. */
    static boolean isOldExcel(byte[] start) {
        return start.length >= 8 && ReadableWorkbook.isOLE2Header(start);
    }

    @Override
    public TableRow next() throws IOException {
        try {
            if (!rows.hasNext()) {
                return null;
            }
            Row row = rows.next();
            done++;
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < row.getCellCount(); i++) {
                cells.add(text(row.getCell(i)));
            }
            // rows the sheet leaves out are blank rows; the rows after them keep their numbers
            return new TableRow(row.getRowNum(), cells);
        } catch (RuntimeException e) {
            throw new IOException(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
        }
    }

    /** The cell as displayed text. */
    static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        String raw = cell.getRawValue();
        if (raw == null) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER || cell.getType() == CellType.FORMULA && isNumber(raw)) {
            return isDate(cell) ? date(cell.asDate()) : number(new BigDecimal(raw));
        }
        if (cell.getType() == CellType.BOOLEAN) {
            return "1".equals(raw) || "true".equalsIgnoreCase(raw) ? "TRUE" : "FALSE";
        }
        return cell.getType() == CellType.STRING ? cell.asString() : raw;
    }

    private static boolean isNumber(String raw) {
        try {
            new BigDecimal(raw);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isDate(Cell cell) {
        Integer id = cell.getDataFormatId();
        if (id != null && (id >= 14 && id <= 22 || id >= 45 && id <= 47)) {
            return true;
        }
        String format = cell.getDataFormatString();
        return format != null && !format.equalsIgnoreCase("general") && DATE_FORMAT.matcher(format).find()
                && !format.contains("0");
    }

    private static String date(LocalDateTime value) {
        if (value.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return value.toLocalDate().toString();
        }
        return value.withNano(0).toString();
    }

    /** 4.0 → "4", 2.50 → "2.5", 1E+3 → "1000". */
    static String number(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0).toPlainString() : plain.toPlainString();
    }

    @Override
    public long done() {
        return done;
    }

    @Override
    public long total() {
        return -1;
    }

    @Override
    public String encoding() {
        return null;
    }

    @Override
    public String separator() {
        return null;
    }

    @Override
    public void close() throws IOException {
        try {
            stream.close();
        } finally {
            workbook.close();
        }
    }
}
