package org.peerpulse.service;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.peerpulse.analysis.Change;
import org.peerpulse.analysis.MeasureCalculator;
import org.peerpulse.analysis.SmallNumbers;
import org.peerpulse.analysis.Trends;
import org.peerpulse.domain.ProgramSettings;
import org.peerpulse.domain.Psp1;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.SiteId;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.domain.Wave;
import org.peerpulse.domain.WaveId;
import org.peerpulse.storage.SettingsRepository;
import org.peerpulse.storage.SiteRepository;
import org.peerpulse.storage.SummaryRepository;
import org.peerpulse.storage.WaveRepository;

/** Trends and the dashboard overview, computed from the summary counts only. */
public final class TrendService {
    private static final Set<String> MEASURE_ITEMS = measureItems();

    private final SiteRepository sites;
    private final WaveRepository waves;
    private final SummaryRepository summaries;
    private final SettingsRepository settings;

    TrendService(SiteRepository sites, WaveRepository waves, SummaryRepository summaries,
                 SettingsRepository settings) {
        this.sites = sites;
        this.waves = waves;
        this.summaries = summaries;
        this.settings = settings;
    }

    private static Set<String> measureItems() {
        Set<String> items = new HashSet<>();
        for (StressDomain domain : StressDomain.values()) {
            items.add(domain.overallItem());
        }
        items.add(Psp1.TOP3);
        return items;
    }

    public TrendTable trends(TrendQuery query) {
        ProgramSettings program = settings.load();
        List<Wave> allWaves = waves.all();
        Map<SiteId, Site> siteById = sites.all().stream().collect(Collectors.toMap(Site::id, Function.identity()));
        MeasureCalculator calculator = calculator(new HashSet<>(query.sites()), program, query.showSmallNumbers());
        return new TrendTable(query.measure(), program, query.showSmallNumbers(), allWaves, siteById,
                query.combineSites()
                        ? Trends.forGroup(calculator, new HashSet<>(query.sites()), allWaves, query.domains(),
                                query.measure())
                        : Trends.of(calculator, query.sites(), allWaves, query.domains(), query.measure()));
    }

    public Overview overview(boolean showSmallNumbers) {
        ProgramSettings program = settings.load();
        MeasureCalculator calculator = calculator(Set.of(), program, showSmallNumbers);
        List<Wave> withData = waves.all().stream()
                .filter(w -> calculator.responses(Set.of(), w.id()) > 0).toList();
        if (withData.isEmpty()) {
            return new Overview(program, showSmallNumbers, null, null, 0, List.of(), List.of());
        }
        Wave latest = withData.get(withData.size() - 1);
        Wave previous = withData.size() > 1 ? withData.get(withData.size() - 2) : null;
        WaveId from = previous == null ? latest.id() : previous.id();
        List<Overview.DomainTile> tiles = new ArrayList<>();
        for (StressDomain domain : StressDomain.values()) {
            tiles.add(new Overview.DomainTile(domain, change(calculator, Set.of(), from, latest.id(), domain, previous)));
        }
        List<Overview.SiteRow> rows = new ArrayList<>();
        for (Site site : sites.all()) {
            long responses = calculator.responses(Set.of(site.id()), latest.id());
            if (site.archived() && responses == 0) {
                continue;
            }
            Map<StressDomain, Change> changes = new EnumMap<>(StressDomain.class);
            for (StressDomain domain : StressDomain.values()) {
                changes.put(domain, change(calculator, Set.of(site.id()), from, latest.id(), domain, previous));
            }
            rows.add(new Overview.SiteRow(site, responses, changes));
        }
        return new Overview(program, showSmallNumbers, latest, previous,
                calculator.responses(Set.of(), latest.id()), tiles, rows);
    }

    private static Change change(MeasureCalculator calculator, Set<SiteId> group, WaveId from, WaveId to,
                                 StressDomain domain, Wave previous) {
        Change change = Change.highStress(calculator, group, from, to, domain);
        return previous == null ? new Change(org.peerpulse.analysis.Figure.empty(change.to().measure()), change.to(), null)
                : change;
    }

    private MeasureCalculator calculator(Set<SiteId> group, ProgramSettings program, boolean showSmallNumbers) {
        return new MeasureCalculator(summaries.counts(group, MEASURE_ITEMS), program,
                new SmallNumbers(program.minGroupSize(), showSmallNumbers));
    }
}
