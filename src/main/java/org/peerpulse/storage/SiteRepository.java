package org.peerpulse.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.peerpulse.domain.Setting;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.SiteId;

/** Sites of the program. */
public final class SiteRepository {
    private static final String COLUMNS = "id, name, code, region, setting, archived, demo";
    private final Database database;
    private final KeptUntilWrite<List<Site>> all;

    public SiteRepository(Database database) {
        this.database = database;
        this.all = new KeptUntilWrite<>(database);
    }

    /** Every site, in name order (kept until the next write: not to be changed). */
    public List<Site> all() {
        return all.get(() -> List.copyOf(database.read(this::all, "read the sites")));
    }

    public List<Site> all(Transaction tx) {
        try {
            return all(tx.connection());
        } catch (SQLException e) {
            throw new StorageException("read the sites", e);
        }
    }

    private List<Site> all(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select " + COLUMNS + " from site order by lower(name)");
             ResultSet rows = statement.executeQuery()) {
            List<Site> sites = new ArrayList<>();
            while (rows.next()) {
                sites.add(site(rows));
            }
            return sites;
        }
    }

    public Site add(String name, String code, String region, Setting setting, boolean demo) {
        return database.inTransaction(c -> add(c, name, code, region, setting, demo), "add the site " + name);
    }

    public Site add(Transaction tx, String name, String code, String region, Setting setting, boolean demo) {
        try {
            return add(tx.connection(), name, code, region, setting, demo);
        } catch (SQLException e) {
            throw new StorageException("add the site " + name, e);
        }
    }

    private Site add(Connection connection, String name, String code, String region, Setting setting, boolean demo)
            throws SQLException {
        Site draft = new Site(new SiteId(0), name, code, region, setting, false, demo);
        try (PreparedStatement statement = connection.prepareStatement(
                "insert into site (name, code, region, setting, archived, demo) values (?, ?, ?, ?, false, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            statement.setString(1, draft.name());
            statement.setString(2, draft.code());
            statement.setString(3, draft.region());
            statement.setString(4, setting.code());
            statement.setBoolean(5, demo);
            statement.executeUpdate();
            return new Site(new SiteId(Jdbc.generatedKey(statement)), draft.name(), draft.code(), draft.region(),
                    setting, false, demo);
        }
    }

    /** Changes a site's name, code, region and setting (its id, and so its responses, stay). */
    public Site update(Site site) {
        return database.inTransaction(c -> update(c, site), "change the site " + site.name());
    }

    /** {@link #update(Site)} inside the caller's transaction. */
    public Site update(Transaction tx, Site site) {
        try {
            return update(tx.connection(), site);
        } catch (SQLException e) {
            throw new StorageException("change the site " + site.name(), e);
        }
    }

    private static Site update(Connection c, Site site) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(
                "update site set name = ?, code = ?, region = ?, setting = ? where id = ?")) {
            statement.setString(1, site.name());
            statement.setString(2, site.code());
            statement.setString(3, site.region());
            statement.setString(4, site.setting().code());
            statement.setLong(5, site.id().value());
            requireOne(statement.executeUpdate(), site.id());
            return site;
        }
    }

    /** Archives a site (kept in history, not offered for new answers) or brings it back. */
    public void setArchived(SiteId id, boolean archived) {
        database.inTransaction(c -> setArchived(c, id, archived), archived ? "archive the site" : "unarchive the site");
    }

    /** {@link #setArchived(SiteId, boolean)} inside the caller's transaction. */
    public void setArchived(Transaction tx, SiteId id, boolean archived) {
        try {
            setArchived(tx.connection(), id, archived);
        } catch (SQLException e) {
            throw new StorageException(archived ? "archive the site" : "unarchive the site", e);
        }
    }

    private static int setArchived(Connection c, SiteId id, boolean archived) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement("update site set archived = ? where id = ?")) {
            statement.setBoolean(1, archived);
            statement.setLong(2, id.value());
            return requireOne(statement.executeUpdate(), id);
        }
    }

    private static int requireOne(int updated, SiteId id) throws SQLException {
        if (updated != 1) {
            throw new SQLException("there is no site with id " + id.value());
        }
        return updated;
    }

    /** Makes demo sites ordinary sites of the program (they hold answers that are not the demo's). */
    public void keepAsProgramSites(Transaction tx, java.util.Set<SiteId> ids) {
        eachSite(tx, "update site set demo = false where id = ?", ids, "keep the sites");
    }

    /** Deletes sites that hold no responses any more. */
    public void delete(Transaction tx, java.util.Set<SiteId> ids) {
        eachSite(tx, "delete from site where id = ?", ids, "delete the sites");
    }

    /** Runs {@code sql}, whose one parameter is a site's id, for each of {@code ids} in one batch. */
    private static void eachSite(Transaction tx, String sql, java.util.Set<SiteId> ids, String doing) {
        try (PreparedStatement statement = tx.connection().prepareStatement(sql)) {
            for (SiteId id : ids) {
                statement.setLong(1, id.value());
                statement.addBatch();
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw new StorageException(doing, e);
        }
    }

    private static Site site(ResultSet row) throws SQLException {
        return new Site(new SiteId(row.getLong("id")), row.getString("name"), row.getString("code"),
                row.getString("region"), Setting.fromCode(row.getString("setting")).orElse(Setting.OTHER),
                row.getBoolean("archived"), row.getBoolean("demo"));
    }
}
