package org.peerpulse.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

/**
 * A database copy taken out of a backup, opened on its own (never migrated) to see what it holds:
 * every row must read, and its schema version and counts are what the manifest records.
 */
final class BackupCopy {
    private static final String VERSION = "select \"version\" from \"flyway_schema_history\" where \"success\""
            + " and \"version\" is not null order by \"installed_rank\" desc limit 1";

    /** What a copy holds; {@code newer} when its schema has migrations this PeerPulse does not know. */
    record Contents(String schemaVersion, long sites, long waves, long responses, boolean newer) {
        boolean matches(BackupManifest manifest) {
            return schemaVersion.equals(manifest.schemaVersion()) && sites == manifest.sites()
                    && waves == manifest.waves() && responses == manifest.responses();
        }

        /** Same schema version and counts ({@code newer} aside). */
        boolean holdsSameAs(Contents other) {
            return schemaVersion.equals(other.schemaVersion) && sites == other.sites && waves == other.waves
                    && responses == other.responses;
        }

        @Override
        public String toString() {
            return "schema " + schemaVersion + ", " + sites + " sites, " + waves + " waves and " + responses
                    + " responses";
        }
    }

    private BackupCopy() {
    }

    /**
     * @param base         the copy's file without .mv.db
     * @param everyRow     read every row (a backup to restore); a copy H2 has just taken needs only its counts
     */
    static Contents inspect(Path base, boolean encrypted, String connectionPassword, boolean everyRow)
            throws SQLException {
        String url = Database.url(base, encrypted);
        try (Connection connection = DriverManager.getConnection(url, "peerpulse", connectionPassword)) {
            var tables = OpenCheck.tables(connection);
            if (!tables.contains("flyway_schema_history")) {
                throw new SQLException("no schema history", "PP000", DatabaseErrors.FILE_CORRUPTED);
            }
            if (everyRow) {
                OpenCheck.readEveryRow(connection, tables);
            }
            Contents counted = counted(connection);
            org.h2.jdbcx.JdbcDataSource source = new org.h2.jdbcx.JdbcDataSource();
            source.setURL(url);
            source.setUser("peerpulse");
            source.setPassword(connectionPassword); // as it is: Flyway's own data source trims the space H2 needs
            MigrationInfo[] all = Flyway.configure().dataSource(source)
                    .locations("classpath:db/migration").load().info().all();
            boolean newer = Arrays.stream(all).anyMatch(m -> m.getState().name().startsWith("FUTURE"));
            return new Contents(counted.schemaVersion(), counted.sites(), counted.waves(), counted.responses(), newer);
        }
    }

    /** The schema version and counts of the database behind {@code connection} ({@code newer} not looked at). */
    static Contents counted(Connection connection) throws SQLException {
        return new Contents(single(connection, VERSION), count(connection, "site"), count(connection, "wave"),
                count(connection, "response"), false);
    }

    private static long count(Connection connection, String table) throws SQLException {
        return Long.parseLong(single(connection, "select count(*) from " + table));
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            if (!rows.next()) {
                throw new SQLException("no rows for " + sql, "PP000", DatabaseErrors.FILE_CORRUPTED);
            }
            return rows.getString(1);
        }
    }
}
