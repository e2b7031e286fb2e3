package org.peerpulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cli.md: "--no-suppress … written to the audit log"; and the audit command (an addition to cli.md). */
class AuditCliTest {

    @TempDir
    Path folder;

    private CliRun run(String... args) {
        return CliRun.on(folder.resolve("program"), args);
    }

    private JsonNode smallNumberEntries() throws IOException {
        CliRun audit = run("audit", "--json", "--action", "small_numbers");
        assertThat(audit.status()).isZero();
        return audit.json().get("entries");
    }

    @Test
    void noSuppressWritesOneEntryWithTheCommandAsTyped() throws IOException {
        assertThat(run("demo").status()).isZero();
        assertThat(run("trends", "--json").status()).isZero();
        assertThat(smallNumberEntries()).isEmpty();

        assertThat(run("trends", "--no-suppress", "--json", "--domain", "financial").status()).isZero();
        JsonNode entries = smallNumberEntries();
        assertThat(entries).hasSize(1);
        JsonNode entry = entries.get(0);
        assertThat(entry.get("what").asText())
                .isEqualTo("Small numbers shown by the command line: peerpulse trends --no-suppress --json --domain financial");
        assertThat(entry.get("user").asText()).isEqualTo(System.getProperty("user.name"));
        assertThat(entry.get("how_much").isNull()).isTrue();
    }

    @Test
    void everyAnalysisCommandRecordsItsNoSuppress() throws IOException {
        run("demo");
        String site = run("sites", "--json").json().get("sites").get(0).get("name").asText();
        assertThat(run("crosstab", "--rows", "housing_status", "--cols", "high_financial", "--no-suppress").status())
                .isZero();
        assertThat(run("trend-test", "--domain", "financial", "--no-suppress").status()).isZero();
        assertThat(run("proqol", "--site", site, "--no-suppress").status()).isZero();
        assertThat(run("interventions", "--no-suppress").status()).isZero();
        JsonNode entries = smallNumberEntries();
        assertThat(entries).hasSize(4);
        assertThat(entries.get(0).get("what").asText()).endsWith("peerpulse interventions --no-suppress");
        assertThat(entries.get(3).get("what").asText()).contains("peerpulse crosstab");
    }

    @Test
    void everyAnalysisCommandSaysWhileSmallNumbersAreShown() {
        run("demo");
        String[][] commands = {{"compare", "--domain", "work", "--from", "2022-09", "--to", "2023-03"},
                {"crosstab", "--rows", "housing_status", "--cols", "high_financial"},
                {"trend-test", "--domain", "financial"}, {"proqol"}, {"trends", "--domain", "housing"}};
        for (String[] command : commands) {
            String typed = String.join(" ", command);
            CliRun plain = run(command);
            CliRun shown = run(concat(command, "--no-suppress"));
            assertThat(plain.out()).as(typed).doesNotContain("SMALL NUMBERS SHOWN");
            assertThat(shown.out()).as(typed).contains("SMALL NUMBERS SHOWN (internal use)");
            assertThat(run(concat(command, "--json")).json().get("small_numbers_shown").asBoolean()).as(typed).isFalse();
            assertThat(run(concat(command, "--json", "--no-suppress")).json().get("small_numbers_shown").asBoolean())
                    .as(typed).isTrue();
        }
        assertThat(run(commands[1]).out()).contains("\"<5\": fewer than 5, or hidden so that a small count cannot"
                + " be worked out from the totals, the other sites' and waves' tables, or other tables that share a"
                + " question.");
    }

    private static String[] concat(String[] command, String... more) {
        String[] all = java.util.Arrays.copyOf(command, command.length + more.length);
        System.arraycopy(more, 0, all, command.length, more.length);
        return all;
    }

    @Test
    void theAuditCommandListsNewestFirstAndFiltersByActionAndDay() throws IOException {
        run("demo");
        assertThat(run("sites", "add", "Nanaimo Harbour", "--code", "NAN").status()).isZero();
        CliRun all = run("audit", "--json");
        assertThat(all.status()).isZero();
        JsonNode entries = all.json().get("entries");
        assertThat(all.json().get("total").asInt()).isEqualTo(2);
        assertThat(entries.get(0).get("action").asText()).isEqualTo("site");
        assertThat(entries.get(1).get("action").asText()).isEqualTo("import");
        assertThat(entries.get(1).get("how_much").asLong()).isPositive();
        assertThat(run("audit", "--json", "--action", "import").json().get("entries")).hasSize(1);
        assertThat(run("audit", "--json", "--since", "2999-01-01").json().get("entries")).isEmpty();

        CliRun table = run("audit");
        assertThat(table.out()).contains("Time", "How much", "Site added: “Nanaimo Harbour” (NAN, other)", "responses added");
    }

    @Test
    void oneOfAnythingIsSaidInTheSingular() throws IOException {
        assertThat(run("sites", "add", "Nanaimo Harbour", "--code", "NAN").status()).isZero();
        Path one = folder.resolve("one.csv");
        Files.writeString(one, "site,wave,fin_overall\nNAN,2024-03,4\n", StandardCharsets.UTF_8);
        assertThat(run("import", one.toString()).status()).isZero();

        assertThat(run("audit").out()).contains("one.csv: 1 response added, 0 duplicates skipped", "1 response added")
                .doesNotContain("1 responses");
        assertThat(run("backup", "--out", folder.resolve("copy.zip").toString()).out())
                .startsWith("Backed up 1 site, 1 wave and 1 response (schema version ");
        assertThat(run("restore", folder.resolve("copy.zip").toString()).out())
                .containsPattern("taken \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC: 1 site, 1 wave, 1 response\\)");
    }

    @Test
    void theAuditCommandRefusesAnUnknownActionOrDate() {
        CliRun action = run("audit", "--action", "rename");
        assertThat(action.status()).isEqualTo(2);
        assertThat(action.err()).contains("--action: \"rename\" is not an action; use import, entry,");
        CliRun since = run("audit", "--since", "yesterday");
        assertThat(since.status()).isEqualTo(2);
        assertThat(since.err().strip()).isEqualTo("--since: \"yesterday\" is not a date like 2024-03-15.");
    }
}
