package org.peerpulse.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.peerpulse.domain.ProgramSettings;

/** The program's settings (high-stress threshold, minimum group size). */
public final class SettingsRepository {
    private static final String THRESHOLD = "high_stress_threshold";
    private static final String MIN_GROUP = "min_group_size";
    private static final String ALERT_PERCENT = "alert_percent";
    private final Database database;

    public SettingsRepository(Database database) {
        this.database = database;
    }

    public ProgramSettings load() {
        return settings(database.read(SettingsRepository::values, "read the program settings"));
    }

    private static ProgramSettings settings(Map<String, String> values) {
        return new ProgramSettings(
                Integer.parseInt(values.getOrDefault(THRESHOLD, "4")),
                Integer.parseInt(values.getOrDefault(MIN_GROUP, "5")),
                Integer.parseInt(values.getOrDefault(ALERT_PERCENT, String.valueOf(ProgramSettings.DEFAULT_ALERT_PERCENT))));
    }

    /** The settings as the caller's transaction sees them. */
    public ProgramSettings load(Transaction tx) {
        try {
            return settings(values(tx.connection()));
        } catch (SQLException e) {
            throw new StorageException("read the program settings", e);
        }
    }

    public void save(ProgramSettings settings) {
        database.inTransaction(c -> {
            put(c, settings);
            return null;
        }, "save the program settings");
    }

    /** Saves inside the caller's transaction (with the audit entry that records the change). */
    public void save(Transaction tx, ProgramSettings settings) {
        try {
            put(tx.connection(), settings);
        } catch (SQLException e) {
            throw new StorageException("save the program settings", e);
        }
    }

    private static void put(Connection c, ProgramSettings settings) throws SQLException {
        put(c, THRESHOLD, String.valueOf(settings.highStressThreshold()));
        put(c, MIN_GROUP, String.valueOf(settings.minGroupSize()));
        put(c, ALERT_PERCENT, String.valueOf(settings.alertPercent()));
    }

    private static Map<String, String> values(Connection connection) throws SQLException {
        Map<String, String> values = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select setting_key, setting_value from program_setting");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                values.put(rows.getString(1), rows.getString(2));
            }
        }
        return values;
    }

    private static void put(Connection connection, String key, String value) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update program_setting set setting_value = ? where setting_key = ?")) {
            update.setString(1, value);
            update.setString(2, key);
            if (update.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into program_setting (setting_key, setting_value) values (?, ?)")) {
            insert.setString(1, key);
            insert.setString(2, value);
            insert.executeUpdate();
        }
    }
}
