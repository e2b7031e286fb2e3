package org.peerpulse.analysis;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import org.peerpulse.analysis.stats.Interval;
import org.peerpulse.analysis.stats.MeanEstimate;
import org.peerpulse.analysis.stats.Wilson;
import org.peerpulse.domain.DomainScore;
import org.peerpulse.domain.Measure;
import org.peerpulse.domain.ProgramSettings;
import org.peerpulse.domain.Psp1;
import org.peerpulse.domain.SiteId;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.domain.SummaryCounts;
import org.peerpulse.domain.WaveId;

/**
 * The derived measures of instrument.md, computed from summary counts for any group of sites
 * (the empty set is the whole program), with the small-number rules applied.
 *
 * <p>The program figure is the total of its sites' figures, and it is always available, so a
 * site hidden by the group rule could be recovered by subtraction. Every wave, domain and measure
 * is therefore protected as one line: the sites' n with the program total, through
 * {@link SmallNumbers#protect} (complementary suppression). A group of some sites is shown only
 * when none of its sites is hidden in that line, or when it holds every one of them and the
 * program's figure is shown: its figure then adds up shown figures, or is the program's less shown
 * ones, and reveals nothing a reader could not already work out. Each site's total over the waves
 * is known as well (the program's list of sites), so a line also hides every site whose number of
 * responses in that wave is hidden in the sites × waves table ({@link #siteWavesWithTooFewResponses}):
 * a group's n shown for the other waves would otherwise bound a small wave's size by subtraction.
 */
public final class MeasureCalculator {
    private final CountIndex counts;
    private final ProgramSettings settings;
    private final SmallNumbers protection;
    private final Map<LineKey, Set<SiteId>> hiddenSites;
    private final Lines lines;

    private record LineKey(WaveId wave, String what, String measure) {
    }

    /**
     * The sites hidden in each line (wave, domain or item, measure), worked out once and shared by
     * every calculator over the same counts, settings and protection: a line depends on nothing else.
     */
    public static final class Lines {
        private final Map<LineKey, Set<SiteId>> hidden = new java.util.concurrent.ConcurrentHashMap<>();
        private volatile Map<WaveId, Set<SiteId>> tooFewResponses;
        private final Map<LineKey, HealthTables> health = new java.util.concurrent.ConcurrentHashMap<>();
        private final Map<String, ItemAnswers> items = new java.util.concurrent.ConcurrentHashMap<>();
    }

    /**
     * One wave's answers to a health item at every site, the program's in the totals' row, and the
     * same as no and yes of its share: a wave of the item's {@link ItemAnswers}.
     */
    private record HealthTables(List<SiteId> sites, SuppressedTable answers, SuppressedTable shares) {
        /** The row of a site (null: the program's totals' row); −1 for a site without responses. */
        int row(SiteId site) {
            return answers == null ? -1 : site == null ? sites.size() : sites.indexOf(site);
        }
    }

    public MeasureCalculator(SummaryCounts counts, ProgramSettings settings, SmallNumbers protection) {
        this(new CountIndex(counts), settings, protection);
    }

    /** Over counts already indexed (kept between calculations while they do not change). */
    public MeasureCalculator(CountIndex counts, ProgramSettings settings, SmallNumbers protection) {
        this(counts, settings, protection, new Lines());
    }

    /** @param lines shared only between calculators with the same counts, settings and protection */
    public MeasureCalculator(CountIndex counts, ProgramSettings settings, SmallNumbers protection, Lines lines) {
        this.counts = counts;
        this.hiddenSites = lines.hidden;
        this.lines = lines;
        this.settings = settings;
        this.protection = protection;
    }

    public SmallNumbers protection() {
        return protection;
    }

    public ProgramSettings settings() {
        return settings;
    }

    public long responses(Set<SiteId> group, WaveId wave) {
        return counts.responses(group, wave);
    }

    public Figure figure(Set<SiteId> group, WaveId wave, StressDomain domain, Measure measure) {
        if (!counts.isWholeProgram(group) && givesAwayHidden(group, hiddenSites(wave, domain, measure),
                () -> figure(Set.of(), wave, domain, measure).hasValue())) {
            return Figure.suppressed(measure);
        }
        return switch (measure) {
            case HIGH -> proportion(measure, counts.answered(group, wave, domain.overallItem()),
                    highStressCount(group, wave, domain), shownMean(group, wave, domain));
            case TOP3 -> topThreeCountHidden(group, wave, domain.code())
                    ? countHidden(measure, counts.answered(group, wave, Psp1.TOP3))
                    : proportion(measure, counts.answered(group, wave, Psp1.TOP3),
                    counts.respondents(group, wave, Psp1.TOP3, domain.code()::equals), shownMean(group, wave, domain));
            case MEAN -> mean(group, wave, domain);
        };
    }

    /**
     * The share of those who answered {@code top3} who chose {@code option} (any of its ten codes),
     * protected like the domain figures (the n is the same for every option).
     */
    public Figure topThreeChoice(Set<SiteId> group, WaveId wave, String option) {
        if (!counts.isWholeProgram(group) && givesAwayHidden(group, hiddenSites(wave, StressDomain.FINANCIAL,
                Measure.TOP3), () -> topThreeChoice(Set.of(), wave, option).hasValue())) {
            return Figure.suppressed(Measure.TOP3);
        }
        if (topThreeCountHidden(group, wave, option)) {
            return Figure.suppressed(Measure.TOP3);
        }
        return proportion(Measure.TOP3, counts.answered(group, wave, Psp1.TOP3),
                counts.respondents(group, wave, Psp1.TOP3, option::equals), null);
    }

    /**
     * The cell rule for top-three counts (analysis.md: a table of counts): how many chose
     * {@code option} in a wave is a count, shown only from k, for each site beside the program's
     * total (complementary suppression over the sites' counts, so that the program's count less the
     * shown sites' never gives a small one away), and for the program itself.
     */
    private boolean topThreeCountHidden(Set<SiteId> group, WaveId wave, String option) {
        if (counts.isWholeProgram(group)) {
            long[][] total = {{counts.respondents(group, wave, Psp1.TOP3, option::equals)}};
            return protection.protect(total, Totals.NONE).cell(0, 0).hidden();
        }
        // a site hidden by the group rule shows no count, not even a zero: the line protects it as
        // hidden (unless nobody there answered top3, whose zero is its n's, hidden in its own line)
        Set<SiteId> groupHidden = hiddenSites(wave, StressDomain.FINANCIAL, Measure.TOP3);
        Set<SiteId> hidden = hiddenSites(new LineKey(wave, option, "top3-count"),
                site -> counts.respondents(Set.of(site), wave, Psp1.TOP3, option::equals),
                site -> groupHidden.contains(site) && counts.answered(Set.of(site), wave, Psp1.TOP3) > 0);
        return givesAwayHidden(group, hidden, () -> !topThreeCountHidden(Set.of(), wave, option));
    }

    /**
     * Whether a group of sites shows no figure because of the sites a line hides: its figure less
     * its shown sites' would give a hidden one away. Not when the group holds every hidden site and
     * the program's figure is shown: the group is then the program less sites each shown, a figure
     * every reader works out already (the sites without a plan beside the one with it).
     */
    private static boolean givesAwayHidden(Set<SiteId> group, Set<SiteId> hidden, BooleanSupplier programShown) {
        return group.stream().anyMatch(hidden::contains) && !(group.containsAll(hidden) && programShown.getAsBoolean());
    }

    /**
     * The share with poor health, poor mental health or low quality of life (instrument.md) at a site,
     * or the program's (null). Beside the group rule, it is hidden when its count is: the count is the
     * share's yes, protected with the answers it adds up and with every site's beside the program's
     * ({@link #distribution}).
     */
    public Figure wellbeing(SiteId site, WaveId wave, Wellbeing measure) {
        Figure share = shareOfGroup(site, wave, measure);
        if (!share.hasValue()) {
            return share;
        }
        HealthTables tables = healthTables(wave, measure);
        int row = tables.row(site);
        boolean hidden = row >= 0 && (tables.shares().extendedCell(row, 1).hidden()
                || tables.shares().extendedCell(row, 2).hidden()); // its count or its n
        return hidden ? Figure.suppressed(Measure.HIGH) : share;
    }

    /**
     * How many at a site (or in the program: null) gave each answer of a 1–5 item, as a one-row table
     * with its total; null when the group itself is hidden. Every site's answers and the program's are
     * one table (analysis.md rule 3: a program total beside its sites), protected with each one's share
     * of yes, so that no answer hidden at one site comes back from the program's less the others'.
     */
    public SuppressedTable distribution(SiteId site, WaveId wave, Wellbeing measure) {
        if (shareOfGroup(site, wave, measure).suppressed()) {
            return null;
        }
        HealthTables tables = healthTables(wave, measure);
        int row = tables.row(site);
        return row < 0 ? protection.protect(new long[1][5], Totals.ROWS) : tables.answers().row(row);
    }

    /** A share with the group rule and the sites' line of n applied, its count not yet protected. */
    private Figure shareOfGroup(SiteId site, WaveId wave, Wellbeing measure) {
        String item = measure.item();
        if (site != null && hiddenSites(new LineKey(wave, item, "share"), answeredShare(wave, item)).contains(site)) {
            return Figure.suppressed(Measure.HIGH);
        }
        Set<SiteId> group = site == null ? Set.of() : Set.of(site);
        return proportion(Measure.HIGH, counts.answered(group, wave, item),
                counts.respondents(group, wave, item, v -> measure.counts(Integer.parseInt(v))), null);
    }

    private HealthTables healthTables(WaveId wave, Wellbeing measure) {
        return lines.health.computeIfAbsent(new LineKey(wave, measure.item(), "health"), key -> {
            List<SiteId> sites = counts.allSites();
            int w = counts.allWaves().indexOf(wave);
            if (sites.isEmpty() || w < 0) {
                return new HealthTables(sites, null, null);
            }
            Variable variable = Variable.named(measure.item(), settings).orElseThrow();
            CountCube.Axis answers = ItemAnswers.axis(variable);
            ItemAnswers item = itemAnswers(variable);
            int[] each = {0, 1, 2, 3, 4, answers.total()};
            int[] noYes = {answers.group(0), answers.group(1), answers.total()};
            return new HealthTables(sites,
                    item.table(protection, sites.size() + 1, each.length, (i, j) -> item.position(i, w, each[j])),
                    item.table(protection, sites.size() + 1, noYes.length, (i, j) -> item.position(i, w, noYes[j])));
        });
    }

    /**
     * An item's answers at every site in every wave, protected as every view that shows them protects
     * them (a cross-tab's totals of the item too), the sites' waves whose responses are not given out hidden whole.
     */
    private ItemAnswers itemAnswers(Variable item) {
        return lines.items.computeIfAbsent(item.item(), code -> {
            List<SiteId> sites = counts.allSites();
            List<WaveId> waves = counts.allWaves();
            return new ItemAnswers(protection.k(), sites.size(), waves.size(), ItemAnswers.axis(item), (s, w, c) -> {
                String answer = item.categories().get(c);
                return counts.respondents(Set.of(sites.get(s)), waves.get(w), code, answer::equals);
            }, siteWave -> responsesHidden(sites.get(siteWave[0]), waves.get(siteWave[1])));
        });
    }

    private ToLongFunction<SiteId> answeredShare(WaveId wave, String item) {
        return site -> counts.answered(Set.of(site), wave, item);
    }

    /**
     * The sites and waves whose number of responses must not be given out (each site's in a wave, in
     * the sites view, or their rows in a responses export), by wave: fewer than k, and beside them
     * those that would let a total give them away by subtraction. Both totals are known: a wave's
     * over its sites (the dashboard's responses) and a site's over its waves (the program's list of
     * sites), so the complementary suppression runs over the whole sites × waves table of
     * responses, not wave by wave: with one wave hidden at a site, the site's total less its other
     * waves would be that wave's number of responses. Worked out once per set of counts.
     */
    public Map<WaveId, Set<SiteId>> siteWavesWithTooFewResponses() {
        Map<WaveId, Set<SiteId>> known = lines.tooFewResponses;
        if (known == null) {
            known = tooFewResponses(counts.allSites(), counts.allWaves());
            lines.tooFewResponses = known;
        }
        return known;
    }

    /** Whether a site's number of responses in a wave must not be given out (see above). */
    public boolean responsesHidden(SiteId site, WaveId wave) {
        return siteWavesWithTooFewResponses().getOrDefault(wave, Set.of()).contains(site);
    }

    private Map<WaveId, Set<SiteId>> tooFewResponses(List<SiteId> sites, List<WaveId> waves) {
        Map<WaveId, Set<SiteId>> hidden = new HashMap<>();
        waves.forEach(wave -> hidden.put(wave, new HashSet<>()));
        if (sites.isEmpty() || waves.isEmpty()) {
            return Map.of();
        }
        long[][] responses = new long[sites.size()][waves.size()];
        for (int i = 0; i < sites.size(); i++) {
            for (int j = 0; j < waves.size(); j++) {
                responses[i][j] = counts.responses(Set.of(sites.get(i)), waves.get(j));
            }
        }
        SuppressedTable table = protection.protect(responses, Totals.ALL);
        for (int i = 0; i < sites.size(); i++) {
            for (int j = 0; j < waves.size(); j++) {
                if (table.cell(i, j).hidden()) {
                    hidden.get(waves.get(j)).add(sites.get(i));
                }
            }
        }
        hidden.replaceAll((wave, set) -> Set.copyOf(set));
        return Map.copyOf(hidden);
    }

    /** The sites whose figures must not be shown for this wave, domain and measure (see the class comment). */
    private Set<SiteId> hiddenSites(WaveId wave, StressDomain domain, Measure measure) {
        return hiddenSites(new LineKey(wave, domain.code(), measure.code()),
                site -> respondents(Set.of(site), wave, domain, measure));
    }

    /** The sites hidden in one line: each site's n beside the program's, through complementary suppression. */
    private Set<SiteId> hiddenSites(LineKey key, ToLongFunction<SiteId> n) {
        return hiddenSites(key, n, site -> false);
    }

    /** As above, with the sites another line hides counted hidden in this one from the start. */
    private Set<SiteId> hiddenSites(LineKey key, ToLongFunction<SiteId> n,
                                    Predicate<SiteId> hiddenAlready) {
        return hiddenSites.computeIfAbsent(key, k -> {
            List<SiteId> sites = counts.allSites();
            if (sites.isEmpty()) {
                return Set.<SiteId>of();
            }
            long[][] line = new long[sites.size()][1];
            for (int i = 0; i < sites.size(); i++) {
                line[i][0] = n.applyAsLong(sites.get(i));
            }
            SuppressedTable table = protection.protect(line, Totals.COLUMNS,
                    (row, column) -> hiddenAlready.test(sites.get(row)));
            // a site whose number of responses in the wave is not given out shows no figure of it either
            Set<SiteId> hidden = new HashSet<>(siteWavesWithTooFewResponses().getOrDefault(key.wave(), Set.of()));
            for (int i = 0; i < sites.size(); i++) {
                if (table.cell(i, 0).hidden()) {
                    hidden.add(sites.get(i));
                }
            }
            return hidden;
        });
    }

    /** The n a figure rests on: who answered the overall item, who answered top3, or who has a domain score. */
    private long respondents(Set<SiteId> group, WaveId wave, StressDomain domain, Measure measure) {
        return switch (measure) {
            case HIGH -> counts.answered(group, wave, domain.overallItem());
            case TOP3 -> counts.answered(group, wave, Psp1.TOP3);
            case MEAN -> counts.scoreSums(group, wave, domain)[0];
        };
    }

    /** The 2×2 counts behind a change test: high-stress count and n of the overall item. */
    public long[] highStress(Set<SiteId> group, WaveId wave, StressDomain domain) {
        return new long[] {highStressCount(group, wave, domain), counts.answered(group, wave, domain.overallItem())};
    }

    private long highStressCount(Set<SiteId> group, WaveId wave, StressDomain domain) {
        int threshold = settings.highStressThreshold();
        return counts.respondents(group, wave, domain.overallItem(), v -> Integer.parseInt(v) >= threshold);
    }

    /** A share whose count alone is hidden: its n stays when the group itself is shown (group rule). */
    private Figure countHidden(Measure measure, long n) {
        return protection.hidesGroup(n) ? Figure.suppressed(measure) : Figure.countHidden(measure, n);
    }

    /** A group's mean score beside its share: as the mean-score line shows it, hidden where that line hides it. */
    private Double shownMean(Set<SiteId> group, WaveId wave, StressDomain domain) {
        return figure(group, wave, domain, Measure.MEAN).mean();
    }

    /**
     * @param mean the group's mean score as the mean-score line shows it (null where that line hides
     *             it): a share carries it, so it must be protected as the mean is
     */
    private Figure proportion(Measure measure, long n, long count, Double mean) {
        if (n == 0) {
            return Figure.empty(measure);
        }
        if (protection.hidesGroup(n)) {
            return Figure.suppressed(measure);
        }
        Interval ci = Wilson.interval(count, n);
        return new Figure(measure, n, count, (double) count / n, ci.low(), ci.high(), mean, false);
    }

    private Figure mean(Set<SiteId> group, WaveId wave, StressDomain domain) {
        MeanEstimate mean = meanScore(group, wave, domain);
        if (mean == null) {
            return Figure.empty(Measure.MEAN);
        }
        if (protection.hidesGroup(mean.n())) {
            return Figure.suppressed(Measure.MEAN);
        }
        Interval ci = mean.ci();
        boolean defined = ci != null && ci.isDefined();
        return new Figure(Measure.MEAN, mean.n(), null, null, defined ? ci.low() : null, defined ? ci.high() : null,
                mean.mean(), Double.isNaN(mean.sd()) ? null : mean.sd(), false);
    }

    private MeanEstimate meanScore(Set<SiteId> group, WaveId wave, StressDomain domain) {
        long[] sums = counts.scoreSums(group, wave, domain);
        if (sums[0] == 0) {
            return null;
        }
        double scale = DomainScore.SCALE;
        return MeanEstimate.fromSums(sums[0], sums[1] / scale, sums[2] / (scale * scale));
    }
}
