package org.peerpulse.domain;

import java.util.OptionalInt;

/**
 * A respondent's domain score (instrument.md): the mean of the domain's answered items, missing
 * when fewer than half of its items are answered. Scores are kept as score × 60: every mean of
 * one to five whole numbers is then a whole number, so sums stay exact.
 */
public final class DomainScore {
    public static final int SCALE = 60;

    private DomainScore() {
    }

    public static OptionalInt times60(Response response, StressDomain domain) {
        int answered = 0;
        int sum = 0;
        for (String item : domain.itemCodes()) {
            var score = response.score(item);
            if (score.isPresent()) {
                answered++;
                sum += score.get();
            }
        }
        if (answered == 0 || answered * 2 < domain.itemCodes().size()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(sum * SCALE / answered);
    }
}
