package org.peerpulse.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peerpulse.domain.NameClash;
import org.peerpulse.domain.ProgramSettings;
import org.peerpulse.domain.Setting;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.SiteId;
import org.peerpulse.domain.Wave;
import org.peerpulse.domain.WaveId;
import org.peerpulse.storage.Database;
import org.peerpulse.storage.ResponseRepository;
import org.peerpulse.storage.SettingsRepository;
import org.peerpulse.storage.SiteMerge;
import org.peerpulse.storage.SiteRepository;
import org.peerpulse.storage.Transaction;
import org.peerpulse.storage.WaveRepository;

/** The program's sites, waves and settings; every change is written to the audit trail in its transaction. */
public final class ProgramService {
    /** A site with the number of responses stored for it (a count of records, never suppressed). */
    public record SiteEntry(Site site, long responses) {
    }

    public record WaveEntry(Wave wave, long responses) {
    }

    private final SiteRepository sites;
    private final WaveRepository waves;
    private final ResponseRepository responses;
    private final SettingsRepository settings;
    private final SiteMerge merge;
    private final Database database;
    private final AuditTrail audit;

    ProgramService(Database database, SiteRepository sites, WaveRepository waves, ResponseRepository responses,
                   SettingsRepository settings, SiteMerge merge, AuditTrail audit) {
        this.database = database;
        this.audit = audit;
        this.sites = sites;
        this.waves = waves;
        this.responses = responses;
        this.settings = settings;
        this.merge = merge;
    }

    public List<Site> sites() {
        return sites.all();
    }

    /** The sites new answers may be entered or imported for: archived sites stay in history only. */
    public List<Site> activeSites() {
        return sites.all().stream().filter(s -> !s.archived()).toList();
    }

    public List<Wave> waves() {
        return waves.all();
    }

    public List<SiteEntry> sitesWithCounts() {
        Map<SiteId, Long> counts = responses.countsBySite();
        return sites.all().stream().map(s -> new SiteEntry(s, counts.getOrDefault(s.id(), 0L))).toList();
    }

    public List<WaveEntry> wavesWithCounts() {
        Map<WaveId, Long> counts = responses.countsByWave();
        return waves.all().stream().map(w -> new WaveEntry(w, counts.getOrDefault(w.id(), 0L))).toList();
    }

    /** Every wave, with one site's responses in it (not a published figure: a report asks which waves it covers). */
    public List<WaveEntry> wavesWithCounts(SiteId site) {
        Map<WaveId, Long> counts = responses.countsByWave(site);
        return waves.all().stream().map(w -> new WaveEntry(w, counts.getOrDefault(w.id(), 0L))).toList();
    }

    /** The site named {@code text} by name or code, ignoring case, spaces and punctuation. */
    public Optional<Site> findSite(String text) {
        return sites.all().stream().filter(s -> s.isNamed(text)).findFirst();
    }

    public Optional<Wave> findWave(String label) {
        return waves.all().stream().filter(w -> w.isNamed(label)).findFirst();
    }

    /** Adds a site; refuses a name or code that matches an existing site. */
    public Site addSite(String name, String code, String region, Setting setting) {
        checkSite(null, name, code);
        try (Transaction tx = database.begin()) {
            Site added = sites.add(tx, name, code, region, setting, false);
            audit.siteAdded(tx, added);
            tx.commit();
            return added;
        }
    }

    /** Renames a site or changes its code, region or setting; its responses stay with it. */
    public Site updateSite(SiteId id, String name, String code, String region, Setting setting) {
        Site site = site(id);
        checkSite(id, name, code);
        try (Transaction tx = database.begin()) {
            Site changed = sites.update(tx, new Site(id, name, code, region, setting, site.archived(), site.demo()));
            audit.siteChanged(tx, site, changed);
            tx.commit();
            return changed;
        }
    }

    /** Archives a site (kept in history, refused by imports) or brings it back. */
    public Site archiveSite(SiteId id, boolean archived) {
        Site site = site(id);
        Site changed = new Site(id, site.name(), site.code(), site.region(), site.setting(), archived, site.demo());
        try (Transaction tx = database.begin()) {
            sites.setArchived(tx, id, archived);
            audit.siteArchived(tx, changed, archived);
            tx.commit();
        }
        return changed;
    }

    /**
     * Merges two spellings of one site: moves every response of {@code from} (and its summary
     * counts) into {@code into} and deletes {@code from}, in one transaction. A respondent code
     * in the same wave at both sites refuses the merge; then nothing is changed.
     */
    public MergeResult mergeSites(SiteId from, SiteId into) {
        if (from.equals(into)) {
            throw new IllegalArgumentException("A site cannot be merged into itself.");
        }
        Site gone = site(from);
        Site kept = site(into);
        SiteMerge.Outcome outcome;
        try (Transaction tx = database.begin()) {
            outcome = merge.merge(tx, from, into);
            if (outcome.merged()) {
                audit.merged(tx, gone, kept, outcome.moved());
                tx.commit();
            }
        }
        return new MergeResult(gone, kept, outcome.moved(), outcome.conflicts().stream()
                .map(c -> new MergeConflict(c.wave(), c.fromRespondent(), c.intoRespondent())).toList());
    }

    public Wave addWave(String label, LocalDate date) {
        checkWave(null, label);
        try (Transaction tx = database.begin()) {
            Wave added = waves.add(tx, label, date, false);
            audit.waveAdded(tx, added);
            tx.commit();
            return added;
        }
    }

    /** Relabels or re-dates a wave; responses belong to its id, so none is lost. */
    public Wave updateWave(WaveId id, String label, LocalDate date) {
        Wave wave = waves.all().stream().filter(w -> w.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("That wave no longer exists."));
        checkWave(id, label);
        try (Transaction tx = database.begin()) {
            Wave changed = waves.update(tx, new Wave(id, label, date, wave.demo()));
            audit.waveChanged(tx, wave, changed);
            tx.commit();
            return changed;
        }
    }

    private Site site(SiteId id) {
        return sites.all().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("That site no longer exists."));
    }

    private void checkSite(SiteId self, String name, String code) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A site needs a name.");
        }
        NameClash.ofSite(sites.all(), self, name, code).ifPresent(clash -> {
            throw new IllegalArgumentException(clash.sentence());
        });
    }

    private void checkWave(WaveId self, String label) {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("A wave needs a label.");
        }
        NameClash.ofWave(waves.all(), self, label).ifPresent(clash -> {
            throw new IllegalArgumentException(clash.sentence());
        });
    }

    public ProgramSettings settings() {
        return settings.load();
    }

    /** Saves the settings; the audit trail records each one that changed, with its old and new value. */
    public void saveSettings(ProgramSettings changed) {
        try (Transaction tx = database.begin()) {
            ProgramSettings before = settings.load(tx);
            settings.save(tx, changed);
            audit.settingsChanged(tx, before, changed);
            tx.commit();
        }
    }
}
