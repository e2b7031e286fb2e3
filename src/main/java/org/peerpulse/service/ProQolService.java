package org.peerpulse.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.peerpulse.analysis.ProQolSummary;
import org.peerpulse.analysis.SmallNumbers;
import org.peerpulse.domain.Psp1;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.Wave;
import org.peerpulse.domain.WaveId;
import org.peerpulse.storage.Database;
import org.peerpulse.storage.KeptUntilWrite;
import org.peerpulse.storage.ResponseRepository;
import org.peerpulse.storage.SettingsRepository;

/** ProQOL 5 subscale scores and bands where agencies fielded it. */
public final class ProQolService {
    /** The only answers read: a provincial program's responses, whole, do not fit in memory (issue 8). */
    private static final Set<String> PROQOL_ITEMS = IntStream.rangeClosed(1, Psp1.PROQOL_ITEMS)
            .mapToObj(Psp1::proqolItem).collect(Collectors.toUnmodifiableSet());
    private final ResponseRepository responses;
    private final SettingsRepository settings;
    private final Calculators calculators;
    /**
     * The scored responses of every site, by wave (empty: every wave), kept until the next write:
     * reading them takes 14 s for every wave of a provincial program, and the Health view asks
     * again at each change of site or distribution.
     */
    private final KeptUntilWrite<Map<Optional<WaveId>, List<ProQolSummary.Scored>>> scored;

    ProQolService(Database database, ResponseRepository responses, SettingsRepository settings,
                  Calculators calculators) {
        this.responses = responses;
        this.settings = settings;
        this.calculators = calculators;
        this.scored = new KeptUntilWrite<>(database);
    }

    /**
     * For a site and wave (either null for all); only responses that answered any ProQOL item count.
     * Every site's and wave's figures are protected together with the program's (see {@link ProQolSummary#of}).
     */
    public ProQolSummary summary(Site site, Wave wave, boolean showSmallNumbers) {
        // every wave is read (and kept) whatever the filter: the parts are protected as one sites × waves table
        List<ProQolSummary.Scored> everyWave = scored.get(ConcurrentHashMap::new)
                .computeIfAbsent(Optional.empty(), this::read);
        SmallNumbers protection = new SmallNumbers(settings.load().minGroupSize(), showSmallNumbers);
        return ProQolSummary.of(everyWave, site == null ? null : site.id(), wave == null ? null : wave.id(), protection,
                calculators.forProgram(showSmallNumbers)::responsesHidden);
    }

    private List<ProQolSummary.Scored> read(Optional<WaveId> wave) {
        List<ProQolSummary.Scored> everySite = new ArrayList<>();
        responses.forEach(Set.of(), wave.map(Set::of).orElse(Set.of()), PROQOL_ITEMS, response -> {
            if (!response.answers().isEmpty()) {
                everySite.add(ProQolSummary.Scored.of(response));
            }
        });
        return List.copyOf(everySite);
    }
}
