package org.peerpulse.storage;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.peerpulse.domain.Intervention;
import org.peerpulse.domain.InterventionId;
import org.peerpulse.domain.InterventionStatus;
import org.peerpulse.domain.SiteId;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.domain.SupportId;

/** Interventions: plans of supports at sites, aimed at stressor domains. */
public final class InterventionRepository {
    private static final String COLUMNS = "id, title, support_id, owner, start_date, end_date, status, notes, demo";
    private final Database database;

    public InterventionRepository(Database database) {
        this.database = database;
    }

    /** Every intervention, by start date then title. */
    public List<Intervention> all() {
        return database.read(this::all, "read the interventions");
    }

    private List<Intervention> all(Connection connection) throws SQLException {
        Map<Long, Set<Long>> sites = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select intervention_id, site_id from intervention_site");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                sites.computeIfAbsent(rows.getLong(1), id -> new TreeSet<>()).add(rows.getLong(2));
            }
        }
        Map<Long, Set<StressDomain>> domains = DomainLinks.INTERVENTIONS.all(connection);
        try (PreparedStatement statement = connection.prepareStatement(
                "select " + COLUMNS + " from intervention order by start_date, lower(title), id");
             ResultSet rows = statement.executeQuery()) {
            List<Intervention> interventions = new ArrayList<>();
            while (rows.next()) {
                long id = rows.getLong("id");
                interventions.add(intervention(rows, sites.getOrDefault(id, Set.of()),
                        domains.getOrDefault(id, Set.of())));
            }
            return interventions;
        }
    }

    public Intervention add(Intervention draft) {
        return database.inTransaction(c -> add(c, draft), "add the intervention " + draft.title());
    }

    public Intervention add(Transaction tx, Intervention draft) {
        try {
            return add(tx.connection(), draft);
        } catch (SQLException e) {
            throw new StorageException("add the intervention " + draft.title(), e);
        }
    }

    private Intervention add(Connection connection, Intervention draft) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("insert into intervention"
                        + " (title, support_id, owner, start_date, end_date, status, notes, demo)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            bind(statement, draft);
            statement.setBoolean(8, draft.demo());
            statement.executeUpdate();
            Intervention stored = draft.withId(new InterventionId(Jdbc.generatedKey(statement)));
            writeLinks(connection, stored);
            return stored;
        }
    }

    /** Changes everything but the id and the demo flag. */
    public Intervention update(Intervention intervention) {
        return database.inTransaction(c -> {
            try (PreparedStatement statement = c.prepareStatement("update intervention set title = ?, support_id = ?,"
                    + " owner = ?, start_date = ?, end_date = ?, status = ?, notes = ? where id = ?")) {
                bind(statement, intervention);
                statement.setLong(8, intervention.id().value());
                if (statement.executeUpdate() != 1) {
                    throw new SQLException("there is no intervention with id " + intervention.id().value());
                }
            }
            deleteLinks(c, intervention.id().value());
            writeLinks(c, intervention);
            return intervention;
        }, "change the intervention " + intervention.title());
    }

    public void delete(InterventionId id) {
        database.inTransaction(c -> {
            deleteLinks(c, id.value());
            try (PreparedStatement delete = c.prepareStatement("delete from intervention where id = ?")) {
                delete.setLong(1, id.value());
                return delete.executeUpdate();
            }
        }, "delete the intervention");
    }

    /** Deletes the demo's interventions, and takes the given sites (about to be deleted) off every other plan. */
    public void deleteDemo(Transaction tx, Set<SiteId> demoSites) {
        try {
            Connection c = tx.connection();
            try (PreparedStatement statement = c.prepareStatement("delete from intervention_site where site_id = ?")) {
                for (SiteId site : demoSites) {
                    statement.setLong(1, site.value());
                    statement.executeUpdate();
                }
            }
            for (String sql : List.of(
                    "delete from intervention_domain where intervention_id in (select id from intervention where demo = true)",
                    "delete from intervention_site where intervention_id in (select id from intervention where demo = true)",
                    "delete from intervention where demo = true",
                    "delete from intervention_domain where intervention_id not in (select intervention_id from intervention_site)",
                    "delete from intervention where id not in (select intervention_id from intervention_site)")) {
                try (PreparedStatement statement = c.prepareStatement(sql)) {
                    statement.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new StorageException("remove the demo's interventions", e);
        }
    }

    private static void bind(PreparedStatement statement, Intervention i) throws SQLException {
        statement.setString(1, i.title());
        if (i.support() == null) {
            statement.setNull(2, Types.BIGINT);
        } else {
            statement.setLong(2, i.support().value());
        }
        statement.setString(3, i.owner());
        statement.setDate(4, Date.valueOf(i.start()));
        statement.setDate(5, i.end() == null ? null : Date.valueOf(i.end()));
        statement.setString(6, i.status().code());
        statement.setString(7, i.notes());
    }

    private static void deleteLinks(Connection c, long id) throws SQLException {
        for (String table : List.of("intervention_site", "intervention_domain")) {
            try (PreparedStatement delete = c.prepareStatement("delete from " + table + " where intervention_id = ?")) {
                delete.setLong(1, id);
                delete.executeUpdate();
            }
        }
    }

    private static void writeLinks(Connection c, Intervention i) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "insert into intervention_site (intervention_id, site_id) values (?, ?)")) {
            for (SiteId site : i.sites()) {
                insert.setLong(1, i.id().value());
                insert.setLong(2, site.value());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        DomainLinks.INTERVENTIONS.write(c, i.id().value(), i.domains());
    }

    private static Intervention intervention(ResultSet row, Set<Long> sites, Set<StressDomain> domains)
            throws SQLException {
        Date end = row.getDate("end_date");
        return new Intervention(new InterventionId(row.getLong("id")), row.getString("title"), supportOrNull(row),
                sites.stream().map(SiteId::new).toList(), List.copyOf(domains), row.getString("owner"),
                row.getDate("start_date").toLocalDate(), end == null ? null : end.toLocalDate(),
                InterventionStatus.fromCode(row.getString("status")).orElse(InterventionStatus.PLANNED),
                row.getString("notes"), row.getBoolean("demo"));
    }

    private static SupportId supportOrNull(ResultSet row) throws SQLException {
        long support = row.getLong("support_id");
        return row.wasNull() ? null : new SupportId(support);
    }
}
