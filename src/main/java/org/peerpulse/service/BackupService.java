package org.peerpulse.service;

import java.nio.file.Path;
import java.util.Optional;
import org.peerpulse.storage.Backups;
import org.peerpulse.storage.Database;

/** Backups of the open program: a consistent copy on request, while it is in use (decision database-safety). */
public final class BackupService {
    private final Database database;

    BackupService(Database database) {
        this.database = database;
    }

    /** Writes one backup file to {@code target} (replacing a file there) and returns what it holds. */
    public BackupInfo backupTo(Path target) {
        return BackupInfo.of(database.backupTo(target));
    }

    /** The newest automatic backup of this program (none for an in-memory one). */
    public Optional<Path> latest() {
        return database.file().flatMap(Backups::latest);
    }
}
