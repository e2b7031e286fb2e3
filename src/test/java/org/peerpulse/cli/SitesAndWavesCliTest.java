package org.peerpulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sites rename / archive / unarchive / merge and waves relabel / redate, as a script would use them. */
class SitesAndWavesCliTest {

    @TempDir
    Path folder;

    private CliRun run(String... args) {
        return CliRun.on(folder.resolve("program"), args);
    }

    private JsonNode site(String name) {
        for (JsonNode site : run("sites", "--json").json().get("sites")) {
            if (site.get("name").asText().equals(name)) {
                return site;
            }
        }
        return null;
    }

    private Path csv(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aSiteIsFoundByTheNameTheSitesCommandPrints() {
        Path demo = folder.resolve("demo");
        CliRun.on(demo, "demo");
        assertThat(CliRun.on(demo, "sites").out()).contains("Victoria Outreach (demo)");
        CliRun trends = CliRun.on(demo, "trends", "--site", "Victoria Outreach (demo)", "--domain", "financial");
        assertThat(trends.status()).as(trends.err()).isZero();
        assertThat(trends.out()).contains("Victoria Outreach");
    }

    @Test
    void anEmptyProgramSaysItHasNoSitesOrWavesYet() {
        CliRun site = CliRun.on(folder.resolve("empty"), "trends", "--site", "Atlantis");
        assertThat(site.err()).contains("--site: \"Atlantis\" is not a site of this program; its sites are none yet.");
        CliRun wave = CliRun.on(folder.resolve("empty"), "compare", "--domain", "financial", "--from", "2030",
                "--to", "2031");
        assertThat(wave.err()).contains("is not a wave of this program; its waves are none yet.");
    }

    @Test
    void renameChangesOnlyWhatIsGivenAndKeepsTheResponses() {
        run("demo");
        long responses = site("Prince George Drop-in").get("responses").asLong();
        CliRun renamed = run("sites", "rename", "prince_george_dropin", "--name", "Prince George Drop-in Centre",
                "--region", "North");
        assertThat(renamed.status()).as(renamed.err()).isZero();
        JsonNode site = site("Prince George Drop-in Centre");
        assertThat(site.get("code").asText()).isEqualTo("PG");
        assertThat(site.get("region").asText()).isEqualTo("North");
        assertThat(site.get("setting").asText()).isEqualTo("drop_in");
        assertThat(site.get("responses").asLong()).isEqualTo(responses);
        assertThat(run("sites", "rename", "PG", "--code", "PGD", "--setting", "housing").status()).isZero();
        assertThat(site("Prince George Drop-in Centre").get("code").asText()).isEqualTo("PGD");
        assertThat(site("Prince George Drop-in Centre").get("setting").asText()).isEqualTo("housing");
    }

    @Test
    void renameRefusesANameOrCodeOfAnotherSiteAndAnUnknownSite() {
        run("sites", "add", "Victoria Outreach", "--code", "VIC");
        run("sites", "add", "Surrey", "--code", "SUR");
        CliRun taken = run("sites", "rename", "SUR", "--name", "victoria-outreach");
        assertThat(taken.status()).isEqualTo(2);
        assertThat(taken.err().strip()).isEqualTo("There is already a site called Victoria Outreach (VIC).");
        CliRun code = run("sites", "rename", "Surrey", "--code", "vic");
        assertThat(code.status()).isEqualTo(2);
        assertThat(code.err()).contains("The code vic is already used by the site Victoria Outreach (VIC).");
        CliRun unknown = run("sites", "rename", "Atlantis", "--name", "X");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err().strip()).isEqualTo(
                "\"Atlantis\" is not a site of this program; its sites are Surrey (SUR), Victoria Outreach (VIC).");
        assertThat(run("sites", "rename", "Surrey").status()).isEqualTo(2);
        assertThat(site("Surrey").get("code").asText()).isEqualTo("SUR");
    }

    @Test
    void anArchivedSiteStaysListedButImportsRefuseItUntilUnarchived() throws IOException {
        run("sites", "add", "Victoria Outreach", "--code", "VIC");
        assertThat(run("sites", "archive", "vic").status()).isZero();
        assertThat(site("Victoria Outreach").get("archived").asBoolean()).isTrue();
        Path answers = csv("answers.csv", "site,wave,respondent,fin_overall\nVIC,2024-03,A1,4\n");
        CliRun refused = run("import", answers.toString());
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err()).contains("row 2, site: \"VIC\" is the archived site Victoria Outreach"
                + " (unarchive it first to import its answers).");
        assertThat(run("waves", "--json").json().get("waves")).isEmpty();
        assertThat(run("sites", "unarchive", "Victoria Outreach").status()).isZero();
        assertThat(run("import", answers.toString()).status()).isZero();
        assertThat(site("Victoria Outreach").get("responses").asLong()).isEqualTo(1);
    }

    @Test
    void mergeMovesEveryResponseAndDeletesTheMergedSite() {
        run("demo");
        long pg = site("Prince George Drop-in").get("responses").asLong();
        long before = 0;
        String kept = null;
        for (JsonNode site : run("sites", "--json").json().get("sites")) {
            if (site.get("code").asText().equals("SUR")) {
                before = site.get("responses").asLong();
                kept = site.get("name").asText();
            }
        }
        assertThat(kept).isNotNull();
        CliRun merged = run("sites", "merge", "PG", "--into", "sur", "--json");
        assertThat(merged.status()).as(merged.err()).isZero();
        JsonNode doc = merged.json();
        assertThat(doc.get("merged").asBoolean()).isTrue();
        assertThat(doc.get("moved").asLong()).isEqualTo(pg);
        assertThat(doc.get("into").asText()).isEqualTo(kept);
        assertThat(doc.get("conflicts")).isEmpty();
        assertThat(run("sites", "--json").json().get("sites")).hasSize(3);
        assertThat(site("Prince George Drop-in")).isNull();
        assertThat(site(kept).get("responses").asLong()).isEqualTo(before + pg);
        JsonNode trends = run("trends", "--site", "SUR", "--domain", "financial", "--json", "--no-suppress").json();
        long n = 0;
        for (JsonNode row : trends.get("rows")) {
            n += row.get("n").asLong();
        }
        assertThat(n).isPositive();
    }

    @Test
    void mergeOfASiteIntoItselfOrAnUnknownSiteIsBadUsage() {
        run("sites", "add", "Victoria Outreach", "--code", "VIC");
        CliRun self = run("sites", "merge", "VIC", "--into", "victoria outreach");
        assertThat(self.status()).isEqualTo(2);
        assertThat(self.err()).contains("are the same site");
        CliRun unknown = run("sites", "merge", "VIC", "--into", "Atlantis");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("\"Atlantis\" is not a site of this program; its sites are Victoria");
        assertThat(run("sites", "merge", "VIC").status()).isEqualTo(2);
    }

    @Test
    void relabelAndRedateKeepTheResponsesAndRefuseADuplicateLabel() throws IOException {
        run("sites", "add", "Victoria Outreach", "--code", "VIC");
        run("import", csv("a.csv", "site,wave,respondent,fin_overall\nVIC,Spring 2024,A1,4\nVIC,2024-09,A2,3\n")
                .toString());
        CliRun relabel = run("waves", "relabel", "spring-2024", "--label", "2024-03");
        assertThat(relabel.status()).as(relabel.err()).isZero();
        assertThat(run("waves", "redate", "2024-03", "--date", "2024-03-20").status()).isZero();
        JsonNode waves = run("waves", "--json").json().get("waves");
        assertThat(waves.get(0).get("label").asText()).isEqualTo("2024-03");
        assertThat(waves.get(0).get("date").asText()).isEqualTo("2024-03-20");
        assertThat(waves.get(0).get("responses").asLong()).isEqualTo(1);
        CliRun duplicate = run("waves", "relabel", "2024-03", "--label", "2024_09");
        assertThat(duplicate.status()).isEqualTo(2);
        assertThat(duplicate.err().strip()).isEqualTo("There is already a wave labelled 2024-09.");
        CliRun unknown = run("waves", "redate", "2030", "--date", "2030-01-01");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err().strip()).isEqualTo(
                "\"2030\" is not a wave of this program; its waves are 2024-03, 2024-09.");
        assertThat(run("waves", "redate", "2024-03", "--date", "soon").status()).isEqualTo(2);
    }
}
