package org.peerpulse.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.peerpulse.domain.SiteId;

/**
 * Merges two spellings of one site: every response of {@code from} moves to {@code into}, the
 * summary rows of {@code from} are added into those of {@code into} (portable SQL: UPDATE the
 * matching rows, DELETE what was added, re-key the rest; no MERGE/UPSERT), and {@code from} is
 * deleted — all in one transaction. A respondent code found in the same wave at both sites
 * (ignoring case, as imports match duplicates) is a conflict: the merge is refused and nothing
 * changes.
 */
public final class SiteMerge {
    /** The same respondent code in one wave at both sites. */
    public record Conflict(String wave, String fromRespondent, String intoRespondent) {
    }

    /** How many responses moved, or the conflicts that stopped the merge. */
    public record Outcome(long moved, List<Conflict> conflicts) {
        public Outcome {
            conflicts = List.copyOf(conflicts);
        }

        public boolean merged() {
            return conflicts.isEmpty();
        }
    }

    /** A summary table: the key columns besides site_id, and the count columns to add up. */
    private record Summary(String table, List<String> keys, List<String> counts) {
    }

    private static final List<Summary> SUMMARIES = List.of(
            new Summary("site_wave_summary", List.of("wave_id"), List.of("responses")),
            new Summary("item_summary", List.of("wave_id", "item_code"), List.of("answered")),
            new Summary("value_summary", List.of("wave_id", "item_code", "value_code"), List.of("respondents")),
            new Summary("domain_score_summary", List.of("wave_id", "domain_code"),
                    List.of("scored", "score_sum_60", "score_sq_sum_3600")));

    private final Database database;

    public SiteMerge(Database database) {
        this.database = database;
    }

    /** Merges in a transaction of its own; on conflicts nothing is changed. */
    public Outcome merge(SiteId from, SiteId into) {
        try (Transaction tx = database.begin()) {
            Outcome outcome = merge(tx, from, into);
            if (outcome.merged()) {
                tx.commit();
            }
            return outcome;
        }
    }

    /** Merges inside the caller's transaction; on conflicts changes nothing and returns them. */
    public Outcome merge(Transaction tx, SiteId from, SiteId into) {
        if (from.equals(into)) {
            throw new IllegalArgumentException("A site cannot be merged into itself");
        }
        Connection connection = tx.connection();
        try {
            List<Conflict> conflicts = conflicts(connection, from, into);
            if (!conflicts.isEmpty()) {
                return new Outcome(0, conflicts);
            }
            for (Summary summary : SUMMARIES) {
                addInto(connection, summary, from, into);
            }
            long moved = update(connection, "update response set site_id = ? where site_id = ?", into, from);
            moveInterventions(connection, from, into);
            if (update(connection, "delete from site where id = ?", from) != 1) {
                throw new SQLException("there is no site with id " + from.value());
            }
            return new Outcome(moved, List.of());
        } catch (SQLException e) {
            throw new StorageException("merge the sites", e);
        }
    }

    private static List<Conflict> conflicts(Connection connection, SiteId from, SiteId into) throws SQLException {
        List<Conflict> conflicts = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select w.label, f.respondent, i.respondent from response f"
                        + " join response i on i.wave_id = f.wave_id and lower(i.respondent) = lower(f.respondent)"
                        + " join wave w on w.id = f.wave_id"
                        + " where f.site_id = ? and i.site_id = ? order by w.field_date, w.label, f.respondent")) {
            statement.setLong(1, from.value());
            statement.setLong(2, into.value());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    conflicts.add(new Conflict(rows.getString(1), rows.getString(2), rows.getString(3)));
                }
            }
        }
        return conflicts;
    }

    /** Adds {@code from}'s rows into {@code into}'s matching rows, drops them, and re-keys the rest. */
    private static void addInto(Connection connection, Summary s, SiteId from, SiteId into) throws SQLException {
        String match = s.keys().stream().map(k -> " and m." + k + " = t." + k).collect(Collectors.joining());
        String fromRow = " from " + s.table() + " m where m.site_id = ?" + match;
        String sums = s.counts().stream().map(c -> c + " = t." + c + " + (select m." + c + fromRow + ")")
                .collect(Collectors.joining(", "));
        try (PreparedStatement add = connection.prepareStatement("update " + s.table() + " t set " + sums
                + " where t.site_id = ? and exists (select 1" + fromRow + ")")) {
            int index = 1;
            for (int i = 0; i < s.counts().size(); i++) {
                add.setLong(index++, from.value());
            }
            add.setLong(index++, into.value());
            add.setLong(index, from.value());
            add.executeUpdate();
        }
        String added = s.keys().stream().map(k -> " and t." + k + " = m." + k).collect(Collectors.joining());
        update(connection, "delete from " + s.table() + " m where m.site_id = ? and exists (select 1 from "
                + s.table() + " t where t.site_id = ?" + added + ")", from, into);
        update(connection, "update " + s.table() + " set site_id = ? where site_id = ?", into, from);
    }

    private static int update(Connection connection, String sql, SiteId... ids) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < ids.length; i++) {
                statement.setLong(i + 1, ids[i].value());
            }
            return statement.executeUpdate();
        }
    }

    /** The merged site's plans become the kept site's (a plan at both keeps one link). */
    private static void moveInterventions(Connection connection, SiteId from, SiteId into) throws SQLException {
        try (PreparedStatement drop = connection.prepareStatement("delete from intervention_site where site_id = ?"
                + " and intervention_id in (select intervention_id from intervention_site where site_id = ?)")) {
            drop.setLong(1, from.value());
            drop.setLong(2, into.value());
            drop.executeUpdate();
        }
        try (PreparedStatement move = connection.prepareStatement(
                "update intervention_site set site_id = ? where site_id = ?")) {
            move.setLong(1, into.value());
            move.setLong(2, from.value());
            move.executeUpdate();
        }
    }
}
