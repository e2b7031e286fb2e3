package org.peerpulse.domain;

import java.util.List;

/**
 * Counts kept per site and wave as answers are written; every figure on the dashboard is
 * computed from these, never from raw answers.
 *
 * @param responses per site and wave, how many responses
 * @param answered  per site, wave and item, how many respondents answered it
 * @param values    per site, wave, item and value code, how many respondents gave it
 *                  (for top3: chose it)
 * @param scores    per site, wave and domain, the sums behind mean domain scores
 */
public record SummaryCounts(List<ResponseCount> responses, List<AnsweredCount> answered, List<ValueCount> values,
                            List<ScoreSum> scores) {
    public SummaryCounts {
        responses = List.copyOf(responses);
        answered = List.copyOf(answered);
        values = List.copyOf(values);
        scores = List.copyOf(scores);
    }

    public record ResponseCount(SiteId site, WaveId wave, long responses) {
    }

    public record AnsweredCount(SiteId site, WaveId wave, String item, long answered) {
    }

    public record ValueCount(SiteId site, WaveId wave, String item, String value, long respondents) {
    }

    /** Domain-score sums in units of score × 60 (see {@link DomainScore}). */
    public record ScoreSum(SiteId site, WaveId wave, StressDomain domain, long scored, long sum60,
                           long squareSum3600) {
    }
}
