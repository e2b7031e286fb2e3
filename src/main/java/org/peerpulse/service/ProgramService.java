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
import org.peerpulse.storage.ResponseRepository;
import org.peerpulse.storage.SettingsRepository;
import org.peerpulse.storage.SiteMerge;
import org.peerpulse.storage.SiteRepository;
import org.peerpulse.storage.WaveRepository;

/** The program's sites, waves and settings. */
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

    ProgramService(SiteRepository sites, WaveRepository waves, ResponseRepository responses,
                   SettingsRepository settings, SiteMerge merge) {
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
        return sites.add(name, code, region, setting, false);
    }

    /** Renames a site or changes its code, region or setting; its responses stay with it. */
    public Site updateSite(SiteId id, String name, String code, String region, Setting setting) {
        Site site = site(id);
        checkSite(id, name, code);
        return sites.update(new Site(id, name, code, region, setting, site.archived(), site.demo()));
    }

    /** Archives a site (kept in history, refused by imports) or brings it back. */
    public Site archiveSite(SiteId id, boolean archived) {
        Site site = site(id);
        sites.setArchived(id, archived);
        return new Site(id, site.name(), site.code(), site.region(), site.setting(), archived, site.demo());
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
        SiteMerge.Outcome outcome = merge.merge(from, into);
        return new MergeResult(gone, kept, outcome.moved(), outcome.conflicts().stream()
                .map(c -> new MergeConflict(c.wave(), c.fromRespondent(), c.intoRespondent())).toList());
    }

    public Wave addWave(String label, LocalDate date) {
        checkWave(null, label);
        return waves.add(label, date, false);
    }

    /** Relabels or re-dates a wave; responses belong to its id, so none is lost. */
    public Wave updateWave(WaveId id, String label, LocalDate date) {
        Wave wave = waves.all().stream().filter(w -> w.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("That wave no longer exists."));
        checkWave(id, label);
        return waves.update(new Wave(id, label, date, wave.demo()));
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

    public void saveSettings(ProgramSettings changed) {
        settings.save(changed);
    }
}
