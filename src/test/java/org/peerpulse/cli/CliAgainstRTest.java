package org.peerpulse.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's JSON on datasets built to reproduce the examples of R's help pages, so that
 * every figure can be checked against what R prints (values in the comments).
 */
class CliAgainstRTest {
    @TempDir
    Path folder;
    private int respondent;

    private JsonNode json(String... args) throws IOException {
        StringWriter out = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--db");
        all.add(folder.resolve("program").toString());
        int status = PeerPulseCli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertThat(status).isZero();
        return new ObjectMapper().readTree(out.toString());
    }

    private void rows(StringBuilder csv, int count, String site, String wave, String columns) {
        for (int i = 0; i < count; i++) {
            csv.append(site).append(',').append(wave).append(",R").append(++respondent).append(',').append(columns)
                    .append('\n');
        }
    }

    private void importCsv(StringBuilder csv) throws IOException {
        Path file = folder.resolve("data" + respondent + ".csv");
        Files.writeString(file, csv.toString(), StandardCharsets.UTF_8);
        StringWriter err = new StringWriter();
        int status = PeerPulseCli.run(new String[] {"import", "--create-sites", "--db",
            folder.resolve("program").toString(), file.toString()}, new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        assertThat(status).as(err.toString()).isZero();
    }

    @Test
    void compareMatchesRChisqTestAndFisherTest() throws IOException {
        // wave A: 12 of 19 high, wave B: 5 of 12 high → R: chisq.test(matrix(c(12, 5, 7, 7), ncol = 2))
        StringBuilder csv = new StringBuilder("site,wave,respondent,fin_overall\n");
        rows(csv, 12, "Alpha", "2020-03", "5");
        rows(csv, 7, "Alpha", "2020-03", "1");
        rows(csv, 5, "Alpha", "2020-09", "4");
        rows(csv, 7, "Alpha", "2020-09", "2");
        importCsv(csv);
        JsonNode doc = json("compare", "--domain", "financial", "--from", "2020-03", "--to", "2020-09", "--json");
        assertThat(doc.get("chi2_yates").asDouble()).isCloseTo(0.6411, within(1e-4)); // X-squared = 0.64112
        assertThat(doc.get("p_yates").asDouble()).isCloseTo(0.4233, within(1e-4)); // p-value = 0.4233
        // fisher.test's two-sided p, summed exactly over the hypergeometric tables as R defines it: 0.2883081
        assertThat(doc.get("fisher_p").asDouble()).isCloseTo(0.2883, within(1e-4));
        assertThat(doc.get("test").asText()).isEqualTo("chi2_yates");
        assertThat(doc.get("min_expected").asDouble()).isCloseTo(5.42, within(0.005));
    }

    @Test
    void crosstabMatchesRChisqTestOnThePartyByGenderTable() throws IOException {
        // R help of chisq.test: M <- as.table(rbind(c(762, 327, 468), c(484, 239, 477)))
        // → X-squared = 30.07, df = 2, p-value = 2.954e-07; rows as debrief (yes, no), columns as stay_12m
        StringBuilder csv = new StringBuilder("site,wave,respondent,debrief,stay_12m\n");
        rows(csv, 762, "Beta", "2021-03", "yes,yes");
        rows(csv, 327, "Beta", "2021-03", "yes,unsure");
        rows(csv, 468, "Beta", "2021-03", "yes,no");
        rows(csv, 484, "Beta", "2021-03", "no,yes");
        rows(csv, 239, "Beta", "2021-03", "no,unsure");
        rows(csv, 477, "Beta", "2021-03", "no,no");
        importCsv(csv);
        JsonNode doc = json("crosstab", "--rows", "debrief", "--cols", "stay_12m", "--json");
        assertThat(doc.get("chi2").asDouble()).isCloseTo(30.0702, within(1e-4)); // 30.07015
        assertThat(doc.get("df").asInt()).isEqualTo(2);
        assertThat(doc.get("p").asDouble()).isCloseTo(2.954e-07, within(1e-10)); // 2.953589e-07
        assertThat(doc.get("n").asInt()).isEqualTo(2757);
        assertThat(doc.get("table").get(0).get(0).asInt()).isEqualTo(762);
    }

    @Test
    void trendTestMatchesRPropTrendTestOnTheSmokersData() throws IOException {
        // R help of prop.trend.test: smokers 83, 90, 129, 70 of patients 86, 93, 136, 82
        // → X-squared = 8.2249, df = 1, p-value = 0.004132
        int[] smokers = {83, 90, 129, 70};
        int[] patients = {86, 93, 136, 82};
        String[] waves = {"2019-03", "2019-09", "2020-03", "2020-09"};
        StringBuilder csv = new StringBuilder("site,wave,respondent,work_overall\n");
        for (int i = 0; i < waves.length; i++) {
            rows(csv, smokers[i], "Gamma", waves[i], "4");
            rows(csv, patients[i] - smokers[i], "Gamma", waves[i], "3");
        }
        importCsv(csv);
        JsonNode doc = json("trend-test", "--domain", "work", "--json");
        assertThat(doc.get("chi2").asDouble()).isCloseTo(8.2249, within(1e-4)); // 8.224922
        assertThat(doc.get("p").asDouble()).isCloseTo(0.004132, within(1e-6)); // 0.004131897
        assertThat(doc.get("waves_tested").asInt()).isEqualTo(4);
    }

    @Test
    void trendsMatchRPropTestWilsonIntervals() throws IOException {
        // 81 of 263 high → R: prop.test(81, 263, correct = FALSE)$conf.int = 0.2552885 0.3662096
        StringBuilder csv = new StringBuilder("site,wave,respondent,housing_overall\n");
        rows(csv, 81, "Delta", "2022-03", "5");
        rows(csv, 182, "Delta", "2022-03", "2");
        importCsv(csv);
        JsonNode row = json("trends", "--domain", "housing", "--json").get("rows").get(0);
        assertThat(row.get("n").asInt()).isEqualTo(263);
        assertThat(row.get("count").asInt()).isEqualTo(81);
        assertThat(row.get("pct").asDouble()).isEqualTo(30.8);
        assertThat(row.get("ci_low").asDouble()).isEqualTo(25.53);
        assertThat(row.get("ci_high").asDouble()).isEqualTo(36.62);
    }
}
