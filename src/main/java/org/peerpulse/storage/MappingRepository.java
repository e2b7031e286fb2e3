package org.peerpulse.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Column mappings saved by name, stored as text. */
public final class MappingRepository {
    private final Database database;
    private final Clock clock;

    public MappingRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public List<String> names() {
        return database.read(c -> {
            List<String> names = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("select name from column_mapping order by lower(name)");
                 ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            return names;
        }, "read the saved mappings");
    }

    public Optional<String> body(String name) {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("select body from column_mapping where name = ?")) {
                s.setString(1, name);
                try (ResultSet rows = s.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.<String>empty();
                }
            }
        }, "read the mapping " + name);
    }

    /** Saves the mapping under its name, replacing one saved before under the same name. */
    public void save(String name, String body) {
        database.inTransaction(c -> {
            delete(c, name);
            try (PreparedStatement s = c.prepareStatement(
                    "insert into column_mapping (name, body, saved_at) values (?, ?, ?)")) {
                s.setString(1, name);
                s.setString(2, body);
                s.setTimestamp(3, Timestamp.valueOf(LocalDateTime.now(clock)));
                s.executeUpdate();
            }
            return null;
        }, "save the mapping " + name);
    }

    private static void delete(Connection c, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("delete from column_mapping where name = ?")) {
            s.setString(1, name);
            s.executeUpdate();
        }
    }
}
