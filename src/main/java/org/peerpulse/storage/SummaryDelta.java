package org.peerpulse.storage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.peerpulse.domain.DomainScore;
import org.peerpulse.domain.ItemKind;
import org.peerpulse.domain.Psp1;
import org.peerpulse.domain.Response;
import org.peerpulse.domain.SiteId;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.domain.WaveId;

/**
 * What a set of responses adds to (or, with sign −1, takes from) the summary counts,
 * accumulated in memory so each summary row is written once per delta (an import gathers one
 * over many batches: {@link ResponseRepository.BulkInsert}).
 */
final class SummaryDelta {
    /**
     * The order of the summary tables' keys (site, then wave, then item and value or domain): rows
     * are written in it, next to each other. Written out by hand: chained key extractors were 2% of an import.
     */
    private static int compare(SiteId site, WaveId wave, SiteId otherSite, WaveId otherWave) {
        if (site != otherSite) {
            if (site == null || otherSite == null) {
                return site == null ? -1 : 1;
            }
            int bySite = Long.compare(site.value(), otherSite.value());
            if (bySite != 0) {
                return bySite;
            }
        }
        return Long.compare(wave.value(), otherWave.value());
    }

    record SiteWave(SiteId site, WaveId wave) {
        static final Comparator<SiteWave> ORDER = (a, b) -> compare(a.site, a.wave, b.site, b.wave);
    }

    record ItemKey(SiteId site, WaveId wave, String item) {
        static final Comparator<ItemKey> ORDER = (a, b) -> {
            int bySiteWave = compare(a.site, a.wave, b.site, b.wave);
            return bySiteWave != 0 ? bySiteWave : a.item.compareTo(b.item);
        };
    }

    record ValueKey(SiteId site, WaveId wave, String item, String value) {
        static final Comparator<ValueKey> ORDER = (a, b) -> {
            int bySiteWave = compare(a.site, a.wave, b.site, b.wave);
            if (bySiteWave != 0) {
                return bySiteWave;
            }
            int byItem = a.item.compareTo(b.item);
            return byItem != 0 ? byItem : a.value.compareTo(b.value);
        };
    }

    record DomainKey(SiteId site, WaveId wave, StressDomain domain) {
        static final Comparator<DomainKey> ORDER = (a, b) -> {
            int bySiteWave = compare(a.site, a.wave, b.site, b.wave);
            return bySiteWave != 0 ? bySiteWave : a.domain.code().compareTo(b.domain.code());
        };
    }

    /** A map's entries in the order of its keys. */
    static <K, V> List<Map.Entry<K, V>> inOrder(Map<K, V> counts, Comparator<K> order) {
        List<Map.Entry<K, V>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.comparingByKey(order));
        return entries;
    }

    /** scored, sum × 60, sum of squares × 3600. */
    static final class ScoreTotals {
        long scored;
        long sum60;
        long squareSum3600;
    }

    final Map<SiteWave, Long> responses = new HashMap<>();
    final Map<ItemKey, Long> answered = new HashMap<>();
    final Map<ValueKey, Long> values = new HashMap<>();
    final Map<DomainKey, ScoreTotals> scores = new HashMap<>();

    static SummaryDelta adding(List<Response> responses) {
        SummaryDelta delta = new SummaryDelta();
        responses.forEach(r -> delta.count(r, 1));
        return delta;
    }

    /** Adds what {@code more} responses add to the counts. */
    void add(List<Response> more) {
        more.forEach(r -> count(r, 1));
    }

    /** The sites and waves this delta changes a count of responses for. */
    int siteWaves() {
        return responses.size();
    }

    boolean isEmpty() {
        return responses.isEmpty() && answered.isEmpty() && values.isEmpty() && scores.isEmpty();
    }

    static SummaryDelta removing(List<Response> responses) {
        SummaryDelta delta = new SummaryDelta();
        responses.forEach(r -> delta.count(r, -1));
        return delta;
    }

    /** The same delta added up over every site: keys without a site (null), for the program's totals. */
    SummaryDelta overAllSites() {
        SummaryDelta program = new SummaryDelta();
        responses.forEach((k, n) -> program.responses.merge(new SiteWave(null, k.wave()), n, Long::sum));
        answered.forEach((k, n) -> program.answered.merge(new ItemKey(null, k.wave(), k.item()), n, Long::sum));
        values.forEach((k, n) -> program.values.merge(new ValueKey(null, k.wave(), k.item(), k.value()), n, Long::sum));
        scores.forEach((k, totals) -> {
            ScoreTotals sum = program.scores.computeIfAbsent(new DomainKey(null, k.wave(), k.domain()),
                    key -> new ScoreTotals());
            sum.scored += totals.scored;
            sum.sum60 += totals.sum60;
            sum.squareSum3600 += totals.squareSum3600;
        });
        return program;
    }

    private void count(Response response, int sign) {
        SiteId site = response.site();
        WaveId wave = response.wave();
        responses.merge(new SiteWave(site, wave), (long) sign, Long::sum);
        response.answers().forEach((code, value) -> {
            var item = Psp1.item(code).orElseThrow(() -> new IllegalArgumentException("Not a PSP-1 item: " + code));
            if (item.kind() == ItemKind.TEXT) {
                return;
            }
            answered.merge(new ItemKey(site, wave, code), (long) sign, Long::sum);
            for (String chosen : item.kind() == ItemKind.MULTIPLE ? value.split(" ") : new String[] {value}) {
                values.merge(new ValueKey(site, wave, code, chosen), (long) sign, Long::sum);
            }
        });
        for (StressDomain domain : StressDomain.values()) {
            DomainScore.times60(response, domain).ifPresent(score -> {
                ScoreTotals totals = scores.computeIfAbsent(new DomainKey(site, wave, domain), k -> new ScoreTotals());
                totals.scored += sign;
                totals.sum60 += (long) sign * score;
                totals.squareSum3600 += (long) sign * score * score;
            });
        }
    }
}
