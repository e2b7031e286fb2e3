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
        try {
            this.workbook = new ReadableWorkbook(path.toFile(), new ReadingOptions(true, false));
        } catch (IOException | RuntimeException e) {
            throw UnreadableWorkbook.damaged(e);
        }
        try {
            this.stream = workbook.getFirstSheet().openStream();
            this.rows = stream.iterator();
        } catch (IOException | RuntimeException e) {
            workbook.close();
            throw UnreadableWorkbook.damaged(e);
        }
    }

    /** Opens the workbook after checking it cannot inflate beyond {@link InputLimits#WORKBOOK_BYTES}. */
    static XlsxTableSource open(Path path) throws IOException {
        checkInflatedSize(path);
        return new XlsxTableSource(path);
    }

    /**
     * Inflates every part once, counting (a ZIP's declared sizes can lie): refuses a workbook larger
     * than {@link InputLimits#WORKBOOK_BYTES} unpacked, or with a part packed more than
     * {@link InputLimits#WORKBOOK_RATIO} times beyond {@link InputLimits#RATIO_FROM_BYTES} (a ZIP bomb).
     */
    private static void checkInflatedSize(Path path) throws IOException {
        long total = 0;
        byte[] buffer = new byte[1 << 16];
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(path.toFile())) {
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                java.util.zip.ZipEntry entry = entries.nextElement();
                long packed = Math.max(1, entry.getCompressedSize());
                long part = 0;
                try (java.io.InputStream in = zip.getInputStream(entry)) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        part += n;
                        total += n;
                        if (total > InputLimits.WORKBOOK_BYTES || part > InputLimits.RATIO_FROM_BYTES
                                && part > packed * InputLimits.WORKBOOK_RATIO) {
                            throw new UnreadableWorkbook("unpacks to far more than a survey (over "
                                    + (part > packed * InputLimits.WORKBOOK_RATIO ? part : total) / (1 << 20)
                                    + " MB of sheet text from a " + Math.max(1, java.nio.file.Files.size(path) >> 10)
                                    + " KB file), so it is not read; save the sheet as CSV UTF-8 and import that");
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw UnreadableWorkbook.damaged(e);
        }
    }

    /** A workbook that is damaged or too large to read, with the sentence the user reads. */
    static final class UnreadableWorkbook extends IOException {
        UnreadableWorkbook(String message) {
            super(message);
        }

        static UnreadableWorkbook damaged(Exception cause) {
            if (cause instanceof UnreadableWorkbook unreadable) {
                return unreadable;
            }
            UnreadableWorkbook damaged = new UnreadableWorkbook("is a damaged or incomplete XLSX workbook; open it in"
                    + " Excel, save it again as an Excel Workbook (.xlsx) or as CSV UTF-8, and import it again");
            damaged.initCause(cause);
            return damaged;
        }
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
            throw UnreadableWorkbook.damaged(e);
        }
    }

    /** The cell as displayed text. */
    static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        String raw = cell.getRawValue();
        if (cell.getType() == CellType.FORMULA && raw == null && cell.getFormula() != null) {
            // saved by a program that does not compute formulas: no value to read, and never a blank answer
            // (a formula whose value is empty text, =IF(A2="","",A2), has its value: a blank)
            return "=" + cell.getFormula();
        }
        if (raw == null) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER || cell.getType() == CellType.FORMULA && isNumber(raw)) {
            if (!isDate(cell)) {
                return number(new BigDecimal(raw));
            }
            // a month shown as "Mar-23" (Excel's reading of a typed 2023-03) is the month, as a wave is written
            return isMonth(cell) ? java.time.YearMonth.from(cell.asDate()).toString() : date(cell.asDate());
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

    /** A date format that shows a month and a year and no day or time (built-in 17, "mmm-yy", or its like). */
    private static boolean isMonth(Cell cell) {
        Integer id = cell.getDataFormatId();
        if (id != null && id == 17) {
            return true;
        }
        String format = cell.getDataFormatString();
        if (format == null) {
            return false;
        }
        String shown = format.replaceAll("\"[^\"]*\"|\\[[^]]*]|\\\\.", "").toLowerCase(java.util.Locale.ROOT);
        return shown.contains("y") && shown.contains("m") && !shown.contains("d") && !shown.contains("h")
                && !shown.contains("s");
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
