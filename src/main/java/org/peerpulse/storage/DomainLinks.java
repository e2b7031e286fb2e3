package org.peerpulse.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.peerpulse.domain.StressDomain;

/**
 * A link table from a row (an intervention, a support) to the stressor domains it is about:
 * {@code <table> (<owner column>, domain_code)}.
 */
record DomainLinks(String table, String ownerColumn) {
    static final DomainLinks INTERVENTIONS = new DomainLinks("intervention_domain", "intervention_id");
    static final DomainLinks SUPPORTS = new DomainLinks("support_domain", "support_id");

    /** Every owner's domains (codes the instrument no longer has are left out). */
    Map<Long, Set<StressDomain>> all(Connection connection) throws SQLException {
        Map<Long, Set<StressDomain>> domains = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select " + ownerColumn + ", domain_code from " + table);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                long id = rows.getLong(1);
                StressDomain.fromCode(rows.getString(2)).ifPresent(d -> domains
                        .computeIfAbsent(id, x -> EnumSet.noneOf(StressDomain.class)).add(d));
            }
        }
        return domains;
    }

    /** Links the owner to the domains (after its old links were deleted). */
    void write(Connection connection, long owner, Collection<StressDomain> domains) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into " + table + " (" + ownerColumn + ", domain_code) values (?, ?)")) {
            for (StressDomain domain : domains) {
                insert.setLong(1, owner);
                insert.setString(2, domain.code());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
