package org.peerpulse.io.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
import org.peerpulse.domain.FilePermissions;
import org.peerpulse.domain.OutputFileException;

/**
 * Writes a file whole or not at all: into a temporary file in the same folder, then moved over
 * the target in one step. A failure leaves no partial file and the old one (if any) untouched.
 * A file that is replaced keeps its permissions (where the file system has POSIX ones): a user
 * who made an export readable by them alone must not find the next one readable by everyone.
 */
public final class AtomicFile {
    /** What writes the content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Who may read a file that did not exist before (one that did keeps its permissions). */
    public enum NewFile {
        /** As the folder's and the user's defaults say (the umask): reports, tables of suppressed figures. */
        DEFAULT,
        /** The owner alone: rows of survey answers, which stay private until the user decides to share them. */
        OWNER_ONLY
    }

    private AtomicFile() {
    }

    public static void write(Path target, Content content) throws IOException {
        write(target, NewFile.DEFAULT, content);
    }

    /**
     * Writes {@code content} to {@code target}. A target that cannot be written (a folder, a folder
     * that is not there or not writable) fails with an {@link OutputFileException} naming it, before
     * the content is written where that can be known; a failure of the content is its own IOException.
     */
    public static void write(Path target, NewFile newFile, Content content) throws IOException {
        OutputFileException.requireFileInFolder(target);
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Optional<Set<PosixFilePermission>> ending = FilePermissions.forFileOver(absolute, newFile == NewFile.OWNER_ONLY);
        // owner-only while it is written whenever the end result may be narrower than the default; not
        // createTempFile for the default: its owner-only permissions would stay on the exported file
        FileAttribute<?>[] whileWritten = ending.isPresent()
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FilePermissions.ownerOnly())}
                : new FileAttribute<?>[0];
        Path temporary;
        try {
            temporary = Files.createFile(folder.resolve("." + absolute.getFileName() + "."
                    + java.util.UUID.randomUUID() + ".part"), whileWritten);
        } catch (IOException e) {
            throw OutputFileException.writing(absolute, e);
        }
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                content.writeTo(out);
            }
            if (ending.isPresent()) {
                Files.setPosixFilePermissions(temporary, ending.get());
            }
            moveOver(temporary, absolute);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void moveOver(Path temporary, Path target) {
        try {
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw OutputFileException.writing(target, e);
        }
    }
}
