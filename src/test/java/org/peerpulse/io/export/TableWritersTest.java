package org.peerpulse.io.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TableWritersTest {
    private static final List<String> FORMULAS = List.of("=1+2", "+41 79 123", "-2+3", "@SUM(A1:A2)",
            "\tdanger", "\rdanger", "=HYPERLINK(\"http://x\")");

    @TempDir
    Path folder;

    /** Accents, quotes, separators, line breaks, numbers (negative and decimal), empties and formula-looking text. */
    private static ExportTable sample() {
        List<List<ExportCell>> rows = new ArrayList<>();
        rows.add(List.of(ExportCell.text("Montréal « Café »"), ExportCell.number(23L), ExportCell.number(-3.1),
                ExportCell.text("<5")));
        rows.add(List.of(ExportCell.text("a,b;c\td \"quoted\""), ExportCell.number(60.87), ExportCell.EMPTY,
                ExportCell.text("two\nlines")));
        for (String formula : FORMULAS) {
            rows.add(List.of(ExportCell.text(formula), ExportCell.number(0L), ExportCell.number(1.5E-7),
                    ExportCell.text("ok")));
        }
        return new ExportTable("Trends: all sites", List.of("Site", "n", "Change (points)", "Note"), rows);
    }

    private static String csvText(ExportCell cell) {
        if (cell instanceof ExportCell.Numeric number) {
            return number.plain();
        }
        return cell instanceof ExportCell.Text text ? InertText.forCsv(text.value()) : "";
    }

    @ParameterizedTest
    @EnumSource(CsvSeparator.class)
    void csvRoundTripsCellByCellWithEachSeparatorAndStartsWithABom(CsvSeparator separator) throws IOException {
        ExportTable table = sample();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TableCsvWriter(separator).write(table, out);
        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setDelimiter(separator.character()).get()
                .parse(new StringReader(text)).getRecords();
        assertThat(records).hasSize(table.rows().size() + 1);
        assertThat(records.get(0).toList()).isEqualTo(table.headers());
        for (int r = 0; r < table.rows().size(); r++) {
            List<ExportCell> row = table.rows().get(r);
            assertThat(records.get(r + 1).size()).isEqualTo(row.size());
            for (int c = 0; c < row.size(); c++) {
                assertThat(records.get(r + 1).get(c)).as("row %d column %d", r, c).isEqualTo(csvText(row.get(c)));
            }
        }
        assertThat(records.get(1).get(2)).isEqualTo("-3.1");
        assertThat(records.get(1).get(1)).isEqualTo("23");
        assertThat(records.get(3).get(2)).isEqualTo("0.00000015");
    }

    @Test
    void csvMakesFormulaLookingTextInertButLeavesRealNumbersAlone() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TableCsvWriter(CsvSeparator.SEMICOLON).write(sample(), out);
        String written = out.toString(StandardCharsets.UTF_8);
        assertThat(written).contains("\r\n'=1+2;0;0.00000015;ok\r\n", "\r\n'+41 79 123;", "\r\n'-2+3;",
                "\r\n'@SUM(A1:A2);", "\r\n'\tdanger;", "\r\n\"'\rdanger\";", ";23;-3.1;<5\r\n");
        for (String line : written.split("\r\n")) {
            assertThat(line).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@")
                    .doesNotStartWith("-");
        }
    }

    @Test
    void xlsxRoundTripsCellByCellWithNumbersAsNumbersAndTextAsStrings() throws IOException {
        ExportTable table = sample();
        Path file = folder.resolve("table.xlsx");
        TableFileWriter.write(table, file, ExportFormat.XLSX, CsvSeparator.COMMA);
        try (InputStream in = Files.newInputStream(file); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            assertThat(workbook.getFirstSheet().getName()).isEqualTo("Trends  all sites");
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(table.rows().size() + 1);
            for (int c = 0; c < table.headers().size(); c++) {
                assertThat(rows.get(0).getCell(c).asString()).isEqualTo(table.headers().get(c));
            }
            for (int r = 0; r < table.rows().size(); r++) {
                List<ExportCell> expected = table.rows().get(r);
                Row row = rows.get(r + 1);
                for (int c = 0; c < expected.size(); c++) {
                    Cell cell = c < row.getCellCount() ? row.getCell(c) : null;
                    ExportCell want = expected.get(c);
                    String where = "row " + r + " column " + c;
                    if (want instanceof ExportCell.Numeric number) {
                        assertThat(cell.getType()).as(where).isEqualTo(CellType.NUMBER);
                        assertThat(cell.asNumber()).as(where).isEqualByComparingTo(number.value());
                    } else if (want instanceof ExportCell.Text text) {
                        assertThat(cell.getType()).as(where).isEqualTo(CellType.STRING);
                        assertThat(cell.asString()).as(where).isEqualTo(text.value());
                        assertThat(cell.getFormula()).as(where).isNull();
                    } else {
                        assertThat(cell == null || cell.getType() == CellType.EMPTY).as(where).isTrue();
                    }
                }
            }
            assertThat(rows.get(1).getCell(2).asNumber()).isEqualByComparingTo(new BigDecimal("-3.1"));
        }
    }

    @Test
    void aLongXlsxIsWrittenOutAsItGoesAndKeepsEveryRowInOrder() throws IOException {
        List<List<ExportCell>> many = new java.util.ArrayList<>();
        for (int i = 0; i < 2_503; i++) {
            many.add(List.of(ExportCell.text("site " + (i % 7)), ExportCell.number(i), ExportCell.shown(i % 5 == 0 ? "" : "3")));
        }
        Path file = folder.resolve("long.xlsx");
        TableFileWriter.write(new ExportTable("Responses", List.of("site", "n", "fin_overall"), many), file,
                ExportFormat.XLSX, CsvSeparator.COMMA);
        try (InputStream in = Files.newInputStream(file); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(2_504);
            for (int i = 0; i < 2_503; i++) {
                Row row = rows.get(i + 1);
                assertThat(row.getCell(0).asString()).isEqualTo("site " + (i % 7));
                assertThat(row.getCell(1).asNumber()).isEqualByComparingTo(BigDecimal.valueOf(i));
                if (i % 5 == 0) {
                    assertThat(row.getCellCount() < 3 || row.getCell(2) == null
                            || row.getCell(2).getType() == CellType.EMPTY).as("row " + i).isTrue();
                } else {
                    assertThat(row.getCell(2).asNumber()).isEqualByComparingTo(BigDecimal.valueOf(3));
                }
            }
        }
    }

    @Test
    void xlsxHoldsNoFormulaElementAnywhere() throws IOException {
        Path file = folder.resolve("table.xlsx");
        TableFileWriter.write(sample(), file, ExportFormat.XLSX, CsvSeparator.COMMA);
        StringBuilder sheets = new StringBuilder();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                if (entry.getName().startsWith("xl/worksheets/")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        sheets.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        assertThat(sheets.toString()).contains("<c r=\"A3\"").doesNotContain("<f>").doesNotContain("<f ");
    }

    @Test
    void looksLikeFormulaIsTheOneRule() {
        for (String formula : FORMULAS) {
            assertThat(InertText.looksLikeFormula(formula)).as(formula).isTrue();
            assertThat(InertText.forCsv(formula)).isEqualTo("'" + formula);
        }
        for (String plain : List.of("", "Victoria", "<5", "61% (n = 23)", "2019-09", " =not first")) {
            assertThat(InertText.looksLikeFormula(plain)).as(plain).isFalse();
            assertThat(InertText.forCsv(plain)).isEqualTo(plain);
        }
    }

    @Test
    void shownTextBecomesANumberOnlyWhenItIsPlainDigits() {
        assertThat(ExportCell.shown("-3.1")).isEqualTo(new ExportCell.Numeric(new BigDecimal("-3.1")));
        assertThat(ExportCell.shown("23")).isEqualTo(new ExportCell.Numeric(new BigDecimal("23")));
        for (String text : List.of("<5", "61%", "1,234", "-2+3", "3.", "2019-09", "+3")) {
            assertThat(ExportCell.shown(text)).as(text).isEqualTo(new ExportCell.Text(text));
        }
        assertThat(ExportCell.shown("")).isEqualTo(ExportCell.EMPTY);
    }

    @Test
    void aFailedWriteLeavesNoFileAndTheOldOneWhole() throws IOException {
        Path file = folder.resolve("out.csv");
        Files.writeString(file, "old");
        assertThatThrownBy(() -> AtomicFile.write(file, out -> {
            out.write("partial".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(Files.readString(file)).isEqualTo("old");
        try (var files = Files.list(folder)) {
            assertThat(files.toList()).containsExactly(file);
        }
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void rowsHandedOverOneAtATimeMakeTheSameTableAsRowsHeldWhole(ExportFormat format) throws IOException {
        ExportTable table = sample();
        Path whole = folder.resolve("whole." + format.name().toLowerCase(java.util.Locale.ROOT));
        Path streamed = folder.resolve("streamed." + format.name().toLowerCase(java.util.Locale.ROOT));
        TableFileWriter.write(table, whole, format, CsvSeparator.SEMICOLON);

        long written = TableFileWriter.write(table.name(), table.headers(), writer -> {
            for (List<ExportCell> row : table.rows()) {
                writer.row(row);
            }
        }, streamed, format, CsvSeparator.SEMICOLON);

        assertThat(written).isEqualTo(table.rows().size());
        if (format == ExportFormat.CSV) {
            assertThat(Files.readAllBytes(streamed)).isEqualTo(Files.readAllBytes(whole));
        } else {
            assertThat(cells(streamed)).isEqualTo(cells(whole)).hasSize(table.rows().size() + 1);
        }
    }

    @Test
    void aFailureWhileRowsAreHandedOverLeavesNoFileAndTheOldOneWhole() throws IOException {
        Path file = folder.resolve("responses.xlsx");
        Files.writeString(file, "old");
        ExportTable table = sample();

        assertThatThrownBy(() -> TableFileWriter.write(table.name(), table.headers(), writer -> {
            writer.row(table.rows().get(0));
            throw new IOException("the database went away");
        }, file, ExportFormat.XLSX, CsvSeparator.COMMA)).hasMessage("the database went away");
        assertThatThrownBy(() -> TableFileWriter.write(table.name(), table.headers(), writer -> {
            writer.row(table.rows().get(0));
            writer.row(List.of(ExportCell.text("one cell")));
        }, file, ExportFormat.XLSX, CsvSeparator.COMMA)).hasMessage("a row has 1 cells for 4 columns");

        assertThat(Files.readString(file)).isEqualTo("old");
        try (var files = Files.list(folder)) {
            assertThat(files.toList()).containsExactly(file);
        }
    }

    private static List<List<String>> cells(Path xlsx) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            return workbook.getFirstSheet().read().stream().map(row -> row.stream()
                    .map(cell -> cell == null ? "" : cell.getType() + ":" + cell.getRawValue()).toList()).toList();
        }
    }

    @Test
    void formatComesFromTheExtension() {
        assertThat(ExportFormat.of(Path.of("a/Trends.CSV"))).contains(ExportFormat.CSV);
        assertThat(ExportFormat.of(Path.of("t.xlsx"))).contains(ExportFormat.XLSX);
        assertThat(ExportFormat.of(Path.of("t.xls"))).isEmpty();
        assertThat(ExportFormat.of(Path.of("csv"))).isEmpty();
    }
}
