package org.peerpulse.domain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;

/**
 * Who may read a file PeerPulse writes over {@code target}, in one place for exports and backups: a
 * file that is replaced keeps its permissions (a user who made one readable by them alone must not
 * find the next one readable by everyone), and a new file of workers' answers is its owner's alone.
 * Beside {@link OutputFileException} for the same reason: storage and io both write files.
 */
public final class FilePermissions {
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private FilePermissions() {
    }

    /**
     * @param privateWhenNew whether a new file holds workers' answers (rows, backups), not protected figures
     * @return the permissions to give the file before it is moved over {@code target}; empty for the
     *         system's default (a new file of protected figures, or a file system without POSIX permissions)
     */
    public static Optional<Set<PosixFilePermission>> forFileOver(Path target, boolean privateWhenNew)
            throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return Optional.empty();
        }
        if (Files.isRegularFile(target)) {
            return Optional.of(Files.getPosixFilePermissions(target));
        }
        return privateWhenNew ? Optional.of(OWNER_ONLY) : Optional.empty();
    }

    /** The owner's alone, while a file is written that may end up narrower than the default. */
    public static Set<PosixFilePermission> ownerOnly() {
        return OWNER_ONLY;
    }
}
