package org.peerpulse.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A copy H2 takes that does not hold what the program holds (once, right after a new program was
 * made, the benchmark's import was refused because its backup's copy opened as an empty database,
 * and the user read that the program was damaged) is taken again; a copy that never comes out
 * right gives no backup, says so, and leaves the program as it was.
 */
class UnsoundCopyTest {
    @TempDir
    Path folder;

    @Test
    void aCopyHoldingLessThanTheProgramIsTakenAgain() throws Exception {
        Path base = folder.resolve("program");
        Path target = folder.resolve("by-hand.zip");
        try (Database database = Database.open(base)) {
            Path earlier = twoWavesAndACopyOfTheFirst(database);
            AtomicInteger taken = new AtomicInteger();
            List<String> leftBeforeRetaking = new ArrayList<>();
            BackupManifest manifest = Backups.write(database, target, Backups.BY_REQUEST, (statement, zip) -> {
                if (taken.incrementAndGet() == 1) {
                    copy(earlier, zip); // the state before the second wave
                } else {
                    leftBeforeRetaking.addAll(names(zip.getParent()));
                    Backups.H2_BACKUP.take(statement, zip);
                }
            });

            assertThat(taken).hasValue(2);
            assertThat(leftBeforeRetaking).as("the unsound copy removed before the next (450 MB for a large program)")
                    .isEmpty();
            assertThat(manifest.waves()).isEqualTo(2);
            assertThat(manifest.responses()).isEqualTo(7);
        }
        Path restored = folder.resolve("restored");
        assertThat(Restore.restore(target, restored, null, Clock.systemUTC()).manifest().responses()).isEqualTo(7);
        try (Database database = Database.open(restored)) {
            assertThat(TestPrograms.everything(database)).anyMatch(row -> row.contains("2024-09"));
        }
    }

    @Test
    void aCopyThatDoesNotOpenIsTakenAgain() throws Exception {
        Path base = folder.resolve("program");
        try (Database database = Database.open(base)) {
            TestPrograms.fill(database, "2024-03", 3);
            Path empty = folder.resolve("empty.zip");
            try (Database newlyMade = Database.open(folder.resolve("other"))) {
                newlyMade.read(c -> c.createStatement().execute("DROP ALL OBJECTS"), "empty it"); // as the copy that opened empty
                takeNow(newlyMade, empty);
            }
            AtomicInteger taken = new AtomicInteger();
            BackupManifest manifest = Backups.write(database, folder.resolve("b.zip"), Backups.BY_REQUEST,
                    (statement, zip) -> {
                        if (taken.incrementAndGet() == 1) {
                            copy(empty, zip);
                        } else {
                            Backups.H2_BACKUP.take(statement, zip);
                        }
                    });

            assertThat(taken).hasValue(2);
            assertThat(manifest.responses()).isEqualTo(3);
        }
    }

    @Test
    void aCopyThatNeverComesOutRightGivesNoBackupAndASentence() throws Exception {
        Path base = folder.resolve("program");
        Path target = folder.resolve("by-hand.zip");
        try (Database database = Database.open(base)) {
            Path earlier = twoWavesAndACopyOfTheFirst(database);
            AtomicInteger taken = new AtomicInteger();

            assertThatThrownBy(() -> Backups.write(database, target, Backups.BY_REQUEST, (statement, zip) -> {
                taken.incrementAndGet();
                copy(earlier, zip);
            })).isInstanceOf(StorageException.class)
                    .hasMessageContaining("could not make a sound copy of")
                    .hasMessageContaining("held schema")
                    .hasMessageContaining("1 waves and 3 responses where the program held")
                    .hasMessageContaining("2 waves and 7 responses")
                    .hasMessageContaining("nothing was backed up")
                    .hasMessageNotContaining("damaged");

            assertThat(taken).hasValue(Backups.COPY_ATTEMPTS);
            assertThat(target).doesNotExist();
            try (Stream<Path> left = Files.list(folder)) {
                assertThat(left).as("no work folder left").noneMatch(p -> p.getFileName().toString().startsWith("."));
            }
            assertThat(TestPrograms.everything(database)).anyMatch(row -> row.contains("2024-09"));
        }
    }

    /** Fills the program with a wave of 3 and a wave of 4 responses; returns H2's copy taken between them. */
    private Path twoWavesAndACopyOfTheFirst(Database database) {
        TestPrograms.fill(database, "2024-03", 3);
        Path earlier = folder.resolve("earlier.zip");
        takeNow(database, earlier);
        TestPrograms.fill(database, "2024-09", 4);
        return earlier;
    }

    private static List<String> names(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) {
        try {
            Files.copy(from, to);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void takeNow(Database database, Path zip) {
        database.read(c -> {
            try (Statement statement = c.createStatement()) {
                Backups.H2_BACKUP.take(statement, zip);
            }
            return null;
        }, "take a copy");
    }
}
