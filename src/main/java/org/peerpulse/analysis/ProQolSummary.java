package org.peerpulse.analysis;

import java.util.ArrayList;
import java.util.List;
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
     * @param bands one row: low, moderate, high, protected with its total
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
     * This summary with the subscales hidden that a reader could work out from the same summary
     * asked for every site, every wave and both ({@link SiteWaveTable}, as cross-tabs are).
     *
     * @param scored every site's responses in every wave: the table of parts is protected whole
     * @param site   null for every site
     * @param wave   null for every wave
     */
    public ProQolSummary hidingBesideItsParts(List<Scored> scored, SiteId site, WaveId wave, SmallNumbers protection,
                                              java.util.function.BiPredicate<SiteId, WaveId> responsesHidden) {
        List<Subscale> checked = new ArrayList<>();
        for (Subscale subscale : subscales) {
            SiteWaveTable parts = new SiteWaveTable(protection, responsesHidden);
            for (Scored response : scored) {
                if (subscale.kind().score.apply(response.scores()) != null) {
                    parts.count(response.site(), response.wave());
                }
            }
            boolean hide = subscale.n() != null && parts.hides(site, wave);
            checked.add(hide ? new Subscale(subscale.kind(), null, null, subscale.bands(), true) : subscale);
        }
        return new ProQolSummary(checked);
    }

    public static ProQolSummary of(List<Scored> responses, SmallNumbers protection) {
        List<ProQolScores> scores = responses.stream().map(Scored::scores).toList();
        List<Subscale> subscales = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            double[] values = scores.stream().map(kind.score).filter(java.util.Objects::nonNull)
                    .mapToDouble(Integer::doubleValue).toArray();
            long[][] bands = new long[1][ProQolBand.values().length];
            for (double value : values) {
                bands[0][ProQolBand.of((int) value).ordinal()]++;
            }
            SuppressedTable shownBands = protection.protect(bands, Totals.ROWS);
            boolean hidden = values.length == 0 || protection.hidesGroup(values.length);
            subscales.add(new Subscale(kind, hidden ? null : (long) values.length,
                    hidden ? null : MeanEstimate.of(values), shownBands, hidden && values.length > 0));
        }
        return new ProQolSummary(subscales);
    }

    /**
     * The summary of one site, protected against the program total (decision 0005): per subscale,
     * every site's count of scored responses forms one line with the program's, and a site hidden
     * in that line (small itself, or hidden beside a small one) shows no figures.
     *
     * @param everySite the ProQOL responses of every site in the same waves
     */
    public static ProQolSummary ofSite(List<Scored> everySite, SiteId site, SmallNumbers protection) {
        ProQolSummary own = of(everySite.stream().filter(r -> r.site().equals(site)).toList(), protection);
        java.util.Map<SiteId, Integer> rowOf = new java.util.HashMap<>(); // every site's line, in id order
        everySite.stream().map(Scored::site).distinct().sorted(java.util.Comparator.comparingLong(SiteId::value))
                .forEach(s -> rowOf.put(s, rowOf.size()));
        Integer row = rowOf.get(site);
        if (protection.showsSmallNumbers() || row == null) {
            return own;
        }
        List<Subscale> subscales = new ArrayList<>();
        for (Subscale subscale : own.subscales()) {
            long[][] line = new long[rowOf.size()][1];
            for (Scored response : everySite) {
                if (subscale.kind().score.apply(response.scores()) != null) {
                    line[rowOf.get(response.site())][0]++;
                }
            }
            boolean hidden = line[row][0] > 0 && protection.protect(line, Totals.COLUMNS).cell(row, 0).hidden();
            subscales.add(hidden ? new Subscale(subscale.kind(), null, null, subscale.bands(), true) : subscale);
        }
        return new ProQolSummary(subscales);
    }
}
