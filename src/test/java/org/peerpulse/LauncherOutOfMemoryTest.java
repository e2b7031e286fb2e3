package org.peerpulse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerpulse.service.AppContext;
import org.peerpulse.storage.Database;

/**
 * A command given too little memory ends with one sentence saying how to give it more, not the
 * JVM's stack traces (of its own thread or of H2's), ends at all (H2's shutdown hook could wait
 * for ever for a thread that died of it), and stores nothing of what it was doing.
 */
class LauncherOutOfMemoryTest {
    @TempDir
    Path folder;

    @Test
    void tooLittleMemoryIsOneSentenceAndNothingStored() throws Exception {
        Path program = folder.resolve("program");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process cli = new ProcessBuilder(java, "-Xmx12m", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), Launcher.class.getName(), "demo", "--db", program.toString())
                .redirectErrorStream(true).start();
        String said = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(cli.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(cli.exitValue()).isEqualTo(1);
        assertThat(said.lines().filter(line -> !line.startsWith("SLF4J(")) // a test library's, not in the jar
                .toList()).containsExactly("PeerPulse ran out of memory before the command finished (Java let it"
                + " use 12 MB). Run it again with more, e.g. java -Xmx2g -jar peerpulse.jar followed by the same command.");
        try (AppContext opened = new AppContext(Database.open(program), Clock.systemUTC())) {
            assertThat(opened.program().sites()).as("no demo site half-stored").isEmpty();
        }
    }
}
