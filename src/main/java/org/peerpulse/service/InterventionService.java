package org.peerpulse.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.peerpulse.analysis.FollowUps;
import org.peerpulse.analysis.MeasureCalculator;
import org.peerpulse.domain.Intervention;
import org.peerpulse.domain.InterventionId;
import org.peerpulse.domain.InterventionStatus;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.SiteId;
import org.peerpulse.domain.Support;
import org.peerpulse.domain.SupportId;
import org.peerpulse.domain.Wave;
import org.peerpulse.storage.InterventionRepository;
import org.peerpulse.storage.SiteRepository;
import org.peerpulse.storage.SupportRepository;
import org.peerpulse.storage.WaveRepository;

/** Plan supports and see whether they helped: the supports library, interventions and their follow-up. */
public final class InterventionService {
    private final SupportRepository supports;
    private final InterventionRepository interventions;
    private final SiteRepository sites;
    private final WaveRepository waves;
    private final Calculators calculators;

    InterventionService(SupportRepository supports, InterventionRepository interventions, SiteRepository sites,
                        WaveRepository waves, Calculators calculators) {
        this.supports = supports;
        this.interventions = interventions;
        this.sites = sites;
        this.waves = waves;
        this.calculators = calculators;
    }

    /** The library, retired supports too, by name. */
    public List<Support> supports() {
        return supports.all();
    }

    /** Adds a support; a name already in the library is refused. */
    public Support addSupport(Support draft) {
        requireFreeName(draft.name(), null);
        return supports.add(draft);
    }

    public Support updateSupport(Support support) {
        requireFreeName(support.name(), support.id());
        return supports.update(support);
    }

    /** Retires a support (kept for the plans that used it, not offered for new ones) or brings it back. */
    public Support setRetired(Support support, boolean retired) {
        return supports.update(new Support(support.id(), support.name(), support.rose(), support.domains(),
                support.description(), retired));
    }

    private void requireFreeName(String name, SupportId self) {
        boolean taken = supports.all().stream().anyMatch(s -> !s.id().equals(self)
                && org.peerpulse.domain.Names.same(s.name(), name));
        if (taken) {
            throw new IllegalArgumentException("The library already has a support named " + name + ".");
        }
    }

    /** Every intervention, by start date. */
    public List<Intervention> interventions() {
        return interventions.all();
    }

    public Intervention add(Intervention draft) {
        requireKnown(draft);
        return interventions.add(draft);
    }

    public Intervention update(Intervention intervention) {
        requireKnown(intervention);
        return interventions.update(intervention);
    }

    public Intervention setStatus(Intervention intervention, InterventionStatus status) {
        return interventions.update(intervention.withStatus(status));
    }

    public void delete(InterventionId id) {
        interventions.delete(id);
    }

    private void requireKnown(Intervention intervention) {
        List<SiteId> known = sites.all().stream().map(Site::id).toList();
        if (!known.containsAll(intervention.sites())) {
            throw new IllegalArgumentException("An intervention can only be planned at sites of this program.");
        }
        if (intervention.support() != null
                && supports.all().stream().noneMatch(s -> s.id().equals(intervention.support()))) {
            throw new IllegalArgumentException("The support of this intervention is not in the library.");
        }
    }

    /**
     * Every intervention (at {@code site} when given) with its follow-up.
     *
     * @param showSmallNumbers the "internal use" override; never on for reports and exports
     */
    public List<InterventionReport> reports(Optional<SiteId> site, boolean showSmallNumbers) {
        return reports(site, showSmallNumbers, null);
    }

    /**
     * As {@link #reports(Optional, boolean)}, looking back from {@code until} (null: now): its follow-up
     * ends with that wave, and an intervention begun after it is left out (a report of earlier waves).
     */
    public List<InterventionReport> reports(Optional<SiteId> site, boolean showSmallNumbers, Wave until) {
        MeasureCalculator calculator = calculators.forProgram(showSmallNumbers);
        List<Site> allSites = sites.all();
        Map<SiteId, Site> byId = allSites.stream().collect(Collectors.toMap(Site::id, Function.identity()));
        Map<SupportId, Support> library = supports.all().stream()
                .collect(Collectors.toMap(Support::id, Function.identity()));
        List<Intervention> all = interventions.all();
        List<SiteId> siteIds = allSites.stream().map(Site::id).toList();
        var allWaves = until == null ? waves.all()
                : waves.all().stream().filter(w -> Wave.IN_ORDER.compare(w, until) <= 0).toList();
        Map<SiteId, String> names = allSites.stream().collect(Collectors.toMap(Site::id, Site::name));
        List<InterventionReport> reports = new ArrayList<>();
        for (Intervention intervention : all) {
            if (site.isPresent() && !intervention.sites().contains(site.get())
                    || until != null && until.date() != null && intervention.start().isAfter(until.date())) {
                continue;
            }
            reports.add(new InterventionReport(intervention,
                    intervention.support() == null ? null : library.get(intervention.support()),
                    intervention.sites().stream().map(byId::get).toList(),
                    FollowUps.of(calculator, intervention, allWaves, siteIds, all), names, calculator.settings(),
                    showSmallNumbers));
        }
        return reports;
    }
}
