package org.peerpulse.storage;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * The H2 trigger (migration V5) that keeps the audit trail append-only: fired before any UPDATE or
 * DELETE of an {@code audit_entry} row, it refuses the statement, so neither the app nor plain SQL
 * can change or remove an entry.
 */
public final class AppendOnlyTrigger implements Trigger {
    /** The sentence every refused change fails with. */
    public static final String REFUSAL = "The audit trail cannot be changed: entries are only ever added.";

    private String table = "audit_entry";

    @Override
    public void init(Connection connection, String schemaName, String triggerName, String tableName,
                     boolean before, int type) {
        this.table = tableName;
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException(REFUSAL + " (table " + table + ")", "42000");
    }
}
