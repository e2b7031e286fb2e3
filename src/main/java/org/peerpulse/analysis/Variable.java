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
 * @param yesNo      for an item a yes/no of instrument.md is worked out from ({@code srh}: poor health), and
 *                   for that yes/no, whether an answer of the item is no or yes; null for other items
 */
public record Variable(String code, String item, List<String> categories, UnaryOperator<String> fromItem,
                       UnaryOperator<String> yesNo) {
    private static final List<String> NO_YES = List.of("no", "yes");

    /** The category a response falls in, or empty when it did not answer the item. */
    public Function<Response, Optional<String>> classify() {
        return response -> response.answer(item).map(fromItem);
    }

    /**
     * The variable of the item this one is worked out from, with every answer of it as a category
     * ({@code srh} for {@code poor_health}); an item's own variable is its own source. A derived
     * table is a sum of its source table's cells, so it is protected with that table.
     */
    public Variable source() {
        if (!isYesNo()) {
            return this;
        }
        List<String> answers = Psp1.item(item).orElseThrow().values().codes();
        return new Variable(item, item, answers, UnaryOperator.identity(), yesNo);
    }

    /**
     * For each category, the index of the yes/no category it falls in (0 no, 1 yes), or empty when no
     * yes/no is worked out from this variable's item.
     */
    public Optional<int[]> yesNoGroups() {
        return Optional.ofNullable(yesNo).map(grouping -> categories.stream()
                .mapToInt(category -> NO_YES.indexOf(grouping.apply(fromItem.apply(category)))).toArray());
    }

    /** The variable named {@code code}, or empty when there is none. */
    public static Optional<Variable> named(String code, ProgramSettings settings) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(java.util.Locale.ROOT);
        if (wanted.startsWith("high_")) {
            return StressDomain.fromCode(wanted.substring(5)).map(domain -> derived(wanted, domain.overallItem(), settings));
        }
        switch (wanted) {
            case "poor_health":
                return Optional.of(derived(wanted, "srh", settings));
            case "poor_mental_health":
                return Optional.of(derived(wanted, "srmh", settings));
            case "low_qol":
                return Optional.of(derived(wanted, "qol", settings));
            default:
                return Psp1.item(wanted).filter(item -> item.kind() == ItemKind.SINGLE)
                        .map(item -> new Variable(item.code(), item.code(), item.values().codes(),
                                UnaryOperator.identity(), yesNo(item.code(), settings)));
        }
    }

    private static Variable derived(String code, String item, ProgramSettings settings) {
        UnaryOperator<String> yesNo = yesNo(item, settings);
        return new Variable(code, item, NO_YES, yesNo, yesNo);
    }

    /**
     * Yes or no from the 1–5 score of an item a yes/no is worked out from (instrument.md: high stress
     * from a domain's overall item, poor health and poor mental health, low quality of life); null for
     * another item.
     */
    private static UnaryOperator<String> yesNo(String item, ProgramSettings settings) {
        java.util.function.IntPredicate yes;
        java.util.Optional<Wellbeing> wellbeing = java.util.Arrays.stream(Wellbeing.values())
                .filter(measure -> measure.item().equals(item)).findFirst();
        if (wellbeing.isPresent()) {
            yes = wellbeing.get()::counts;
        } else if (java.util.Arrays.stream(StressDomain.values()).anyMatch(d -> d.overallItem().equals(item))) {
            yes = score -> score >= settings.highStressThreshold();
        } else {
            return null;
        }
        return answer -> {
            try {
                return yes.test(Integer.parseInt(answer)) ? "yes" : "no";
            } catch (NumberFormatException notAScore) {
                return null;
            }
        };
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
