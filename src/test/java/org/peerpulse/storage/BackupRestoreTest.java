package org.peerpulse.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerpulse.domain.ProgramFileException;
import org.peerpulse.domain.Psp1;
import org.peerpulse.domain.Response;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.Wave;
import org.peerpulse.domain.ProgramFileException.Problem;

/** Issue 7, backups: a consistent copy while the program is written to, and a restore that checks before it replaces. */
class BackupRestoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T10:15:30Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    @Test
    void aBackupTakenWhileAnotherConnectionWritesIsConsistent() throws Exception {
        Path base = folder.resolve("busy");
        Path backup = folder.resolve("busy-backup.zip");
        BackupManifest manifest;
        AtomicInteger waves = new AtomicInteger();
        try (Database database = Database.open(base)) {
            TestPrograms.fill(database, "W000", 100);
            AtomicBoolean stop = new AtomicBoolean();
            List<Throwable> problems = new ArrayList<>();
            Thread writer = new Thread(() -> {
                try {
                    while (!stop.get()) {
                        TestPrograms.fill(database, String.format("W%03d", waves.incrementAndGet()), 25);
                    }
                } catch (RuntimeException e) {
                    problems.add(e);
                }
            });
            writer.start();
            while (waves.get() < 2) {
                Thread.sleep(10);
            }
            manifest = database.backupTo(backup);
            stop.set(true);
            writer.join();
            assertThat(problems).isEmpty();
        }
        assertThat(manifest.responses()).as("taken while writing").isGreaterThan(100).isEqualTo(100 + 25L * (manifest.waves() - 1));
        assertThat(manifest.schemaVersion()).isNotBlank();
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            assertThat(zip.stream().map(ZipEntry::getName)).containsExactly(BackupManifest.ENTRY, Backups.COPY_ENTRY);
        }

        Path restored = folder.resolve("restored");
        Restore.Result result = Restore.restore(backup, restored, null, CLOCK);
        assertThat(result.replacedKeptAt()).isEmpty();
        try (Database database = Database.open(restored)) {
            assertThat(DatabaseProbe.count(database, "response")).isEqualTo(manifest.responses());
            assertThat(DatabaseProbe.count(database, "wave")).isEqualTo(manifest.waves());
            DatabaseProbe.assertSummariesEqualARecount(database);
        }
    }

    @Test
    void aBackupWaitsForAnOpenWriteTransactionAndHoldsAllOfItOrNoneOfIt() throws Exception {
        Path base = folder.resolve("waiting");
        Path afterCommit = folder.resolve("after-commit.zip");
        Path afterRollback = folder.resolve("after-rollback.zip");
        try (Database database = Database.open(base)) {
            TestPrograms.fill(database, "W000", 40);
            ResponseRepository responses = new ResponseRepository(database, Clock.systemUTC());
            for (boolean commit : new boolean[] {true, false}) {
                CompletableFuture<BackupManifest> backup;
                try (Transaction tx = database.begin()) {
                    Wave wave = new WaveRepository(database).add(tx, commit ? "W001" : "W002", java.time.LocalDate.of(2024, 9, 1), false);
                    Site site = new SiteRepository(database).all().get(0);
                    responses.insertAll(tx, List.of(new Response(site.id(), wave.id(), "open-" + commit, null, null,
                            Map.of(Psp1.COMMENT, "written, not yet committed"))));
                    backup = CompletableFuture.supplyAsync(() -> database.backupTo(commit ? afterCommit : afterRollback));
                    Thread.sleep(300);
                    assertThat(backup).as("the backup waits while a transaction is open").isNotDone();
                    if (commit) {
                        tx.commit();
                    }
                }
                assertThat(backup.get(30, TimeUnit.SECONDS).responses()).isEqualTo(41);
            }
        }
        for (Path backup : List.of(afterCommit, afterRollback)) {
            Path restored = folder.resolve("restored-" + backup.getFileName());
            Restore.restore(backup, restored, null, CLOCK);
            try (Database database = Database.open(restored)) {
                assertThat(DatabaseProbe.count(database, "response")).isEqualTo(41);
                assertThat(DatabaseProbe.count(database, "wave")).isEqualTo(2);
                DatabaseProbe.assertSummariesEqualARecount(database);
            }
        }
    }

    @Test
    void restoreBringsBackEveryResponseAndKeepsTheReplacedProgramAside() throws IOException {
        Path base = folder.resolve("program");
        Path backup = folder.resolve("program-backup.zip");
        List<String> atBackup;
        List<String> later;
        try (Database database = Database.open(base, TestPrograms.PASSWORD, CLOCK)) {
            TestPrograms.fill(database, "2024-03", 80);
            atBackup = TestPrograms.everything(database);
            database.backupTo(backup);
            TestPrograms.fill(database, "2024-09", 30);
            later = TestPrograms.everything(database);
        }
        Restore.Result result = Restore.restore(backup, base, TestPrograms.PASSWORD, CLOCK);
        assertThat(result.manifest().responses()).isEqualTo(80);
        assertThat(result.manifest().encrypted()).isTrue();
        Path aside = result.replacedKeptAt().orElseThrow();
        assertThat(aside.getFileName().toString()).isEqualTo("program-replaced-20260304T101530Z.mv.db");
        try (Database database = Database.open(base, TestPrograms.PASSWORD, CLOCK)) {
            assertThat(TestPrograms.everything(database)).isEqualTo(atBackup);
            DatabaseProbe.assertSummariesEqualARecount(database);
        }
        try (Database database = Database.open(aside, TestPrograms.PASSWORD, CLOCK)) {
            assertThat(TestPrograms.everything(database)).isEqualTo(later);
        }
    }

    @Test
    void aNewBackupIsItsOwnersAloneAndAReplacedOneKeepsItsPermissions() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.getFileStore(folder)
                .supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class));
        Path base = folder.resolve("program");
        Path fresh = folder.resolve("fresh.zip");
        Path shared = folder.resolve("shared.zip");
        Files.writeString(shared, "an older file the user shared with a group");
        Files.setPosixFilePermissions(shared, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----"));
        try (Database database = Database.open(base, TestPrograms.PASSWORD, CLOCK)) {
            TestPrograms.fill(database, "2024-03", 5);
            database.backupTo(fresh);
            database.backupTo(shared);
        }
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)))
                .as("every answer, codes and comments included").isEqualTo("rw-------");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(shared)))
                .isEqualTo("rw-r-----");
    }

    @Test
    void aJunkTruncatedOrTamperedBackupIsRefusedAndNothingChanges() throws IOException {
        Path base = folder.resolve("program");
        Path backup = folder.resolve("good.zip");
        try (Database database = Database.open(base)) {
            TestPrograms.fill(database, "2024-03", 40);
            database.backupTo(backup);
        }
        byte[] good = Files.readAllBytes(backup);
        byte[] junk = new byte[50_000];
        new Random(7).nextBytes(junk);
        Path junkFile = write("junk.zip", junk);
        Path truncated = write("truncated.zip", java.util.Arrays.copyOf(good, good.length / 2));
        Path noManifest = zip("no-manifest.zip", Backups.COPY_ENTRY, copyOf(backup));
        Path tampered = folder.resolve("tampered.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tampered))) {
            out.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
            new BackupManifest("4", CLOCK.instant(), 1, 1, 999, false, "by-request").write(out);
            out.putNextEntry(new ZipEntry(Backups.COPY_ENTRY));
            out.write(copyOf(backup));
        }
        Path store = TestPrograms.store(base);
        String before = TestPrograms.hash(store);
        for (Path bad : List.of(junkFile, truncated, noManifest, tampered, folder.resolve("missing.zip"))) {
            assertThatThrownBy(() -> Restore.restore(bad, base, null, CLOCK)).as(bad.toString())
                    .isInstanceOfSatisfying(ProgramFileException.class, e -> {
                        assertThat(e.problem()).isEqualTo(Problem.NOT_A_BACKUP);
                        assertThat(e.getMessage()).startsWith(bad + " is not a PeerPulse backup (")
                                .endsWith("); nothing was changed.");
                    });
        }
        assertThat(TestPrograms.hash(store)).isEqualTo(before);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.contains("replaced"))
                    .noneMatch(n -> n.startsWith(".peerpulse"));
        }
    }

    @Test
    void aBackupFromANewerSchemaIsRefused() {
        Path base = folder.resolve("newer");
        Path backup = folder.resolve("newer.zip");
        try (Database database = Database.open(base)) {
            database.inTransaction(c -> c.createStatement().executeUpdate("insert into \"flyway_schema_history\""
                    + " (\"installed_rank\", \"version\", \"description\", \"type\", \"script\", \"installed_by\","
                    + " \"execution_time\", \"success\") values (99, '99', 'future', 'SQL', 'V99__future.sql', 'x', 1, true)"),
                    "pretend a newer schema");
            database.backupTo(backup);
        }
        Path target = folder.resolve("target");
        assertThatThrownBy(() -> Restore.restore(backup, target, null, CLOCK))
                .isInstanceOfSatisfying(ProgramFileException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.NEWER_BACKUP);
                    assertThat(e.getMessage()).contains("newer PeerPulse (schema version 99)");
                });
        assertThat(TestPrograms.store(target)).doesNotExist();
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(folder.resolve(name), bytes);
    }

    private static byte[] copyOf(Path backup) throws IOException {
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            return zip.getInputStream(zip.getEntry(Backups.COPY_ENTRY)).readAllBytes();
        }
    }

    private Path zip(String name, String entry, byte[] bytes) throws IOException {
        Path file = folder.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(bytes);
        }
        return file;
    }
}
