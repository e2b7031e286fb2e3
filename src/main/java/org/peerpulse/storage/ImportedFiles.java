package org.peerpulse.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

/** The files imported into the program, by fingerprint: when, and under which name. */
public final class ImportedFiles {
    /** A file imported before: its name then, and when. */
    public record Imported(String fileName, LocalDateTime at) {
    }

    private final Clock clock;

    public ImportedFiles(Clock clock) {
        this.clock = clock;
    }

    /** The import of a file with this fingerprint, if there was one, read inside {@code tx}. */
    public Optional<Imported> find(Transaction tx, String fingerprint) {
        try (PreparedStatement select = tx.connection().prepareStatement(
                "select file_name, imported_at from imported_file where fingerprint = ?")) {
            select.setString(1, fingerprint);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new Imported(row.getString(1), row.getTimestamp(2).toLocalDateTime()))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StorageException("read the files imported before", e);
        }
    }

    /** Records, inside {@code tx}, that the file with this fingerprint was imported now (once). */
    public void record(Transaction tx, String fingerprint, String fileName) {
        if (find(tx, fingerprint).isPresent()) {
            return;
        }
        try (PreparedStatement insert = tx.connection().prepareStatement(
                "insert into imported_file (fingerprint, file_name, imported_at) values (?, ?, ?)")) {
            insert.setString(1, fingerprint);
            insert.setString(2, fileName.length() > 300 ? fileName.substring(0, 300) : fileName);
            insert.setTimestamp(3, Timestamp.valueOf(LocalDateTime.now(clock).withNano(0)));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new StorageException("record the file imported", e);
        }
    }
}
