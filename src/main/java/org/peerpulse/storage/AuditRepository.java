package org.peerpulse.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.peerpulse.domain.AuditAction;
import org.peerpulse.domain.AuditEntry;
import org.peerpulse.domain.AuditFilter;

/**
 * The audit trail's table. It only adds and reads: there is no update or delete here, and the
 * database's trigger ({@link AppendOnlyTrigger}) refuses them from anywhere else.
 */
public final class AuditRepository {
    private static final String COLUMNS = "id, at, os_user, action, what, how_much";
    private final Database database;

    public AuditRepository(Database database) {
        this.database = database;
    }

    /** Adds an entry inside the caller's transaction: it is kept only if the change it describes is. */
    public void append(Transaction tx, AuditEntry entry) {
        try {
            insert(tx.connection(), entry);
        } catch (SQLException e) {
            throw new StorageException("write the audit trail", e);
        }
    }

    /** Adds an entry in a transaction of its own (for what changes no data: exports, reports, switches). */
    public void append(AuditEntry entry) {
        database.inTransaction(c -> {
            insert(c, entry);
            return null;
        }, "write the audit trail");
    }

    /** The entries the filter lets through, newest first, skipping {@code offset} and at most {@code limit}. */
    public List<AuditEntry> find(AuditFilter filter, ZoneId zone, long offset, int limit) {
        Where where = Where.of(filter, zone);
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("select " + COLUMNS + " from audit_entry" + where.sql()
                    + " order by at desc, id desc offset ? rows fetch next ? rows only")) {
                int next = where.bind(s);
                s.setLong(next, offset);
                s.setInt(next + 1, limit);
                List<AuditEntry> entries = new ArrayList<>();
                try (ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        entries.add(entry(rows));
                    }
                }
                return entries;
            }
        }, "read the audit trail");
    }

    /** How many entries the filter lets through. */
    public long count(AuditFilter filter, ZoneId zone) {
        Where where = Where.of(filter, zone);
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("select count(*) from audit_entry" + where.sql())) {
                where.bind(s);
                try (ResultSet rows = s.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        }, "count the audit trail");
    }

    /** Every operating-system user found in the trail, in alphabetical order. */
    public List<String> users() {
        return database.read(c -> {
            List<String> users = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("select distinct os_user from audit_entry order by os_user");
                 ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    users.add(rows.getString(1));
                }
            }
            return users;
        }, "read the audit trail's users");
    }

    private static void insert(Connection connection, AuditEntry entry) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "insert into audit_entry (at, os_user, action, what, how_much) values (?, ?, ?, ?, ?)")) {
            s.setObject(1, entry.at());
            s.setString(2, entry.osUser());
            s.setString(3, entry.action().code());
            s.setString(4, entry.what());
            if (entry.howMuch() == null) {
                s.setNull(5, Types.BIGINT);
            } else {
                s.setLong(5, entry.howMuch());
            }
            s.executeUpdate();
        }
    }

    private static AuditEntry entry(ResultSet row) throws SQLException {
        long howMuch = row.getLong("how_much");
        Long amount = row.wasNull() ? null : howMuch;
        String code = row.getString("action");
        AuditAction action = AuditAction.fromCode(code).orElseThrow(() ->
                new SQLException("unknown audit action " + code));
        return new AuditEntry(row.getLong("id"), row.getObject("at", OffsetDateTime.class), row.getString("os_user"),
                action, row.getString("what"), amount);
    }

    /** The where clause of a filter and its values, in order. */
    private record Where(String sql, List<Object> values) {
        static Where of(AuditFilter filter, ZoneId zone) {
            List<String> parts = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            if (filter.action() != null) {
                parts.add("action = ?");
                values.add(filter.action().code());
            }
            if (filter.user() != null) {
                parts.add("os_user = ?");
                values.add(filter.user());
            }
            if (filter.from() != null) {
                parts.add("at >= ?");
                values.add(filter.from().atStartOfDay(zone).toOffsetDateTime());
            }
            if (filter.to() != null) {
                parts.add("at < ?");
                values.add(filter.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
            }
            if (filter.text() != null) {
                parts.add("lower(what) like ? escape '\\'");
                values.add("%" + filter.text().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%");
            }
            return new Where(parts.isEmpty() ? "" : " where " + String.join(" and ", parts), values);
        }

        /** Binds the values; returns the index of the next parameter. */
        int bind(PreparedStatement statement) throws SQLException {
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
            return values.size() + 1;
        }
    }
}
