package org.peerpulse.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.peerpulse.analysis.stats.MeanEstimate;
import org.peerpulse.analysis.stats.ProQol;
import org.peerpulse.analysis.stats.ProQolBand;
import org.peerpulse.analysis.stats.ProQolScores;
import org.peerpulse.domain.Response;
import org.peerpulse.domain.SiteId;
import org.peerpulse.domain.WaveId;

/**
 * ProQOL 5 for a group of responses: per subscale, the mean score with its t interval and how
 * many fall in each band (low, moderate, high), with the small-number rules applied. Responses
 * without ProQOL answers, or with an item of the subscale missing, are not scored.
 */
public record ProQolSummary(List<Subscale> subscales) {

    public enum Kind {
        COMPASSION_SATISFACTION(ProQolScores::compassionSatisfaction),
        BURNOUT(ProQolScores::burnout),
        SECONDARY_TRAUMATIC_STRESS(ProQolScores::secondaryTraumaticStress);

        private final Function<ProQolScores, Integer> score;

        Kind(Function<ProQolScores, Integer> score) {
            this.score = score;
        }

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * @param mean  null when fewer than k were scored (then bands is hidden too)
     * @param bands one row: low, moderate, high, with its total (the second row repeats it as the column totals)
     */
    public record Subscale(Kind kind, Long n, MeanEstimate mean, SuppressedTable bands, boolean suppressed) {
    }

    /** One response's ProQOL scores, its site and wave: all a summary needs of it. */
    public record Scored(SiteId site, WaveId wave, ProQolScores scores) {
        public static Scored of(Response response) {
            return new Scored(response.site(), response.wave(), ProQol.score(response.answers()));
        }
    }

    /**
     * The summary for a site and wave filter. Each subscale's bands of every site's every wave, with
     * each site's over its waves, each wave's over its sites and the program's, are one table protected
     * as a whole ({@link CountCube}, as cross-tabs are): a reader can ask for every site, every wave and
     * both, and subtract. A part whose number scored is hidden shows no figure, and one whose responses
     * the sites view hides is hidden whole.
     *
     * @param everyResponse every site's scored responses in every wave
     * @param site          null for every site
     * @param wave          null for every wave
     */
    public static ProQolSummary of(List<Scored> everyResponse, SiteId site, WaveId wave, SmallNumbers protection,
                                   BiPredicate<SiteId, WaveId> responsesHidden) {
        List<SiteId> sites = everyResponse.stream().map(Scored::site).distinct()
                .sorted(Comparator.comparingLong(SiteId::value)).toList();
        List<WaveId> waves = everyResponse.stream().map(Scored::wave).distinct()
                .sorted(Comparator.comparingLong(WaveId::value)).toList();
        java.util.Map<SiteId, Integer> siteAt = new java.util.HashMap<>();
        sites.forEach(each -> siteAt.put(each, siteAt.size()));
        java.util.Map<WaveId, Integer> waveAt = new java.util.HashMap<>();
        waves.forEach(each -> waveAt.put(each, waveAt.size()));
        int s = site == null ? sites.size() : siteAt.getOrDefault(site, -1);
        int w = wave == null ? waves.size() : waveAt.getOrDefault(wave, -1);
        List<Scored> asked = everyResponse.stream().filter(r -> (site == null || r.site().equals(site))
                && (wave == null || r.wave().equals(wave))).toList();
        List<Subscale> subscales = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            int bands = ProQolBand.values().length;
            CountCube cube = new CountCube(2, CountCube.Axis.of(sites.size()), CountCube.Axis.of(waves.size()),
                    CountCube.Axis.of(bands));
            for (Scored response : everyResponse) {
                Integer score = kind.score.apply(response.scores());
                if (score != null) {
                    cube.add(new int[] {siteAt.get(response.site()), waveAt.get(response.wave()),
                        ProQolBand.of(score).ordinal()}, 1);
                }
            }
            Suppression[] reasons = cube.protect(protection.k(),
                    part -> responsesHidden.test(sites.get(part[0]), waves.get(part[1])));
            double[] values = asked.stream().map(Scored::scores).map(kind.score).filter(Objects::nonNull)
                    .mapToDouble(Integer::doubleValue)
                    .toArray();
            SuppressedTable shownBands = s < 0 || w < 0 ? protection.protect(new long[1][bands], Totals.ROWS)
                    : cube.table(reasons, protection, 2, bands + 1, (i, j) -> cube.position(s, w, j));
            boolean hidden = values.length == 0 || (!protection.showsSmallNumbers() && shownBands.rowTotal(0).hidden());
            subscales.add(new Subscale(kind, hidden ? null : (long) values.length,
                    hidden ? null : MeanEstimate.of(values), shownBands, hidden && values.length > 0));
        }
        return new ProQolSummary(subscales);
    }
}
