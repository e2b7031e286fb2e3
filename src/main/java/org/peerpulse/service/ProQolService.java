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

    /** For a site and wave (either null for all); only responses that answered any ProQOL item count. */
    public ProQolSummary summary(Site site, Wave wave, boolean showSmallNumbers) {
        List<Response> found = responses.find(site == null ? Set.of() : Set.of(site.id()),
                wave == null ? Set.of() : Set.of(wave.id())).stream()
                .filter(r -> r.answers().keySet().stream().anyMatch(code -> code.startsWith("pq")
                        && Psp1.isItem(code))).toList();
        int k = settings.load().minGroupSize();
        return ProQolSummary.of(found, new SmallNumbers(k, showSmallNumbers));
    }
}
