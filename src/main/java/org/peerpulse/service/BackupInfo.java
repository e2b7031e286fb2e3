package org.peerpulse.service;

import java.time.Instant;
import org.peerpulse.storage.BackupManifest;

/** What a backup holds, as its manifest records it: the schema version, when it was taken and its counts. */
public record BackupInfo(String schemaVersion, Instant created, long sites, long waves, long responses,
                         boolean encrypted) {
    static BackupInfo of(BackupManifest manifest) {
        return new BackupInfo(manifest.schemaVersion(), manifest.created(), manifest.sites(), manifest.waves(),
                manifest.responses(), manifest.encrypted());
    }
}
