package org.peerpulse.service;

import java.nio.file.Path;
import java.util.Optional;
import org.peerpulse.storage.Backups;
import org.peerpulse.storage.Database;

/** Backups of the open program: a consistent copy on request, while it is in use (decision database-safety). */
public final class BackupService {
    private final Database database;
    private final AuditTrail audit;

    BackupService(Database database, AuditTrail audit) {
        this.database = database;
        this.audit = audit;
    }

    /** Writes one backup file to {@code target} (replacing a file there), records it, and returns what it holds. */
    public BackupInfo backupTo(Path target) {
        BackupInfo backup = BackupInfo.of(database.backupTo(target));
        audit.backedUp(target, backup.responses());
        return backup;
    }

    /** The newest automatic backup of this program (none for an in-memory one). */
    public Optional<Path> latest() {
        return database.file().flatMap(Backups::latest).map(Backups.Dated::file);
    }
}
