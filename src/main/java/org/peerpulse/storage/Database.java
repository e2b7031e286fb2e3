package org.peerpulse.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
import org.h2.jdbcx.JdbcConnectionPool;
import org.peerpulse.domain.ProgramFileException;

/**
 * The embedded H2 database of one program. Opening it checks the file (lock, password, damage:
 * decision database-safety), backs it up when Flyway has migrations to apply, and migrates the
 * schema, before any window or command uses it.
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
    /**
     * Files up to this size are compacted on every close. Compacting takes time in proportion to the data:
     * the benchmark's provincial program (465 MB) took 26 seconds, during which no other process could open it.
     */
    static final long LARGEST_COMPACTED_ON_CLOSE = 256L * 1024 * 1024;
    /**
     * Files this process found damaged while opening them. H2 can keep such a file locked in the
     * process that tried (when the damage is in what it reads to open the file), so opening it again
     * here would be taken for the program being open elsewhere: it is reported damaged again instead.
     */
    private static final java.util.Set<Path> FOUND_DAMAGED = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final JdbcConnectionPool pool;
    private final String url;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
    private final WriteGate writes = new WriteGate();
    private volatile ImportBackup lastImportBackup;
    /** The file's size when this process opened it (0 when new or in memory). */
    private final long sizeAtOpen;
    private final String description;
    /** The file without .mv.db; null for an in-memory database. */
    private final Path base;
    private final boolean encrypted;
    private final Clock clock;
    /** What H2 is given as the password: needed again to check a backup copy of an encrypted file. */
    private final String connectionPassword;

    /** When opening reads every row of the file (decision database-safety). */
    public enum RowCheck {
        /** Before the program is used: a damaged file fails to open (the command line, restores, switching). */
        AT_OPEN,
        /** Later, by {@link #readEveryRow()}: the app's first window shows first, then checks in the background. */
        LATER
    }

    private Database(String url, String password, String description, Path base, boolean encrypted, Clock clock,
                     RowCheck rowCheck) {
        this.description = description;
        this.base = base;
        this.encrypted = encrypted;
        this.clock = clock;
        this.connectionPassword = password;
        this.url = url;
        this.sizeAtOpen = base == null ? 0 : size(DatabaseFiles.store(base));
        this.pool = JdbcConnectionPool.create(url, "peerpulse", password);
        this.pool.setMaxConnections(8);
        try {
            if (base != null) {
                OpenCheck.check(this, rowCheck == RowCheck.AT_OPEN);
            }
            migrate();
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.WARNING);
        return logger;
    }

    /** Opens (creating when missing) the unencrypted database at {@code file}, with or without its .mv.db ending. */
    public static Database open(Path file) {
        return open(file, null, Clock.systemDefaultZone());
    }

    /**
     * Opens the database at {@code file}. An encrypted file needs its {@code password}; a missing
     * file is created, encrypted with {@code password} unless it is null. An existing unencrypted
     * file opens without one (a password given for it is not used).
     *
     * @throws ProgramFileException when the password is missing or wrong, another process has the
     *                              file open, or the file is damaged
     */
    public static Database open(Path file, String password, Clock clock) {
        return open(file, password, clock, RowCheck.AT_OPEN);
    }

    /** As {@link #open(Path, String, Clock)}, reading every row at open or only when {@link #readEveryRow()} is called. */
    public static Database open(Path file, String password, Clock clock, RowCheck rowCheck) {
        Path base = withoutSuffix(file.toAbsolutePath());
        try {
            Files.createDirectories(base.getParent());
        } catch (java.io.IOException e) {
            throw DatabaseErrors.cannotMakeFolder(base + H2_SUFFIX, base.getParent(), e);
        }
        // H2 writes beside the file (its trace, a new file) and into it: else it reports the file as damaged
        Path store = DatabaseFiles.store(base);
        if (!Files.isWritable(base.getParent()) || Files.exists(store) && !Files.isWritable(store)) {
            throw DatabaseErrors.notWritable(base + H2_SUFFIX, Files.isWritable(base.getParent()) ? null
                    : base.getParent(), null);
        }
        boolean encrypted = DatabaseFiles.exists(base) ? DatabaseFiles.isEncrypted(base) : password != null;
        if (encrypted && (password == null || password.isEmpty())) {
            throw DatabaseErrors.passwordNeeded(base + H2_SUFFIX);
        }
        try {
            Database database = new Database(url(base, encrypted), encrypted ? DatabaseFiles.connectionPassword(password)
                    : "", base + H2_SUFFIX, base, encrypted, clock, rowCheck);
            FOUND_DAMAGED.remove(base);
            return database;
        } catch (ProgramFileException e) {
            if (e.problem() == ProgramFileException.Problem.DAMAGED) {
                FOUND_DAMAGED.add(base);
            } else if (e.problem() == ProgramFileException.Problem.IN_USE && FOUND_DAMAGED.contains(base)) {
                throw DatabaseErrors.damaged(base + H2_SUFFIX, e);
            }
            throw e;
        }
    }

    static String url(Path base, boolean encrypted) {
        return "jdbc:h2:file:" + base + ";DB_CLOSE_ON_EXIT=FALSE" + (encrypted ? ";CIPHER=AES" : "");
    }

    /**
     * True when this process found the file damaged and has not opened it since: a lock this
     * process holds on it is H2's, left from that attempt, and no program here is using the file.
     */
    static boolean foundDamaged(Path base) {
        return FOUND_DAMAGED.contains(base.toAbsolutePath());
    }

    /** A private in-memory database, for tests and previews. */
    public static Database inMemory(String name) {
        return new Database("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "", "memory:" + name, null, false,
                Clock.systemDefaultZone(), RowCheck.AT_OPEN);
    }

    /**
     * Reads every row of every table of up to a million rows, as opening does with
     * {@link RowCheck#AT_OPEN}; nothing for an in-memory database.
     *
     * @throws org.peerpulse.domain.ProgramFileException when the file is damaged
     */
    public void readEveryRow() {
        if (base != null) {
            OpenCheck.readEveryRow(this);
        }
    }

    public static Path withoutSuffix(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(H2_SUFFIX) ? file.resolveSibling(name.substring(0, name.length() - H2_SUFFIX.length())) : file;
    }

    private Flyway flyway() {
        return Flyway.configure()
                .dataSource(pool)
                .locations("classpath:" + SchemaCheck.LOCATION)
                .load();
    }

    /**
     * Migrates the schema: nothing to do (and Flyway not started) when the database holds exactly
     * the shipped migrations; a program with data and migrations to apply is backed up first.
     */
    private void migrate() {
        try (Connection connection = connection()) {
            if (SchemaCheck.isCurrent(connection)) {
                return;
            }
        } catch (SQLException e) {
            throw translate(e, "open the program " + description);
        }
        Flyway flyway = flyway();
        if (base != null) {
            MigrationInfoService info = flyway.info();
            if (info.applied().length > 0 && info.pending().length > 0) {
                Backups.automatic(this, Backups.BEFORE_MIGRATION);
            }
        }
        flyway.migrate();
    }

    public String description() {
        return description;
    }

    /** The file without its .mv.db ending; empty for an in-memory database. */
    public java.util.Optional<Path> file() {
        return java.util.Optional.ofNullable(base);
    }

    public boolean isEncrypted() {
        return encrypted;
    }

    Clock clock() {
        return clock;
    }

    String connectionPassword() {
        return connectionPassword;
    }

    /**
     * Writes a consistent copy of the program, taken while it is in use, to {@code target} as one
     * file (decision database-safety); returns what the backup holds.
     */
    public BackupManifest backupTo(Path target) {
        return Backups.write(this, target, Backups.BY_REQUEST);
    }

    /**
     * The automatic backup before an import, kept by the retention rule; an in-memory database has
     * none. Not taken again while nothing has been committed since the last one this program took
     * before an import and that backup is still there: it holds the program as it is (a refused or
     * cancelled import commits nothing, and a coordinator fixing a file tries again; half a minute
     * each time on a provincial program).
     */
    public void backUpBeforeImport(java.util.function.BooleanSupplier cancelled) {
        if (base == null) {
            return;
        }
        ImportBackup last = lastImportBackup;
        if (last != null && last.commits() == commits() && Files.isRegularFile(last.file())) {
            return;
        }
        long before = commits(); // read before the copy: a commit after it makes the next import take its own
        Backups.automatic(this, Backups.BEFORE_IMPORT, cancelled)
                .ifPresent(file -> lastImportBackup = new ImportBackup(file, before));
    }

    /** The last backup taken before an import, and the commits counted before its copy was taken. */
    private record ImportBackup(Path file, long commits) {
    }

    /** Maps an error of this file's H2 to the sentence the user reads. */
    RuntimeException translate(SQLException error, String doing) {
        return DatabaseErrors.translate(error, description, encrypted, doing);
    }

    public Transaction begin() {
        Runnable leave = writes.enter();
        try {
            return new Transaction(connection(), COMMITS::incrementAndGet, leave);
        } catch (RuntimeException e) {
            leave.run();
            throw e;
        }
    }

    /** Runs {@code work} while no write transaction of this database is open (a backup's copy). */
    <T> T withoutWriters(java.util.function.Supplier<T> work) {
        return writes.alone(work);
    }

    /** Changes whenever a write transaction is committed (see {@link #COMMITS}). */
    public long commits() {
        return COMMITS.get();
    }

    Connection connection() {
        try {
            return pool.getConnection();
        } catch (SQLException e) {
            throw translate(e, "open the database " + description);
        }
    }

    /** Runs {@code work} in its own transaction. */
    <T> T inTransaction(SqlFunction<Connection, T> work, String doing) {
        try (Transaction tx = begin()) {
            T result = work.apply(tx.connection());
            tx.commit();
            return result;
        } catch (SQLException e) {
            throw translate(e, doing);
        }
    }

    /**
     * Runs a read of several statements on a connection of its own, all of them seeing the program as
     * it was at the first (H2's repeatable read): a write committed between two of them is not seen
     * half-way, e.g. a site's responses read by one statement and its answers, removed meanwhile, by
     * the next.
     */
    <T> T readAtOnce(SqlFunction<Connection, T> work, String doing) {
        try (Connection connection = connection()) {
            int isolation = connection.getTransactionIsolation();
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setAutoCommit(false);
            try {
                return work.apply(connection);
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
                connection.setTransactionIsolation(isolation);
            }
        } catch (SQLException e) {
            throw translate(e, doing);
        }
    }

    /** Runs a read on a connection of its own. */
    <T> T read(SqlFunction<Connection, T> work, String doing) {
        try (Connection connection = connection()) {
            return work.apply(connection);
        } catch (SQLException e) {
            throw translate(e, doing);
        }
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        // on a connection of its own: a pooled one is rolled back when handed back, after the database closed
        // under it, and H2 wrote that failure beside the program (a .trace.db file) at every close; IFEXISTS: a
        // database H2 has already closed is not made again
        try (Connection connection = DriverManager.getConnection(url + ";IFEXISTS=TRUE", "peerpulse", connectionPassword);
             var statement = connection.createStatement()) {
            // a file program is compacted on closing: its live pages fill the file, so damage anywhere in it is
            // found by the open check instead of H2 quietly falling back to an older version (decision database-safety)
            statement.execute(base != null && compactsOnClose(size(DatabaseFiles.store(base))) ? "SHUTDOWN COMPACT"
                    : "SHUTDOWN");
        } catch (SQLException e) {
            // already closed: nothing to do
        }
        pool.dispose();
    }

    /**
     * A file up to {@link #LARGEST_COMPACTED_ON_CLOSE} is compacted on every close; a larger one only
     * when it has more than doubled since it was opened (a large import: the provincial program's one
     * transaction left a 4.8 GB file of 465 MB of data), not after every command that read it.
     */
    private boolean compactsOnClose(long size) {
        return size <= LARGEST_COMPACTED_ON_CLOSE || size > 2 * sizeAtOpen;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    @FunctionalInterface
    interface SqlFunction<A, R> {
        R apply(A argument) throws SQLException;
    }
}
