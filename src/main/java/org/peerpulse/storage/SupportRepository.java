package org.peerpulse.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.peerpulse.domain.RoseComponent;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.domain.Support;
import org.peerpulse.domain.SupportId;

/** The supports library: supports, the domains each aims at, and whether it is retired. */
public final class SupportRepository {
    private final Database database;

    public SupportRepository(Database database) {
        this.database = database;
    }

    /** Every support, retired ones too, in name order. */
    public List<Support> all() {
        return database.read(this::all, "read the supports");
    }

    public List<Support> all(Transaction tx) {
        try {
            return all(tx.connection());
        } catch (SQLException e) {
            throw new StorageException("read the supports", e);
        }
    }

    private List<Support> all(Connection connection) throws SQLException {
        Map<Long, Set<StressDomain>> domains = DomainLinks.SUPPORTS.all(connection);
        try (PreparedStatement statement = connection.prepareStatement(
                "select id, name, rose, description, retired from support order by lower(name)");
             ResultSet rows = statement.executeQuery()) {
            List<Support> supports = new ArrayList<>();
            while (rows.next()) {
                supports.add(support(rows, domains.getOrDefault(rows.getLong("id"), Set.of())));
            }
            return supports;
        }
    }

    /** Stores a new support (its id is ignored) and returns it with its id. */
    public Support add(Support draft) {
        return database.inTransaction(c -> {
            try (PreparedStatement statement = c.prepareStatement(
                    "insert into support (name, rose, description, retired) values (?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                statement.setString(1, draft.name());
                statement.setString(2, draft.rose().code());
                statement.setString(3, draft.description());
                statement.setBoolean(4, draft.retired());
                statement.executeUpdate();
                SupportId id = new SupportId(Jdbc.generatedKey(statement));
                DomainLinks.SUPPORTS.write(c, id.value(), draft.domains());
                return new Support(id, draft.name(), draft.rose(), draft.domains(), draft.description(),
                        draft.retired());
            }
        }, "add the support " + draft.name());
    }

    /** Changes a support's name, component, domains, description and retired flag. */
    public Support update(Support support) {
        return database.inTransaction(c -> {
            try (PreparedStatement statement = c.prepareStatement(
                    "update support set name = ?, rose = ?, description = ?, retired = ? where id = ?")) {
                statement.setString(1, support.name());
                statement.setString(2, support.rose().code());
                statement.setString(3, support.description());
                statement.setBoolean(4, support.retired());
                statement.setLong(5, support.id().value());
                if (statement.executeUpdate() != 1) {
                    throw new SQLException("there is no support with id " + support.id().value());
                }
            }
            try (PreparedStatement delete = c.prepareStatement("delete from support_domain where support_id = ?")) {
                delete.setLong(1, support.id().value());
                delete.executeUpdate();
            }
            DomainLinks.SUPPORTS.write(c, support.id().value(), support.domains());
            return support;
        }, "change the support " + support.name());
    }

    private static Support support(ResultSet row, Set<StressDomain> domains) throws SQLException {
        return new Support(new SupportId(row.getLong("id")), row.getString("name"),
                RoseComponent.fromCode(row.getString("rose")).orElse(RoseComponent.ORGANIZATIONAL),
                List.copyOf(domains), row.getString("description"), row.getBoolean("retired"));
    }
}
