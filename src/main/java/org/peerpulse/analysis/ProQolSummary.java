package org.peerpulse.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.peerpulse.analysis.stats.MeanEstimate;
import org.peerpulse.analysis.stats.ProQol;
import org.peerpulse.analysis.stats.ProQolBand;
import org.peerpulse.analysis.stats.ProQolScores;
import org.peerpulse.domain.Response;

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

    public static ProQolSummary of(List<Response> responses, SmallNumbers protection) {
        List<ProQolScores> scores = responses.stream().map(r -> ProQol.score(r.answers())).toList();
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
}
