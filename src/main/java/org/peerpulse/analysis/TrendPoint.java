package org.peerpulse.analysis;

import org.peerpulse.domain.SiteId;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.domain.WaveId;

/** One point of a trend: a site (null for the whole program), a wave, a domain and its figure. */
public record TrendPoint(SiteId site, WaveId wave, StressDomain domain, Figure figure) {
}
