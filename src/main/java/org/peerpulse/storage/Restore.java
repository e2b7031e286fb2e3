package org.peerpulse.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.peerpulse.domain.ProgramFileException;

/**
 * Puts a backup in the place of a program's database: the backup is checked first (a ZIP with a
 * manifest and a database copy whose every row reads, whose schema and counts are those of the
 * manifest and that this PeerPulse can migrate); only then is the current file moved aside, to
 * {@code <name>-replaced-<time>.mv.db}, and the copy put in its place. The database must be closed.
 */
public final class Restore {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /** What was restored, and where the database it replaced was kept (none when there was none). */
    public record Result(BackupManifest manifest, Optional<Path> replacedKeptAt) {
    }

    private Restore() {
    }

    /**
     * @param password the backup's password when it is encrypted (null otherwise)
     * @throws ProgramFileException when the backup is not usable (nothing is changed then), its
     *                              password is missing or wrong, or the database is open elsewhere
     */
    public static Result restore(Path backup, Path database, String password, Clock clock) {
        Path base = Database.withoutSuffix(database.toAbsolutePath());
        Path store = DatabaseFiles.store(base);
        if (DatabaseFiles.isLocked(store) && !Database.foundDamaged(base)) {
            throw DatabaseErrors.inUse(store.toString(), null);
        }
        if (!Files.isRegularFile(backup)) {
            throw Backups.notABackup(backup, "there is no such file");
        }
        Path work = null;
        try {
            Files.createDirectories(base.getParent());
            work = Files.createTempDirectory(base.getParent(), ".peerpulse-restore-");
            Path copy = work.resolve(Backups.COPY_ENTRY);
            BackupManifest manifest = unpack(backup, copy);
            boolean encrypted = DatabaseFiles.isEncrypted(copy);
            if (encrypted && (password == null || password.isEmpty())) {
                throw DatabaseErrors.passwordNeeded(backup.toString());
            }
            BackupCopy.Contents contents = inspect(backup, Database.withoutSuffix(copy), encrypted, password);
            if (contents.newer()) {
                throw new ProgramFileException(ProgramFileException.Problem.NEWER_BACKUP, backup.toString(), backup
                        + " was made by a newer PeerPulse (schema version " + contents.schemaVersion()
                        + "); update PeerPulse to restore it. Nothing was changed.");
            }
            if (!contents.matches(manifest)) {
                throw Backups.notABackup(backup, "its database copy does not match its manifest");
            }
            return new Result(manifest, putInPlace(copy, base, store, clock));
        } catch (IOException e) {
            throw new StorageException("restore " + backup + " (nothing was changed)", e);
        } finally {
            Backups.deleteTree(work);
        }
    }

    private static BackupManifest unpack(Path backup, Path copy) throws IOException {
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            ZipEntry entry = zip.getEntry(BackupManifest.ENTRY);
            if (entry == null) {
                throw Backups.notABackup(backup, "it has no PeerPulse manifest");
            }
            BackupManifest manifest;
            try (InputStream in = zip.getInputStream(entry)) {
                manifest = BackupManifest.read(in);
            } catch (IllegalArgumentException e) {
                throw Backups.notABackup(backup, "its manifest cannot be read: " + e.getMessage());
            }
            if (!Backups.extractCopy(zip, copy)) {
                throw Backups.notABackup(backup, "it holds no database copy");
            }
            return manifest;
        } catch (ZipException | java.io.EOFException e) {
            throw Backups.notABackup(backup, "it is not a complete ZIP file");
        }
    }

    private static BackupCopy.Contents inspect(Path backup, Path copyBase, boolean encrypted, String password) {
        try {
            return BackupCopy.inspect(copyBase, encrypted, encrypted ? DatabaseFiles.connectionPassword(password) : "",
                    true);
        } catch (SQLException e) {
            if (encrypted && (e.getErrorCode() == DatabaseErrors.WRONG_USER_OR_PASSWORD
                    || e.getErrorCode() == DatabaseErrors.FILE_ENCRYPTION_ERROR)) {
                throw DatabaseErrors.wrongPassword(backup.toString(), e);
            }
            throw Backups.notABackup(backup, "its database copy cannot be read");
        }
    }

    /** Moves the current database aside and the checked copy into its place; returns where the old one went. */
    private static Optional<Path> putInPlace(Path copy, Path base, Path store, Clock clock) throws IOException {
        Optional<Path> aside = Optional.empty();
        if (Files.exists(store)) {
            Path target = base.resolveSibling(base.getFileName() + "-replaced-" + STAMP.format(clock.instant())
                    + DatabaseFiles.SUFFIX);
            for (int i = 2; Files.exists(target); i++) {
                target = base.resolveSibling(base.getFileName() + "-replaced-" + STAMP.format(clock.instant())
                        + "-" + i + DatabaseFiles.SUFFIX);
            }
            Files.move(store, target, StandardCopyOption.ATOMIC_MOVE);
            aside = Optional.of(target);
        }
        try {
            Files.move(copy, store, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (aside.isPresent()) {
                Files.move(aside.get(), store, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
        return aside;
    }
}
