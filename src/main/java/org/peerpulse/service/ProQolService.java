package org.peerpulse.service;

import java.util.List;
import java.util.Set;
import org.peerpulse.analysis.ProQolSummary;
import org.peerpulse.analysis.SmallNumbers;
import org.peerpulse.domain.Psp1;
import org.peerpulse.domain.Response;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.Wave;
import org.peerpulse.storage.ResponseRepository;
import org.peerpulse.storage.SettingsRepository;

/** ProQOL 5 subscale scores and bands where agencies fielded it. */
public final class ProQolService {
    private final ResponseRepository responses;
    private final SettingsRepository settings;

    ProQolService(ResponseRepository responses, SettingsRepository settings) {
        this.responses = responses;
        this.settings = settings;
    }

    /**
     * For a site and wave (either null for all); only responses that answered any ProQOL item count.
     * A site's figures are protected against the program total, as the domain figures are.
     */
    public ProQolSummary summary(Site site, Wave wave, boolean showSmallNumbers) {
        List<Response> everySite = responses.find(Set.of(), wave == null ? Set.of() : Set.of(wave.id())).stream()
                .filter(r -> r.answers().keySet().stream().anyMatch(code -> code.startsWith("pq")
                        && Psp1.isItem(code))).toList();
        SmallNumbers protection = new SmallNumbers(settings.load().minGroupSize(), showSmallNumbers);
        return site == null ? ProQolSummary.of(everySite, protection)
                : ProQolSummary.ofSite(everySite, site.id(), protection);
    }
}
