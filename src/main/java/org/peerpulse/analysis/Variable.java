package org.peerpulse.analysis;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.peerpulse.domain.ItemKind;
import org.peerpulse.domain.ProgramSettings;
import org.peerpulse.domain.Psp1;
import org.peerpulse.domain.Response;
import org.peerpulse.domain.StressDomain;

/**
 * A categorical variable a cross-tab can use: any single-choice PSP-1 item, or a derived yes/no
 * of instrument.md — {@code high_<domain>}, {@code poor_health}, {@code poor_mental_health},
 * {@code low_qol}. A response that did not answer has no category.
 *
 * @param item the one PSP-1 item the variable reads (its own, or the one a derived variable is worked
 *             out from): a cross-tab reads only its two variables' items
 */
public record Variable(String code, String item, List<String> categories, Function<Response, Optional<String>> classify) {
    private static final List<String> NO_YES = List.of("no", "yes");

    /** The variable named {@code code}, or empty when there is none. */
    public static Optional<Variable> named(String code, ProgramSettings settings) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(java.util.Locale.ROOT);
        if (wanted.startsWith("high_")) {
            return StressDomain.fromCode(wanted.substring(5)).map(domain -> derived(wanted, domain.overallItem(),
                    score -> score >= settings.highStressThreshold()));
        }
        switch (wanted) {
            case "poor_health":
                return Optional.of(derived(wanted, "srh", score -> score >= 4));
            case "poor_mental_health":
                return Optional.of(derived(wanted, "srmh", score -> score >= 4));
            case "low_qol":
                return Optional.of(derived(wanted, "qol", score -> score <= 2));
            default:
                return Psp1.item(wanted).filter(item -> item.kind() == ItemKind.SINGLE)
                        .map(item -> new Variable(item.code(), item.code(), item.values().codes(),
                                r -> r.answer(item.code())));
        }
    }

    /** Yes or no from the 1–5 score of {@code item}. */
    private static Variable derived(String code, String item, java.util.function.IntPredicate yes) {
        return new Variable(code, item, NO_YES, r -> r.score(item).map(score -> yes.test(score) ? "yes" : "no"));
    }

    /** Whether it is a derived yes/no ({@code high_<domain>}, {@code poor_health}, …) rather than an item's own answers. */
    public boolean isYesNo() {
        return categories.equals(NO_YES);
    }

    /** What can be named: for messages. */
    public static String choices() {
        return "a single-choice item code (e.g. housing_status, debrief, employment, fin_overall), high_<domain>,"
                + " poor_health, poor_mental_health or low_qol";
    }
}
