package org.peerpulse.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.peerpulse.domain.SiteId;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.domain.SummaryCounts;
import org.peerpulse.domain.WaveId;

/**
 * The summary counts, indexed so a group of sites in a wave can be added up quickly.
 * A group is a set of sites; the empty set means the whole program. Never changed once built, so
 * one index can serve every calculator (and thread) until the counts change.
 *
 * <p>The counts sit in flat arrays of longs, one block per site and wave, each item and value code
 * at a fixed place in the block, beside the same counts added up over every site. A provincial
 * program's counts (250 sites, 24 waves) were 150 MB of map entries, boxed numbers and keys that
 * every young collection copied; as arrays they are a few MB, and a look-up is an index, not a hash.
 */
public final class CountIndex {
    private static final int DOMAINS = StressDomain.values().length;
    private static final int SCORE_SUMS = 3;

    private final Map<SiteId, Integer> siteIndex = new HashMap<>();
    private final Map<WaveId, Integer> waveIndex = new HashMap<>();
    private final Map<String, Integer> itemIndex = new HashMap<>();
    /** Where each item's first value code is in a block of values (and, last, the block's length). */
    private final int[] firstValue;
    /** The value codes in block order. */
    private final String[] valueCodes;
    private final int sites;
    private final int waves;
    private final int items;
    private final long[] responses;
    private final long[] answered;
    private final long[] values;
    private final long[] scores;
    /** The same counts added up over every site, per wave: the whole program in one look-up. */
    private final long[] programResponses;
    private final long[] programAnswered;
    private final long[] programValues;
    private final long[] programScores;
    /** Sites with responses, in id order. */
    private final List<SiteId> allSites;
    /** Waves with responses, in id order. */
    private final List<WaveId> allWaves;

    public CountIndex(SummaryCounts counts) {
        List<SiteId> sitesWithResponses = new ArrayList<>();
        List<WaveId> wavesWithResponses = new ArrayList<>();
        counts.responses().forEach(r -> {
            index(siteIndex, r.site());
            index(waveIndex, r.wave());
            sitesWithResponses.add(r.site());
            wavesWithResponses.add(r.wave());
        });
        counts.answered().forEach(a -> {
            index(siteIndex, a.site());
            index(waveIndex, a.wave());
            index(itemIndex, a.item());
        });
        Map<String, java.util.Set<String>> codesOf = new HashMap<>();
        counts.values().forEach(v -> {
            index(siteIndex, v.site());
            index(waveIndex, v.wave());
            index(itemIndex, v.item());
            codesOf.computeIfAbsent(v.item(), k -> new java.util.LinkedHashSet<>()).add(v.value());
        });
        counts.scores().forEach(s -> {
            index(siteIndex, s.site());
            index(waveIndex, s.wave());
        });
        sites = siteIndex.size();
        waves = waveIndex.size();
        items = itemIndex.size();
        String[] itemByIndex = new String[items];
        itemIndex.forEach((item, i) -> itemByIndex[i] = item);
        firstValue = new int[items + 1];
        Map<String, Map<String, Integer>> slotOf = new HashMap<>();
        List<String> slots = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            firstValue[i] = slots.size();
            Map<String, Integer> itemSlots = new HashMap<>();
            for (String code : codesOf.getOrDefault(itemByIndex[i], java.util.Set.of())) {
                itemSlots.put(code, slots.size());
                slots.add(code);
            }
            slotOf.put(itemByIndex[i], itemSlots);
        }
        firstValue[items] = slots.size();
        valueCodes = slots.toArray(String[]::new);
        int valuesPerBlock = valueCodes.length;

        responses = new long[sites * waves];
        answered = new long[sites * waves * items];
        values = new long[sites * waves * valuesPerBlock];
        scores = new long[sites * waves * DOMAINS * SCORE_SUMS];
        programResponses = new long[waves];
        programAnswered = new long[waves * items];
        programValues = new long[waves * valuesPerBlock];
        programScores = new long[waves * DOMAINS * SCORE_SUMS];
        for (SummaryCounts.ResponseCount r : counts.responses()) {
            int wave = waveIndex.get(r.wave());
            responses[block(siteIndex.get(r.site()), wave)] += r.responses();
            programResponses[wave] += r.responses();
        }
        for (SummaryCounts.AnsweredCount a : counts.answered()) {
            int wave = waveIndex.get(a.wave());
            int item = itemIndex.get(a.item());
            answered[block(siteIndex.get(a.site()), wave) * items + item] += a.answered();
            programAnswered[wave * items + item] += a.answered();
        }
        for (SummaryCounts.ValueCount v : counts.values()) {
            int wave = waveIndex.get(v.wave());
            int slot = slotOf.get(v.item()).get(v.value());
            values[block(siteIndex.get(v.site()), wave) * valuesPerBlock + slot] += v.respondents();
            programValues[wave * valuesPerBlock + slot] += v.respondents();
        }
        for (SummaryCounts.ScoreSum s : counts.scores()) {
            int wave = waveIndex.get(s.wave());
            int at = (block(siteIndex.get(s.site()), wave) * DOMAINS + s.domain().ordinal()) * SCORE_SUMS;
            int program = (wave * DOMAINS + s.domain().ordinal()) * SCORE_SUMS;
            long[] sums = {s.scored(), s.sum60(), s.squareSum3600()};
            for (int k = 0; k < SCORE_SUMS; k++) {
                scores[at + k] += sums[k];
                programScores[program + k] += sums[k];
            }
        }
        allSites = sitesWithResponses.stream().distinct().sorted(Comparator.comparingLong(SiteId::value)).toList();
        allWaves = wavesWithResponses.stream().distinct().sorted(Comparator.comparingLong(WaveId::value)).toList();
    }

    private static <K> int index(Map<K, Integer> index, K key) {
        Integer known = index.get(key);
        if (known != null) {
            return known;
        }
        index.put(key, index.size());
        return index.size() - 1;
    }

    private int block(int site, int wave) {
        return site * waves + wave;
    }

    /** Every site with responses, in id order. */
    List<SiteId> allSites() {
        return allSites;
    }

    /** Every wave with responses, in id order. */
    List<WaveId> allWaves() {
        return allWaves;
    }

    boolean isWholeProgram(Set<SiteId> group) {
        return group.isEmpty() || group.containsAll(allSites);
    }

    long responses(Set<SiteId> group, WaveId wave) {
        Integer w = waveIndex.get(wave);
        if (w == null) {
            return 0;
        }
        if (group.isEmpty()) {
            return programResponses[w];
        }
        long total = 0;
        for (SiteId site : group) {
            Integer s = siteIndex.get(site);
            if (s != null) {
                total += responses[block(s, w)];
            }
        }
        return total;
    }

    /** Respondents of the group who answered the item in the wave. */
    long answered(Set<SiteId> group, WaveId wave, String item) {
        Integer w = waveIndex.get(wave);
        Integer i = itemIndex.get(item);
        if (w == null || i == null) {
            return 0;
        }
        if (group.isEmpty()) {
            return programAnswered[w * items + i];
        }
        long total = 0;
        for (SiteId site : group) {
            Integer s = siteIndex.get(site);
            if (s != null) {
                total += answered[block(s, w) * items + i];
            }
        }
        return total;
    }

    /** Respondents of the group whose answer to the item (or one of whose choices) matches. */
    long respondents(Set<SiteId> group, WaveId wave, String item, Predicate<String> value) {
        Integer w = waveIndex.get(wave);
        Integer i = itemIndex.get(item);
        if (w == null || i == null) {
            return 0;
        }
        int perBlock = valueCodes.length;
        long total = 0;
        for (int slot = firstValue[i]; slot < firstValue[i + 1]; slot++) {
            if (!value.test(valueCodes[slot])) {
                continue;
            }
            if (group.isEmpty()) {
                total += programValues[w * perBlock + slot];
                continue;
            }
            for (SiteId site : group) {
                Integer s = siteIndex.get(site);
                if (s != null) {
                    total += values[block(s, w) * perBlock + slot];
                }
            }
        }
        return total;
    }

    /** The group's domain-score sums in the wave: scored, sum × 60, sum of squares × 3600. */
    long[] scoreSums(Set<SiteId> group, WaveId wave, StressDomain domain) {
        long[] sums = new long[SCORE_SUMS];
        Integer w = waveIndex.get(wave);
        if (w == null) {
            return sums;
        }
        if (group.isEmpty()) {
            System.arraycopy(programScores, (w * DOMAINS + domain.ordinal()) * SCORE_SUMS, sums, 0, SCORE_SUMS);
            return sums;
        }
        for (SiteId site : group) {
            Integer s = siteIndex.get(site);
            if (s != null) {
                int at = (block(s, w) * DOMAINS + domain.ordinal()) * SCORE_SUMS;
                for (int k = 0; k < SCORE_SUMS; k++) {
                    sums[k] += scores[at + k];
                }
            }
        }
        return sums;
    }
}
