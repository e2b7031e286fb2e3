package org.peerpulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rows without a respondent code or source id, all already stored (the same answers at the same site
 * and wave), in a file whose bytes differ: the responses export as CSV then as XLSX, or a CSV re-saved
 * with CRLF. The audit found each doubled every response; the file is now refused, and a file only
 * some of whose rows are such is imported with those rows counted in the report.
 */
class SameAnswersImportCliTest {
    private static final String SENTENCE = ": every row is already stored (the same answers at the same sites and"
            + " waves), as if this file had been imported before in another form; nothing was stored.";

    @TempDir
    Path folder;

    private static Map<String, Integer> responsesBySite(Path db) {
        Map<String, Integer> counts = new HashMap<>();
        for (JsonNode site : CliRun.on(db, "sites", "--json").json().get("sites")) {
            counts.put(site.get("name").asText(), site.get("responses").asInt());
        }
        return counts;
    }

    private Path file(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void theResponsesExportImportedAsCsvThenAsXlsxIsRefusedTheSecondTime() {
        Path demo = folder.resolve("demo");
        assertThat(CliRun.on(demo, "demo").status()).isZero();
        Path csv = folder.resolve("resp.csv");
        Path xlsx = folder.resolve("resp.xlsx");
        assertThat(CliRun.on(demo, "export", "--what", "responses", "--out", csv.toString()).status()).isZero();
        assertThat(CliRun.on(demo, "export", "--what", "responses", "--out", xlsx.toString()).status()).isZero();

        Path fresh = folder.resolve("fresh");
        CliRun first = CliRun.on(fresh, "import", "--create-sites", csv.toString());
        assertThat(first.status()).as(first.err()).isZero();
        Map<String, Integer> once = responsesBySite(fresh);
        int total = once.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(total).isPositive();
        assertThat(first.out()).contains(total + " responses added").doesNotContain("same answers");

        CliRun again = CliRun.on(fresh, "import", csv.toString()); // the same bytes: skipped, as before
        assertThat(again.status()).as(again.err()).isZero();
        assertThat(again.out()).contains("0 responses added", total + " skipped as duplicates");

        CliRun workbook = CliRun.on(fresh, "import", xlsx.toString());
        assertThat(workbook.status()).isEqualTo(2);
        assertThat(workbook.err()).contains("resp.xlsx" + SENTENCE);
        assertThat(workbook.out()).contains("resp.xlsx: refused, nothing was stored");
        assertThat(responsesBySite(fresh)).isEqualTo(once);

        // and the other way round: the workbook first, the CSV refused
        Path other = folder.resolve("other");
        assertThat(CliRun.on(other, "import", "--create-sites", xlsx.toString()).status()).isZero();
        CliRun text = CliRun.on(other, "import", csv.toString());
        assertThat(text.status()).isEqualTo(2);
        assertThat(text.err()).contains("resp.csv" + SENTENCE);
        assertThat(responsesBySite(other)).isEqualTo(once);
    }

    @Test
    void threeRowsWithoutCodesReSavedWithCrlfAreRefused() throws IOException {
        Path db = folder.resolve("program");
        String rows = "site,wave,fin_overall,srh,top3\n"
                + "Victoria,2020-03,4,4,financial housing\n"
                + "Victoria,2020-03,2,3,\n"
                + "Nanaimo,2020-03,5,2,trauma\n";
        Path lf = file("wave.csv", rows);
        assertThat(CliRun.on(db, "import", "--create-sites", lf.toString()).status()).isZero();
        Path crlf = file("wave-excel.csv", rows.replace("\n", "\r\n"));
        CliRun run = CliRun.on(db, "import", crlf.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("wave-excel.csv" + SENTENCE);
        assertThat(responsesBySite(db)).isEqualTo(Map.of("Victoria", 2, "Nanaimo", 1));
    }

    @Test
    void aFileOnlySomeOfWhoseRowsAreStoredIsImportedAndSaysHowMany() throws IOException {
        Path db = folder.resolve("program");
        assertThat(CliRun.on(db, "import", "--create-sites", file("a.csv", "site,wave,fin_overall,srh\n"
                + "Victoria,2020-03,4,4\n"
                + "Victoria,2020-03,2,3\n"
                + "Victoria,2020-03,3,4\n").toString()).status()).isZero();
        // two rows as stored, one as stored but at another wave, one new: imported, the two said
        CliRun run = CliRun.on(db, "import", "--json", file("b.csv", "site,wave,fin_overall,srh\n"
                + "Victoria,2020-03,4,4\n"
                + "Victoria,2020-03,2,3\n"
                + "Victoria,2020-09,3,4\n"
                + "Victoria,2020-03,1,2\n").toString());
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode report = run.json().get("files").get(0);
        assertThat(report.get("added").asInt()).isEqualTo(4);
        assertThat(report.get("same_answers").asInt()).isEqualTo(2);
        assertThat(responsesBySite(db)).isEqualTo(Map.of("Victoria", 7));

        // the stored answers are a multiset: one stored "5, 2" matches one of two such rows, not both
        assertThat(CliRun.on(db, "import", file("c.csv", "site,wave,fin_overall,srh\n"
                + "Victoria,2021-03,5,2\n").toString()).status()).isZero();
        CliRun twice = CliRun.on(db, "import", file("d.csv", "site,wave,fin_overall,srh\n"
                + "Victoria,2021-03,5,2\n"
                + "Victoria,2021-03,5,2\n").toString());
        assertThat(twice.status()).as(twice.err()).isZero();
        assertThat(twice.out()).contains("d.csv", "2 responses added",
                "1 response added has the same answers as one already stored at the same site and wave");
        assertThat(responsesBySite(db)).isEqualTo(Map.of("Victoria", 10));
    }

    @Test
    void twoWorkersWhoAnsweredAlikeInOneFileAreBothStored() throws IOException {
        Path db = folder.resolve("program");
        CliRun run = CliRun.on(db, "import", "--create-sites", "--json", file("alike.csv", "site,wave,fin_overall\n"
                + "Victoria,2020-03,4\n"
                + "Victoria,2020-03,4\n").toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.json().get("files").get(0).get("same_answers").asInt()).isZero();
        assertThat(responsesBySite(db)).isEqualTo(Map.of("Victoria", 2));
    }
}
