package org.peerpulse.service;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.peerpulse.domain.Intervention;
import org.peerpulse.domain.InterventionId;
import org.peerpulse.domain.InterventionStatus;
import org.peerpulse.domain.Names;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.SiteId;
import org.peerpulse.domain.Support;
import org.peerpulse.domain.SupportId;
import org.peerpulse.io.demo.DemoData;
import org.peerpulse.io.demo.DemoIntervention;
import org.peerpulse.io.demo.DemoProgram;
import org.peerpulse.io.demo.DemoSite;
import org.peerpulse.io.demo.DemoWave;
import org.peerpulse.storage.Database;
import org.peerpulse.storage.InterventionRepository;
import org.peerpulse.storage.ResponseRepository;
import org.peerpulse.storage.SiteRepository;
import org.peerpulse.storage.SupportRepository;
import org.peerpulse.storage.Transaction;
import org.peerpulse.storage.WaveRepository;

/** The demo program: put in on first start or on request, labelled as demo, removed in one action. */
public final class DemoService {
    private final Database database;
    private final SiteRepository sites;
    private final WaveRepository waves;
    private final ResponseRepository responses;
    private final RowStore store;
    private final SupportRepository supports;
    private final InterventionRepository interventions;
    private final AuditTrail audit;

    DemoService(Database database, SiteRepository sites, WaveRepository waves, ResponseRepository responses,
                RowStore store, SupportRepository supports, InterventionRepository interventions, AuditTrail audit) {
        this.audit = audit;
        this.database = database;
        this.sites = sites;
        this.waves = waves;
        this.responses = responses;
        this.store = store;
        this.supports = supports;
        this.interventions = interventions;
    }

    public boolean hasDemo() {
        return sites.all().stream().anyMatch(Site::demo);
    }

    /** True when the program holds nothing yet: the app's first start. */
    public boolean programIsEmpty() {
        return sites.all().isEmpty() && waves.all().isEmpty();
    }

    /** Replaces any demo data with the demo program for {@code seed}; returns how many responses it added. */
    public int load(long seed) {
        DemoData demo = DemoProgram.generate(seed);
        try (Transaction tx = database.begin()) {
            long replaced = remove(tx);
            for (DemoSite site : demo.sites()) {
                boolean taken = sites.all(tx).stream().anyMatch(s -> s.isNamed(site.name()));
                if (taken) {
                    throw new IllegalStateException("The program already has a site named " + site.name()
                            + ", so the demo program cannot be added");
                }
                sites.add(tx, site.name(), site.code(), site.region(), site.setting(), true);
            }
            for (DemoWave wave : demo.waves()) {
                if (waves.all(tx).stream().noneMatch(w -> Names.same(w.label(), wave.label()))) {
                    waves.add(tx, wave.label(), wave.date(), true);
                }
            }
            RowStore.Outcome outcome = store.store(tx, "demo", demo.responses(), false, true);
            storeInterventions(tx, demo);
            audit.demoLoaded(tx, seed, outcome.added(), replaced);
            tx.commit();
            return outcome.added();
        }
    }

    /** Removes the demo sites, their responses, and demo waves that hold no other responses. */
    public void remove() {
        try (Transaction tx = database.begin()) {
            audit.demoRemoved(tx, remove(tx));
            tx.commit();
        }
    }

    /** The demo's interventions, each at its demo site and with its support from the library (when there). */
    private void storeInterventions(Transaction tx, DemoData demo) {
        List<Site> stored = sites.all(tx);
        List<Support> library = supports.all(tx);
        for (DemoIntervention plan : demo.interventions()) {
            SiteId site = stored.stream().filter(s -> s.demo() && s.isNamed(plan.siteName())).findFirst()
                    .orElseThrow().id();
            SupportId support = library.stream().filter(s -> Names.same(s.name(), plan.supportName()))
                    .map(Support::id).findFirst().orElse(null);
            interventions.add(tx, new Intervention(new InterventionId(0), plan.title(), support, List.of(site),
                    plan.domains(), plan.owner(), plan.start(), plan.end(),
                    InterventionStatus.fromCode(plan.status()).orElseThrow(), plan.notes(), true));
        }
    }

    /**
     * Removes the demo's responses, its plans, and its sites; a demo site that holds answers
     * imported or entered since (a real site of the same name) keeps them and stays, as a site of
     * the program. Returns how many responses were removed.
     */
    private long remove(Transaction tx) {
        Set<SiteId> demoSites = sites.all(tx).stream().filter(Site::demo).map(Site::id).collect(Collectors.toSet());
        Set<SiteId> kept = demoSites.stream()
                .filter(site -> !responses.idsBySource(tx, site, DemoProgram.DEMO_SOURCE, false).isEmpty())
                .collect(Collectors.toSet());
        Set<SiteId> removedSites = new HashSet<>(demoSites);
        removedSites.removeAll(kept);
        interventions.deleteDemo(tx, removedSites); // an agency's own plan at a kept site stays
        long removed = responses.deleteSites(tx, removedSites);
        for (SiteId site : kept) {
            for (long id : responses.idsBySource(tx, site, DemoProgram.DEMO_SOURCE, true)) {
                responses.delete(tx, id);
                removed++;
            }
        }
        sites.delete(tx, removedSites);
        sites.keepAsProgramSites(tx, kept);
        waves.removeDemoWaves(tx);
        return removed;
    }
}
