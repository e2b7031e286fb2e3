package org.peerpulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every command that writes a file the user names (report, export, instrument, backup) says in one
 * sentence why it cannot, naming the user's file or folder and never the temporary file written
 * first; a folder as --out, a folder that is not there (a mistyped one is not made), or a folder it may
 * not write into, is bad usage (exit 2) and leaves nothing.
 */
class OutputFileCliTest {
    @TempDir
    static Path shared;
    private static Path db;

    @TempDir
    Path folder;

    @BeforeAll
    static void demo() {
        db = shared.resolve("program");
        assertThat(CliRun.on(db, "demo").status()).isZero();
    }

    /** The command writing to {@code out}. */
    private static CliRun write(String command, Path out) {
        List<String> args = new ArrayList<>(switch (command) {
            case "report" -> List.of("report");
            case "export" -> List.of("export", "--what", "responses");
            case "instrument" -> List.of("instrument", "--format", "xlsform");
            case "backup" -> List.of("backup");
            default -> throw new IllegalArgumentException(command);
        });
        args.add("--out");
        args.add(out.toString());
        return CliRun.on(db, args.toArray(String[]::new));
    }

    private static String fileName(String command) {
        return switch (command) {
            case "report" -> "x.pdf";
            case "export" -> "x.xlsx";
            case "instrument" -> "x.xlsx";
            default -> "x.zip";
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"report", "export", "instrument", "backup"})
    void aFolderAsOutIsBadUsageNamedInOneSentence(String command) throws IOException {
        Path target = Files.createDirectory(folder.resolve(fileName(command)));

        CliRun run = write(command, target);

        assertThat(run.status()).as(run.err()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo(target.toAbsolutePath() + " is a folder; give a file name instead.");
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).containsExactly(target);
        }
        try (Stream<Path> inside = Files.list(target)) {
            assertThat(inside).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"report", "export", "instrument", "backup"})
    void aFolderThatIsNotThereIsBadUsageAndIsNotMade(String command) throws IOException {
        Path missing = folder.resolve("backups").resolve("2026");

        CliRun run = write(command, missing.resolve(fileName(command)));

        assertThat(run.status()).as(run.err()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("--out: the folder " + missing.toAbsolutePath() + " does not exist.");
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"report", "export", "instrument", "backup"})
    void aFolderItMayNotWriteIntoIsBadUsageNamedInOneSentence(String command) throws IOException {
        Assumptions.assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path readOnly = Files.createDirectory(folder.resolve("ro"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Assumptions.assumeFalse(Files.isWritable(readOnly), "a superuser writes into any folder");

            CliRun run = write(command, readOnly.resolve(fileName(command)));

            assertThat(run.status()).as(run.err()).isEqualTo(2);
            assertThat(run.err().strip()).isEqualTo("PeerPulse cannot write to the folder " + readOnly.toAbsolutePath()
                    + ": permission denied.");
            try (Stream<Path> left = Files.list(readOnly)) {
                assertThat(left).isEmpty();
            }
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
