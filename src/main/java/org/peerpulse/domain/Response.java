package org.peerpulse.domain;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One worker's answers in one wave at one site. Answers are kept raw: item code → value code
 * (for {@code top3}, the chosen codes separated by spaces; for {@code comment}, the text).
 * An item that was not answered has no entry.
 *
 * @param respondent optional pseudonymous code; never a name
 * @param submitted  optional ISO date or date-time, as given
 * @param sourceId   optional id of the row in the source system (e.g. Kobo's {@code _uuid}), for duplicates
 */
public record Response(SiteId site, WaveId wave, String respondent, String submitted, String sourceId,
                       Map<String, String> answers) {
    public Response {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(wave, "wave");
        respondent = blankToNull(respondent);
        submitted = blankToNull(submitted);
        sourceId = blankToNull(sourceId);
        answers = Map.copyOf(answers);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Optional<String> answer(String itemCode) {
        return Optional.ofNullable(answers.get(itemCode));
    }

    /** The numeric answer of a 1–5 item, if answered. */
    public Optional<Integer> score(String itemCode) {
        return answer(itemCode).map(Integer::valueOf);
    }
}
