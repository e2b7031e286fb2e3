package org.peerpulse.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerpulse.cli.PeerPulseCli;
import org.peerpulse.domain.ProgramFileException;
import org.peerpulse.domain.ProgramFileException.Problem;

/** Issue 7: a damaged database file gets one sentence (and the command line names the latest backup), and the backup restores. */
class DamagedDatabaseTest {
    @TempDir
    Path folder;

    @Test
    void bytesOverwrittenInTheMiddleGiveOneSentenceAndTheLatestBackupRestores() throws IOException {
        Path base = folder.resolve("program");
        List<String> data;
        try (Database database = Database.open(base)) {
            TestPrograms.fill(database, "2024-03", 300);
            database.backUpBeforeImport(() -> false);
            data = TestPrograms.everything(database);
        }
        damage(TestPrograms.store(base));

        String expected = "The program file " + TestPrograms.store(base) + " is damaged and cannot be read.";
        assertThatThrownBy(() -> Database.open(base)).isInstanceOfSatisfying(ProgramFileException.class, e -> {
            assertThat(e.problem()).isEqualTo(Problem.DAMAGED);
            assertThat(e.getMessage()).isEqualTo(expected);
        });
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = PeerPulseCli.run(new String[] {"waves", "--db", base.toString()}, new PrintWriter(out),
                new PrintWriter(err));
        Path latest = Backups.latest(base).orElseThrow().file();
        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).isEqualTo(expected + " Its latest backup is " + latest + ": restore it with"
                + " peerpulse restore --db \"" + base + "\" \"" + latest + "\"." + System.lineSeparator());

        Restore.Result result = Restore.restore(latest, base, null, Clock.systemUTC());
        assertThat(result.replacedKeptAt()).isPresent();
        try (Database database = Database.open(base)) {
            assertThat(TestPrograms.everything(database)).isEqualTo(data);
        }
    }

    @Test
    void aPlaceWherePeerPulseMayNotWriteIsSaidSoNotCalledDamaged() {
        // /proc refuses a new folder even to root (the tests' user), as a read-only folder refuses a user
        Path nowhere = Path.of("/proc/peerpulse-nowhere/program");
        assertThatThrownBy(() -> Database.open(nowhere)).isInstanceOfSatisfying(ProgramFileException.class, e -> {
            assertThat(e.problem()).isEqualTo(Problem.NOT_WRITABLE);
            assertThat(e.getMessage()).isEqualTo("PeerPulse may not write to /proc/peerpulse-nowhere, so it cannot"
                    + " open the program /proc/peerpulse-nowhere/program.mv.db there; give it another place (--db),"
                    + " or ask for the right to write there.");
        });
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = PeerPulseCli.run(new String[] {"sites", "--db", nowhere.toString()}, new PrintWriter(out),
                new PrintWriter(err));
        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).startsWith("PeerPulse may not write to /proc/peerpulse-nowhere")
                .doesNotContain("damaged").doesNotContain("\tat ");
    }

    @Test
    void aFileWhereTheProgramsFolderShouldBeIsNamed() throws IOException {
        Path notes = Files.writeString(folder.resolve("notes.txt"), "not a folder");
        for (Path program : List.of(notes.resolve("program"), notes.resolve("deeper").resolve("program"))) {
            assertThatThrownBy(() -> Database.open(program)).isInstanceOfSatisfying(ProgramFileException.class, e -> {
                assertThat(e.problem()).isEqualTo(Problem.NOT_A_FOLDER);
                assertThat(e.getMessage()).isEqualTo("PeerPulse cannot open the program " + program + ".mv.db: " + notes
                        + " is a file, not a folder; give the program another place (--db).");
            });
        }
        assertThat(Files.readString(notes)).isEqualTo("not a folder");
    }

    @Test
    void theAppsFirstWindowFindsTheSameDamageWhenItReadsEveryRowAfterOpening() throws IOException {
        Path base = folder.resolve("program");
        try (Database database = Database.open(base)) {
            TestPrograms.fill(database, "2024-03", 300);
        }
        try (Database database = Database.open(base, null, Clock.systemUTC(), Database.RowCheck.LATER)) {
            database.readEveryRow(); // an intact file: nothing to find
        }
        damage(TestPrograms.store(base));

        // the damage shows either at once or when every row is read: never does the program open and stay open
        Throwable found = org.assertj.core.api.Assertions.catchThrowable(() -> {
            try (Database database = Database.open(base, null, Clock.systemUTC(), Database.RowCheck.LATER)) {
                database.readEveryRow();
            }
        });
        assertThat(found).isInstanceOfSatisfying(ProgramFileException.class,
                e -> assertThat(e.problem()).isEqualTo(Problem.DAMAGED));
    }

    @ParameterizedTest(name = "the last {0} bytes")
    @ValueSource(ints = {4096, 8192, 65536})
    void aFileWhoseEndIsDamagedIsNeverTakenForANewEmptyProgram(int damaged) throws IOException {
        Path base = folder.resolve("program");
        List<String> data;
        try (Database database = Database.open(base)) {
            TestPrograms.fill(database, "2024-03", 300);
            data = TestPrograms.everything(database);
        }
        Path store = TestPrograms.store(base);
        try (RandomAccessFile file = new RandomAccessFile(store.toFile(), "rw")) {
            byte[] junk = new byte[damaged];
            Arrays.fill(junk, (byte) 0x5A);
            file.seek(file.length() - junk.length);
            file.write(junk);
        }
        // H2 may fall back to an earlier intact version of its file; it must never open as an empty program
        try (Database database = Database.open(base)) {
            System.out.println("the last " + damaged + " bytes damaged: H2 opened an earlier version");
            assertThat(TestPrograms.everything(database)).isEqualTo(data);
        } catch (ProgramFileException e) {
            System.out.println("the last " + damaged + " bytes damaged: " + e.getMessage());
            assertThat(e.problem()).isEqualTo(Problem.DAMAGED);
        }
    }

    @Test
    void aLargeFileWithoutASchemaHistoryIsNotFilledWithANewSchema() throws Exception {
        Path base = folder.resolve("lost");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + base, "peerpulse", "");
             java.sql.Statement s = c.createStatement()) {
            s.execute("create table leftovers (id int primary key, text varchar)");
            s.execute("insert into leftovers select x, repeat('x', 200) from system_range(1, 2000)");
        }
        assertThatThrownBy(() -> Database.open(base)).isInstanceOfSatisfying(ProgramFileException.class,
                e -> assertThat(e.problem()).isEqualTo(Problem.DAMAGED));
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + base, "peerpulse", "")) {
            assertThat(OpenCheck.tables(c)).containsExactly("LEFTOVERS");
        }
    }

    /** Overwrites the middle half of the file with a constant byte. */
    static void damage(Path store) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(store.toFile(), "rw")) {
            long length = file.length();
            byte[] junk = new byte[(int) (length / 2)];
            Arrays.fill(junk, (byte) 0x5A);
            file.seek(length / 4);
            file.write(junk);
        }
    }
}
