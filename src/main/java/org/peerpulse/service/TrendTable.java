package org.peerpulse.service;

import java.util.List;
import java.util.Map;
import org.peerpulse.analysis.TrendPoint;
import org.peerpulse.analysis.WaveTrend;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.domain.Measure;
import org.peerpulse.domain.ProgramSettings;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.SiteId;
import org.peerpulse.domain.Wave;
import org.peerpulse.domain.WaveId;

/**
 * The answer to a {@link TrendQuery}: points in site, wave, domain order, and what they refer to.
 *
 * @param trendTests for one combined series of high stress (the dashboard's chart), each domain's
 *                   Cochran–Armitage test across the waves; empty otherwise
 */
public record TrendTable(Measure measure, ProgramSettings settings, boolean showSmallNumbers, List<Wave> waves,
                         Map<SiteId, Site> sites, List<TrendPoint> points, Map<StressDomain, WaveTrend> trendTests) {
    public TrendTable {
        waves = List.copyOf(waves);
        sites = Map.copyOf(sites);
        points = List.copyOf(points);
        trendTests = Map.copyOf(trendTests);
    }

    public Wave wave(WaveId id) {
        return waves.stream().filter(w -> w.id().equals(id)).findFirst().orElseThrow();
    }

    /** The site's name, or null for the whole program. */
    public String siteName(SiteId id) {
        return id == null ? null : sites.get(id).name();
    }
}
