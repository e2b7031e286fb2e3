package org.peerpulse.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerpulse.domain.AuditAction;
import org.peerpulse.domain.AuditEntry;
import org.peerpulse.domain.AuditFilter;

/** Backups, restores and password changes of a program file are written to its audit trail. */
class ProgramFilesAuditTest {
    private final ProgramFiles files = new ProgramFiles(Clock.systemUTC());

    @TempDir
    Path folder;

    private static AuditEntry newest(AppContext program) {
        return program.auditLog().page(AuditFilter.ALL, 0, 1).entries().get(0);
    }

    @Test
    void aBackupARestoreAndAPasswordChangeEachLeaveAnEntry() {
        Path database = folder.resolve("program");
        Path backup = folder.resolve("copy.zip");
        int responses;
        try (AppContext program = files.open(database, null)) {
            responses = program.demo().load(7);
            program.backups().backupTo(backup);
            AuditEntry backedUp = newest(program);
            assertThat(backedUp.action()).isEqualTo(AuditAction.BACKUP);
            assertThat(backedUp.what()).isEqualTo("Backup → " + backup.toAbsolutePath());
            assertThat(backedUp.howMuch()).isEqualTo((long) responses);
        }

        ProgramFiles.Restored restored = files.restore(backup, database, null);
        try (AppContext program = files.open(database, null)) {
            AuditEntry entry = newest(program);
            assertThat(entry.action()).isEqualTo(AuditAction.RESTORE);
            assertThat(entry.what()).startsWith("Restored from " + backup.toAbsolutePath())
                    .contains(restored.replacedKeptAt().orElseThrow().toAbsolutePath().toString());
            assertThat(entry.howMuch()).isEqualTo((long) responses);
        }

        files.changePassword(database, null, "correct horse");
        try (AppContext program = files.open(database, "correct horse")) {
            AuditEntry entry = newest(program);
            assertThat(entry.action()).isEqualTo(AuditAction.SETTINGS);
            assertThat(entry.what()).isEqualTo("Password changed");
        }
    }
}
