package org.peerpulse.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sentence about a file that cannot be written names the user's file and the reason, never a temporary file. */
class OutputFileExceptionTest {
    @TempDir
    Path folder;

    private Path temporary(Path target) {
        return folder.resolve("." + target.getFileName() + ".e6a18cc5-0b1f-4a57-9f3e-2d8c1a7b9e10.part");
    }

    @Test
    void aFolderRefusingTheTemporaryFileIsNamedWithPermissionDenied() {
        Path target = folder.resolve("x.pdf");
        OutputFileException problem = OutputFileException.writing(target,
                new AccessDeniedException(temporary(target).toString()));
        assertThat(problem.getMessage()).isEqualTo("PeerPulse cannot write to the folder " + folder
                + ": permission denied.");
        assertThat(problem.isBadInput()).isTrue();
    }

    @Test
    void aFolderGivenAsTheFileIsBadUsageBeforeAnythingIsWritten() throws IOException {
        Path target = Files.createDirectory(folder.resolve("dir.pdf"));
        assertThatThrownBy(() -> OutputFileException.requireFileInFolder(target))
                .isInstanceOfSatisfying(OutputFileException.class, e -> assertThat(e.isBadInput()).isTrue())
                .hasMessage(target + " is a folder; give a file name instead.");
        OutputFileException moved = OutputFileException.writing(target, new FileSystemException(
                temporary(target).toString(), target.toString(), "Is a directory"));
        assertThat(moved.getMessage()).isEqualTo(target + " is a folder; give a file name instead.");
    }

    @Test
    void aMissingFolderIsBadUsage() {
        Path target = folder.resolve("nowhere").resolve("x.csv");
        assertThatThrownBy(() -> OutputFileException.requireFileInFolder(target))
                .hasMessage("The folder " + folder.resolve("nowhere") + " does not exist.");
    }

    @Test
    void aReadOnlyDriveIsSaidSo() {
        Path target = folder.resolve("x.zip");
        OutputFileException problem = OutputFileException.writing(target,
                new FileSystemException(temporary(target).toString(), null, "Read-only file system"));
        assertThat(problem.getMessage()).isEqualTo("PeerPulse cannot write to the folder " + folder
                + ": it is on a read-only drive.");
    }

    @Test
    void anyOtherRefusalGivesTheReasonWithoutTheTemporaryFileAndIsNotBadUsage() {
        Path target = folder.resolve("x.xlsx");
        OutputFileException problem = OutputFileException.writing(target,
                new FileSystemException(temporary(target).toString(), null, "No space left on device"));
        assertThat(problem.getMessage()).isEqualTo("PeerPulse could not write " + target
                + ": No space left on device.").doesNotContain(".part");
        assertThat(problem.isBadInput()).isFalse();
    }
}
