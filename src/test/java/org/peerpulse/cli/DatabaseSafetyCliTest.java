package org.peerpulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerpulse.io.SampleFiles;

/** cli.md: PEERPULSE_PASSWORD for encrypted programs, backup --out FILE, restore FILE, the backup before an import. */
class DatabaseSafetyCliTest {
    private static final String PASSWORD = "s3cret words";

    @TempDir
    Path folder;

    private CliRun run(Map<String, String> environment, String... args) {
        return CliRun.with(environment, args);
    }

    private static boolean encrypted(Path store) throws IOException {
        byte[] head = new byte[9];
        try (var in = Files.newInputStream(store)) {
            in.readNBytes(head, 0, head.length);
        }
        return new String(head, StandardCharsets.US_ASCII).equals("H2encrypt");
    }

    @Test
    void aProgramCreatedWhilePeerPulsePasswordIsSetIsEncryptedWithIt() throws IOException {
        Path db = folder.resolve("secret");
        Path store = folder.resolve("secret.mv.db");
        Map<String, String> withPassword = Map.of("PEERPULSE_PASSWORD", PASSWORD);
        CliRun add = run(withPassword, "sites", "add", "Harbourview Outreach", "--code", "HVO", "--db", db.toString());
        assertThat(add.status()).as(add.err()).isZero();
        assertThat(encrypted(store)).isTrue();
        assertThat(new String(Files.readAllBytes(store), StandardCharsets.ISO_8859_1)).doesNotContain("Harbourview");

        CliRun without = run(Map.of(), "sites", "--db", db.toString());
        assertThat(without.status()).isEqualTo(2);
        assertThat(without.err()).isEqualTo(store + " is encrypted: set PEERPULSE_PASSWORD to its password, or run the"
                + " command in a terminal to type it." + System.lineSeparator());
        CliRun wrong = run(Map.of("PEERPULSE_PASSWORD", "guess"), "sites", "--db", db.toString());
        assertThat(wrong.status()).isEqualTo(2);
        assertThat(wrong.err()).isEqualTo("The password does not open " + store + "; nothing was changed."
                + System.lineSeparator());
        CliRun right = run(withPassword, "sites", "--db", db.toString());
        assertThat(right.status()).isZero();
        assertThat(right.out()).contains("Harbourview Outreach");

        Path plain = folder.resolve("plain");
        assertThat(run(Map.of(), "sites", "add", "Plain Site", "--db", plain.toString()).status()).isZero();
        assertThat(run(withPassword, "sites", "--db", plain.toString()).status()).isZero();
        assertThat(encrypted(folder.resolve("plain.mv.db"))).as("an existing unencrypted program stays so").isFalse();
    }

    @Test
    void backupAndRestoreRoundTripAndAJunkBackupIsRefused() throws IOException {
        Path db = folder.resolve("program");
        Map<String, String> none = Map.of();
        assertThat(run(none, "demo", "--db", db.toString()).status()).isZero();
        String sitesBefore = run(none, "sites", "--json", "--db", db.toString()).out();
        Path backup = folder.resolve("copy.zip");
        CliRun made = run(none, "backup", "--out", backup.toString(), "--db", db.toString());
        assertThat(made.status()).as(made.err()).isZero();
        assertThat(made.out()).matches("Backed up 4 sites, 8 waves and \\d+ responses \\(schema version \\d+\\) to "
                + java.util.regex.Pattern.quote(backup.toString()) + "\\.\\R");

        assertThat(run(none, "sites", "add", "Added Later", "--db", db.toString()).status()).isZero();
        CliRun restored = run(none, "restore", backup.toString(), "--db", db.toString());
        assertThat(restored.status()).as(restored.err()).isZero();
        assertThat(restored.out()).contains("Restored " + backup).contains("The program it replaced is kept at "
                + folder.resolve("program-replaced-"));
        assertThat(run(none, "sites", "--json", "--db", db.toString()).out()).isEqualTo(sitesBefore);

        Path junk = Files.writeString(folder.resolve("junk.zip"), "not a zip at all");
        byte[] before = Files.readAllBytes(folder.resolve("program.mv.db"));
        CliRun refused = run(none, "restore", junk.toString(), "--db", db.toString());
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err()).isEqualTo(junk + " is not a PeerPulse backup (it is not a complete ZIP file);"
                + " nothing was changed." + System.lineSeparator());
        assertThat(Files.readAllBytes(folder.resolve("program.mv.db"))).isEqualTo(before);
    }

    @Test
    void everyImportIntoAProgramFileIsPrecededByABackup() throws IOException {
        Path db = folder.resolve("program");
        Path csv = folder.resolve("answers.csv");
        Files.writeString(csv, SampleFiles.canonicalCsv(SampleFiles.responses(new SplittableRandom(3), 30, "none")),
                StandardCharsets.UTF_8);
        Path other = folder.resolve("more.csv");
        Files.writeString(other, SampleFiles.canonicalCsv(SampleFiles.responses(new SplittableRandom(4), 20, "none")),
                StandardCharsets.UTF_8);
        CliRun imported = run(Map.of(), "import", "--create-sites", csv.toString(), other.toString(), "--db", db.toString());
        assertThat(imported.status()).as(imported.err()).isZero();
        List<String> backups;
        try (Stream<Path> files = Files.list(folder.resolve("program.backups"))) {
            backups = new ArrayList<>(files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        assertThat(backups).hasSize(2).allMatch(n -> n.matches("program-\\d{8}T\\d{9}Z-before-import\\.zip"));
    }
}
