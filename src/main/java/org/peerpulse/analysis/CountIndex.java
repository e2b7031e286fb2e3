package org.peerpulse.analysis;

import java.util.HashMap;
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
 */
public final class CountIndex {
    private record Key(SiteId site, WaveId wave, String name) {
    }

    private final Map<Key, Long> answered = new HashMap<>();
    private final Map<Key, Map<String, Long>> values = new HashMap<>();
    private final Map<Key, SummaryCounts.ScoreSum> scores = new HashMap<>();
    private final Map<Key, Long> responses = new HashMap<>();
    private final Set<SiteId> allSites = new java.util.HashSet<>();
    /** The same counts added up over every site (site null), for the whole program in one look-up. */
    private final Map<Key, Long> programAnswered = new HashMap<>();
    private final Map<Key, Map<String, Long>> programValues = new HashMap<>();
    private final Map<Key, long[]> programScores = new HashMap<>();
    private final Map<Key, Long> programResponses = new HashMap<>();

    public CountIndex(SummaryCounts counts) {
        counts.responses().forEach(r -> {
            responses.put(new Key(r.site(), r.wave(), ""), r.responses());
            allSites.add(r.site());
        });
        counts.answered().forEach(a -> answered.put(new Key(a.site(), a.wave(), a.item()), a.answered()));
        counts.values().forEach(v -> values.computeIfAbsent(new Key(v.site(), v.wave(), v.item()), k -> new HashMap<>())
                .put(v.value(), v.respondents()));
        counts.scores().forEach(s -> scores.put(new Key(s.site(), s.wave(), s.domain().code()), s));
        counts.responses().forEach(r -> programResponses.merge(new Key(null, r.wave(), ""), r.responses(), Long::sum));
        counts.answered().forEach(a -> programAnswered.merge(new Key(null, a.wave(), a.item()), a.answered(), Long::sum));
        counts.values().forEach(v -> programValues.computeIfAbsent(new Key(null, v.wave(), v.item()), k -> new HashMap<>())
                .merge(v.value(), v.respondents(), Long::sum));
        counts.scores().forEach(s -> {
            long[] sums = programScores.computeIfAbsent(new Key(null, s.wave(), s.domain().code()), k -> new long[3]);
            sums[0] += s.scored();
            sums[1] += s.sum60();
            sums[2] += s.squareSum3600();
        });
    }

    /** Every site with responses, in id order. */
    java.util.List<SiteId> allSites() {
        return allSites.stream().sorted(java.util.Comparator.comparingLong(SiteId::value)).toList();
    }

    boolean isWholeProgram(Set<SiteId> group) {
        return group.isEmpty() || group.containsAll(allSites);
    }

    private Set<SiteId> sites(Set<SiteId> group) {
        return group.isEmpty() ? allSites : group;
    }

    long responses(Set<SiteId> group, WaveId wave) {
        if (group.isEmpty()) {
            return programResponses.getOrDefault(new Key(null, wave, ""), 0L);
        }
        long total = 0;
        for (SiteId site : group) {
            total += responses.getOrDefault(new Key(site, wave, ""), 0L);
        }
        return total;
    }

    /** Respondents of the group who answered the item in the wave. */
    long answered(Set<SiteId> group, WaveId wave, String item) {
        if (group.isEmpty()) {
            return programAnswered.getOrDefault(new Key(null, wave, item), 0L);
        }
        long total = 0;
        for (SiteId site : group) {
            total += answered.getOrDefault(new Key(site, wave, item), 0L);
        }
        return total;
    }

    /** Respondents of the group whose answer to the item (or one of whose choices) matches. */
    long respondents(Set<SiteId> group, WaveId wave, String item, Predicate<String> value) {
        long total = 0;
        if (group.isEmpty()) {
            for (var entry : programValues.getOrDefault(new Key(null, wave, item), Map.of()).entrySet()) {
                if (value.test(entry.getKey())) {
                    total += entry.getValue();
                }
            }
            return total;
        }
        for (SiteId site : sites(group)) {
            for (var entry : values.getOrDefault(new Key(site, wave, item), Map.of()).entrySet()) {
                if (value.test(entry.getKey())) {
                    total += entry.getValue();
                }
            }
        }
        return total;
    }

    /** The group's domain-score sums in the wave: scored, sum × 60, sum of squares × 3600. */
    long[] scoreSums(Set<SiteId> group, WaveId wave, StressDomain domain) {
        if (group.isEmpty()) {
            return programScores.getOrDefault(new Key(null, wave, domain.code()), new long[3]).clone();
        }
        long[] sums = new long[3];
        for (SiteId site : sites(group)) {
            SummaryCounts.ScoreSum sum = scores.get(new Key(site, wave, domain.code()));
            if (sum != null) {
                sums[0] += sum.scored();
                sums[1] += sum.sum60();
                sums[2] += sum.squareSum3600();
            }
        }
        return sums;
    }
}
