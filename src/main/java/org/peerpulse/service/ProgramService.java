package org.peerpulse.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peerpulse.domain.ProgramSettings;
import org.peerpulse.domain.Setting;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.SiteId;
import org.peerpulse.domain.Wave;
import org.peerpulse.domain.WaveId;
import org.peerpulse.storage.ResponseRepository;
import org.peerpulse.storage.SettingsRepository;
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

    ProgramService(SiteRepository sites, WaveRepository waves, ResponseRepository responses,
                   SettingsRepository settings) {
        this.sites = sites;
        this.waves = waves;
        this.responses = responses;
        this.settings = settings;
    }

    public List<Site> sites() {
        return sites.all();
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
        if (findSite(name).isPresent() || (code != null && !code.isBlank() && findSite(code).isPresent())) {
            throw new IllegalArgumentException("There is already a site called " + name
                    + (code == null || code.isBlank() ? "" : " or coded " + code));
        }
        return sites.add(name, code, region, setting, false);
    }

    public Wave addWave(String label, LocalDate date) {
        if (findWave(label).isPresent()) {
            throw new IllegalArgumentException("There is already a wave labelled " + label);
        }
        return waves.add(label, date, false);
    }

    public ProgramSettings settings() {
        return settings.load();
    }
}
