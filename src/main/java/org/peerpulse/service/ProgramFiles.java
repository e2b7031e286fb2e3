package org.peerpulse.service;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.peerpulse.domain.ProgramFileException;
import org.peerpulse.storage.Backups;
import org.peerpulse.storage.DataFolder;
import org.peerpulse.storage.Database;
import org.peerpulse.storage.DatabaseFiles;
import org.peerpulse.storage.PasswordChange;
import org.peerpulse.storage.Restore;

/**
 * A program's database file as a whole, open or not (decision database-safety): whether it is
 * encrypted, opening it with its password, restoring a backup into its place, changing its
 * password, and its latest automatic backup. Problems are {@link ProgramFileException}s.
 */
public final class ProgramFiles {
    private final Clock clock;

    public ProgramFiles(Clock clock) {
        this.clock = clock;
    }

    public static ProgramFiles system() {
        return new ProgramFiles(Clock.systemDefaultZone());
    }

    public boolean exists(Path database) {
        return DatabaseFiles.exists(database);
    }

    public boolean isEncrypted(Path database) {
        return DatabaseFiles.isEncrypted(database);
    }

    /** The program's .mv.db file, for messages. */
    public Path fileOf(Path database) {
        return DatabaseFiles.store(database);
    }

    /**
     * Opens (creating when missing) the program at {@code database}; a new one is encrypted with
     * {@code password} unless it is null, an encrypted one needs it.
     */
    public AppContext open(Path database, String password) {
        return new AppContext(Database.open(database, password, clock), clock);
    }

    /**
     * Opens the program as {@link #open} does but without reading every row: the caller shows it
     * first and then calls {@link AppContext#readEveryRow()} in the background (the app's first window).
     */
    public AppContext openReadingRowsLater(Path database, String password) {
        return new AppContext(Database.open(database, password, clock, Database.RowCheck.LATER), clock);
    }

    /** What restoring did: the backup put in place, and where the program it replaced was kept. */
    public record Restored(BackupInfo backup, Optional<Path> replacedKeptAt) {
    }

    /** Checks {@code backup} and only then puts it in the place of the (closed) program at {@code database}. */
    public Restored restore(Path backup, Path database, String password) {
        Restore.Result result = Restore.restore(backup, database, password, clock);
        Restored restored = new Restored(BackupInfo.of(result.manifest()), result.replacedKeptAt());
        try (AppContext program = open(database, password)) {
            program.audit().restored(backup, restored.backup().responses(), restored.replacedKeptAt());
        }
        return restored;
    }

    /** Changes the password of the (closed) program, or encrypts it when {@code oldPassword} is null. */
    public void changePassword(Path database, String oldPassword, String newPassword) {
        PasswordChange.change(database, oldPassword, newPassword);
        try (AppContext program = open(database, newPassword)) {
            program.audit().passwordChanged();
        }
    }

    /** The newest automatic backup of the program at {@code database}, and when it was taken. */
    public Optional<AutomaticBackup> latestBackup(Path database) {
        return Backups.latest(database).map(backup -> new AutomaticBackup(backup.file(), backup.created()));
    }

    /** The program the app showed last, when its file is still there. */
    public Optional<Path> lastOpened() {
        return DataFolder.lastProgram().filter(this::exists);
    }

    /** Remembers the program the app shows, to open it again at the next start. */
    public void remember(Path database) {
        DataFolder.rememberProgram(database);
    }

    /** Where the program's automatic backups are kept. */
    public Path backupsFolder(Path database) {
        return Backups.folderOf(database);
    }
}
