package org.peerpulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCliTest {
    private static final List<String> FIGURES = List.of("n", "count", "pct", "ci_low", "ci_high", "mean");

    @TempDir
    static Path shared;
    private static Path db;

    @TempDir
    Path folder;

    /** One demo program for the whole class: making it is the slow part. */
    @BeforeAll
    static void demo() {
        db = shared.resolve("program");
        assertThat(run("demo").status()).isZero();
    }

    private static CliRun run(String... args) {
        return CliRun.on(db, args);
    }

    private static List<CSVRecord> csv(Path file, char separator) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        return CSVFormat.RFC4180.builder().setDelimiter(separator).setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
    }

    private JsonNode trendsJson(String... filters) throws IOException {
        List<String> args = new ArrayList<>(List.of("trends", "--json"));
        args.addAll(List.of(filters));
        CliRun run = run(args.toArray(String[]::new));
        return new ObjectMapper().readTree(run.out()).get("rows");
    }

    @Test
    void trendsCsvHoldsTheSameFiguresAsTrendsJsonAndNoneOfTheSmallGroup() throws IOException {
        Path file = folder.resolve("trends.csv");
        CliRun run = run("export", "--what", "trends", "--out", file.toString(), "--site", "PG", "--site", "VIC",
                "--domain", "trauma", "--separator", "semicolon");
        assertThat(run.status()).as(run.err()).isZero();
        List<CSVRecord> rows = csv(file, ';');
        JsonNode json = trendsJson("--site", "PG", "--site", "VIC", "--domain", "trauma");
        assertThat(rows).hasSize(json.size());
        int suppressed = 0;
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord row = rows.get(i);
            JsonNode want = json.get(i);
            assertThat(row.get("site")).isEqualTo(want.get("site").asText());
            assertThat(row.get("wave")).isEqualTo(want.get("wave").asText());
            assertThat(row.get("domain")).isEqualTo(want.get("domain").asText());
            assertThat(row.get("measure")).as("which figures the file holds").isEqualTo("high");
            if (want.get("suppressed").asBoolean()) {
                suppressed++;
                assertThat(row.get("n")).isEqualTo("<5");
                for (String figure : FIGURES.subList(1, FIGURES.size())) {
                    assertThat(row.get(figure)).as(figure).isEmpty();
                }
            } else {
                for (String figure : FIGURES) {
                    JsonNode value = want.get(figure);
                    if (value.isNull()) {
                        assertThat(row.get(figure)).isEmpty();
                    } else {
                        assertThat(new BigDecimal(row.get(figure))).as(figure)
                                .isEqualByComparingTo(value.decimalValue());
                    }
                }
            }
        }
        assertThat(suppressed).as("Prince George's 2022-03 (4) and its 2021-09 beside it").isEqualTo(2);
        // the hidden group (n = 4 in 2022-03) is not in the file, whatever the figure
        JsonNode hidden = null;
        for (JsonNode row : trendsJson("--site", "PG", "--domain", "trauma", "--no-suppress")) {
            if (row.get("wave").asText().equals("2022-03")) {
                hidden = row;
            }
        }
        CSVRecord exported = rows.stream().filter(r -> r.get("site").startsWith("Prince") && r.get("wave")
                .equals("2022-03")).findFirst().orElseThrow();
        assertThat(hidden.get("n").asInt()).isEqualTo(4);
        assertThat(exported.toList()).doesNotContain("4", hidden.get("count").asText(), hidden.get("pct").asText());
    }

    @Test
    void trendsXlsxHasNumericCellsEqualToTrendsJson() throws IOException {
        Path file = folder.resolve("trends.xlsx");
        assertThat(run("export", "--what", "trends", "--out", file.toString(), "--measure", "mean").status()).isZero();
        JsonNode json = trendsJson("--measure", "mean");
        try (InputStream in = Files.newInputStream(file); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(json.size() + 1);
            for (int i = 0; i < json.size(); i++) {
                Row row = rows.get(i + 1);
                assertThat(row.getCell(0).asString()).isEqualTo(json.get(i).get("site").isNull() ? "All sites"
                        : json.get(i).get("site").asText());
                assertThat(row.getCell(3).getType()).isEqualTo(CellType.NUMBER);
                assertThat(row.getCell(3).asNumber()).isEqualByComparingTo(json.get(i).get("n").decimalValue());
                assertThat(row.getCell(8).asNumber()).isEqualByComparingTo(json.get(i).get("mean").decimalValue());
            }
        }
    }

    @Test
    void meanTrendsCarryTheSdOfTrendsJsonInCsvAndXlsxAndOnlyForTheMean() throws IOException {
        Path file = folder.resolve("mean.csv");
        assertThat(run("export", "--what", "trends", "--measure", "mean", "--site", "PG", "--out", file.toString())
                .status()).isZero();
        List<CSVRecord> rows = csv(file, ',');
        JsonNode json = trendsJson("--measure", "mean", "--site", "PG");
        assertThat(rows).hasSize(json.size());
        assertThat(rows.get(0).getParser().getHeaderNames()).containsSubsequence("mean", "sd", "note", "measure");
        int withSd = 0;
        for (int i = 0; i < rows.size(); i++) {
            JsonNode sd = json.get(i).get("sd");
            if (sd.isNull()) {
                assertThat(rows.get(i).get("sd")).isEmpty();
            } else {
                withSd++;
                assertThat(new BigDecimal(rows.get(i).get("sd"))).isEqualByComparingTo(sd.decimalValue());
            }
        }
        assertThat(withSd).as("six of Prince George's eight waves, five domains").isEqualTo(30);

        Path xlsx = folder.resolve("mean.xlsx");
        assertThat(run("export", "--what", "trends", "--measure", "mean", "--site", "PG", "--out", xlsx.toString())
                .status()).isZero();
        try (InputStream in = Files.newInputStream(xlsx); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            List<Row> sheet = workbook.getFirstSheet().read();
            assertThat(sheet.get(0).getCell(9).asString()).isEqualTo("sd");
            for (int i = 0; i < json.size(); i++) {
                JsonNode sd = json.get(i).get("sd");
                if (!sd.isNull()) {
                    assertThat(sheet.get(i + 1).getCell(9).getType()).isEqualTo(CellType.NUMBER);
                    assertThat(sheet.get(i + 1).getCell(9).asNumber()).isEqualByComparingTo(sd.decimalValue());
                }
            }
        }

        Path high = folder.resolve("high.csv");
        assertThat(run("export", "--what", "trends", "--site", "PG", "--out", high.toString()).status()).isZero();
        assertThat(csv(high, ',').get(0).getParser().getHeaderNames()).doesNotContain("sd");
    }

    @Test
    void aTopThreeRowWhoseCountAloneIsHiddenKeepsItsNAndPutsTheMarkInCount() throws IOException {
        Path file = folder.resolve("top3.csv");
        assertThat(run("export", "--what", "trends", "--measure", "top3", "--site", "PG", "--out", file.toString())
                .status()).isZero();
        Map<String, CSVRecord> rows = new HashMap<>();
        for (CSVRecord row : csv(file, ',')) {
            rows.put(row.get("wave") + " " + row.get("domain"), row);
        }
        // Prince George in 2023-03: 19 answered (the report: "of the 19 who answered"); how many chose work is hidden
        assertThat(rows.get("2023-03 financial").get("n")).isEqualTo("19");
        CSVRecord work = rows.get("2023-03 work");
        assertThat(List.of(work.get("n"), work.get("count"), work.get("pct"), work.get("ci_low"), work.get("mean")))
                .containsExactly("19", "<5", "", "", "");
        assertThat(work.get("note")).isEqualTo("count: fewer than 5, or hidden to protect a small group");
        // a whole group hidden (its 4 responses of 2022-03) is as before: no n
        CSVRecord small = rows.get("2022-03 work");
        assertThat(List.of(small.get("n"), small.get("count"))).containsExactly("<5", "");
        assertThat(small.get("note")).isEqualTo("fewer than 5 responses, or hidden to protect a small group");

        Path xlsx = folder.resolve("top3.xlsx");
        assertThat(run("export", "--what", "trends", "--measure", "top3", "--site", "PG", "--out", xlsx.toString())
                .status()).isZero();
        try (InputStream in = Files.newInputStream(xlsx); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            Row row = workbook.getFirstSheet().read().stream()
                    .filter(r -> r.getCellText(1).equals("2023-03") && r.getCellText(2).equals("work"))
                    .findFirst().orElseThrow();
            assertThat(row.getCell(3).getType()).isEqualTo(CellType.NUMBER);
            assertThat(row.getCell(3).asNumber()).isEqualByComparingTo("19");
            assertThat(row.getCell(4).asString()).isEqualTo("<5");
        }
        // the command line's table says the same; its JSON keeps cli.md's null in every figure of a suppressed row
        assertThat(run("trends", "--measure", "top3", "--site", "PG", "--domain", "work").out())
                .containsPattern("Prince George Drop-in +2023-03 +work +19 +<5\\R")
                .containsPattern("Prince George Drop-in +2022-03 +work +<5\\R");
        for (JsonNode row : trendsJson("--measure", "top3", "--site", "PG", "--domain", "work")) {
            if (row.get("suppressed").asBoolean()) {
                assertThat(row.get("n").isNull()).isTrue();
            }
        }
    }

    @Test
    void responsesXlsxWritesCategoryCodesAsTextAndScaleAnswersAsNumbers() throws IOException {
        Path file = folder.resolve("responses.xlsx");
        assertThat(run("export", "--what", "responses", "--out", file.toString()).status()).isZero();
        try (InputStream in = Files.newInputStream(file); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            List<Row> rows = workbook.getFirstSheet().read();
            List<String> headers = rows.get(0).stream().map(cell -> cell.getRawValue()).toList();
            Map<String, Map<CellType, List<String>>> kinds = new java.util.HashMap<>();
            for (String column : List.of("od_responses", "employment", "fin_overall", "srh")) {
                int c = headers.indexOf(column);
                kinds.put(column, rows.subList(1, rows.size()).stream().flatMap(row -> row.getOptionalCell(c).stream())
                        .filter(cell -> cell.getType() != CellType.EMPTY)
                        .collect(Collectors.groupingBy(cell -> cell.getType(),
                                Collectors.mapping(cell -> cell.getRawValue(), Collectors.toList()))));
            }
            assertThat(kinds.get("od_responses").keySet()).as("od_responses: \"0\" is a code like \"1_5\"")
                    .containsExactly(CellType.STRING);
            assertThat(kinds.get("od_responses").get(CellType.STRING)).contains("0", "1_5");
            assertThat(kinds.get("employment").keySet()).containsExactly(CellType.STRING);
            assertThat(kinds.get("fin_overall").keySet()).containsExactly(CellType.NUMBER);
            assertThat(kinds.get("srh").keySet()).containsExactly(CellType.NUMBER);
        }
    }

    @Test
    void responsesAreDeIdentifiedByDefault() throws IOException {
        Path file = folder.resolve("responses.csv");
        CliRun run = run("export", "--what", "responses", "--out", file.toString(), "--separator", "tab");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        List<CSVRecord> rows = csv(file, '\t');
        assertThat(rows).isNotEmpty();
        assertThat(rows.get(0).getParser().getHeaderNames()).contains("site", "wave", "fin_overall", "top3")
                .doesNotContain("respondent", "submitted", "comment");
        long total = new ObjectMapper().readTree(run("sites", "--json").out()).get("sites").findValues("responses")
                .stream().mapToLong(JsonNode::asLong).sum();
        java.util.regex.Matcher leftOut = java.util.regex.Pattern.compile("Left out (\\d+) responses from \\d+ site waves:"
                + " a site's wave with fewer than 5 responses, and those hidden beside it so that no total gives it"
                + " away").matcher(run.out());
        assertThat(leftOut.find()).as(run.out()).isTrue();
        assertThat(run.out()).as("rows are not protected figures, and the coordinator is told")
                .contains("Anyone with these rows can count again what the views hide");
        assertThat(rows).as("every response but those of the small site wave and the ones hidden beside it")
                .hasSize((int) (total - Long.parseLong(leftOut.group(1))));
        assertThat(run.out()).contains("Wrote " + rows.size() + " responses to ");
        // a reader who knows each site's and each wave's responses (sites, waves) and counts the rows given
        // out learns only sums of left-out responses that are none or at least k, never a small group's
        assertLeftOutSumsAreNoneOrAtLeast(5, rows, "site", run("sites", "--json"), "sites", "name");
        assertLeftOutSumsAreNoneOrAtLeast(5, rows, "wave", run("waves", "--json"), "waves", "label");
    }

    @Test
    void oneSitesResponsesNeverGiveAwayItsSmallWave() throws IOException {
        Path file = folder.resolve("pg.csv");
        CliRun run = run("export", "--what", "responses", "--out", file.toString(), "--site", "PG");
        assertThat(run.status()).as(run.err()).isZero();
        long siteTotal = new ObjectMapper().readTree(run("sites", "--json").out()).get("sites").findParents("name")
                .stream().filter(site -> site.get("name").asText().startsWith("Prince George")).findFirst()
                .orElseThrow().get("responses").asLong();
        java.util.regex.Matcher leftOut = java.util.regex.Pattern.compile("Left out (\\d+) responses from (\\d+) site"
                + " waves").matcher(run.out());
        assertThat(leftOut.find()).as("its four responses of 2022-03 and another wave's, never the four alone: "
                + run.out()).isTrue();
        assertThat(Long.parseLong(leftOut.group(1))).isGreaterThanOrEqualTo(5);
        assertThat(Long.parseLong(leftOut.group(2))).isGreaterThanOrEqualTo(2);
        assertThat(siteTotal - csv(file, ',').size()).isEqualTo(Long.parseLong(leftOut.group(1)));
    }

    private static void assertLeftOutSumsAreNoneOrAtLeast(int k, List<CSVRecord> rows, String column, CliRun list,
                                                          String array, String key) throws IOException {
        java.util.Map<String, Long> given = rows.stream().collect(java.util.stream.Collectors.groupingBy(
                r -> r.get(column), java.util.stream.Collectors.counting()));
        for (JsonNode entry : new ObjectMapper().readTree(list.out()).get(array)) {
            String name = entry.get(key).asText().replace(" (demo)", "");
            long missing = entry.get("responses").asLong() - given.getOrDefault(name, 0L);
            assertThat(missing).as(column + " " + name + ": responses less the rows given out").satisfiesAnyOf(
                    m -> assertThat(m).isZero(), m -> assertThat(m).isGreaterThanOrEqualTo(k));
        }
    }

    @Test
    void aNewResponsesFileIsTheOwnersAloneAndAReplacedFileKeepsItsPermissions() throws IOException {
        Assumptions.assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path file = folder.resolve("priv.csv");
        assertThat(run("export", "--what", "responses", "--out", file.toString()).status()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");

        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        assertThat(run("export", "--what", "responses", "--out", file.toString()).status()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
    }

    @Test
    void responsesCarryCodesTextAndTimesOnlyWhenAskedWithAWarningEach() throws IOException {
        Path file = folder.resolve("responses.csv");
        CliRun run = run("export", "--what", "responses", "--out", file.toString(), "--site", "VIC",
                "--include-codes", "--include-text", "--include-times");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err().lines()).hasSize(3).allMatch(line -> line.startsWith("Warning:"));
        assertThat(run.err()).contains("respondent codes", "free-text answers", "submitted times");
        List<CSVRecord> rows = csv(file, ',');
        assertThat(rows.get(0).getParser().getHeaderNames()).contains("respondent", "submitted", "comment");
        assertThat(rows).allMatch(r -> r.get("site").equals("Victoria Outreach"));
        assertThat(rows).anyMatch(r -> !r.get("respondent").isEmpty());
        assertThat(rows).anyMatch(r -> !r.get("comment").isEmpty());

        CliRun onlyText = run("export", "--what", "responses", "--out", file.toString(), "--include-text");
        assertThat(onlyText.err().lines()).hasSize(1);
        assertThat(csv(file, ',').get(0).getParser().getHeaderNames()).contains("comment")
                .doesNotContain("respondent", "submitted");
    }

    @Test
    void badOptionsExitTwoWithOneSentenceAndWriteNothing() throws IOException {
        Map<List<String>, String> cases = Map.of(
                List.of("--what", "trends", "--out", "x.txt"), "must end in .csv or .xlsx",
                List.of("--what", "people", "--out", "x.csv"), "--what: \"people\" is not an export",
                List.of("--what", "trends", "--out", "x.csv", "--site", "Nowhere"), "--site: \"Nowhere\" is not a site",
                List.of("--what", "trends", "--out", "x.csv", "--separator", "pipe"), "--separator: \"pipe\"",
                List.of("--what", "trends", "--out", "x.csv", "--include-codes"), "apply to --what responses only",
                List.of("--what", "responses", "--out", "x.csv", "--domain", "work"), "apply to --what trends only",
                List.of("--what", "trends", "--out", "x.csv", "--measure", "max"), "--measure: \"max\"");
        for (var entry : cases.entrySet()) {
            List<String> args = new ArrayList<>(List.of("export"));
            for (String arg : entry.getKey()) {
                args.add(arg.startsWith("x.") ? folder.resolve(arg).toString() : arg);
            }
            CliRun run = run(args.toArray(String[]::new));
            assertThat(run.status()).as(entry.getKey().toString()).isEqualTo(2);
            assertThat(run.err()).contains(entry.getValue());
            assertThat(run.err().strip().lines()).hasSize(1);
        }
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).collect(Collectors.toList()))
                    .isEmpty();
        }
    }
}
