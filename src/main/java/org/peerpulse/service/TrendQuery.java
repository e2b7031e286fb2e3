package org.peerpulse.service;

import java.util.List;
import org.peerpulse.domain.Measure;
import org.peerpulse.domain.SiteId;
import org.peerpulse.domain.StressDomain;

/**
 * What a trend view or the trends command asks for.
 *
 * @param sites            each its own series; empty for the whole program
 * @param domains          empty for all five
 * @param showSmallNumbers the "internal use" override of small-number suppression
 * @param combineSites     one series for the chosen sites together (the dashboard's site filter);
 *                         its points carry no site
 */
public record TrendQuery(List<SiteId> sites, List<StressDomain> domains, Measure measure, boolean showSmallNumbers,
                         boolean combineSites) {
    /** Each site its own series (the command line's trends). */
    public TrendQuery(List<SiteId> sites, List<StressDomain> domains, Measure measure, boolean showSmallNumbers) {
        this(sites, domains, measure, showSmallNumbers, false);
    }

    public TrendQuery {
        sites = List.copyOf(sites);
        domains = domains.isEmpty() ? List.of(StressDomain.values()) : List.copyOf(domains);
    }
}
