package org.peerpulse.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.peerpulse.analysis.Figure;
import org.peerpulse.analysis.TrendPoint;
import org.peerpulse.domain.Measure;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.SiteId;
import org.peerpulse.domain.Wave;
import org.peerpulse.io.demo.BenchProgram;
import org.peerpulse.service.AppContext;
import org.peerpulse.service.Overview;
import org.peerpulse.service.TrendQuery;
import org.peerpulse.service.TrendTable;

/**
 * What PeerPulse's views compute when a filter changes, through the same service calls: the
 * dashboard's trend chart of the five domains for the chosen sites together
 * ({@code DashboardViewModel.reloadTrends}) and the Sites view's sites × domains of one wave with
 * the change since the wave before ({@code SitesViewModel}, {@code OverviewService.of}).
 */
final class PeerPulseRefresh {
    record Shown(TrendTable trends, Overview wave) {
    }

    private final AppContext context;
    private final List<Site> sites;
    private final List<Wave> waves;

    PeerPulseRefresh(AppContext context, Scale scale) {
        this.context = context;
        Map<String, Site> byName = new HashMap<>();
        context.program().sites().forEach(s -> byName.put(s.name(), s));
        Map<String, Wave> byLabel = new HashMap<>();
        context.program().waves().forEach(w -> byLabel.put(w.label(), w));
        this.sites = java.util.stream.IntStream.range(0, scale.sites())
                .mapToObj(i -> java.util.Objects.requireNonNull(byName.get(BenchProgram.siteName(i)))).toList();
        this.waves = java.util.stream.IntStream.range(0, scale.waves())
                .mapToObj(i -> java.util.Objects.requireNonNull(byLabel.get(BenchProgram.waveLabel(i)))).toList();
    }

    Shown refresh(Filter filter, boolean showSmallNumbers) {
        List<SiteId> chosen = filter.sites().stream().map(i -> sites.get(i).id()).toList();
        TrendTable trends = context.trends().trends(new TrendQuery(chosen, List.of(), Measure.HIGH, showSmallNumbers,
                true));
        Overview wave = context.overview().of(waves.get(filter.wave()).id(), showSmallNumbers);
        return new Shown(trends, wave);
    }

    /** The counts behind the figures, with small numbers shown so that every count can be compared. */
    Counts counts(Filter filter) {
        Shown shown = refresh(filter, true);
        Counts counts = new Counts();
        for (TrendPoint point : shown.trends().points()) {
            put(counts.group(), shown.trends().wave(point.wave()).label() + "/" + point.domain().code(), point.figure());
        }
        for (Overview.SiteRow row : shown.wave().sites()) {
            row.changes().forEach((domain, change) ->
                    put(counts.wave(), row.site().name() + "/" + domain.code(), change.to()));
        }
        return counts;
    }

    private static void put(Map<String, long[]> counts, String key, Figure figure) {
        if (figure.n() != null && figure.n() > 0) {
            counts.put(key, new long[] {figure.n(), figure.count()});
        }
    }
}
