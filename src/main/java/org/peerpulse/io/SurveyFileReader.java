package org.peerpulse.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a survey file of any supported layout (canonical PSP-1, KoboToolbox, REDCap, or through a
 * column mapping) from CSV/TSV text or an XLSX workbook into a {@link ParsedFile}. Streams the file,
 * reports progress every {@value #PROGRESS_EVERY_ROWS} rows, honours cancellation, and never throws
 * for bad content: every problem is data (the first {@value #MAX_PROBLEMS} are listed).
 */
public final class SurveyFileReader {
    static final int MAX_PROBLEMS = CanonicalCsvReader.MAX_PROBLEMS;
    static final int PROGRESS_EVERY_ROWS = CanonicalCsvReader.PROGRESS_EVERY_ROWS;
    /** Rows handed to the sink at a time while reading. */
    static final int BATCH = 500;
    /** Rows above the headings held as titles (a title, a date, a note) before a file is of one column. */
    static final int TITLE_ROWS = 5;

    /** Reads the whole file; its rows are in the result. */
    public ParsedFile read(Path file, ImportFormat format, ReadOptions options, Progress progress) {
        List<ParsedRow> rows = new ArrayList<>();
        ParsedFile read = read(file, format, options, progress, rows::addAll, true);
        return read.isCancelled() ? read : new ParsedFile(read.file(), rows, read.problems(), read.format(), read.encoding(), read.separator());
    }

    /**
     * Reads the whole file, handing its rows to {@code sink} in file order, a batch at a time while
     * it reads when the layout allows (the canonical CSV), else all at the end: an import then stores
     * a large file without holding it. The result has every problem and no rows. Once a problem is
     * found the rows go to the sink only to be checked ({@link RowSink#check}: the file will be
     * refused); the caller must still store nothing unless the result {@link ParsedFile#isValid()}:
     * rows before the problem were handed on.
     */
    public ParsedFile read(Path file, ImportFormat format, ReadOptions options, Progress progress, RowSink sink) {
        return read(file, format, options, progress, sink, false);
    }

    private ParsedFile read(Path file, ImportFormat format, ReadOptions options, Progress progress, RowSink sink,
                            boolean evenWithProblems) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (progress.isCancelled()) {
            return ParsedFile.cancelled(name);
        }
        ReadOptions given = options == null ? ReadOptions.NONE : options;
        ProblemLog problems = new ProblemLog(name, MAX_PROBLEMS);
        TableSource source;
        try {
            source = open(file, format, problems);
        } catch (IOException e) {
            problems.addFile(unreadable(e));
            return new ParsedFile(name, List.of(), problems.list(), format, null, null);
        }
        if (source == null) {
            return new ParsedFile(name, List.of(), problems.list(), format, null, null);
        }
        try (source) {
            return new TableReading(name, source, format, given, progress, problems,
                    evenWithProblems ? sink : rows -> {
                        if (problems.isEmpty()) {
                            sink.accept(rows);
                        } else {
                            sink.check(rows);
                        }
                    }).read();
        } catch (IOException e) {
            problems.addFile(unreadable(e));
            return new ParsedFile(name, List.of(), problems.list(), format, source.encoding(), source.separator());
        }
    }

    /**
     * True when a row before the headings may be a title, held until the next rows tell: a row of one
     * value (a title, a date, a note, or the heading of a file of one column), or a first row of
     * several values none of which is a heading (a title and an export date side by side).
     */
    private static boolean mayBeTitle(List<TableRow> singles, TableRow row, ReadOptions options) {
        return singles.size() < TITLE_ROWS
                && (row.filled() == 1 || singles.isEmpty() && !LayoutChoice.hasAHeading(row, options));
    }

    /**
     * True when the rows held as titles ({@code singles}) are titles above the headings, {@code row}
     * being the first row of several values after them: a first row of one value that does not read
     * as the heading of a file of one column, or of several values when {@code row} has headings.
     * The import refuses such a file; the preview says so.
     */
    private static boolean titlesAbove(List<TableRow> singles, TableRow row, ImportFormat format, ReadOptions options,
                                       String name) {
        if (singles.isEmpty() || row.filled() <= 1) {
            return false;
        }
        if (singles.get(0).filled() > 1) {
            return LayoutChoice.hasAHeading(row, options);
        }
        ProblemLog probe = new ProblemLog(name, 1);
        TableLayout layout = LayoutChoice.choose(singles.get(0), format, options, probe);
        return layout == null || !layout.usable() || !probe.isEmpty();
    }

    /** A file of one column, previewed: its first row the heading, the others rows of the sample. */
    private static List<String> oneColumn(List<TableRow> singles, List<List<String>> sample) {
        singles.subList(1, singles.size()).forEach(single -> sample.add(single.cells()));
        List<String> heading = singles.get(0).cells();
        singles.clear();
        return heading;
    }

    /** How a preview tells headings from a title: any wave will do (the wizard may not have one yet). */
    private static final ReadOptions PREVIEWED = new ReadOptions("2000-01", null);

    private static String titleAboveHeadings(TableRow title, int headingRow) {
        return "holds " + (title.filled() == 1 ? "one value" : "values that are not column headings")
                + " where the column headings should be, and the headings seem to be on row " + headingRow
                + "; delete the rows above them and import the file again";
    }

    /** The header and up to {@code rows} rows of the file, unchanged, with how its text was read. */
    public FilePreview preview(Path file, int rows) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        ProblemLog problems = new ProblemLog(name, MAX_PROBLEMS);
        try (TableSource source = open(file, ImportFormat.AUTO, problems)) {
            if (source == null) {
                return new FilePreview(List.of(), List.of(), null, null, problems.list().get(0).sentence());
            }
            List<String> headers = null;
            List<List<String>> sample = new ArrayList<>();
            List<TableRow> singles = new ArrayList<>(); // titles above the headings, or a file of one column
            String problem = null;
            for (TableRow row = source.next(); row != null && sample.size() < rows; row = source.next()) {
                if (row.isBlank()) {
                    continue;
                }
                if (headers == null && mayBeTitle(singles, row, PREVIEWED)) {
                    singles.add(row); // the next rows tell
                    continue;
                }
                if (headers == null && titlesAbove(singles, row, ImportFormat.AUTO, PREVIEWED, name)) {
                    // the import refuses it: said before any mapping, beside the headings it seems to have
                    problem = new ImportProblem(name, singles.get(0).number(), null, null,
                            titleAboveHeadings(singles.get(0), row.number())).sentence();
                    singles.clear();
                }
                if (headers == null && !singles.isEmpty()) {
                    headers = oneColumn(singles, sample);
                }
                if (headers == null) {
                    headers = row.cells();
                } else {
                    sample.add(row.cells());
                }
            }
            if (headers == null && !singles.isEmpty()) { // a file of one column and a few rows
                headers = oneColumn(singles, sample);
            }
            return new FilePreview(headers == null ? List.of() : headers, sample, source.encoding(),
                    source.separator(), headers == null ? ImportProblem.ofFile(name, "is empty").sentence() : problem);
        } catch (IOException e) {
            return new FilePreview(List.of(), List.of(), null, null, ImportProblem.ofFile(name, unreadable(e)).sentence());
        }
    }

    /**
     * The different values of one column (0-based) in the whole file, in the order first seen, at most
     * {@code max}: what a mapping's value labels are chosen from.
     */
    public List<String> distinctValues(Path file, int column, int max) {
        java.util.LinkedHashSet<String> values = new java.util.LinkedHashSet<>();
        try (TableSource source = open(file, ImportFormat.AUTO, new ProblemLog(file.toString(), 1))) {
            if (source == null) {
                return List.of();
            }
            boolean header = true;
            for (TableRow row = source.next(); row != null && values.size() < max; row = source.next()) {
                if (row.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                } else if (column < row.cells().size() && !row.cells().get(column).isBlank()) {
                    values.add(row.cells().get(column).strip());
                }
            }
        } catch (IOException e) {
            return List.copyOf(values);
        }
        return List.copyOf(values);
    }

    /** How a PDF document begins, whatever it is named. */
    private static final byte[] PDF = "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    /** The bytes a file's kind is told by: its signature, and whether it seems UTF-16 text. */
    private static final int START_BYTES = 512;

    /** The workbook or text source, or null with a problem logged when the file cannot be a table. */
    private static TableSource open(Path file, ImportFormat format, ProblemLog problems) throws IOException {
        byte[] start;
        try (InputStream in = Files.newInputStream(file)) {
            start = in.readNBytes(START_BYTES);
        }
        if (XlsxTableSource.isOldExcel(start)) {
            problems.addFile("is an old Excel workbook (.xls); save it as an Excel Workbook (.xlsx) or as CSV UTF-8"
                    + " and import it again");
            return null;
        }
        if (XlsxTableSource.isWorkbook(start)) {
            return XlsxTableSource.open(file);
        }
        if (java.util.Arrays.equals(start, 0, Math.min(start.length, PDF.length), PDF, 0, PDF.length)) {
            problems.addFile("is a PDF document, not a CSV file or a workbook; import the answers as the survey tool"
                    + " exports them, as CSV or as an Excel Workbook (.xlsx)");
            return null;
        }
        if (format == ImportFormat.XLSX || file.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
            problems.addFile("is not an XLSX workbook; open it in Excel and save it as an Excel Workbook (.xlsx)");
            return null;
        }
        CsvTableSource text = CsvTableSource.open(file);
        if (text == null && TextEncoding.looksLikeUtf16(start)) {
            problems.addFile("seems to be UTF-16 text without a byte-order mark; save it as \"CSV UTF-8 (Comma"
                    + " delimited)\" and import it again");
        } else if (text == null) {
            problems.addFile("is not a text file, so not a CSV file (it holds bytes that no text has); check that it is"
                    + " the survey answers, exported as CSV or as an Excel Workbook (.xlsx)");
        }
        return text;
    }

    static String unreadable(IOException error) {
        if (error instanceof LineLimitReader.LineTooLongException tooLong) {
            return "line " + tooLong.line() + " of the text is longer than " + String.format("%,d", InputLimits.LINE_CHARS)
                    + " characters, so this is not a survey export; check that it is the right file";
        }
        if (error instanceof TextEncoding.MixedEncodingException mixed) {
            return "is UTF-8 text, but line " + mixed.line() + " has letters saved another way (by an older program,"
                    + " or pasted from one), so some letters would be stored wrong; open the file, save it as"
                    + " \"CSV UTF-8\" and import it again";
        }
        if (error instanceof XlsxTableSource.UnreadableWorkbook workbook) {
            return workbook.getMessage();
        }
        if (error instanceof NoSuchFileException) {
            return "the file was not found";
        }
        if (error instanceof AccessDeniedException) {
            return "PeerPulse is not allowed to read the file";
        }
        String reason = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return "the file could not be read (" + reason + ")";
    }

    /** One read of an open table: header, layout, rows. */
    private record TableReading(String name, TableSource source, ImportFormat format, ReadOptions options,
                                Progress progress, ProblemLog problems, RowSink sink) {
        ParsedFile read() throws IOException {
            List<ParsedRow> rows = new ArrayList<>();
            TableLayout layout = null;
            // rows that may be titles (see mayBeTitle): titles above the headings, or a file of one column
            List<TableRow> singles = new ArrayList<>();
            int responses = 0;
            int seen = 0;
            try {
                for (TableRow row = source.next(); row != null; row = source.next()) {
                    if (++seen % PROGRESS_EVERY_ROWS == 0) {
                        progress.update(source.done(), source.total());
                        if (progress.isCancelled()) {
                            return ParsedFile.cancelled(name);
                        }
                    }
                    if (row.isBlank()) {
                        continue;
                    }
                    if (layout == null && mayBeTitle(singles, row, options)) {
                        singles.add(row); // the next rows tell
                        continue;
                    }
                    if (layout == null && !singles.isEmpty()) {
                        if (titlesAbove(singles, row, format, options, name)) {
                            problems.add(singles.get(0).number(), null, null,
                                    titleAboveHeadings(singles.get(0), row.number()));
                            return result(List.of(), null);
                        }
                        layout = oneColumn(singles, rows);
                        if (layout == null || !layout.usable()) {
                            return result(List.of(), layout);
                        }
                        responses += singles.size() - 1;
                        singles.clear();
                    }
                    if (layout == null) {
                        layout = LayoutChoice.choose(row, format, options, problems);
                        if (layout == null || !layout.usable()) {
                            return result(List.of(), layout);
                        }
                        continue;
                    }
                    responses++;
                    take(row, layout, rows);
                }
            } catch (IOException e) {
                stopped(e);
                return result(rows, layout);
            }
            progress.update(source.done(), source.total());
            if (layout == null && !singles.isEmpty()) { // a file of one column and a few rows
                layout = oneColumn(singles, rows);
                if (layout == null || !layout.usable()) {
                    return result(List.of(), layout);
                }
                responses += singles.size() - 1;
            }
            if (layout == null) {
                problems.addFile("is empty; it needs a header row and one row per response");
                return result(rows, null);
            }
            if (responses == 0) {
                problems.addFile("has no responses, only a header row");
            }
            return result(layout.finish(rows), layout);
        }


        /** A file of one column: its first row is the heading, the others its first answers (read when it is usable). */
        private TableLayout oneColumn(List<TableRow> singles, List<ParsedRow> rows) {
            TableLayout layout = LayoutChoice.choose(singles.get(0), format, options, problems);
            if (layout != null && layout.usable()) {
                singles.subList(1, singles.size()).forEach(single -> take(single, layout, rows));
            }
            return layout;
        }

        /** Reads a row of answers into {@code rows}, handing a full batch to the sink when the layout streams. */
        private void take(TableRow row, TableLayout layout, List<ParsedRow> rows) {
            if (!withinLimits(row, layout)) {
                return;
            }
            ParsedRow parsed = layout.read(row);
            if (parsed != null && storable(parsed)) {
                rows.add(parsed);
                if (rows.size() == BATCH && layout.streams()) {
                    sink.accept(List.copyOf(rows));
                    rows.clear();
                }
            }
        }

        /** Hands the last rows to the sink; the result keeps none of them. */
        private ParsedFile result(List<ParsedRow> rows, TableLayout layout) {
            if (!rows.isEmpty()) {
                sink.accept(List.copyOf(rows));
            }
            ImportFormat read = layout == null ? format : layout.format();
            return new ParsedFile(name, List.of(), problems.list(), read, source.encoding(), source.separator());
        }

        /** False, with a problem, when a cell is longer than any answer the database stores. */
        private boolean withinLimits(TableRow row, TableLayout layout) {
            for (int column = 0; column < row.width(); column++) {
                String cell = row.cells().get(column);
                if (cell.length() > InputLimits.CELL_CHARS) {
                    problems.add(row.number(), "column " + CanonicalHeader.letter(column), null, "the cell is "
                            + String.format("%,d", cell.length()) + " characters long; a cell holds at most "
                            + String.format("%,d", InputLimits.CELL_CHARS) + " characters");
                    return false;
                }
            }
            return true;
        }

        /** False, with a problem, when the site, wave or source id is longer than the database stores. */
        private boolean storable(ParsedRow row) {
            String problem = tooLong(row.site(), InputLimits.SITE_CHARS, "a site name")
                    + tooLong(row.wave(), InputLimits.WAVE_CHARS, "a wave label")
                    + tooLong(row.sourceId(), InputLimits.SOURCE_ID_CHARS, "the id of a row in its source system");
            if (problem.isEmpty()) {
                return true;
            }
            problems.add(row.row(), null, null, problem.substring(2));
            return false;
        }

        private static String tooLong(String value, int limit, String what) {
            return value == null || value.length() <= limit ? ""
                    : "; " + CellRules.show(value) + " is " + String.format("%,d", value.length()) + " characters long; "
                    + what + " has at most " + limit;
        }

        private void stopped(IOException error) {
            String message = String.valueOf(error.getMessage());
            int row = source instanceof CsvTableSource csv ? csv.rowReached() : 0;
            if (message.contains("EOF reached before encapsulated token finished")) {
                problems.add(row, null, null, "a value that opens with a quote (\") is never closed, so the rest of"
                        + " the file cannot be read; close the quote, and double any quote inside a value (\"\")");
            } else if (message.contains("Invalid character between encapsulated token and delimiter")) {
                problems.add(row, null, null, "a quoted value is followed by more text before the next "
                        + source.separator() + "; put the whole value in quotes and double any quote inside it (\"\")");
            } else if (error instanceof LineLimitReader.LineTooLongException || row == 0) {
                problems.addFile(unreadable(error));
            } else {
                problems.add(row, null, null, unreadable(error));
            }
        }
    }
}
