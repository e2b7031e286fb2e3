package org.peerpulse.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** Small helpers for reading survey test files through {@link SurveyFileReader}. */
final class SurveyInput {
    private SurveyInput() {
    }

    static Path fixture(String path) {
        try {
            return Path.of(Objects.requireNonNull(SurveyInput.class.getResource("/io/" + path), path).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static ParsedFile read(Path file) {
        return read(file, ImportFormat.AUTO, ReadOptions.NONE);
    }

    static ParsedFile read(Path file, ImportFormat format, ReadOptions options) {
        return new SurveyFileReader().read(file, format, options, Progress.NONE);
    }

    static ParsedFile readFixture(String path) {
        return read(fixture(path));
    }

    /** Writes UTF-8 text to a file named {@code name} in {@code folder}. */
    static Path write(Path folder, String name, String text) {
        return write(folder, name, text.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path folder, String name, byte[] bytes) {
        try {
            return Files.write(folder.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> sentences(ParsedFile parsed) {
        return parsed.problems().stream().map(ImportProblem::sentence).toList();
    }
}
