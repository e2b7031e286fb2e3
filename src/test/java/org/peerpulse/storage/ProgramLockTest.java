package org.peerpulse.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerpulse.cli.PeerPulseCli;
import org.peerpulse.domain.ProgramFileException;
import org.peerpulse.domain.ProgramFileException.Problem;

/**
 * Issue 7: one program is open in one process. A second process gets one sentence naming the
 * reason; after the first is killed (SIGKILL) its lock is gone and the program opens with its data.
 */
class ProgramLockTest {
    @TempDir
    Path folder;

    @Test
    void aSecondProcessIsToldTheProgramIsInUseAndAStaleLockAfterAKillIsRecovered() throws Exception {
        Path base = folder.resolve("shared");
        try (Database database = Database.open(base)) {
            TestPrograms.fill(database, "2024-03", 20);
        }
        Process holder = holdOpen(base);
        try {
            String expected = "The program " + TestPrograms.store(base) + " is open in another PeerPulse window or"
                    + " command; close it there and try again.";
            assertThatThrownBy(() -> Database.open(base)).isInstanceOfSatisfying(ProgramFileException.class, e -> {
                assertThat(e.problem()).isEqualTo(Problem.IN_USE);
                assertThat(e.getMessage()).isEqualTo(expected);
            });
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int status = PeerPulseCli.run(new String[] {"sites", "--db", base.toString()}, new PrintWriter(out),
                    new PrintWriter(err));
            assertThat(status).isEqualTo(1);
            assertThat(err.toString()).isEqualTo(expected + System.lineSeparator());
            assertThatThrownBy(() -> Restore.restore(folder.resolve("any.zip"), base, null,
                    java.time.Clock.systemUTC())).isInstanceOfSatisfying(ProgramFileException.class,
                    e -> assertThat(e.problem()).isEqualTo(Problem.IN_USE));
        } finally {
            holder.destroyForcibly();
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        try (Database database = Database.open(base)) {
            assertThat(DatabaseProbe.count(database, "response")).isEqualTo(20);
            DatabaseProbe.assertSummariesEqualARecount(database);
        }
    }

    /** Starts {@link HoldProgramOpen} in a child JVM and waits until it has the program open. */
    private static Process holdOpen(Path base) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), HoldProgramOpen.class.getName(), base.toString())
                .redirectErrorStream(true).start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder said = new StringBuilder();
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            said.append(line).append('\n');
            if (line.equals("open")) {
                return child;
            }
        }
        child.destroyForcibly();
        throw new AssertionError("the second process did not open the program:\n" + said);
    }
}
