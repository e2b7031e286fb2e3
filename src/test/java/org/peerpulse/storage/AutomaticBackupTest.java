package org.peerpulse.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 7: an automatic backup before every schema migration and import, thinned by the retention rule. */
class AutomaticBackupTest {
    @TempDir
    Path folder;

    @Test
    void openingAnOlderSchemaBacksItUpBeforeMigratingOnlyThen() throws IOException {
        Files.copy(MigrationFixtures.FOLDER.resolve("V3").resolve(MigrationFixtures.DATABASE + ".mv.db"),
                folder.resolve("old.mv.db"));
        Path base = folder.resolve("old");
        try (Database database = Database.open(base)) {
            assertThat(DatabaseProbe.count(database, "response")).isEqualTo(150);
        }
        List<Path> backups = backups(base);
        assertThat(backups).singleElement().satisfies(b -> assertThat(b.getFileName().toString())
                .matches("old-\\d{8}T\\d{9}Z-before-migration\\.zip"));
        BackupManifest manifest = manifest(backups.get(0));
        assertThat(manifest.schemaVersion()).isEqualTo("3");
        assertThat(manifest.responses()).isEqualTo(150);
        assertThat(manifest.reason()).isEqualTo(Backups.BEFORE_MIGRATION);

        try (Database database = Database.open(base)) {
            assertThat(DatabaseProbe.count(database, "response")).isEqualTo(150);
        }
        assertThat(backups(base)).as("nothing to migrate the second time").hasSize(1);
        Path fresh = folder.resolve("fresh");
        Database.open(fresh).close();
        assertThat(Backups.folderOf(fresh)).as("a new program has nothing to back up").doesNotExist();
    }

    @Test
    void automaticBackupsKeepTheLastTenAndTheNewestOfEveryMonth() throws IOException {
        MutableClock clock = new MutableClock(Instant.parse("2025-01-05T08:00:00Z"));
        Path base = folder.resolve("program");
        List<Instant> taken = new ArrayList<>();
        try (Database database = Database.open(base, null, clock)) {
            TestPrograms.fill(database, "2024-03", 5);
            // two a month for six months, then twelve on one day
            for (int month = 0; month < 6; month++) {
                for (int day : new int[] {3, 20}) {
                    clock.now = Instant.parse(String.format("2025-%02d-%02dT09:00:00Z", month + 1, day));
                    committed(database); // the import before stored its file: the next one backs up again
                    database.backUpBeforeImport(() -> false);
                    taken.add(clock.now);
                }
            }
            for (int hour = 0; hour < 12; hour++) {
                clock.now = Instant.parse(String.format("2025-07-01T%02d:30:00Z", hour));
                committed(database);
                database.backUpBeforeImport(() -> false);
                taken.add(clock.now);
            }
        }
        Set<Instant> expected = BackupRetention.keep(taken, ZoneOffset.UTC);
        assertThat(Backups.automaticBackups(base)).extracting(Backups.Dated::created)
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(expected).hasSize(10 + 6);
        assertThat(Backups.latest(base)).get().satisfies(latest -> assertThat(latest.file().getFileName().toString())
                .isEqualTo("program-20250701T113000000Z-before-import.zip"));
    }

    private static void committed(Database database) {
        try (Transaction tx = database.begin()) {
            tx.commit();
        }
    }

    private static List<Path> backups(Path base) throws IOException {
        Path backups = Backups.folderOf(base);
        if (!Files.isDirectory(backups)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(backups)) {
            return files.sorted().toList();
        }
    }

    static BackupManifest manifest(Path backup) throws IOException {
        try (ZipFile zip = new ZipFile(backup.toFile()); InputStream in = zip.getInputStream(
                zip.getEntry(BackupManifest.ENTRY))) {
            return BackupManifest.read(in);
        }
    }

    /** A clock the test moves. */
    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
