package org.peerpulse.storage;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A unit of work that commits whole or not at all. Services hold it without seeing JDBC:
 * {@code try (Transaction tx = database.begin()) { …; tx.commit(); }} — closing without
 * committing rolls everything back.
 */
public final class Transaction implements AutoCloseable {
    private final Connection connection;
    private final Runnable committedHook;
    private final Runnable closedHook;
    private boolean committed;

    Transaction(Connection connection, Runnable committedHook, Runnable closedHook) {
        this.connection = connection;
        this.committedHook = committedHook;
        this.closedHook = closedHook;
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            try {
                connection.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            throw new StorageException("start a transaction", e);
        }
    }

    Connection connection() {
        return connection;
    }

    public void commit() {
        try {
            connection.commit();
            committed = true;
            committedHook.run();
        } catch (SQLException e) {
            throw new StorageException("save the changes", e);
        }
    }

    @Override
    public void close() {
        try {
            if (!committed) {
                connection.rollback();
            }
            connection.setAutoCommit(true);
            connection.close();
        } catch (SQLException e) {
            throw new StorageException("finish a transaction", e);
        } finally {
            closedHook.run();
        }
    }
}
