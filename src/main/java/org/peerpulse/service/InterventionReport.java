package org.peerpulse.service;

import java.util.List;
import java.util.Map;
import org.peerpulse.analysis.FollowUp;
import org.peerpulse.domain.Intervention;
import org.peerpulse.domain.ProgramSettings;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.SiteId;
import org.peerpulse.domain.Support;

/**
 * An intervention with what it refers to and its follow-up.
 *
 * @param support null when the plan names no support of the library
 * @param sites   the intervention's sites, in its order
 * @param names   every site's name (the comparison sites are any of them)
 */
public record InterventionReport(Intervention intervention, Support support, List<Site> sites,
                                 List<FollowUp> followUps, Map<SiteId, String> names, ProgramSettings settings,
                                 boolean showSmallNumbers) {
    /** The limits of every follow-up, in the words of the command line and the report. */
    public static final String LIMITS = "Each wave surveys whoever works there then (repeated cross-sections of a"
            + " changing workforce), there is no control group and the numbers are small, so a change after a"
            + " support does not prove the support caused it.";

    public InterventionReport {
        sites = List.copyOf(sites);
        followUps = List.copyOf(followUps);
        names = Map.copyOf(names);
    }

    public String siteName(SiteId id) {
        return names.getOrDefault(id, "?");
    }
}
