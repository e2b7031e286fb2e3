package org.peerpulse.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.h2.tools.ChangeFileEncryption;

/**
 * Changes the password of an encrypted program, or encrypts an unencrypted one, with H2's
 * ChangeFileEncryption (it writes a new file and replaces the old one only when done). The old
 * password is tried first, so a wrong one gets its sentence and leaves the file as it was. The
 * database must be closed.
 */
public final class PasswordChange {
    private PasswordChange() {
    }

    /**
     * @param oldPassword the current password, or null when the file is not encrypted yet
     * @param newPassword the new password, not empty
     */
    public static void change(Path database, String oldPassword, String newPassword) {
        if (newPassword == null || newPassword.isEmpty()) {
            throw new IllegalArgumentException("The new password must not be empty.");
        }
        Path base = Database.withoutSuffix(database.toAbsolutePath());
        Path store = DatabaseFiles.store(base);
        boolean encrypted = DatabaseFiles.isEncrypted(base);
        if (encrypted && (oldPassword == null || oldPassword.isEmpty())) {
            throw DatabaseErrors.passwordNeeded(store.toString());
        }
        try (Connection check = DriverManager.getConnection(Database.url(base, encrypted), "peerpulse",
                encrypted ? DatabaseFiles.connectionPassword(oldPassword) : "")) {
            check.isValid(1);
        } catch (SQLException e) {
            throw DatabaseErrors.translate(e, store.toString(), encrypted, "open " + store);
        }
        try {
            ChangeFileEncryption.execute(base.getParent().toString(), base.getFileName().toString(), "AES",
                    encrypted ? DatabaseFiles.filePassword(oldPassword).toCharArray() : null,
                    DatabaseFiles.filePassword(newPassword).toCharArray(), true);
        } catch (SQLException e) {
            throw DatabaseErrors.translate(e, store.toString(), encrypted, "change the password of " + store);
        }
    }
}
