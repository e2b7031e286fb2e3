package org.peerpulse.analysis;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.peerpulse.domain.SiteId;
import org.peerpulse.domain.WaveId;

/**
 * Whether a cross-tabulation may be shown for a site and wave filter, when a reader can ask for it
 * for every site, every wave and both, and subtract. The respondents it counts in every site's every
 * wave form one table, with each site's total over its waves, each wave's over its sites, and the
 * program's; that table is protected as one (analysis.md rules 1 and 3), a site's wave whose number
 * of responses the other views hide being hidden from the start. A filter shows its cross-tab when its
 * figure of that table is shown: a site's wave, a site's total, a wave's total, or the program's.
 *
 * <p>So a small part is protected by hiding other parts beside it, not the site's and the program's
 * wholes: a site's wave where 3 answered both no longer hides the program's table over every wave.
 */
public final class SiteWaveTable {
    private final Map<SiteId, Map<WaveId, Long>> n = new HashMap<>();
    private final SmallNumbers protection;
    private final BiPredicate<SiteId, WaveId> responsesHidden;
    private List<SiteId> sites;
    private List<WaveId> waves;
    private Suppression[] decided;

    /** @param responsesHidden whether a site's number of responses in a wave is not given out */
    public SiteWaveTable(SmallNumbers protection, BiPredicate<SiteId, WaveId> responsesHidden) {
        this.protection = protection;
        this.responsesHidden = responsesHidden;
    }

    /** Counts one respondent of the analysis (one who answered what it needs) in its site's wave. */
    public void count(SiteId site, WaveId wave) {
        n.computeIfAbsent(site, s -> new HashMap<>()).merge(wave, 1L, Long::sum);
        decided = null;
    }

    /**
     * @param site null for every site
     * @param wave null for every wave
     * @return whether the group must show no figure, small or not: its figure of the table is hidden
     */
    public boolean hides(SiteId site, WaveId wave) {
        if (protection.showsSmallNumbers()) {
            return false;
        }
        if (decided == null) {
            decide();
        }
        int row = site == null ? sites.size() : sites.indexOf(site);
        int column = wave == null ? waves.size() : waves.indexOf(wave);
        if (row < 0 || column < 0) {
            return false; // nobody in it answered: nothing to show, nothing hidden
        }
        return decided[row * (waves.size() + 1) + column] != Suppression.NONE;
    }

    private void decide() {
        sites = n.keySet().stream().sorted(Comparator.comparingLong(SiteId::value)).toList();
        waves = n.values().stream().flatMap(byWave -> byWave.keySet().stream()).distinct()
                .sorted(Comparator.comparingLong(WaveId::value)).toList();
        long[][] counts = new long[sites.size()][waves.size()];
        boolean[] hiddenElsewhere = new boolean[(sites.size() + 1) * (waves.size() + 1)];
        for (int i = 0; i < sites.size(); i++) {
            for (int j = 0; j < waves.size(); j++) {
                counts[i][j] = n.get(sites.get(i)).getOrDefault(waves.get(j), 0L);
                // a part nobody in it answered gives nothing away, hidden or not
                hiddenElsewhere[i * (waves.size() + 1) + j] = counts[i][j] > 0
                        && responsesHidden.test(sites.get(i), waves.get(j));
            }
        }
        long[][] extended = SmallNumbers.withTotals(counts);
        long[] value = new long[hiddenElsewhere.length];
        for (int i = 0; i <= sites.size(); i++) {
            for (int j = 0; j <= waves.size(); j++) {
                value[i * (waves.size() + 1) + j] = extended[i][j];
            }
        }
        decided = new JointSuppressor(protection.k(), value, JointSuppressor.tableLines(0, sites.size(), waves.size()),
                hiddenElsewhere).run();
    }
}
