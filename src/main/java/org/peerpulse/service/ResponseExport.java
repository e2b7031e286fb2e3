package org.peerpulse.service;

import java.util.List;
import org.peerpulse.domain.SiteId;

/**
 * What a responses export holds. By default it is de-identified: no respondent codes, no free-text
 * answers and no submitted times; each of those is added only when asked for.
 *
 * @param sites empty for every site
 */
public record ResponseExport(List<SiteId> sites, boolean includeCodes, boolean includeText, boolean includeTimes) {
    public ResponseExport {
        sites = List.copyOf(sites);
    }

    /** De-identified responses of these sites (empty: all). */
    public static ResponseExport deIdentified(List<SiteId> sites) {
        return new ResponseExport(sites, false, false, false);
    }

    /** Whether anything that can identify a worker was asked for. */
    public boolean identifying() {
        return includeCodes || includeText || includeTimes;
    }
}
