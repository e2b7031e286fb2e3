package org.peerpulse.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The embedded H2 database of one program. Opening it migrates the schema with Flyway,
 * before any window or command uses it.
 */
public final class Database implements AutoCloseable {
    private static final String H2_SUFFIX = ".mv.db";
    /** Flyway reports every migration on java.util.logging; the command line keeps stderr for problems. */
    private static final java.util.logging.Logger FLYWAY_LOG = quiet("org.flywaydb");
    /**
     * Write transactions committed in this JVM, on any database: readers that keep what they read
     * (the summary counts) read again when it has moved. One counter for every database, so two
     * handles on the same file can never miss each other's writes (H2 keeps a file to one process).
     */
    private static final java.util.concurrent.atomic.AtomicLong COMMITS = new java.util.concurrent.atomic.AtomicLong();
    private final JdbcConnectionPool pool;
    private final String description;

    private Database(String url, String description) {
        this.description = description;
        this.pool = JdbcConnectionPool.create(url, "peerpulse", "");
        this.pool.setMaxConnections(8);
        migrate();
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.WARNING);
        return logger;
    }

    /** Opens (creating when missing) the database at {@code file}, with or without its .mv.db ending. */
    public static Database open(Path file) {
        Path base = withoutSuffix(file.toAbsolutePath());
        try {
            Files.createDirectories(base.getParent());
        } catch (java.io.IOException e) {
            throw new StorageException("create the folder " + base.getParent(), e);
        }
        return new Database("jdbc:h2:file:" + base + ";DB_CLOSE_ON_EXIT=FALSE", base + H2_SUFFIX);
    }

    /** A private in-memory database, for tests and previews. */
    public static Database inMemory(String name) {
        return new Database("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "memory:" + name);
    }

    public static Path withoutSuffix(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(H2_SUFFIX) ? file.resolveSibling(name.substring(0, name.length() - H2_SUFFIX.length())) : file;
    }

    private void migrate() {
        try (Connection connection = connection()) {
            if (SchemaCheck.isCurrent(connection)) {
                return;
            }
        } catch (SQLException e) {
            throw new StorageException("open the database " + description, e);
        }
        Flyway.configure()
                .dataSource(pool)
                .locations("classpath:" + SchemaCheck.LOCATION)
                .load()
                .migrate();
    }

    public String description() {
        return description;
    }

    public Transaction begin() {
        return new Transaction(connection(), COMMITS::incrementAndGet);
    }

    /** Changes whenever a write transaction is committed (see {@link #COMMITS}). */
    public long commits() {
        return COMMITS.get();
    }

    Connection connection() {
        try {
            return pool.getConnection();
        } catch (SQLException e) {
            throw new StorageException("open the database " + description, e);
        }
    }

    /** Runs {@code work} in its own transaction. */
    <T> T inTransaction(SqlFunction<Connection, T> work, String doing) {
        try (Transaction tx = begin()) {
            T result = work.apply(tx.connection());
            tx.commit();
            return result;
        } catch (SQLException e) {
            throw new StorageException(doing, e);
        }
    }

    /** Runs a read on a connection of its own. */
    <T> T read(SqlFunction<Connection, T> work, String doing) {
        try (Connection connection = connection()) {
            return work.apply(connection);
        } catch (SQLException e) {
            throw new StorageException(doing, e);
        }
    }

    @Override
    public void close() {
        try (Connection connection = pool.getConnection(); var statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            // already closed: nothing to do
        }
        pool.dispose();
    }

    @FunctionalInterface
    interface SqlFunction<A, R> {
        R apply(A argument) throws SQLException;
    }
}
