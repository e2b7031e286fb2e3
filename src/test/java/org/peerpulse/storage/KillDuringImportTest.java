package org.peerpulse.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerpulse.domain.Response;
import org.peerpulse.domain.Setting;
import org.peerpulse.io.ParsedRow;
import org.peerpulse.io.SampleFiles;

/**
 * Issue 7, "kill -9 at any moment of an import": the command-line import runs in a child JVM and
 * is killed (SIGKILL: {@link Process#destroyForcibly()}) at seeded random moments, from JVM start to
 * after the commit. Each time the database, a fresh copy of one with earlier answers, must open and
 * hold all of the file's responses or none, with summaries equal to a recount of the raw answers.
 */
class KillDuringImportTest {
    private static final int BASE_RESPONSES = 40;
    private static final int FILE_RESPONSES = 5_000;
    private static final int KILLS = 10;
    private static final long SEED = 20_260_712L;
    private static final long STORING_GROWTH = 256 << 10;

    @TempDir
    Path folder;

    @Test
    void aKilledImportLeavesAllOfTheFileOrNoneOfIt() throws Exception {
        Path base = baseDatabase();
        Path file = folder.resolve("big.csv");
        Files.writeString(file, SampleFiles.canonicalCsv(bigFile()), StandardCharsets.UTF_8);

        // one import left alone: how long it takes, and the "all of it" outcome to compare with
        Path whole = copy(base, "whole");
        long started = System.nanoTime();
        Process child = importInChild(file, whole);
        assertThat(child.waitFor(90, TimeUnit.SECONDS)).as("the import finishes").isTrue();
        long fullMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(child.exitValue()).as(new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
                .isZero();
        Outcome all = inspect(whole);
        assertThat(all.responses()).isEqualTo(BASE_RESPONSES + FILE_RESPONSES);
        Outcome none = inspect(copy(base, "none"));
        assertThat(none.responses()).isEqualTo(BASE_RESPONSES);

        Random random = new Random(SEED);
        List<String> log = new ArrayList<>();
        for (int i = 0; i < KILLS; i++) {
            Path database = copy(base, "kill-" + i);
            // moments spread over the whole run: the first one at JVM start, the last ones near and after the end
            double share = i == 0 ? 0.02 : i >= KILLS - 2 ? 0.9 + random.nextDouble() * 0.15
                    : (i + random.nextDouble()) / KILLS;
            long delay = Math.max(1, (long) (share * fullMillis));
            String moment = kill(file, database, delay, i % 3 == 1);
            Outcome outcome = inspect(database);
            log.add(String.format("kill %d after %d ms of %d (%s): %s", i, delay, fullMillis, moment,
                    outcome.responses() == all.responses() ? "all" : outcome.responses() == none.responses() ? "none"
                            : "PARTIAL " + outcome.responses()));
            assertThat(outcome).as(String.join("\n", log)).isIn(all, none);
        }
        System.out.println(String.join("\n", log));
    }

    /**
     * Starts the import and kills it after {@code delayMillis}; with {@code whenStoring}, waits first
     * until the database file has grown by {@link #STORING_GROWTH} (the transaction is being written)
     * and kills a tenth of the delay later. Returns what the file showed at the kill.
     */
    private String kill(Path file, Path database, long delayMillis, boolean whenStoring) throws Exception {
        Path store = database.resolveSibling(database.getFileName() + ".mv.db");
        // H2 writes a little on opening; the import's transaction spills megabytes before its commit
        long sizeBefore = Files.size(store) + STORING_GROWTH;
        Process child = importInChild(file, database);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        if (whenStoring) {
            while (child.isAlive() && Files.size(store) <= sizeBefore && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            Thread.sleep(delayMillis / 10);
        } else {
            child.waitFor(delayMillis, TimeUnit.MILLISECONDS);
        }
        String moment = !child.isAlive() ? "finished" : Files.size(store) > sizeBefore ? "storing" : "before storing";
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return moment;
    }

    private static Process importInChild(Path file, Path database) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), "org.peerpulse.Launcher",
                "import", "--create-sites", "--db", database.toString(), file.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    /** What a database holds after the kill; opening it must work. */
    private record Outcome(long responses, long answers, long sites, long waves) {
    }

    private static Outcome inspect(Path file) {
        try (Database database = Database.open(file)) {
            DatabaseProbe.assertSummariesEqualARecount(database);
            return new Outcome(DatabaseProbe.count(database, "response"), DatabaseProbe.count(database, "answer"),
                    DatabaseProbe.count(database, "site"), DatabaseProbe.count(database, "wave"));
        }
    }

    /** A program with a site, a wave and some answers already, closed cleanly. */
    private Path baseDatabase() {
        Path file = folder.resolve("base");
        try (Database database = Database.open(file)) {
            SiteRepository sites = new SiteRepository(database);
            WaveRepository waves = new WaveRepository(database);
            ResponseRepository responses = new ResponseRepository(database, Clock.systemUTC());
            SplittableRandom random = new SplittableRandom(SEED);
            try (Transaction tx = database.begin()) {
                var site = sites.add(tx, "Victoria Outreach", "VIC", null, Setting.OUTREACH, false);
                var wave = waves.add(tx, "2019-09", java.time.LocalDate.of(2019, 9, 1), false);
                List<Response> earlier = new ArrayList<>();
                for (int i = 0; i < BASE_RESPONSES; i++) {
                    earlier.add(new Response(site.id(), wave.id(), "E" + i, null, null, SampleFiles.answers(random)));
                }
                responses.insertAll(tx, earlier);
                tx.commit();
            }
        }
        return file;
    }

    private Path copy(Path base, String name) throws IOException {
        Path target = folder.resolve(name);
        Files.copy(base.resolveSibling("base.mv.db"), target.resolveSibling(name + ".mv.db"),
                StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    private static List<ParsedRow> bigFile() {
        return SampleFiles.responses(new SplittableRandom(SEED + 1), FILE_RESPONSES, "none");
    }
}
