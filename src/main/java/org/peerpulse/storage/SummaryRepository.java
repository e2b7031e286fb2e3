package org.peerpulse.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.domain.SiteId;
import org.peerpulse.domain.SummaryCounts;
import org.peerpulse.domain.SummaryCounts.AnsweredCount;
import org.peerpulse.domain.SummaryCounts.ResponseCount;
import org.peerpulse.domain.SummaryCounts.ScoreSum;
import org.peerpulse.domain.SummaryCounts.ValueCount;
import org.peerpulse.domain.WaveId;

/** Reads the summary counts the views are computed from. */
public final class SummaryRepository {
    private final Database database;

    public SummaryRepository(Database database) {
        this.database = database;
    }

    /** Changes whenever the counts may have changed: a reader may keep what it read until then. */
    public long version() {
        return database.commits();
    }

    /**
     * The site the program's totals are read as ({@link #programTotals}): no site of a program has
     * this id (they are numbered from 1).
     */
    public static final SiteId ALL_SITES = new SiteId(0);

    /** Where counts are read from: the sites' summary tables, or the program's totals (no site_id column). */
    private enum Source {
        SITES("site_id"), PROGRAM(ALL_SITES.value() + "");

        /** What the query selects as the site: the column, or the constant the totals are read as. */
        private final String site;

        Source(String site) {
            this.site = site;
        }

        String table(String siteTable) {
            return this == PROGRAM ? SummaryWriter.programTable(siteTable) : siteTable;
        }
    }

    /**
     * The counts of the given items for the given sites (an empty set means every site), all waves.
     */
    public SummaryCounts counts(Set<SiteId> sites, Set<String> items) {
        return read(Source.SITES, sites, items);
    }

    /**
     * The program's totals of the given items (every site added up, kept at write time: schema
     * version 7), all waves, as the counts of one site, {@link #ALL_SITES}: a few hundred rows
     * however many sites there are.
     */
    public SummaryCounts programTotals(Set<String> items) {
        return read(Source.PROGRAM, Set.of(), items);
    }

    private SummaryCounts read(Source source, Set<SiteId> sites, Set<String> items) {
        return database.read(c -> new SummaryCounts(responses(c, source, sites), answered(c, source, sites, items),
                values(c, source, sites, items), scores(c, source, sites)), "read the summary counts");
    }

    private static List<ResponseCount> responses(Connection c, Source source, Set<SiteId> sites) throws SQLException {
        List<ResponseCount> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select " + source.site + ", wave_id, responses from "
                + source.table("site_wave_summary") + " where 1 = 1" + in("site_id", sites.size()))) {
            bindSites(s, sites, 1);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    out.add(new ResponseCount(new SiteId(rows.getLong(1)), new WaveId(rows.getLong(2)), rows.getLong(3)));
                }
            }
        }
        return out;
    }

    private static List<AnsweredCount> answered(Connection c, Source source, Set<SiteId> sites, Set<String> items)
            throws SQLException {
        List<AnsweredCount> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select " + source.site + ", wave_id, item_code, answered from "
                + source.table("item_summary") + " where 1 = 1" + in("site_id", sites.size())
                + in("item_code", items.size()))) {
            bindItems(s, items, bindSites(s, sites, 1));
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    out.add(new AnsweredCount(new SiteId(rows.getLong(1)), new WaveId(rows.getLong(2)),
                            rows.getString(3), rows.getLong(4)));
                }
            }
        }
        return out;
    }

    private static List<ValueCount> values(Connection c, Source source, Set<SiteId> sites, Set<String> items)
            throws SQLException {
        List<ValueCount> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select " + source.site + ", wave_id, item_code, value_code,"
                + " respondents from " + source.table("value_summary") + " where 1 = 1" + in("site_id", sites.size())
                + in("item_code", items.size()))) {
            bindItems(s, items, bindSites(s, sites, 1));
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    out.add(new ValueCount(new SiteId(rows.getLong(1)), new WaveId(rows.getLong(2)),
                            rows.getString(3), rows.getString(4), rows.getLong(5)));
                }
            }
        }
        return out;
    }

    private static List<ScoreSum> scores(Connection c, Source source, Set<SiteId> sites) throws SQLException {
        List<ScoreSum> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select " + source.site + ", wave_id, domain_code, scored,"
                + " score_sum_60, score_sq_sum_3600 from " + source.table("domain_score_summary") + " where 1 = 1"
                + in("site_id", sites.size()))) {
            bindSites(s, sites, 1);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    out.add(new ScoreSum(new SiteId(rows.getLong(1)), new WaveId(rows.getLong(2)),
                            StressDomain.fromCode(rows.getString(3)).orElseThrow(), rows.getLong(4), rows.getLong(5),
                            rows.getLong(6)));
                }
            }
        }
        return out;
    }

    private static String in(String column, int size) {
        return size == 0 ? "" : " and " + column + " in (" + String.join(", ", Collections.nCopies(size, "?")) + ")";
    }

    private static int bindSites(PreparedStatement s, Set<SiteId> sites, int index) throws SQLException {
        for (SiteId site : sites) {
            s.setLong(index++, site.value());
        }
        return index;
    }

    private static void bindItems(PreparedStatement s, Set<String> items, int index) throws SQLException {
        for (String item : items) {
            s.setString(index++, item);
        }
    }
}
