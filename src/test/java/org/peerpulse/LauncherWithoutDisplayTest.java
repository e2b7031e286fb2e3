package org.peerpulse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerpulse.service.AppContext;
import org.peerpulse.storage.Database;

/**
 * Started without arguments where there is no screen (a server, a terminal over SSH), PeerPulse
 * says so in one sentence and points to the command line, instead of JavaFX's stack trace; the
 * program it began opening meanwhile is finished and closed, not left half made.
 */
class LauncherWithoutDisplayTest {
    @TempDir
    Path home;

    @Test
    void withoutADisplayTheAppSaysSoInOneSentence() throws Exception {
        assumeTrue(System.getProperty("os.name").startsWith("Linux"), "a display is looked for the Linux way");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder launch = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-Dpeerpulse.home=" + home, "-cp", System.getProperty("java.class.path"), Launcher.class.getName())
                .redirectErrorStream(true);
        launch.environment().remove("DISPLAY");
        launch.environment().remove("WAYLAND_DISPLAY");
        Process app = launch.start();
        String said = new String(app.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(app.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(app.exitValue()).isEqualTo(1);
        List<String> lines = said.lines().toList();
        assertThat(lines).contains("PeerPulse could not open its window (Unable to open DISPLAY). Without a screen,"
                + " give it a command instead: java -jar peerpulse.jar --help");
        assertThat(lines).noneMatch(line -> line.startsWith("\tat ") || line.startsWith("Exception in thread"));
        Path program = home.resolve("peerpulse");
        assertThat(Files.exists(home.resolve("peerpulse.mv.db"))).isTrue();
        try (AppContext opened = new AppContext(Database.open(program), Clock.systemUTC())) {
            assertThat(opened.program().sites()).as("a whole, empty program").isEmpty();
        }
    }
}
