package org.peerpulse.analysis;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
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
 * @param item       the one PSP-1 item the variable reads (its own, or the one a derived variable is worked
 *                   out from): a cross-tab reads only its two variables' items
 * @param fromItem   the category an answer of {@code item} falls in (null for none): the answer itself for an
 *                   item's own variable, yes or no for a derived one
 */
public record Variable(String code, String item, List<String> categories, UnaryOperator<String> fromItem) {
    private static final List<String> NO_YES = List.of("no", "yes");

    /** The category a response falls in, or empty when it did not answer the item. */
    public Function<Response, Optional<String>> classify() {
        return response -> response.answer(item).map(fromItem);
    }

    /**
     * The variable of the item this one is worked out from, with every answer of it as a category
     * ({@code srh} for {@code poor_health}); an item's own variable is its own source. A derived
     * table is a sum of its source table's cells, so it is protected through that table.
     */
    public Variable source() {
        if (!isYesNo()) {
            return this;
        }
        List<String> answers = Psp1.item(item).orElseThrow().values().codes();
        return new Variable(item, item, answers, UnaryOperator.identity());
    }

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
                                UnaryOperator.identity()));
        }
    }

    /** Yes or no from the 1–5 score of {@code item}. */
    private static Variable derived(String code, String item, java.util.function.IntPredicate yes) {
        return new Variable(code, item, NO_YES, answer -> {
            try {
                return yes.test(Integer.parseInt(answer)) ? "yes" : "no";
            } catch (NumberFormatException notAScore) {
                return null;
            }
        });
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
