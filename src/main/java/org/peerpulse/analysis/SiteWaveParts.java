package org.peerpulse.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.peerpulse.domain.SiteId;
import org.peerpulse.domain.WaveId;

/**
 * Whether an analysis over raw answers (a cross-tabulation, ProQOL) may be shown for a site and
 * wave filter, when a reader can ask for the same analysis one site and one wave at a time and
 * subtract. Its group is made of parts, one per site and wave, with the n each part would show:
 * <ul>
 *   <li>one site in one wave is hidden when, in the wave's line of sites beside the program, it is
 *       hidden (small, or beside a small one: as the domain figures), or when that site's number of
 *       responses in the wave is not given out ({@link MeasureCalculator#responsesHidden});</li>
 *   <li>a site over every wave, or the program over every wave, is hidden when the parts a reader
 *       cannot see would be given away by the whole less the parts shown: one part alone, or parts
 *       adding up to 1 to k − 1 ({@link SmallNumbers#hidesRemainder}, the rule of every line).</li>
 * </ul>
 * A part whose hiding is not known here (a site's wave hidden only in a line of the whole wave,
 * which a site's own filter does not read) counts as seen: a part hidden in a line has n of at
 * least k, so leaving it out can only make the rule hide more, never less.
 */
public final class SiteWaveParts {
    private final Map<SiteId, Map<WaveId, Long>> n = new HashMap<>();
    private final SmallNumbers protection;
    private final BiPredicate<SiteId, WaveId> responsesHidden;

    /** @param responsesHidden whether a site's number of responses in a wave is not given out */
    public SiteWaveParts(SmallNumbers protection, BiPredicate<SiteId, WaveId> responsesHidden) {
        this.protection = protection;
        this.responsesHidden = responsesHidden;
    }

    /** Counts one respondent of the analysis (one who answered what it needs) in its part. */
    public void count(SiteId site, WaveId wave) {
        n.computeIfAbsent(site, s -> new HashMap<>()).merge(wave, 1L, Long::sum);
    }

    /**
     * @param site null for every site
     * @param wave null for every wave
     * @return whether the group must show no figure although it has k or more respondents
     */
    public boolean hides(SiteId site, WaveId wave) {
        if (protection.showsSmallNumbers()) {
            return false;
        }
        if (site != null && wave != null) {
            return responsesHidden.test(site, wave) || hiddenInLine(site, wave);
        }
        if (site != null) {
            return protection.hidesRemainder(unseen(site));
        }
        if (wave != null) {
            return false; // the wave's sites are protected in its line: those hidden add up to 0 or k and more
        }
        List<Long> unseenWaves = new ArrayList<>();
        for (WaveId each : waves()) {
            long inWave = n.values().stream().mapToLong(byWave -> byWave.getOrDefault(each, 0L)).sum();
            if (protection.hidesGroup(inWave)) {
                unseenWaves.add(inWave);
            }
        }
        List<Long> unseenSites = new ArrayList<>();
        for (SiteId each : n.keySet()) {
            long ofSite = total(each);
            if (protection.hidesGroup(ofSite) || hides(each, null)) {
                unseenSites.add(ofSite);
            }
        }
        return protection.hidesRemainder(unseenWaves) || protection.hidesRemainder(unseenSites);
    }

    /** The respondents of each of the site's waves that a reader cannot see one wave at a time. */
    private List<Long> unseen(SiteId site) {
        List<Long> unseen = new ArrayList<>();
        for (Map.Entry<WaveId, Long> part : n.getOrDefault(site, Map.of()).entrySet()) {
            if (protection.hidesGroup(part.getValue()) || responsesHidden.test(site, part.getKey())) {
                unseen.add(part.getValue());
            }
        }
        return unseen;
    }

    private boolean hiddenInLine(SiteId site, WaveId wave) {
        List<SiteId> sites = new ArrayList<>(n.keySet());
        sites.sort(Comparator.comparingLong(SiteId::value));
        int row = sites.indexOf(site);
        if (row < 0) {
            return false;
        }
        long[][] line = new long[sites.size()][1];
        for (int i = 0; i < sites.size(); i++) {
            line[i][0] = n.get(sites.get(i)).getOrDefault(wave, 0L);
        }
        return protection.protect(line, Totals.COLUMNS).cell(row, 0).hidden();
    }

    private long total(SiteId site) {
        return n.getOrDefault(site, Map.of()).values().stream().mapToLong(Long::longValue).sum();
    }

    private List<WaveId> waves() {
        return n.values().stream().flatMap(byWave -> byWave.keySet().stream()).distinct().toList();
    }
}
