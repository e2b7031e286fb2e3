package org.peerpulse.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.peerpulse.domain.StressDomain;

/**
 * The same figures computed by a SQL engine straight from the raw answers
 * ({@code response(id, site_id, wave_id)}, {@code answer(response_id, item_code, answer_value)}):
 * a GROUP BY for the chosen sites across all waves, and one for the chosen wave and the wave
 * before across all sites. Used for DuckDB and for a plain H2 GROUP BY over PeerPulse's own tables.
 */
final class RawRefresh {
    private static final List<String> OVERALL = java.util.Arrays.stream(StressDomain.values())
            .map(StressDomain::overallItem).toList();
    private static final Map<String, String> DOMAIN_OF = java.util.Arrays.stream(StressDomain.values())
            .collect(Collectors.toMap(StressDomain::overallItem, StressDomain::code));
    private static final String ITEMS = OVERALL.stream().map(i -> "'" + i + "'").collect(Collectors.joining(", "));

    private final Connection connection;
    private final List<Object> siteKeys;
    private final List<Object> waveKeys;
    private final Map<Object, String> siteNames;
    private final Map<Object, String> waveLabels;
    private final int threshold;

    /**
     * @param siteKeys the engine's site key of each program site (by index), with its name
     * @param waveKeys the engine's wave key of each wave (by index, in time order), with its label
     */
    RawRefresh(Connection connection, List<Object> siteKeys, Map<Object, String> siteNames, List<Object> waveKeys,
               Map<Object, String> waveLabels, int threshold) {
        this.connection = connection;
        this.siteKeys = siteKeys;
        this.waveKeys = waveKeys;
        this.siteNames = siteNames;
        this.waveLabels = waveLabels;
        this.threshold = threshold;
    }

    Counts refresh(Filter filter) throws SQLException {
        Counts counts = new Counts();
        String high = "sum(case when cast(a.answer_value as integer) >= " + threshold + " then 1 else 0 end)";
        try (PreparedStatement group = connection.prepareStatement(
                "select r.wave_id, a.item_code, count(*), " + high
                        + " from answer a join response r on r.id = a.response_id"
                        + " where r.site_id in (" + String.join(", ", Collections.nCopies(filter.sites().size(), "?"))
                        + ") and a.item_code in (" + ITEMS + ") group by r.wave_id, a.item_code")) {
            int index = 1;
            for (int site : filter.sites()) {
                group.setObject(index++, siteKeys.get(site));
            }
            read(group, rows -> counts.group().put(waveLabels.get(rows.getObject(1)) + "/" + DOMAIN_OF.get(rows.getString(2)),
                    new long[] {rows.getLong(3), rows.getLong(4)}));
        }
        Object wave = waveKeys.get(filter.wave());
        Object before = waveKeys.get(Math.max(0, filter.wave() - 1));
        try (PreparedStatement sites = connection.prepareStatement(
                "select r.site_id, r.wave_id, a.item_code, count(*), " + high
                        + " from answer a join response r on r.id = a.response_id"
                        + " where r.wave_id in (?, ?) and a.item_code in (" + ITEMS + ")"
                        + " group by r.site_id, r.wave_id, a.item_code")) {
            sites.setObject(1, before);
            sites.setObject(2, wave);
            read(sites, rows -> {
                if (rows.getObject(2).equals(wave)) {
                    counts.wave().put(siteNames.get(rows.getObject(1)) + "/" + DOMAIN_OF.get(rows.getString(3)),
                            new long[] {rows.getLong(4), rows.getLong(5)});
                }
            });
        }
        return counts;
    }

    private static void read(PreparedStatement statement, RowReader reader) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                reader.read(rows);
            }
        }
    }

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet rows) throws SQLException;
    }
}
