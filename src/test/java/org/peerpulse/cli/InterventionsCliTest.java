package org.peerpulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code interventions [--site S] [--json]} on the demo program (cli.md and issue 5). */
class InterventionsCliTest {

    @TempDir
    static Path folder;

    @BeforeAll
    static void demo() {
        assertThat(run("demo").status()).isZero();
    }

    private static CliRun run(String... args) {
        return CliRun.on(folder.resolve("program"), args);
    }

    private static Set<String> keys(JsonNode node) {
        Set<String> keys = new TreeSet<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void jsonHasTheKeysOfTheContract() {
        JsonNode doc = run("interventions", "--json").json();
        assertThat(keys(doc)).containsExactly("interventions");
        JsonNode plans = doc.get("interventions");
        assertThat(plans).hasSize(4);
        for (JsonNode plan : plans) {
            assertThat(keys(plan)).contains("id", "title", "support", "rose", "sites", "domains", "status", "start",
                    "end", "followup");
            assertThat(plan.get("id").isIntegralNumber()).isTrue();
            assertThat(plan.get("rose").asText()).isIn("recognition", "organizational", "skill", "everyone");
            assertThat(plan.get("status").asText()).isIn("planned", "active", "done", "stopped");
            assertThat(plan.get("start").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(plan.get("end").isNull()).isTrue();
            for (JsonNode row : plan.get("followup")) {
                assertThat(keys(row)).contains("site", "domain", "before", "after", "latest", "test", "p",
                        "comparison_sites_change_pct", "summary", "suppressed");
                assertThat(keys(row.get("before"))).contains("wave", "n", "count", "pct");
            }
        }
        JsonNode debriefing = find(plans, "Debriefing circles after critical incidents");
        assertThat(debriefing.get("support").asText()).isEqualTo("Debriefing after critical incidents");
        assertThat(debriefing.get("rose").asText()).isEqualTo("organizational");
        assertThat(debriefing.get("sites")).extracting(JsonNode::asText).containsExactly("Victoria Outreach");
        assertThat(debriefing.get("domains")).extracting(JsonNode::asText).containsExactly("trauma");
        assertThat(debriefing.get("start").asText()).isEqualTo("2021-04-01");
        JsonNode row = debriefing.get("followup").get(0);
        assertThat(row.get("site").asText()).isEqualTo("Victoria Outreach");
        assertThat(row.get("before").get("wave").asText()).isEqualTo("2021-03");
        assertThat(row.get("after").get("wave").asText()).isEqualTo("2021-09");
        assertThat(row.get("latest").get("wave").asText()).isEqualTo("2023-03");
        long a = row.get("before").get("count").asLong();
        long n1 = row.get("before").get("n").asLong();
        long c = row.get("after").get("count").asLong();
        long n2 = row.get("after").get("n").asLong();
        assertThat(row.get("before").get("pct").asDouble()).isCloseTo(100.0 * a / n1,
                org.assertj.core.api.Assertions.within(0.005));
        var expected = org.peerpulse.analysis.stats.ChangeTest.of(a, n1, c, n2);
        assertThat(row.get("test").asText()).isEqualTo(expected.test().code());
        assertThat(row.get("p").asDouble()).isCloseTo(expected.p(), org.assertj.core.api.Assertions.withinPercentage(0.1));
        assertThat(row.get("p").asDouble()).isLessThan(0.05);
        // Prince George's 2021-09 is hidden beside its 4 of 2022-03 (its total is on the list of sites), but
        // the sites without the intervention hold every hidden site: they are the program less Victoria
        assertThat(row.get("comparison_sites_change_pct").asDouble()).isCloseTo(
                programLessSiteChange("VIC", "trauma", "2021-03", "2021-09"), org.assertj.core.api.Assertions.within(0.005));
        assertThat(row.get("summary").asText()) // the PDF report's words
                .startsWith("High stress in the Death and trauma domain at Victoria Outreach went from ")
                .contains("(the last wave before the start)", "Fell, and the fall is unlikely to be chance")
                .containsPattern("the sites with no intervention on the Death and trauma domain went from"
                        + " \\d+\\.\\d%\\u00a0\\(\\d+/\\d+\\) to \\d+\\.\\d%\\u00a0\\(\\d+/\\d+\\)")
                .contains("no control group")
                .contains("repeated cross-sections");
        assertThat(row.get("suppressed").asBoolean()).isFalse();
        // the same figures as the trends command
        JsonNode trends = run("trends", "--site", "VIC", "--domain", "trauma", "--json").json().get("rows");
        for (JsonNode point : trends) {
            if (point.get("wave").asText().equals("2021-09")) {
                assertThat(point.get("n").asLong()).isEqualTo(n2);
                assertThat(point.get("count").asLong()).isEqualTo(c);
            }
        }
        JsonNode housing = find(plans, "Housing navigation for peer staff").get("followup").get(0);
        assertThat(housing.get("comparison_sites_change_pct").isNumber()).isTrue();
        assertThat(housing.get("summary").asText())
                .containsPattern("the sites with no intervention on the Housing domain went from"
                        + " \\d+\\.\\d%\\u00a0\\(\\d+/\\d+\\) to \\d+\\.\\d%\\u00a0\\(\\d+/\\d+\\)");
        JsonNode wage = find(plans, "Wage top-up to the living wage").get("followup").get(0);
        assertThat(wage.get("comparison_sites_change_pct").asDouble()).isCloseTo(
                programLessSiteChange("SUR", "financial", "2021-09", "2022-03"), org.assertj.core.api.Assertions.within(0.005));
        JsonNode planned = find(plans, "Photo IDs and business cards for peer staff").get("followup").get(0);
        assertThat(planned.get("after").isNull()).isTrue();
        assertThat(planned.get("test").isNull()).isTrue();
    }

    /** From the trends command: the change in points of the program less one site, from one wave to another. */
    private static double programLessSiteChange(String site, String domain, String from, String to) {
        JsonNode program = run("trends", "--domain", domain, "--json").json().get("rows");
        JsonNode one = run("trends", "--site", site, "--domain", domain, "--json").json().get("rows");
        return programLessSiteShare(program, one, to) - programLessSiteShare(program, one, from);
    }

    private static double programLessSiteShare(JsonNode program, JsonNode site, String wave) {
        JsonNode all = waveRow(program, wave);
        JsonNode one = waveRow(site, wave);
        return 100.0 * (all.get("count").asLong() - one.get("count").asLong())
                / (all.get("n").asLong() - one.get("n").asLong());
    }

    private static JsonNode waveRow(JsonNode rows, String wave) {
        for (JsonNode row : rows) {
            if (row.get("wave").asText().equals(wave)) {
                return row;
            }
        }
        throw new AssertionError("no row of " + wave);
    }

    private static JsonNode find(JsonNode plans, String title) {
        for (JsonNode plan : plans) {
            if (plan.get("title").asText().equals(title)) {
                return plan;
            }
        }
        throw new AssertionError("no plan " + title);
    }

    @Test
    void siteFilterKeepsThatSitesPlansAndTheTextTableReads() {
        JsonNode doc = run("interventions", "--site", "VAN", "--json").json();
        assertThat(doc.get("interventions")).hasSize(1);
        assertThat(doc.get("interventions").get(0).get("title").asText()).isEqualTo("Housing navigation for peer staff");
        CliRun text = run("interventions", "--site", "VIC");
        assertThat(text.status()).isZero();
        assertThat(text.out()).contains("Debriefing circles after critical incidents", "2021-03:", "chi\u00b2 (Yates), p = 0.022",
                "no control group").doesNotContain("Housing navigation for peer staff");
    }

    @Test
    void anUnknownSiteIsBadInput() {
        CliRun unknown = run("interventions", "--site", "Atlantis");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("\"Atlantis\" is not a site of this program");
    }
}
