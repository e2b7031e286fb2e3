package org.peerpulse.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import's automatic backup is let through its own open transaction on the word that nothing is
 * written yet (WriteGate): a transaction that has written gets no backup, and no backup file is
 * left, instead of a copy holding part of it.
 */
class BackupAfterWriteTest {
    @TempDir
    Path folder;

    @Test
    void noBackupIsTakenInsideATransactionThatHasWritten() throws SQLException {
        Path base = folder.resolve("program");
        try (Database database = Database.open(base)) {
            TestPrograms.fill(database, "2024-03", 3);
            try (Transaction tx = database.begin()) {
                database.backUpBeforeImport(() -> false); // nothing written yet: the import's case
                assertThat(Backups.automaticBackups(base)).hasSize(1);
                try (PreparedStatement write = tx.connection().prepareStatement(
                        "INSERT INTO wave (label) VALUES ('2024-09')")) {
                    write.executeUpdate();
                }
                // the backup itself (an import's is not taken again before anything is committed)
                assertThatThrownBy(() -> Backups.automatic(database, Backups.BEFORE_IMPORT))
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("had written and not committed");
                assertThat(Backups.automaticBackups(base)).as("no second backup, not even part of one").hasSize(1);
            }
        }
    }
}
