package org.peerpulse.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * What opening a program's file checks before Flyway touches it: that this process can have it
 * (not locked by another, the password right) and that every row of every table can be read.
 * H2 reads pages lazily, so without the read a damaged file would open and fail later, in the
 * middle of some view; and a file whose last chunk is damaged opens as an empty database, which
 * Flyway would then fill with an empty schema. Both become one sentence here.
 */
final class OpenCheck {
    /** An H2 file with nothing in it is a few KB; one larger than this without a schema history lost it. */
    static final long LARGEST_EMPTY_FILE = 64 * 1024;
    /**
     * A table with more rows than this is not read whole when a program opens: a provincial
     * program's 9 million answers took most of half a minute (benchmark, decision database-safety).
     * H2 checks each page as it reads it, so damage there is still found, when the rows are used.
     */
    static final long LARGEST_TABLE_READ_AT_OPEN = 1_000_000;

    private OpenCheck() {
    }

    /** The checks of opening: the file is this process's, and not a program that lost its schema; every row when asked. */
    static void check(Database database, boolean everyRow) {
        Path base = database.file().orElseThrow();
        Path store = DatabaseFiles.store(base);
        long sizeBefore = size(store);
        try (Connection connection = database.connection()) {
            List<String> tables = tables(connection);
            if (sizeBefore > LARGEST_EMPTY_FILE && !tables.contains("flyway_schema_history")) {
                throw DatabaseErrors.damaged(database.description(), null);
            }
            if (everyRow) {
                readEveryRow(connection, tables, true);
            }
        } catch (SQLException e) {
            throw database.translate(e, "read the program " + database.description());
        }
    }

    /** Reads every row of every table of up to {@value #LARGEST_TABLE_READ_AT_OPEN} rows. */
    static void readEveryRow(Database database) {
        try (Connection connection = database.connection()) {
            readEveryRow(connection, tables(connection), true);
        } catch (SQLException e) {
            throw database.translate(e, "read the program " + database.description());
        }
    }

    private static void readEveryRow(Connection connection, List<String> tables, boolean skipLarge)
            throws SQLException {
        for (String table : tables) {
            if (!skipLarge || rows(connection, table) <= LARGEST_TABLE_READ_AT_OPEN) {
                readEveryRow(connection, table);
            }
        }
    }

    static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("select table_name from information_schema.tables"
                + " where table_schema = 'PUBLIC' and table_type = 'BASE TABLE'");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    static void readEveryRow(Connection connection, List<String> tables) throws SQLException {
        readEveryRow(connection, tables, false);
    }

    private static long rows(Connection connection, String table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select count(*) from " + quoted(table));
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String quoted(String table) {
        return "\"" + table.replace("\"", "\"\"") + "\"";
    }

    private static void readEveryRow(Connection connection, String table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select * from " + quoted(table));
             ResultSet rows = statement.executeQuery()) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int i = 1; i <= columns; i++) {
                    rows.getObject(i);
                }
            }
        }
    }

    private static long size(Path store) {
        try {
            return Files.exists(store) ? Files.size(store) : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
