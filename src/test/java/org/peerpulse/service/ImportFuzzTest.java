package org.peerpulse.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peerpulse.domain.Psp1;
import org.peerpulse.io.HostileFiles;
import org.peerpulse.io.ImportFormat;
import org.peerpulse.io.ImportProblem;
import org.peerpulse.io.ParsedRow;
import org.peerpulse.io.Progress;
import org.peerpulse.io.SampleFiles;
import org.peerpulse.storage.Database;
import org.peerpulse.storage.DatabaseProbe;

/**
 * Issue 7, hostile input: thousands of seeded mutations of valid canonical, Kobo, REDCap, mapped
 * and XLSX files, random junk, and hand-made hostile files (huge fields, 10,000 columns, deep and
 * unbalanced quotes, invalid UTF-8, inflating and damaged workbooks) go through every importer
 * path. Each ends in a whole import or a clear refusal: never an exception, a hang or a partial import.
 */
class ImportFuzzTest {
    /** A hang detector only: real files take milliseconds. */
    private static final Duration GUARD = Duration.ofSeconds(20);
    private static final int BATCHES = 24;
    private static final int CASES_PER_BATCH = 120;

    private static final java.util.concurrent.atomic.AtomicInteger STORED = new java.util.concurrent.atomic.AtomicInteger();
    private static final java.util.concurrent.atomic.AtomicInteger REFUSED = new java.util.concurrent.atomic.AtomicInteger();

    private final Database database = Database.inMemory(UUID.randomUUID().toString());
    private final AppContext context = new AppContext(database,
            Clock.fixed(Instant.parse("2024-05-01T09:00:00Z"), ZoneOffset.UTC));

    @TempDir
    Path folder;

    @AfterEach
    void close() {
        context.close();
    }

    @org.junit.jupiter.api.AfterAll
    static void tally() {
        System.out.println("Import fuzz: " + STORED.get() + " files stored whole, " + REFUSED.get() + " refused");
    }

    /** The importer paths: each format, AUTO, and a saved mapping named with AUTO or MAPPED. */
    private static ImportOptions path(int index, boolean createSites) {
        return switch (index) {
            case 0 -> new ImportOptions(ImportFormat.AUTO, null, createSites, null);
            case 1 -> new ImportOptions(ImportFormat.PEERPULSE, null, createSites, null);
            case 2 -> new ImportOptions(ImportFormat.KOBO, null, createSites, null);
            case 3 -> new ImportOptions(ImportFormat.REDCAP, "2021-03", createSites, null);
            case 4 -> new ImportOptions(ImportFormat.XLSX, null, createSites, null);
            case 5 -> new ImportOptions(ImportFormat.MAPPED, null, createSites, SampleFiles.formsMapping());
            default -> new ImportOptions(ImportFormat.AUTO, null, createSites, SampleFiles.formsMapping());
        };
    }

    private static final int PATHS = 7;

    static IntStream batches() {
        return IntStream.range(0, BATCHES);
    }

    @ParameterizedTest(name = "batch {0}")
    @MethodSource("batches")
    void mutatedAndRandomFilesEndInAnImportOrAClearRefusal(int batch) throws IOException {
        SplittableRandom random = new SplittableRandom(7_000_000L + batch);
        for (int i = 0; i < CASES_PER_BATCH; i++) {
            int kind = random.nextInt(7);
            List<ParsedRow> rows = SampleFiles.responses(random, 1 + random.nextInt(6),
                    kind == 1 ? "kobo" : kind == 2 ? "redcap" : "none");
            byte[] bytes;
            String name;
            switch (kind) {
                case 0 -> {
                    bytes = HostileFiles.mutate(random, SampleFiles.canonicalCsv(rows));
                    name = "canonical.csv";
                }
                case 1 -> {
                    bytes = HostileFiles.mutate(random, SampleFiles.koboCsv(rows, random.nextBoolean(),
                            random.nextBoolean()));
                    name = "kobo.csv";
                }
                case 2 -> {
                    bytes = HostileFiles.mutate(random, SampleFiles.redcapCsv(rows));
                    name = "redcap.csv";
                }
                case 3 -> {
                    bytes = HostileFiles.mutate(random, SampleFiles.formsCsv(random, 1 + random.nextInt(5)));
                    name = "forms.csv";
                }
                case 4 -> {
                    bytes = HostileFiles.workbook(mutatedTable(random, rows));
                    name = "answers.xlsx";
                }
                case 5 -> {
                    bytes = HostileFiles.mutateWorkbook(random, SampleFiles.canonicalXlsx(rows));
                    name = "damaged.xlsx";
                }
                default -> {
                    bytes = HostileFiles.junk(random);
                    name = random.nextBoolean() ? "junk.csv" : "junk.xlsx";
                }
            }
            importAndCheck(batch + "-" + i + "-" + name, bytes, path(random.nextInt(PATHS), random.nextInt(4) > 0));
        }
        DatabaseProbe.assertSummariesEqualARecount(database);
    }

    /** The canonical table with a few cells replaced by odd values, long text or numbers. */
    private static List<List<String>> mutatedTable(SplittableRandom random, List<ParsedRow> rows) {
        List<String> header = Psp1.canonicalColumns();
        List<List<String>> table = new ArrayList<>();
        table.add(new ArrayList<>(header));
        for (ParsedRow row : rows) {
            List<String> cells = new ArrayList<>();
            for (String column : header) {
                String value = switch (column) {
                    case Psp1.SITE -> row.site();
                    case Psp1.WAVE -> row.wave();
                    case Psp1.RESPONDENT -> row.respondent();
                    case Psp1.SUBMITTED -> row.submitted();
                    default -> row.answers().get(column);
                };
                cells.add(value == null ? "" : value);
            }
            table.add(cells);
        }
        String[] odd = {"7", "", "x".repeat(12_000), "\u0000", "\uD800", "2.5", "-3", "Victoria\nOutreach",
            "s".repeat(300), "é".repeat(50), "kobo:" + "u".repeat(250)};
        for (int n = random.nextInt(4); n > 0; n--) {
            List<String> row = table.get(random.nextInt(table.size()));
            row.set(random.nextInt(row.size()), odd[random.nextInt(odd.length)]);
        }
        return table;
    }

    static Stream<Arguments> hostileShapes() {
        List<Arguments> cases = new ArrayList<>();
        for (String shape : List.of("empty", "only BOM", "only UTF-16 BOM", "only a header", "5 MB cell",
                "5 MB line without quotes", "deep quoting", "unbalanced quote", "invalid UTF-8", "NUL bytes",
                "10,000 columns", "10,000 columns in a row", "20,000 blank lines", "long site, wave and ids",
                "inflating workbook", "truncated workbook", "workbook with a 5 MB cell", "workbook of 10,000 columns")) {
            for (int path = 0; path < PATHS; path++) {
                cases.add(Arguments.of(shape, path));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}, path {1}")
    @MethodSource("hostileShapes")
    void hostileFilesEndInAnImportOrAClearRefusal(String shape, int path) throws IOException {
        SplittableRandom random = new SplittableRandom(shape.hashCode());
        List<ParsedRow> rows = SampleFiles.responses(random, 3, "none");
        String valid = SampleFiles.canonicalCsv(rows);
        String header = valid.substring(0, valid.indexOf("\r\n") + 2);
        byte[] bytes = switch (shape) {
            case "empty" -> new byte[0];
            case "only BOM" -> new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            case "only UTF-16 BOM" -> new byte[] {(byte) 0xFF, (byte) 0xFE};
            case "only a header" -> header.getBytes(StandardCharsets.UTF_8);
            case "5 MB cell" -> (header + "Victoria,2020-03,R1,,1,\"" + "x".repeat(5 << 20) + "\"\r\n")
                    .getBytes(StandardCharsets.UTF_8);
            case "5 MB line without quotes" -> (header + "Victoria,2020-03,R1,," + "y".repeat(5 << 20) + "\r\n")
                    .getBytes(StandardCharsets.UTF_8);
            case "deep quoting" -> (header + "\"".repeat(100_001) + "Victoria" + "\"".repeat(100_001)
                    + ",2020-03\r\n").getBytes(StandardCharsets.UTF_8);
            case "unbalanced quote" -> (valid + "\"Victoria,2020-03,R9,,1\r\n" + valid.substring(header.length()))
                    .getBytes(StandardCharsets.UTF_8);
            case "invalid UTF-8" -> invalidUtf8(valid);
            case "NUL bytes" -> valid.replace(',', '\u0000').getBytes(StandardCharsets.UTF_8);
            case "10,000 columns" -> (String.join(",", IntStream.range(0, 10_000).mapToObj(i -> "q" + i).toList())
                    + "\r\n" + ",1".repeat(9_999) + "\r\n").getBytes(StandardCharsets.UTF_8);
            case "10,000 columns in a row" -> (valid + "Victoria,2020-03" + ",3".repeat(10_000) + "\r\n")
                    .getBytes(StandardCharsets.UTF_8);
            case "20,000 blank lines" -> (valid + "\r\n".repeat(20_000) + ",,,\r\n".repeat(5_000))
                    .getBytes(StandardCharsets.UTF_8);
            case "long site, wave and ids" -> (SampleFiles.koboCsv(SampleFiles.responses(random, 2, "kobo"), false,
                    false).replace("Victoria Outreach", "V".repeat(300)).replace("2020-0", "W".repeat(150))
                    .replaceAll("\"([0-9a-f-]{36})\"", "\"$1" + "z".repeat(300) + "\"")).getBytes(StandardCharsets.UTF_8);
            case "inflating workbook" -> HostileFiles.inflatingWorkbook(SampleFiles.canonicalXlsx(rows), 40);
            case "truncated workbook" -> {
                byte[] workbook = SampleFiles.canonicalXlsx(rows);
                yield java.util.Arrays.copyOf(workbook, workbook.length / 2);
            }
            case "workbook with a 5 MB cell" -> HostileFiles.workbook(List.of(List.of("site", "wave", "comment"),
                    List.of("Victoria", "2020-03", "z".repeat(5 << 20))));
            case "workbook of 10,000 columns" -> HostileFiles.workbook(List.of(
                    IntStream.range(0, 10_000).mapToObj(i -> "q" + i).toList(),
                    IntStream.range(0, 10_000).mapToObj(i -> "1").toList()));
            default -> throw new IllegalArgumentException(shape);
        };
        importAndCheck(shape, bytes, path(path, true));
        DatabaseProbe.assertSummariesEqualARecount(database);
    }

    private static byte[] invalidUtf8(String valid) {
        byte[] bytes = valid.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[bytes.length + 6];
        System.arraycopy(bytes, 0, out, 0, bytes.length);
        byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0xED, (byte) 0xA0, (byte) 0x80, (byte) 0xFF};
        System.arraycopy(bad, 0, out, bytes.length - 2, bad.length);
        out[out.length - 2] = '\r';
        out[out.length - 1] = '\n';
        return out;
    }

    /** Imports the bytes and checks the outcome: a whole import or a clear refusal, nothing in between. */
    private void importAndCheck(String label, byte[] bytes, ImportOptions options) throws IOException {
        Path file = folder.resolve(label.contains("xlsx") || label.contains("workbook") ? "case.xlsx" : "case.csv");
        Files.write(file, bytes);
        long before = DatabaseProbe.count(database, "response");
        ImportReport report = assertTimeoutPreemptively(GUARD,
                () -> context.imports().importFile(file, options, Progress.NONE), label);
        long after = DatabaseProbe.count(database, "response");
        String description = label + " via " + options.format() + (options.mapping() == null ? "" : " + mapping")
                + ": " + report.problems().stream().map(ImportProblem::sentence).limit(3).toList();
        (report.stored() ? STORED : REFUSED).incrementAndGet();
        if (report.stored()) {
            assertThat(after - before).as(description).isEqualTo(report.added());
        } else {
            assertThat(after).as(description).isEqualTo(before);
            assertThat(report.problems()).as(description).isNotEmpty()
                    .allSatisfy(problem -> assertClearSentence(problem, description));
        }
        assertThat(DatabaseProbe.summarisedResponses(database)).as(description).isEqualTo(after);
    }

    private static void assertClearSentence(ImportProblem problem, String description) {
        String sentence = problem.sentence();
        assertThat(sentence).as(description).startsWith(problem.file()).endsWith(".")
                .hasSizeLessThan(600).doesNotContain("Exception", "java.", "\tat ");
    }
}
