package org.peerpulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    @TempDir
    Path folder;
    private Path db;

    @BeforeEach
    void database() {
        db = folder.resolve("program");
    }

    private CliRun run(String... args) {
        return CliRun.on(db, args);
    }

    private Path file(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void demoFillsTheDatabaseAndSitesListsItAsJson() {
        assertThat(run("demo").status()).isZero();
        CliRun sites = run("sites", "--json");
        assertThat(sites.status()).isZero();
        JsonNode list = sites.json().get("sites");
        assertThat(list).hasSize(4);
        for (JsonNode site : list) {
            assertThat(site.get("name").asText()).isNotBlank();
            assertThat(site.get("code").asText()).isNotBlank();
            assertThat(site.get("setting").asText()).isIn("overdose_prevention", "supervised_consumption", "housing",
                    "outreach", "drop_in", "other");
            assertThat(site.get("responses").isIntegralNumber()).isTrue();
            assertThat(site.get("responses").asLong()).isPositive();
        }
        assertThat(db.resolveSibling("program.mv.db")).exists();
    }

    @Test
    void everyMeasurePrintsAsATable() {
        run("demo");
        CliRun mean = run("trends", "--measure", "mean", "--domain", "financial");
        assertThat(mean.status()).isZero();
        assertThat(mean.out().lines().findFirst().orElseThrow()).as("no Count column for a mean")
                .matches("Site +Wave +Domain +n +Mean +SD +95% CI");
        assertThat(mean.out()).contains("All sites  2023-03  financial");
        for (String measure : List.of("high", "top3")) {
            CliRun shares = run("trends", "--measure", measure, "--domain", "financial");
            assertThat(shares.status()).isZero();
            assertThat(shares.out().lines().findFirst().orElseThrow()).matches("Site +Wave +Domain +n +Count +% +95% CI");
        }
        CliRun hidden = run("trends", "--site", "PG", "--domain", "work");
        assertThat(hidden.out()).containsPattern("Prince George Drop-in +2022-03 +work +<5\\R")
                .contains("\"<5\": fewer than 5 responses, or hidden to protect a small group.");
    }

    @Test
    void compareReadsAChangeAsTheViewsDo() {
        run("demo");
        assertThat(run("compare", "--domain", "financial", "--from", "2022-09", "--to", "2023-03").out())
                .as("83 and 96 responses, p = 0.93: as the Change view, 'no clear change'")
                .contains("p = 0.93 — no clear change: it could be chance.");
        assertThat(run("compare", "--domain", "financial", "--from", "2022-09", "--to", "2023-03", "--site", "VIC")
                .out()).as("22 and 26 responses: 'not conclusive'").contains("not conclusive: too few responses to tell.");
    }

    @Test
    void demoIsDeterministicAndReplacesItself() {
        run("demo");
        String first = run("trends", "--json").out();
        run("demo");
        assertThat(run("trends", "--json").out()).isEqualTo(first);
        assertThat(run("sites", "--json").json().get("sites")).hasSize(4);
    }

    @Test
    void wavesListsTheDemoWavesInOrderWithDatesAndCounts() {
        run("demo");
        JsonNode waves = run("waves", "--json").json().get("waves");
        assertThat(waves).hasSize(8);
        assertThat(waves.get(0).get("label").asText()).isEqualTo("2019-09");
        assertThat(waves.get(0).get("date").asText()).isEqualTo("2019-09-15");
        assertThat(waves.get(7).get("label").asText()).isEqualTo("2023-03");
        long total = 0;
        for (JsonNode wave : waves) {
            total += wave.get("responses").asLong();
        }
        long bySite = 0;
        for (JsonNode site : run("sites", "--json").json().get("sites")) {
            bySite += site.get("responses").asLong();
        }
        assertThat(total).isEqualTo(bySite).isPositive();
    }

    @Test
    void trendsJsonFollowsTheContractAndSuppressesTheSmallSiteWave() {
        run("demo");
        CliRun trends = run("trends", "--site", "PG", "--domain", "trauma", "--json");
        assertThat(trends.status()).isZero();
        JsonNode doc = trends.json();
        assertThat(doc.get("measure").asText()).isEqualTo("high");
        assertThat(doc.get("threshold").asInt()).isEqualTo(4);
        assertThat(doc.get("k").asInt()).isEqualTo(5);
        JsonNode rows = doc.get("rows");
        assertThat(rows).hasSize(8);
        for (JsonNode row : rows) {
            assertThat(row.get("site").asText()).isEqualTo("Prince George Drop-in");
            assertThat(row.get("domain").asText()).isEqualTo("trauma");
            // 2022-03 (4 responses), and 2021-09 beside it: the site's total is on the list of sites
            if (List.of("2021-09", "2022-03").contains(row.get("wave").asText())) {
                assertThat(row.get("suppressed").asBoolean()).isTrue();
                for (String figure : List.of("n", "count", "pct", "ci_low", "ci_high", "mean")) {
                    assertThat(row.get(figure).isNull()).as(figure).isTrue();
                }
            } else {
                assertThat(row.get("suppressed").asBoolean()).isFalse();
                assertThat(row.get("n").asInt()).isGreaterThanOrEqualTo(5);
                double pct = row.get("pct").asDouble();
                assertThat(pct).isCloseTo(100.0 * row.get("count").asInt() / row.get("n").asInt(),
                        org.assertj.core.api.Assertions.within(0.005));
                assertThat(row.get("ci_low").asDouble()).isLessThanOrEqualTo(pct);
                assertThat(row.get("ci_high").asDouble()).isGreaterThanOrEqualTo(pct);
            }
        }
    }

    @Test
    void noSuppressShowsTheSmallGroupAndSaysSo() {
        run("demo");
        JsonNode doc = run("trends", "--site", "Prince George Drop-in", "--domain", "trauma", "--json",
                "--no-suppress").json();
        assertThat(doc.get("small_numbers_shown").asBoolean()).isTrue();
        JsonNode small = null;
        for (JsonNode row : doc.get("rows")) {
            if (row.get("wave").asText().equals("2022-03")) {
                small = row;
            }
        }
        assertThat(small.get("n").asInt()).isEqualTo(4);
        assertThat(small.get("suppressed").asBoolean()).isFalse();
    }

    @Test
    void noHiddenSiteFigureCanBeRecoveredByTakingShownSitesFromTheProgram() {
        run("demo");
        for (String measure : List.of("high", "top3", "mean")) {
            JsonNode program = run("trends", "--json", "--measure", measure).json().get("rows");
            JsonNode bySite = run("trends", "--json", "--measure", measure, "--site", "VIC", "--site", "SUR",
                    "--site", "PG", "--site", "VAN").json().get("rows");
            for (JsonNode total : program) {
                long hiddenN = total.get("n").asLong();
                int hiddenSites = 0;
                for (JsonNode site : bySite) {
                    if (site.get("wave").equals(total.get("wave")) && site.get("domain").equals(total.get("domain"))) {
                        if (site.get("suppressed").asBoolean()) {
                            hiddenSites++;
                        } else {
                            hiddenN -= site.get("n").asLong();
                        }
                    }
                }
                String where = measure + " " + total.get("wave").asText() + " " + total.get("domain").asText();
                assertThat(hiddenSites).as(where).isNotEqualTo(1);
                if (hiddenSites > 0) {
                    assertThat(hiddenN).as(where + ": the hidden sites together").isGreaterThanOrEqualTo(5);
                }
            }
        }
        JsonNode small = run("trends", "--json", "--site", "PG", "--domain", "trauma").json().get("rows");
        assertThat(small.findValues("suppressed").stream().filter(JsonNode::asBoolean).count())
                .as("its 4 of 2022-03, and 2021-09 so that its total less its shown waves is not the 4").isEqualTo(2);
    }

    @Test
    void compareGivesBothFiguresAndTheTestItChose() {
        run("demo");
        JsonNode doc = run("compare", "--domain", "trauma", "--from", "2021-03", "--to", "2021-09", "--site", "VIC",
                "--json").json();
        assertThat(doc.get("domain").asText()).isEqualTo("trauma");
        assertThat(doc.get("site").asText()).isEqualTo("Victoria Outreach");
        JsonNode from = doc.get("from");
        JsonNode to = doc.get("to");
        assertThat(from.get("wave").asText()).isEqualTo("2021-03");
        long a = from.get("count").asLong();
        long n1 = from.get("n").asLong();
        long c = to.get("count").asLong();
        long n2 = to.get("n").asLong();
        // the same numbers through the statistics directly
        var expected = org.peerpulse.analysis.stats.ChangeTest.of(a, n1, c, n2);
        assertThat(doc.get("chi2_yates").asDouble()).isCloseTo(expected.chi2Yates(), org.assertj.core.api.Assertions.within(1e-4));
        assertThat(doc.get("fisher_p").asDouble()).isCloseTo(expected.fisherP(), org.assertj.core.api.Assertions.withinPercentage(0.1));
        assertThat(doc.get("test").asText()).isEqualTo(expected.minExpected() < 5 ? "fisher" : "chi2_yates");
        assertThat(doc.get("suppressed").asBoolean()).isFalse();

        JsonNode small = run("compare", "--domain", "trauma", "--from", "2021-09", "--to", "2022-03", "--site", "PG",
                "--json").json();
        assertThat(small.get("suppressed").asBoolean()).isTrue();
        assertThat(small.get("to").get("n").isNull()).isTrue();
        assertThat(small.get("p").isNull()).isTrue();

        CliRun unknown = run("compare", "--domain", "trauma", "--from", "2031-03", "--to", "2021-09");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("\"2031-03\" is not a wave of this program; its waves are 2019-09");
    }

    @Test
    void trendTestLeavesHiddenWavesOutAndKeepsTheOthersInTheirPlaceInTime() {
        run("demo");
        JsonNode doc = run("trend-test", "--domain", "trauma", "--site", "PG", "--json").json();
        JsonNode waves = doc.get("waves");
        assertThat(waves).hasSize(8);
        assertThat(doc.get("waves_tested").asInt()).isEqualTo(6);
        List<long[]> tested = new ArrayList<>();
        for (int i = 0; i < waves.size(); i++) {
            JsonNode wave = waves.get(i);
            if (wave.get("suppressed").asBoolean()) {
                assertThat(wave.get("wave").asText()).isIn("2021-09", "2022-03");
                assertThat(wave.get("n").isNull()).isTrue();
            } else {
                tested.add(new long[] {wave.get("count").asLong(), wave.get("n").asLong(), i + 1});
            }
        }
        var expected = org.peerpulse.analysis.stats.CochranArmitage.test(
                tested.stream().mapToLong(t -> t[0]).toArray(), tested.stream().mapToLong(t -> t[1]).toArray(),
                tested.stream().mapToDouble(t -> t[2]).toArray());
        assertThat(doc.get("chi2").asDouble()).isCloseTo(expected.chi2(), org.assertj.core.api.Assertions.within(1e-4));
        // Surrey's rising financial stress: X² checked by hand with R's prop.trend.test formula
        JsonNode surrey = run("trend-test", "--domain", "financial", "--site", "SUR", "--json").json();
        assertThat(surrey.get("chi2").asDouble()).isCloseTo(21.5886, org.assertj.core.api.Assertions.within(1e-4));
        assertThat(surrey.get("p").asDouble()).isLessThan(0.001);
    }

    @Test
    void crosstabFollowsTheContractAndHidesSmallCells() {
        run("demo");
        JsonNode doc = run("crosstab", "--rows", "housing_status", "--cols", "high_financial", "--json").json();
        assertThat(doc.get("row_labels")).extracting(JsonNode::asText).containsExactly("stable", "unstable", "unhoused");
        assertThat(doc.get("col_labels")).extracting(JsonNode::asText).containsExactly("no", "yes");
        long[][] table = new long[3][2];
        long n = 0;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 2; j++) {
                table[i][j] = doc.get("table").get(i).get(j).asLong();
                n += table[i][j];
            }
        }
        assertThat(doc.get("n").asLong()).isEqualTo(n);
        var expected = org.peerpulse.analysis.stats.ContingencyTest.of(table);
        assertThat(doc.get("chi2").asDouble()).isCloseTo(expected.chi2(), org.assertj.core.api.Assertions.within(1e-4));
        assertThat(doc.get("df").asInt()).isEqualTo(2);
        assertThat(doc.get("yates").asBoolean()).isFalse();
        assertThat(doc.get("fisher_p").isNull()).isTrue();
        assertThat(doc.get("p").asDouble()).isLessThan(0.001); // the demo's housing × money association

        JsonNode small = run("crosstab", "--rows", "housing_status", "--cols", "high_financial", "--wave", "2023-03",
                "--site", "PG", "--json").json();
        for (JsonNode row : small.get("table")) {
            for (JsonNode cell : row) {
                assertThat(cell.isNull() || cell.asLong() == 0 || cell.asLong() >= 5).as(small.toString()).isTrue();
            }
        }
        CliRun unknown = run("crosstab", "--rows", "colour", "--cols", "poor_health");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("\"colour\" is not a variable");
    }

    @Test
    void instrumentWritesEachFormatAndTheTemplatesExampleRowIsNotImported() throws IOException {
        for (String format : List.of("xlsform", "redcap", "csv")) {
            Path out = folder.resolve("psp1." + format);
            assertThat(run("instrument", "--format", format, "--out", out.toString()).status()).isZero();
            assertThat(out).isNotEmptyFile();
        }
        assertThat(Files.readAllBytes(folder.resolve("psp1.xlsform"))).startsWith((byte) 'P', (byte) 'K');
        // the blank template as it is: its example row is no one's response, and makes no site or wave
        CliRun imported = run("import", "--create-sites", folder.resolve("psp1.csv").toString());
        assertThat(imported.status()).isEqualTo(2);
        assertThat(imported.err()).isEqualTo("psp1.csv, row 2: is the template's example row; replace it with real"
                + " answers, or delete it." + System.lineSeparator());
        assertThat(run("sites", "--json").json().get("sites")).isEmpty();
        assertThat(run("waves", "--json").json().get("waves")).isEmpty();
        CliRun bad = run("instrument", "--format", "spss", "--out", folder.resolve("x").toString());
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("use xlsform, redcap or csv");
    }

    @Test
    void programTrendsHaveOneRowPerWaveAndDomainWithNullSite() {
        run("demo");
        JsonNode rows = run("trends", "--json", "--measure", "mean").json().get("rows");
        assertThat(rows).hasSize(8 * 5);
        assertThat(rows.get(0).get("site").isNull()).isTrue();
        assertThat(rows.get(0).get("mean").asDouble()).isBetween(1.0, 5.0);
        assertThat(rows.get(0).get("pct").isNull()).isTrue();
    }

    @Test
    void importOfABadFileExitsWithTwoNamesRowAndColumnAndChangesNothing() throws IOException {
        run("demo");
        String before = run("waves", "--json").out();
        Path bad = file("answers.csv", "site,wave,fin_overall\nVIC,2024-03,5\nVIC,2024-03,7\n");
        CliRun result = run("import", bad.toString());
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("answers.csv, row 3, fin_overall: 7 is not on the 1–5 scale.");
        assertThat(result.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run("waves", "--json").out()).isEqualTo(before);
    }

    @Test
    void importAddsResponsesReportsNewWavesAndSkipsDuplicatesTheSecondTime() throws IOException {
        run("demo");
        Path good = file("spring.csv", "site,wave,respondent,fin_overall\nVIC,2024-03,ZZ1,5\nSUR,2024-03,ZZ2,2\n");
        CliRun first = run("import", good.toString());
        assertThat(first.status()).isZero();
        assertThat(first.out()).contains("2 responses added").contains("0 skipped as duplicates")
                .contains("new waves: 2024-03");
        CliRun second = run("import", "--json", good.toString());
        JsonNode file = second.json().get("files").get(0);
        assertThat(file.get("added").asInt()).isZero();
        assertThat(file.get("duplicates").asInt()).isEqualTo(2);
        assertThat(file.get("skipped").get(0).get("row").asInt()).isEqualTo(2);
        assertThat(file.get("skipped").get(1).get("why").asText()).startsWith("the same file was imported on ");
        assertThat(run("import", good.toString()).out()).as("the reason said once for both rows")
                .containsPattern("  all 2 rows skipped: the same file was imported on [-0-9]+ at [0-9:]+\\.$");
        Path more = file("spring-more.csv", Files.readString(good) + "VIC,2024-03,ZZ3,4\n");
        CliRun third = run("import", more.toString());
        assertThat(third.out()).as("the text names the rows too").contains("1 response added, 2 skipped as duplicates")
                .contains("  rows 2–3 skipped: already imported (the same respondent code and wave).");
    }

    @Test
    void rowsWithNoAnswersAreSkippedAndSaidWithTheirRowsAsDuplicatesAre() throws IOException {
        run("demo");
        Path prefilled = file("prefilled.csv", "site,wave,respondent,fin_overall,top3\n"
                + "VIC,2024-03,,5,housing\nVIC,2024-03,,4,housing\n" + "VIC,2024-03,,,\n".repeat(3));

        CliRun text = run("import", prefilled.toString());

        assertThat(text.status()).isZero();
        assertThat(text.out()).contains("2 responses added, 0 skipped as duplicates, 3 rows with no answers skipped;")
                .contains("  rows 4–6 skipped: no answers.");
        Path again = file("prefilled-again.csv", Files.readString(prefilled).replace("2024-03", "2024-09"));
        JsonNode file = run("import", "--json", again.toString()).json().get("files").get(0);
        assertThat(file.get("added").asInt()).isEqualTo(2);
        assertThat(file.get("no_answers").asInt()).isEqualTo(3);
        assertThat(file.get("skipped").get(2).get("row").asInt()).isEqualTo(6);
        assertThat(file.get("skipped").get(2).get("why").asText()).isEqualTo("no answers");
    }

    @Test
    void aWholeFileSkippedIsSaidInOneSentenceWithItsReasonPastTheListedHundred() throws IOException {
        run("demo");
        StringBuilder text = new StringBuilder("site,wave,fin_overall\n");
        for (int i = 0; i < 101; i++) {
            text.append("VIC,2024-03,").append(1 + i % 5).append('\n');
        }
        Path nightly = file("nightly.csv", text.toString());
        assertThat(run("import", nightly.toString()).out()).contains("101 responses added, 0 skipped as duplicates;");

        String again = run("import", nightly.toString()).out();

        assertThat(again).contains("0 responses added, 101 skipped as duplicates.")
                .containsPattern("\n  all 101 rows skipped: the same file was imported on [-0-9]+ at [0-9:]+\\.\\R?$")
                .doesNotContain("more row");

        // the same rows with respondent codes, in other bytes: each a response stored before
        StringBuilder coded = new StringBuilder("site,wave,respondent,fin_overall\n");
        for (int i = 0; i < 693; i++) {
            coded.append("VIC,2031-09,R").append(i).append(',').append(1 + i % 5).append('\n');
        }
        assertThat(run("import", file("coded.csv", coded.toString()).toString()).out()).contains("693 responses added");
        Path resaved = file("coded-resaved.csv", coded.toString().replace("\n", "\r\n"));
        assertThat(run("import", resaved.toString()).out()).isEqualTo("coded-resaved.csv (read as peerpulse, UTF-8,"
                + " comma-separated): 0 responses added, 693 skipped as duplicates." + System.lineSeparator()
                + "  all 693 rows skipped: already imported (the same respondent code and wave)."
                + System.lineSeparator());
    }

    @Test
    void importOfAGoodAndABadFileStoresTheGoodOneAndExitsWithOneNotTwo() throws IOException {
        run("demo");
        Path good = file("spring.csv", "site,wave,fin_overall\nVIC,2024-03,5\n");
        Path bad = file("answers.csv", "site,wave,fin_overall\nVIC,2024-03,7\n");
        CliRun result = run("import", good.toString(), bad.toString());
        assertThat(result.status()).as("2 means nothing was changed (cli.md)").isEqualTo(1);
        assertThat(result.out()).contains("spring.csv").contains("1 response added");
        assertThat(result.err()).contains("answers.csv, row 2, fin_overall: 7 is not on the 1–5 scale.")
                .contains("1 of 2 files were imported; nothing was stored from the one refused above.");
        assertThat(run("waves", "--json").json().get("waves")).anySatisfy(wave -> {
            assertThat(wave.get("label").asText()).isEqualTo("2024-03");
            assertThat(wave.get("responses").asInt()).isEqualTo(1);
        });
    }

    @Test
    void importOfARepeatedFileAndABadOneChangesNothingAndExitsWithTwo() throws IOException {
        run("demo");
        Path spring = file("spring.csv", "site,wave,respondent,fin_overall\nVIC,2024-03,ZZ1,5\n");
        assertThat(run("import", spring.toString()).status()).isZero();
        Path bad = file("answers.csv", "site,wave,fin_overall\nVIC,2024-03,7\n");

        CliRun result = run("import", spring.toString(), bad.toString());

        assertThat(result.status()).as("the repeat added nothing and the other was refused: nothing changed").isEqualTo(2);
        assertThat(result.out()).contains("spring.csv").contains("0 responses added, 1 skipped as a duplicate");
        assertThat(result.err()).contains("answers.csv, row 2, fin_overall: 7 is not on the 1–5 scale.")
                .doesNotContain("files were imported");
    }

    @Test
    void aNewWaveWithoutADateIsSaidToComeLastAndHowToDateIt() throws IOException {
        run("demo");
        Path spring = file("spring.csv", "site,wave,fin_overall\nVIC,2026 Spring,4\nVIC,2026 Spring,2\n");

        CliRun imported = run("import", spring.toString());

        assertThat(imported.status()).isZero();
        assertThat(imported.out()).contains("new waves: 2026 Spring." + System.lineSeparator() + "  the wave 2026 Spring"
                + " has no date, so it comes after every dated wave; give it one with: peerpulse waves redate"
                + " \"2026 Spring\" --date YYYY-MM-DD");
        assertThat(run("waves", "redate", "2026 Spring", "--date", "2026-04-15").status()).isZero();
        Path dated = file("summer.csv", "site,wave,submitted,fin_overall\nVIC,2026 Summer,2026-07-02,4\n");
        var json = run("import", "--json", dated.toString()).json().get("files").get(0);
        assertThat(json.get("created_waves").get(0).asText()).isEqualTo("2026 Summer");
        assertThat(json.get("undated_waves")).as("dated by its first submission").isEmpty();
    }

    @Test
    void aNewWaveIsDatedByItsEarliestSubmissionInItsMonth() throws IOException {
        run("demo");
        // the first row dates 2031-03 on the 18th; an earlier one on the 12th; one entered in April is not fielding
        Path march = file("march.csv", "site,wave,submitted,fin_overall\nVIC,2031-03,2031-03-18,4\n"
                + "VIC,2031-03,2031-03-12T09:30:00,2\nVIC,2031-03,2031-04-02,3\nVIC,2031-03,,5\n"
                + "VIC,2031 Fall,,4\nVIC,2031 Fall,2031-10-07,2\nVIC,2031-09,,1\n");

        var json = run("import", "--json", march.toString()).json().get("files").get(0);

        assertThat(json.get("created_waves")).extracting(JsonNode::asText)
                .containsExactly("2031-03", "2031 Fall", "2031-09");
        assertThat(json.get("undated_waves")).as("2031 Fall, dated by its second row").isEmpty();
        JsonNode waves = run("waves", "--json").json().get("waves");
        assertThat(waveDate(waves, "2031-03")).isEqualTo("2031-03-12");
        assertThat(waveDate(waves, "2031 Fall")).isEqualTo("2031-10-07");
        assertThat(waveDate(waves, "2031-09")).as("no submission: its month's first day").isEqualTo("2031-09-01");
    }

    private static String waveDate(JsonNode waves, String label) {
        for (JsonNode wave : waves) {
            if (wave.get("label").asText().equals(label)) {
                return wave.get("date").asText();
            }
        }
        throw new AssertionError("no wave " + label);
    }

    @Test
    void aGroupNobodyAnsweredIsZeroOfZeroNotHidden() throws IOException {
        run("demo");
        StringBuilder rows = new StringBuilder("site,wave,fin_overall\n");
        for (int i = 0; i < 6; i++) {
            rows.append("VIC,2031-09,").append(1 + i % 5).append('\n');
        }
        assertThat(run("import", file("fin-only.csv", rows.toString()).toString()).status()).isZero();

        JsonNode row = run("trends", "--site", "VIC", "--domain", "work", "--json").json().get("rows").findParents("wave")
                .stream().filter(r -> r.get("wave").asText().equals("2031-09")).findFirst().orElseThrow();

        assertThat(row.get("n").asInt()).isZero();
        assertThat(row.get("count").asInt()).as("0 of 0, as every count beside an n").isZero();
        assertThat(row.get("count").isNull()).isFalse();
        assertThat(row.get("pct").isNull()).isTrue();
        assertThat(row.get("suppressed").asBoolean()).isFalse();
    }

    @Test
    void textThatLooksLikeAFormulaComesBackFromAnExportAsItWent() throws IOException {
        StringBuilder rows = new StringBuilder("site,wave,respondent,fin_overall,comment\n");
        for (int i = 1; i <= 6; i++) {
            rows.append("-Minus Site,2024-03,@r").append(i).append(',').append(1 + i % 5).append(",=1+2\n");
        }
        assertThat(run("import", "--create-sites", file("answers.csv", rows.toString()).toString()).status()).isZero();
        Path exported = folder.resolve("export.csv");
        assertThat(run("export", "--what", "responses", "--include-codes", "--include-text", "--out",
                exported.toString()).status()).isZero();
        assertThat(Files.readString(exported)).as("inert in a spreadsheet").contains("'-Minus Site", "'=1+2", "'@r1");

        Path other = folder.resolve("other");
        assertThat(CliRun.on(other, "import", "--create-sites", exported.toString()).status()).isZero();

        assertThat(CliRun.on(other, "sites", "--json").json().get("sites").get(0).get("name").asText())
                .isEqualTo("-Minus Site");
        Path again = folder.resolve("again.csv");
        assertThat(CliRun.on(other, "export", "--what", "responses", "--include-codes", "--include-text", "--out",
                again.toString()).status()).isZero();
        assertThat(Files.readString(again)).as("the same answers, codes and comments").isEqualTo(Files.readString(exported));
    }

    @Test
    void aBlankWaveForAnImportIsSaidToBeBlankNotMissing() throws IOException {
        run("demo");
        Path answers = file("answers.csv", "site,fin_overall\nVIC,4\n");

        CliRun result = run("import", "--wave", "", answers.toString());

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err().strip()).isEqualTo("--wave: the wave's label is blank; give its label, e.g."
                + " --wave 2024-03, or leave --wave out when the file has a wave column.");
    }

    @Test
    void importReadsAnotherToolsFileThroughAMappingFileAndAKoboExportStillAsKobo() throws IOException {
        run("demo");
        Path mapping = file("forms.ppmap", org.peerpulse.io.ColumnMappingCodec.encode(
                org.peerpulse.io.SampleFiles.formsMapping()));
        Path forms = file("forms.csv", org.peerpulse.io.SampleFiles.formsCsv(new java.util.SplittableRandom(7), 6));
        CliRun mapped = run("import", "--create-sites", "--mapping", mapping.toString(), forms.toString());
        assertThat(mapped.status()).as(mapped.err()).isZero();
        assertThat(mapped.out()).contains("(read as mapped").contains("6 responses added");

        // the same mapping given with a Kobo export: its metadata columns are Kobo's, not the mapping's to place
        CliRun kobo = run("import", "--mapping", mapping.toString(),
                Path.of("src/test/resources/io/kobo/groups-semicolon.csv").toAbsolutePath().toString());
        assertThat(kobo.status()).as(kobo.err()).isZero();
        assertThat(kobo.out()).contains("(read as kobo").contains("3 responses added");
    }

    @Test
    void demoCountsItsOwnSitesAndWavesBesideTheProgramsOwn() {
        assertThat(run("sites", "add", "Kamloops Outreach", "--code", "KAM").status()).isZero();
        assertThat(run("waves", "add", "2030-03").status()).isZero();
        CliRun demo = run("demo");
        assertThat(demo.out()).startsWith("Added the demo program (seed 2019): 4 sites, 8 waves, ");
    }

    @Test
    void theSameProblemInManyRowsIsSaidOnceWithItsRows() throws IOException {
        StringBuilder text = new StringBuilder("site,wave,fin_overall\n");
        for (int i = 0; i < 30; i++) {
            text.append(i == 5 ? "VIC,2024-03,9" : i % 2 == 0 ? "ATLANTIS,2024-03,3" : "VIC,2024-03,3").append('\n');
        }
        run("demo");
        Path file = file("atlantis.csv", text.toString());

        CliRun refused = run("import", file.toString());

        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err().strip().lines()).as("in the order of their first rows").containsExactly(
                "atlantis.csv, rows 2, 4, 6, 8, 10, 12, 14, 16, 18, 20 and 5 more rows, site: \"ATLANTIS\" is not a site"
                        + " of this program (add it first, or let the import create it).",
                "atlantis.csv, row 7, fin_overall: 9 is not on the 1\u20135 scale.");
        JsonNode json = run("import", "--json", file.toString()).json();
        assertThat(json.get("files").get(0).get("problems")).as("the JSON keeps one problem a row").hasSize(16);
    }

    @Test
    void aDomainNobodyWasAskedIsSaidToHaveNoAnswersNotTooFew() throws IOException {
        StringBuilder text = new StringBuilder("site,wave,fin_overall\n");
        for (int i = 0; i < 12; i++) {
            text.append("VIC,2024-03,").append(1 + i % 5).append("\nVIC,2024-09,").append(1 + i % 4).append('\n');
        }
        run("import", "--create-sites", file("financial-only.csv", text.toString()).toString());

        assertThat(run("compare", "--domain", "work", "--from", "2024-03", "--to", "2024-09").out())
                .contains("No test: nobody answered in either wave.").doesNotContain("fewer than");
        assertThat(run("compare", "--domain", "financial", "--from", "2024-03", "--to", "2024-09").out())
                .contains("Reported: ");
    }

    @Test
    void theDemoIsNotAddedToAProgramWithRealResponses() throws IOException {
        run("import", "--create-sites", file("real.csv", "site,wave,fin_overall\nHarbour House,2024-03,4\n").toString());

        CliRun demo = run("demo");

        assertThat(demo.status()).isEqualTo(2);
        assertThat(demo.err().strip()).isEqualTo("This program holds real responses; the demo's invented answers would"
                + " be added up with them. Put the demo in a program of its own: peerpulse demo --db OTHER-FILE.");
        assertThat(run("sites").out()).contains("Harbour House").doesNotContain("(demo)");
    }

    @Test
    void anUnknownCommandIsNamedWithTheCommandsThereAre() {
        CliRun unknown = run("frobnicate");

        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err().lines().findFirst().orElseThrow())
                .startsWith("\"frobnicate\" is not a command; the commands are ").contains("import", "trends", "crosstab")
                .doesNotContain("Unmatched");
        assertThat(run("sites", "--frob").err()).as("an unknown option keeps picocli's sentence")
                .startsWith("Unknown option: '--frob'");
    }

    @Test
    void aSingleValuedOptionGivenTwiceIsNamedInOneSentence() {
        CliRun twice = run("report", "--out", db.resolveSibling("r.pdf").toString(), "--site", "PG", "--site", "SUR");

        assertThat(twice.status()).isEqualTo(2);
        assertThat(twice.err().strip()).isEqualTo("--site: given more than once; report takes one --site.");
        assertThat(run("compare", "--domain", "work", "--domain", "housing", "--from", "2019-09", "--to", "2020-03")
                .err().strip()).isEqualTo("--domain: given more than once; compare takes one --domain.");
        assertThat(db.resolveSibling("r.pdf")).doesNotExist();
    }

    @Test
    void aWaveIsNotComparedWithItself() {
        run("demo");
        CliRun same = run("compare", "--domain", "work", "--from", "2019-09", "--to", "2019-09");
        assertThat(same.status()).isEqualTo(2);
        assertThat(same.err().strip()).isEqualTo("From and to are the same wave, 2019-09: choose two different waves"
                + " to compare.");
    }

    @Test
    void everyCommandExplainsItselfWithHelp() {
        CliRun importHelp = run("import", "--help");
        assertThat(importHelp.status()).isZero();
        assertThat(importHelp.out()).contains("Usage: peerpulse import").contains("--create-sites").contains("--wave");
        CliRun compareHelp = run("compare", "--help");
        assertThat(compareHelp.status()).as("its required options not asked for").isZero();
        assertThat(compareHelp.out()).contains("--from");
        assertThat(run("sites", "add", "--help").out()).contains("--code");
        assertThat(run("help", "export").out()).contains("Usage: peerpulse export");
        CliRun unknown = run("tends");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("Try: peerpulse --help").doesNotContain("peerpulse peerpulse");
        CliRun wrong = run("trends", "--sight", "VIC");
        assertThat(wrong.err()).contains("Try: peerpulse trends --help");
        assertThat(run("trends", "--help").status()).as("the help the hint names").isZero();
    }

    @Test
    void anUnknownSiteIsAnErrorUnlessCreateSitesIsGiven() throws IOException {
        Path csv = file("new.csv", "site,wave,fin_overall\nNanaimo Outreach,2024-03,4\n");
        CliRun refused = run("import", csv.toString());
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err()).contains("row 2, site: \"Nanaimo Outreach\" is not a site of this program");
        CliRun created = run("import", "--create-sites", csv.toString());
        assertThat(created.status()).isZero();
        assertThat(created.out()).contains("new sites: Nanaimo Outreach");
    }

    @Test
    void sitesAndWavesCanBeAdded() {
        assertThat(run("sites", "add", "Kamloops Outreach", "--code", "KAM", "--setting", "outreach",
                "--region", "Interior").status()).isZero();
        assertThat(run("waves", "add", "2024-09", "--date", "2024-09-15").status()).isZero();
        JsonNode site = run("sites", "--json").json().get("sites").get(0);
        assertThat(site.get("name").asText()).isEqualTo("Kamloops Outreach");
        assertThat(site.get("code").asText()).isEqualTo("KAM");
        assertThat(site.get("region").asText()).isEqualTo("Interior");
        assertThat(run("waves", "--json").json().get("waves").get(0).get("date").asText()).isEqualTo("2024-09-15");
        CliRun twice = run("sites", "add", "kamloops outreach");
        assertThat(twice.status()).isEqualTo(2);
        assertThat(twice.err()).contains("already a site");
    }

    @Test
    void badUsageGetsOneSentenceAndExitStatusTwo() {
        CliRun measure = run("trends", "--measure", "median");
        assertThat(measure.status()).isEqualTo(2);
        assertThat(measure.err()).contains("\"median\" is not a measure").doesNotContain("\tat ");
        CliRun site = run("trends", "--site", "Atlantis");
        assertThat(site.status()).isEqualTo(2);
        assertThat(site.err()).contains("\"Atlantis\" is not a site");
        assertThat(run("sites", "add", "X", "--setting", "castle").status()).isEqualTo(2);
        assertThat(run("waves", "add", "X", "--date", "soon").status()).isEqualTo(2);
        assertThat(run("frobnicate").status()).isEqualTo(2);
    }

    @Test
    void readableOutputSaysWhatEachFigureIsAndNamesItsTests() {
        run("demo");
        String trendTest = run("trend-test", "--domain", "trauma", "--site", "PG").out();
        assertThat(trendTest).as("a wave hidden beside a small one is not 'fewer than 5'")
                .containsPattern("2021-09\\s+<5\\s").doesNotContainPattern("\\d{4}-\\d{2} +fewer than")
                .contains("\"<5\": fewer than 5 responses, or hidden to protect a small group; the test leaves those"
                        + " waves out");

        String mean = run("trends", "--measure", "mean", "--site", "VIC", "--domain", "work").out();
        assertThat(mean).contains("SD", "Mean: the domain's score on its 1\u20135 scale").doesNotContain("High stress:");
        JsonNode row = run("trends", "--measure", "mean", "--site", "VIC", "--domain", "work", "--json").json()
                .get("rows").get(0);
        assertThat(row.get("sd").asDouble()).as("analysis.md: n and SD shown with a mean").isBetween(0.3, 2.0);
        assertThat(run("trends", "--measure", "top3", "--domain", "work").out())
                .contains("Count: workers who put the domain among their three biggest stressors.")
                .doesNotContain("High stress:");

        assertThat(run("interventions").out()).contains("chi\u00b2 (Yates), p = 0.022").doesNotContain("chi2_yates");

        String crosstab = run("crosstab", "--rows", "housing_status", "--cols", "high_financial", "--wave", "2019-09",
                "--site", "VIC").out();
        assertThat(crosstab).contains("No test: a count in the table is"
                + " hidden, and the test's figures beside the totals would let it be worked out.").doesNotContain("df =");
        assertThat(run("crosstab", "--rows", "housing_status", "--cols", "high_financial", "--wave", "2019-09",
                "--site", "VIC", "--no-suppress").out()).as("shown for internal use")
                .contains("df = 1", "The test leaves out what nobody answered: unhoused.");
        assertThat(run("crosstab", "--rows", "high_financial", "--cols", "high_work", "--wave", "2022-03", "--site",
                "VAN").out()).contains("No test: fewer than 5 responses, or hidden to protect a small group.");
    }
}
