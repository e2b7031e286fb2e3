package org.peerpulse.service;

import java.util.List;
import java.util.Map;
import org.peerpulse.analysis.TrendPoint;
import org.peerpulse.domain.Measure;
import org.peerpulse.domain.ProgramSettings;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.SiteId;
import org.peerpulse.domain.Wave;
import org.peerpulse.domain.WaveId;

/** The answer to a {@link TrendQuery}: points in site, wave, domain order, and what they refer to. */
public record TrendTable(Measure measure, ProgramSettings settings, boolean showSmallNumbers, List<Wave> waves,
                         Map<SiteId, Site> sites, List<TrendPoint> points) {
    public TrendTable {
        waves = List.copyOf(waves);
        sites = Map.copyOf(sites);
        points = List.copyOf(points);
    }

    public Wave wave(WaveId id) {
        return waves.stream().filter(w -> w.id().equals(id)).findFirst().orElseThrow();
    }

    /** The site's name, or null for the whole program. */
    public String siteName(SiteId id) {
        return id == null ? null : sites.get(id).name();
    }
}
