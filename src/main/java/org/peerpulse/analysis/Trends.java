package org.peerpulse.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.peerpulse.domain.Measure;
import org.peerpulse.domain.SiteId;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.domain.Wave;

/** Trend tables: one point per site (or the whole program), wave and domain. */
public final class Trends {
    private Trends() {
    }

    /**
     * @param sites the sites, each its own series; empty for one series of the whole program
     * @param waves in time order
     */
    public static List<TrendPoint> of(MeasureCalculator calculator, List<SiteId> sites, List<Wave> waves,
                                      List<StressDomain> domains, Measure measure) {
        if (sites.isEmpty()) {
            return forGroup(calculator, Set.of(), waves, domains, measure);
        }
        List<TrendPoint> points = new ArrayList<>();
        for (SiteId site : sites) {
            points.addAll(series(calculator, site, Set.of(site), waves, domains, measure));
        }
        return points;
    }

    /** One series for a group of sites taken together (empty: the whole program); points carry no site. */
    public static List<TrendPoint> forGroup(MeasureCalculator calculator, Set<SiteId> group, List<Wave> waves,
                                            List<StressDomain> domains, Measure measure) {
        return series(calculator, null, group, waves, domains, measure);
    }

    private static List<TrendPoint> series(MeasureCalculator calculator, SiteId site, Set<SiteId> group,
                                           List<Wave> waves, List<StressDomain> domains, Measure measure) {
        List<TrendPoint> points = new ArrayList<>();
        for (Wave wave : waves) {
            for (StressDomain domain : domains) {
                points.add(new TrendPoint(site, wave.id(), domain, calculator.figure(group, wave.id(), domain, measure)));
            }
        }
        return points;
    }
}
