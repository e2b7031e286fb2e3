package org.peerpulse.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.peerpulse.analysis.Change;
import org.peerpulse.analysis.MeasureCalculator;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.domain.Wave;
import org.peerpulse.storage.SiteRepository;

/** Is a change between two waves real? The 2×2 test of analysis.md for every domain, program and site. */
public final class ChangeService {
    private final SiteRepository sites;
    private final Calculators calculators;

    ChangeService(SiteRepository sites, Calculators calculators) {
        this.sites = sites;
        this.calculators = calculators;
    }

    /**
     * @param onlySites the sites to include (empty: every site); the program rows are always there
     * @param domains   the domains (empty: all five)
     */
    public ChangeTable compare(Wave from, Wave to, List<Site> onlySites, List<StressDomain> domains,
                               boolean showSmallNumbers) {
        if (from.id().equals(to.id())) { // a test of a wave against itself would say "no change" of nothing
            throw new IllegalArgumentException("From and to are the same wave, " + from.label()
                    + ": choose two different waves to compare.");
        }
        MeasureCalculator calculator = calculators.forProgram(showSmallNumbers);
        List<StressDomain> chosen = domains.isEmpty() ? List.of(StressDomain.values()) : domains;
        List<Site> siteList = onlySites.isEmpty() ? sites.all().stream().filter(s -> !s.archived()).toList() : onlySites;
        List<ChangeTable.Row> rows = new ArrayList<>();
        for (StressDomain domain : chosen) {
            rows.add(new ChangeTable.Row(null, domain, Change.highStress(calculator, Set.of(), from.id(), to.id(), domain)));
            for (Site site : siteList) {
                rows.add(new ChangeTable.Row(site, domain,
                        Change.highStress(calculator, Set.of(site.id()), from.id(), to.id(), domain)));
            }
        }
        return new ChangeTable(calculator.settings(), showSmallNumbers, from, to, rows);
    }
}
