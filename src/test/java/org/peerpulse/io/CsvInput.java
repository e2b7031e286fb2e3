package org.peerpulse.io;

import java.io.ByteArrayInputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** Small helpers for reading test input. */
final class CsvInput {
    static final String FILE = "answers.csv";

    private CsvInput() {
    }

    static ParsedFile read(String csv) {
        return read(csv, null);
    }

    static ParsedFile read(String csv, String waveOverride) {
        return read(csv.getBytes(StandardCharsets.UTF_8), waveOverride);
    }

    static ParsedFile read(byte[] bytes, String waveOverride) {
        return new CanonicalCsvReader().read(new ByteArrayInputStream(bytes), FILE, waveOverride, Progress.NONE);
    }

    static ParsedFile readFixture(String name) {
        return new CanonicalCsvReader().read(fixture(name), null, Progress.NONE);
    }

    static Path fixture(String name) {
        try {
            return Path.of(Objects.requireNonNull(CsvInput.class.getResource("/io/canonical/" + name), name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> sentences(ParsedFile parsed) {
        return parsed.problems().stream().map(ImportProblem::sentence).toList();
    }
}
