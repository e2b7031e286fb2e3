package org.peerpulse.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.peerpulse.domain.Intervention;
import org.peerpulse.domain.SiteId;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.domain.Wave;

/**
 * The follow-up of an intervention: one {@link FollowUp} per targeted domain at each of its
 * sites (domain order, then the intervention's site order). Waves without a date cannot be placed
 * before or after a start and are left out.
 */
public final class FollowUps {
    private FollowUps() {
    }

    /**
     * @param allSites      every site of the program (the comparison sites are taken from these)
     * @param interventions every intervention of the program (to leave out sites with one on the same domain)
     */
    public static List<FollowUp> of(MeasureCalculator calculator, Intervention intervention, List<Wave> waves,
                                    List<SiteId> allSites, List<Intervention> interventions) {
        List<Wave> dated = waves.stream().filter(w -> w.date() != null).sorted(Wave.IN_ORDER).toList();
        Wave before = null;
        Wave after = null;
        Wave latest = null;
        for (Wave wave : dated) {
            if (wave.date().isBefore(intervention.start())) {
                before = wave;
            } else {
                after = after == null ? wave : after;
                latest = wave;
            }
        }
        List<FollowUp> rows = new ArrayList<>();
        for (StressDomain domain : intervention.domains().stream().sorted().toList()) {
            Set<SiteId> comparison = comparisonSites(intervention, domain, allSites, interventions, before,
                    latest == null ? null : latest.date());
            for (SiteId site : intervention.sites()) {
                rows.add(FollowUp.of(calculator, site, domain, before, after, latest, comparison));
            }
        }
        return rows;
    }

    /**
     * The sites that had no intervention on {@code domain} between the wave before and the
     * latest wave after: every site but the intervention's own and those with another plan on
     * the domain that started by the end of that time and had not ended before its beginning.
     */
    static Set<SiteId> comparisonSites(Intervention intervention, StressDomain domain, List<SiteId> allSites,
                                       List<Intervention> interventions, Wave before, LocalDate windowEnd) {
        Set<SiteId> sites = new HashSet<>(allSites);
        sites.removeAll(intervention.sites());
        LocalDate windowStart = before == null ? null : before.date();
        for (Intervention other : interventions) {
            boolean startedInTime = windowEnd == null || !other.start().isAfter(windowEnd);
            boolean endedBefore = other.end() != null && windowStart != null && other.end().isBefore(windowStart);
            if (other.domains().contains(domain) && startedInTime && !endedBefore) {
                sites.removeAll(other.sites());
            }
        }
        return sites;
    }
}
