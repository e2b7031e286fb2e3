package org.peerpulse.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.peerpulse.domain.ProgramSettings;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.Wave;

/**
 * A report's request resolved against the program: the waves it covers in order, those with
 * responses, the sites it shows and the settings its figures follow.
 *
 * @param site     null for the program report
 * @param waves    every wave from {@code from} to {@code to}, in order
 * @param withData the waves of {@code waves} that have responses (of the site, in a site report)
 * @param sites    the sites whose rows a program report shows (a site report: just its site)
 * @param endsBeforeTheLatestWave whether the report stops before the program's latest wave (a look back)
 * @param demoData whether its sites and waves with responses are the demo program's
 */
record ReportScope(Site site, List<Wave> waves, List<Wave> withData, List<Site> sites, ProgramSettings settings,
                   LocalDate madeOn, boolean endsBeforeTheLatestWave, DemoData demoData) {

    /** Whether the report's figures come from the demo program's invented answers. */
    enum DemoData {
        NONE,
        ALL,
        /** the demo's invented answers pooled with real ones: figures that describe nobody */
        MIXED
    }
    ReportScope {
        waves = List.copyOf(waves);
        withData = List.copyOf(withData);
        sites = List.copyOf(sites);
    }

    static ReportScope of(ReportRequest request, ProgramService program, LocalDate madeOn) {
        List<Wave> all = program.waves();
        List<ProgramService.SiteEntry> counts = request.site() != null ? List.of() : program.sitesWithCounts();
        List<Site> sites = request.site() != null ? List.of(request.site())
                : counts.stream().filter(s -> !s.site().archived() || s.responses() > 0)
                .map(ProgramService.SiteEntry::site).toList();
        if (all.isEmpty()) {
            return new ReportScope(request.site(), List.of(), List.of(), sites, program.settings(), madeOn, false,
                    DemoData.NONE);
        }
        List<ProgramService.WaveEntry> counted = request.site() == null ? program.wavesWithCounts()
                : program.wavesWithCounts(request.site().id());
        Set<Wave> answered = counted.stream().filter(w -> w.responses() > 0)
                .map(ProgramService.WaveEntry::wave).collect(Collectors.toSet());
        int to = request.to() == null ? all.size() - 1 : indexOf(all, request.to(), "to");
        int from = request.from() != null ? indexOf(all, request.from(), "from") : firstAnswered(all, answered, to);
        if (from > to) {
            throw new IllegalArgumentException("The first wave of a report (" + all.get(from).label()
                    + ") must not come after its last wave (" + all.get(to).label() + ").");
        }
        List<Wave> waves = all.subList(from, to + 1);
        List<Wave> withData = waves.stream().filter(answered::contains).toList();
        List<Site> answeredSites = request.site() != null ? List.of(request.site())
                : counts.stream().filter(s -> s.responses() > 0).map(ProgramService.SiteEntry::site).toList();
        boolean anyDemo = withData.stream().anyMatch(Wave::demo) || answeredSites.stream().anyMatch(Site::demo);
        boolean anyReal = withData.stream().anyMatch(w -> !w.demo()) || answeredSites.stream().anyMatch(s -> !s.demo());
        DemoData demoData = !anyDemo ? DemoData.NONE : anyReal ? DemoData.MIXED : DemoData.ALL;
        return new ReportScope(request.site(), waves, withData, sites, program.settings(), madeOn, to < all.size() - 1,
                demoData);
    }

    /**
     * Where a report starts when not told: at the first wave with responses (a site that joined the
     * program late does not get a row of "no answers" for every wave before it), else at the first.
     */
    private static int firstAnswered(List<Wave> all, Set<Wave> answered, int to) {
        for (int i = 0; i <= to; i++) {
            if (answered.contains(all.get(i))) {
                return i;
            }
        }
        return 0;
    }

    private static int indexOf(List<Wave> waves, Wave wave, String end) {
        for (int i = 0; i < waves.size(); i++) {
            if (waves.get(i).id().equals(wave.id())) {
                return i;
            }
        }
        throw new IllegalArgumentException("The " + end + " wave " + wave.label() + " is not a wave of this program.");
    }

    boolean isSiteReport() {
        return site != null;
    }

    int k() {
        return settings.minGroupSize();
    }

    /** The group the report is about: the site's name or "All sites". */
    String groupName() {
        return site == null ? ReportText.ALL_SITES : site.name();
    }

    /** The latest wave with responses in the range; null when none has any. */
    Wave latest() {
        return withData.isEmpty() ? null : withData.get(withData.size() - 1);
    }

    /** The first wave with responses in the range; null when none has any. */
    Wave first() {
        return withData.isEmpty() ? null : withData.get(0);
    }

    /** "2019-09 to 2023-03 (8 waves)". */
    String wavesCovered() {
        if (waves.isEmpty()) {
            return "none (the program has no waves yet)";
        }
        String span = waves.size() == 1 ? waves.get(0).label()
                : waves.get(0).label() + " to " + waves.get(waves.size() - 1).label();
        return span + " (" + waves.size() + (waves.size() == 1 ? " wave" : " waves") + ", " + withData.size()
                + (isSiteReport() ? " with responses from the site)" : " with responses)");
    }
}
