package org.peerpulse.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.peerpulse.analysis.ProQolSummary;
import org.peerpulse.analysis.SmallNumbers;
import org.peerpulse.domain.Psp1;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.Wave;
import org.peerpulse.storage.ResponseRepository;
import org.peerpulse.storage.SettingsRepository;

/** ProQOL 5 subscale scores and bands where agencies fielded it. */
public final class ProQolService {
    /** The only answers read: a provincial program's responses, whole, do not fit in memory (issue 8). */
    private static final Set<String> PROQOL_ITEMS = IntStream.rangeClosed(1, Psp1.PROQOL_ITEMS)
            .mapToObj(Psp1::proqolItem).collect(Collectors.toUnmodifiableSet());
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
        List<ProQolSummary.Scored> everySite = new ArrayList<>();
        responses.forEach(Set.of(), wave == null ? Set.of() : Set.of(wave.id()), PROQOL_ITEMS, response -> {
            if (!response.answers().isEmpty()) {
                everySite.add(ProQolSummary.Scored.of(response));
            }
        });
        SmallNumbers protection = new SmallNumbers(settings.load().minGroupSize(), showSmallNumbers);
        return site == null ? ProQolSummary.of(everySite, protection)
                : ProQolSummary.ofSite(everySite, site.id(), protection);
    }
}
