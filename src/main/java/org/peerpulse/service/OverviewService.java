package org.peerpulse.service;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.peerpulse.analysis.Change;
import org.peerpulse.analysis.Figure;
import org.peerpulse.analysis.MeasureCalculator;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.SiteId;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.domain.Wave;
import org.peerpulse.domain.WaveId;
import org.peerpulse.storage.SiteRepository;
import org.peerpulse.storage.WaveRepository;

/** One wave at a glance: each domain's high-stress share and every site × domain, with changes since the wave before. */
public final class OverviewService {
    private final SiteRepository sites;
    private final WaveRepository waves;
    private final Calculators calculators;

    OverviewService(SiteRepository sites, WaveRepository waves, Calculators calculators) {
        this.sites = sites;
        this.waves = waves;
        this.calculators = calculators;
    }

    /** The latest wave with responses. */
    public Overview latest(boolean showSmallNumbers) {
        return of(null, showSmallNumbers);
    }

    /** The given wave (null: the latest with responses), compared with the wave with responses before it. */
    public Overview of(WaveId waveId, boolean showSmallNumbers) {
        MeasureCalculator calculator = calculators.forProgram(showSmallNumbers);
        List<Wave> withData = waves.all().stream()
                .filter(w -> calculator.responses(Set.of(), w.id()) > 0).toList();
        int index = waveId == null ? withData.size() - 1 : indexOf(withData, waveId);
        if (index < 0) {
            return new Overview(calculator.settings(), showSmallNumbers, null, null, 0, List.of(), List.of());
        }
        Wave wave = withData.get(index);
        Wave previous = index > 0 ? withData.get(index - 1) : null;
        List<Overview.DomainTile> tiles = new ArrayList<>();
        for (StressDomain domain : StressDomain.values()) {
            tiles.add(new Overview.DomainTile(domain, change(calculator, Set.of(), wave, previous, domain)));
        }
        List<Site> shown = sites.all().stream()
                .filter(s -> !s.archived() || calculator.responses(Set.of(s.id()), wave.id()) > 0).toList();
        List<Long> responses = protectedResponses(calculator, shown, wave);
        List<Overview.SiteRow> rows = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            Site site = shown.get(i);
            Map<StressDomain, Change> changes = new EnumMap<>(StressDomain.class);
            for (StressDomain domain : StressDomain.values()) {
                changes.put(domain, change(calculator, Set.of(site.id()), wave, previous, domain));
            }
            rows.add(new Overview.SiteRow(site, responses.get(i), changes));
        }
        return new Overview(calculator.settings(), showSmallNumbers, wave, previous,
                calculator.responses(Set.of(), wave.id()), tiles, rows);
    }

    /**
     * Each site's number of responses in the wave: null where it must not be given out, as small or
     * as one that would let a small one be worked out by subtraction, from the wave's total or from
     * the site's total on the program's list of sites ({@link MeasureCalculator#responsesHidden}).
     */
    private static List<Long> protectedResponses(MeasureCalculator calculator, List<Site> shown, Wave wave) {
        return shown.stream().map(site -> calculator.responsesHidden(site.id(), wave.id()) ? null
                : calculator.responses(Set.of(site.id()), wave.id())).toList();
    }

    private static int indexOf(List<Wave> waves, WaveId id) {
        for (int i = 0; i < waves.size(); i++) {
            if (waves.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static Change change(MeasureCalculator calculator, Set<SiteId> group, Wave wave, Wave previous,
                                 StressDomain domain) {
        if (previous == null) {
            Change alone = Change.highStress(calculator, group, wave.id(), wave.id(), domain);
            return new Change(Figure.empty(alone.to().measure()), alone.to(), null);
        }
        return Change.highStress(calculator, group, previous.id(), wave.id(), domain);
    }
}
