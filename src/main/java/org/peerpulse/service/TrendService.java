package org.peerpulse.service;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.peerpulse.analysis.MeasureCalculator;
import org.peerpulse.analysis.Trends;
import org.peerpulse.analysis.WaveTrend;
import org.peerpulse.domain.StressDomain;
import java.util.Set;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.SiteId;
import org.peerpulse.domain.Wave;
import org.peerpulse.storage.SiteRepository;
import org.peerpulse.storage.WaveRepository;

/**
 * Trends of the stressor domains, computed from the summary counts only: the whole program's from
 * its totals, any site's or group's from every site's counts (small-number protection needs them all).
 */
public final class TrendService {
    private final SiteRepository sites;
    private final WaveRepository waves;
    private final Calculators calculators;

    TrendService(SiteRepository sites, WaveRepository waves, Calculators calculators) {
        this.sites = sites;
        this.waves = waves;
        this.calculators = calculators;
    }

    public TrendTable trends(TrendQuery query) {
        List<Wave> allWaves = waves.all();
        Map<SiteId, Site> siteById = sites.all().stream().collect(Collectors.toMap(Site::id, Function.identity()));
        MeasureCalculator calculator = query.sites().isEmpty() ? calculators.forWholeProgram(query.showSmallNumbers())
                : calculators.forProgram(query.showSmallNumbers());
        return new TrendTable(query.measure(), calculator.settings(), query.showSmallNumbers(), allWaves, siteById,
                query.combineSites()
                        ? Trends.forGroup(calculator, new HashSet<>(query.sites()), allWaves, query.domains(),
                                query.measure())
                        : Trends.of(calculator, query.sites(), allWaves, query.domains(), query.measure()),
                trendTests(calculator, query, allWaves));
    }

    private static Map<StressDomain, WaveTrend> trendTests(MeasureCalculator calculator, TrendQuery query,
                                                           List<Wave> waves) {
        Map<StressDomain, WaveTrend> tests = new java.util.EnumMap<>(StressDomain.class);
        if (query.combineSites() && query.measure() == org.peerpulse.domain.Measure.HIGH) {
            for (StressDomain domain : query.domains()) {
                tests.put(domain, WaveTrend.highStress(calculator, new HashSet<>(query.sites()), waves, domain));
            }
        }
        return tests;
    }


    /** The trend test of a domain's high-stress share across every wave, for a site or (null) the program. */
    public WaveTrend trendTest(StressDomain domain, Site site, boolean showSmallNumbers) {
        return trendTest(domain, site, waves.all(), showSmallNumbers);
    }

    /** As {@link #trendTest(StressDomain, Site, boolean)}, across the waves {@code over} only (a report's). */
    public WaveTrend trendTest(StressDomain domain, Site site, List<Wave> over, boolean showSmallNumbers) {
        if (site == null) {
            return WaveTrend.highStress(calculators.forWholeProgram(showSmallNumbers), Set.of(), over, domain);
        }
        return WaveTrend.highStress(calculators.forProgram(showSmallNumbers), Set.of(site.id()), over, domain);
    }
}
