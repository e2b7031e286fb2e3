package org.peerpulse.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.peerpulse.domain.Psp1;
import org.peerpulse.domain.Response;
import org.peerpulse.domain.Setting;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.Wave;
import org.peerpulse.io.SampleFiles;

/** Programs with recognisable data for the database-safety tests: a site name and comments to look for in bytes. */
final class TestPrograms {
    static final String SITE = "Harbourview Secret Outreach";
    static final String COMMENT = "my supervisor never listens";
    /**
     * The site's code, long enough that finding it in encrypted bytes is not chance: any 3 bytes
     * turn up by chance once in about 16 million, so a 3-letter code was found now and then in an
     * encrypted file and its backup (one full run in a few dozen); 9 letters, never.
     */
    static final String CODE = "HSOCOAST7";
    static final String PASSWORD = "correct horse battery staple";

    private TestPrograms() {
    }

    /** Adds {@code count} responses (each with a comment) at the site {@link #SITE} in a new wave {@code label}. */
    static void fill(Database database, String label, int count) {
        SiteRepository sites = new SiteRepository(database);
        WaveRepository waves = new WaveRepository(database);
        ResponseRepository responses = new ResponseRepository(database, Clock.systemUTC());
        SplittableRandom random = new SplittableRandom(label.hashCode());
        try (Transaction tx = database.begin()) {
            Site site = sites.all().stream().filter(s -> s.name().equals(SITE)).findFirst()
                    .orElseGet(() -> sites.add(tx, SITE, CODE, "Coast", Setting.OUTREACH, false));
            Wave wave = waves.add(tx, label, LocalDate.of(2024, 3, 1), false);
            List<Response> batch = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Map<String, String> answers = new HashMap<>(SampleFiles.answers(random));
                answers.put(Psp1.COMMENT, COMMENT + " " + label + "-" + i);
                batch.add(new Response(site.id(), wave.id(), label + "-R" + i, null, null, answers));
            }
            responses.insertAll(tx, batch);
            tx.commit();
        }
    }

    /** Every response and answer as text lines (the fixture queries): equal lines, equal data. */
    static List<String> everything(Database database) {
        List<String> lines = new ArrayList<>(DatabaseProbe.lines(database, MigrationFixtures.QUERIES.get("responses")));
        lines.addAll(DatabaseProbe.lines(database, MigrationFixtures.QUERIES.get("answers")));
        lines.addAll(DatabaseProbe.lines(database, MigrationFixtures.QUERIES.get("sites")));
        return lines;
    }

    static String hash(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean contains(byte[] haystack, String text) {
        byte[] needle = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    static Path store(Path base) {
        return DatabaseFiles.store(base);
    }
}
