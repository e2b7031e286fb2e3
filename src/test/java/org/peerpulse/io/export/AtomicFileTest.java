package org.peerpulse.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class AtomicFileTest {
    @TempDir
    Path folder;

    @BeforeEach
    void posixOnly() {
        Assumptions.assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"),
                "the file system has no POSIX permissions");
    }

    private static AtomicFile.Content text(String text) {
        return out -> out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"rw-------", "rw-r-----", "rw-rw-rw-", "r--------"})
    void replacingAFileKeepsItsPermissions(String permissions) throws IOException {
        Path file = folder.resolve("priv.csv");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));

        AtomicFile.write(file, text("new"));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo(permissions);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------")); // to read it back
        assertThat(Files.readString(file)).isEqualTo("new");
    }

    @ParameterizedTest
    @EnumSource(AtomicFile.NewFile.class)
    void aReplacedFileKeepsItsPermissionsWhateverANewOneWouldGet(AtomicFile.NewFile newFile) throws IOException {
        Path file = folder.resolve("shared.xlsx");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));

        AtomicFile.write(file, newFile, text("new"));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-rw-r--");
    }

    @Test
    void aNewOwnerOnlyFileIsReadableByItsOwnerAlone() throws IOException {
        Path file = folder.resolve("responses.csv");

        AtomicFile.write(file, AtomicFile.NewFile.OWNER_ONLY, text("answers"));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (var left = Files.list(folder)) {
            assertThat(left).containsExactly(file);
        }
    }
}
