package org.peerpulse.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.peerpulse.domain.FilePermissions;
import org.peerpulse.domain.OutputFileException;
import org.peerpulse.domain.ProgramFileException;

/**
 * Backups of a program (decision database-safety): one ZIP file holding {@code manifest.properties}
 * and {@code peerpulse.mv.db}, a consistent copy H2's {@code BACKUP TO} takes while the program is
 * in use (an encrypted program's copy stays encrypted). Automatic ones go to {@code <db>.backups/}
 * next to the database and are thinned by {@link BackupRetention}.
 */
public final class Backups {
    static final String BEFORE_IMPORT = "before-import";
    static final String BEFORE_MIGRATION = "before-migration";
    static final String BY_REQUEST = "by-request";
    static final String COPY_ENTRY = "peerpulse.mv.db";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmssSSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Pattern AUTOMATIC = Pattern.compile("(\\d{8}T\\d{9}Z)-[a-z-]+\\.zip");

    /** How many times a copy that does not hold what the program holds is taken again. */
    static final int COPY_ATTEMPTS = 3;

    /** How a copy of the program is taken into a ZIP file, on a connection no one else writes through. */
    @FunctionalInterface
    interface CopyTaking {
        void take(Statement statement, Path zip) throws SQLException;
    }

    /** H2's online backup: the database file, as stored, compressed into {@code zip}. */
    static final CopyTaking H2_BACKUP = (statement, zip) ->
            statement.execute("BACKUP TO '" + zip.toString().replace("'", "''") + "'");

    private Backups() {
    }

    /** The folder of a database's automatic backups: {@code <name>.backups} next to it. */
    public static Path folderOf(Path database) {
        Path base = Database.withoutSuffix(database.toAbsolutePath());
        return base.resolveSibling(base.getFileName() + ".backups");
    }

    /** The newest automatic backup of a database, if there is one. */
    public static Optional<Dated> latest(Path database) {
        return automaticBackups(database).stream().max(Comparator.comparing(Dated::created));
    }

    static BackupManifest write(Database database, Path target, String reason) {
        return write(database, target, reason, H2_BACKUP);
    }

    /**
     * As {@link #write(Database, Path, String)}, the copy taken by {@code taking}. A copy is kept only
     * when it reads and holds what the program held when it was taken (schema version and counts, read
     * while no one writes); otherwise it is taken again, up to {@link #COPY_ATTEMPTS} times. H2 copies
     * the file while its own writer may be storing pages, and once, right after a new program was
     * made, its copy opened as an empty database.
     */
    static BackupManifest write(Database database, Path target, String reason, CopyTaking taking) {
        return write(database, target, reason, taking, () -> false).orElseThrow();
    }

    /**
     * As {@link #write(Database, Path, String, CopyTaking)}, given up when {@code stopped} says so
     * (the import it was for was cancelled): looked at before each copy and once it is taken, as H2
     * cannot be stopped while it copies. Empty when given up; nothing is then left behind.
     */
    static Optional<BackupManifest> write(Database database, Path target, String reason, CopyTaking taking,
                                          BooleanSupplier stopped) {
        OutputFileException.requireFileName(target); // before the copy: a provincial program's takes half a minute
        Path work = null;
        try {
            work = workFolder(target);
            String unsound = "";
            Path h2Zip = work.resolve("h2.zip");
            Path copy = work.resolve(COPY_ENTRY);
            for (int attempt = 1; attempt <= COPY_ATTEMPTS; attempt++) {
                if (stopped.getAsBoolean()) {
                    return Optional.empty();
                }
                Files.deleteIfExists(h2Zip); // an unsound copy before: a provincial program's is 450 MB
                Files.deleteIfExists(copy);
                BackupCopy.Contents held = database.withoutWriters(() -> database.read(c -> {
                    try (Statement statement = c.createStatement()) {
                        requireNothingUncommitted(statement);
                        taking.take(statement, h2Zip);
                    }
                    return BackupCopy.counted(c);
                }, "back up " + database.description()));
                if (stopped.getAsBoolean()) {
                    return Optional.empty();
                }
                try (org.apache.commons.compress.archivers.zip.ZipFile h2 =
                             org.apache.commons.compress.archivers.zip.ZipFile.builder().setPath(h2Zip).get()) {
                    ZipArchiveEntry compressed = h2.stream()
                            .filter(entry -> entry.getName().endsWith(DatabaseFiles.SUFFIX)).findFirst()
                            .orElseThrow(() -> new IOException("H2 wrote no database file into " + h2Zip));
                    try (InputStream inflated = h2.getInputStream(compressed)) {
                        Files.copy(inflated, copy);
                    }
                    Optional<BackupCopy.Contents> contents = readable(copy, database);
                    if (contents.isEmpty() || !contents.get().holdsSameAs(held)) {
                        unsound = contents.map(c -> "it held " + c + " where the program held " + held)
                                .orElse("it could not be read");
                        continue;
                    }
                    BackupManifest manifest = new BackupManifest(held.schemaVersion(), database.clock().instant(),
                            held.sites(), held.waves(), held.responses(), database.isEncrypted(), reason);
                    Path partial = work.resolve("backup.zip");
                    writeBackupFile(partial, manifest, h2, compressed);
                    try {
                        // every answer, codes and comments included: a new backup is its owner's alone
                        var permissions = FilePermissions.forFileOver(target, true);
                        if (permissions.isPresent()) {
                            Files.setPosixFilePermissions(partial, permissions.get());
                        }
                        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    } catch (IOException e) {
                        throw OutputFileException.writing(target, e);
                    }
                    return Optional.of(manifest);
                }
            }
            throw new StorageException("PeerPulse could not make a sound copy of " + database.description()
                    + " in " + COPY_ATTEMPTS + " attempts (the last time " + unsound + "); nothing was backed up."
                    + " The program itself was not changed.");
        } catch (IOException e) {
            throw new StorageException("write the backup " + target, e);
        } finally {
            deleteTree(work);
        }
    }

    /**
     * The backup's own folder of work files next to {@code target} (so that the finished file is moved
     * into place in one step), made with the folders above it; a folder that cannot be made or
     * written says so about the user's file, never about the work folder's name.
     */
    private static Path workFolder(Path target) {
        Path folder = target.toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
            return Files.createTempDirectory(folder, ".peerpulse-backup-");
        } catch (IOException e) {
            throw OutputFileException.writing(target, e);
        }
    }

    /** What the copy just taken holds, if it opens and reads; it is the copy, not the program, that is unsound. */
    private static Optional<BackupCopy.Contents> readable(Path copy, Database database) {
        try {
            return Optional.of(BackupCopy.inspect(Database.withoutSuffix(copy), database.isEncrypted(),
                    database.connectionPassword(), false));
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    /**
     * H2 copies the file as it is, rows written and not committed included: no transaction may have
     * written when a copy is taken. {@link WriteGate#alone} lets the caller's own open transaction
     * through (an import's, before its first row); this checks that it has indeed written nothing,
     * so that a change writing earlier fails here instead of making backups with half a transaction.
     */
    private static void requireNothingUncommitted(Statement statement) throws SQLException {
        try (ResultSet written = statement.executeQuery(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE CONTAINS_UNCOMMITTED")) {
            written.next();
            if (written.getLong(1) > 0) {
                throw new IllegalStateException("A backup was asked for while a transaction had written and not"
                        + " committed; it would hold part of that transaction.");
            }
        }
    }

    /** Writes an automatic backup into the database's backups folder, then applies the retention rule. */
    static void automatic(Database database, String reason) {
        automatic(database, reason, () -> false);
    }

    /**
     * As {@link #automatic(Database, String)}; given up, and nothing written, when {@code stopped} says
     * so. Returns the backup written, if one was.
     */
    static Optional<Path> automatic(Database database, String reason, BooleanSupplier stopped) {
        Path base = database.file().orElseThrow();
        Path folder = folderOf(base);
        Instant now = database.clock().instant();
        Path target = folder.resolve(base.getFileName() + "-" + STAMP.format(now) + "-" + reason + ".zip");
        while (Files.exists(target)) {
            now = now.plusMillis(1);
            target = folder.resolve(base.getFileName() + "-" + STAMP.format(now) + "-" + reason + ".zip");
        }
        if (write(database, target, reason, H2_BACKUP, stopped).isEmpty()) {
            return Optional.empty();
        }
        List<Dated> all = automaticBackups(base);
        Set<Instant> keep = BackupRetention.keep(all.stream().map(Dated::created).toList(),
                database.clock().getZone());
        for (Dated backup : all) {
            if (!keep.contains(backup.created())) {
                try {
                    Files.deleteIfExists(backup.file());
                } catch (IOException e) {
                    // an old backup that cannot be removed now is removed next time
                }
            }
        }
        return Optional.of(target);
    }

    /** An automatic backup and when it was taken (from its name). */
    public record Dated(Path file, Instant created) {
    }

    static List<Dated> automaticBackups(Path database) {
        Path folder = folderOf(database);
        String prefix = Database.withoutSuffix(database.toAbsolutePath()).getFileName() + "-";
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> dated(file, prefix)).flatMap(Optional::stream).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Optional<Dated> dated(Path file, String prefix) {
        String name = file.getFileName().toString();
        if (!name.startsWith(prefix)) {
            return Optional.empty();
        }
        Matcher matcher = AUTOMATIC.matcher(name.substring(prefix.length()));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Dated(file, STAMP.parse(matcher.group(1), Instant::from)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Writes the backup file: the manifest, then the program's copy as H2 compressed it, its bytes
     * moved across as they are (compressing 450 MB again took 22 s of a provincial program's 51 s
     * backup, before every import).
     */
    private static void writeBackupFile(Path partial, BackupManifest manifest,
                                        org.apache.commons.compress.archivers.zip.ZipFile h2,
                                        ZipArchiveEntry compressed) throws IOException {
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(partial)) {
            zip.putArchiveEntry(new ZipArchiveEntry(BackupManifest.ENTRY));
            manifest.write(zip);
            zip.closeArchiveEntry();
            ZipArchiveEntry copy = new ZipArchiveEntry(COPY_ENTRY);
            copy.setMethod(compressed.getMethod());
            copy.setCrc(compressed.getCrc());
            copy.setSize(compressed.getSize());
            copy.setCompressedSize(compressed.getCompressedSize());
            copy.setTime(compressed.getTime());
            try (InputStream raw = h2.getRawInputStream(compressed)) {
                zip.addRawArchiveEntry(copy, raw);
            }
        }
    }

    /** Copies the database entry of a backup to {@code copy}; false when there is none. */
    static boolean extractCopy(ZipFile backup, Path copy) throws IOException {
        ZipEntry entry = backup.getEntry(COPY_ENTRY);
        if (entry == null) {
            return false;
        }
        try (InputStream in = backup.getInputStream(entry)) {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        return true;
    }

    static void deleteTree(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a temporary folder left behind does no harm
        }
    }

    static ProgramFileException notABackup(Path file, String why) {
        return new ProgramFileException(ProgramFileException.Problem.NOT_A_BACKUP, file.toString(), file
                + " is not a PeerPulse backup (" + why + "); nothing was changed.");
    }
}
