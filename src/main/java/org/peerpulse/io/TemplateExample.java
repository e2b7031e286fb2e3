package org.peerpulse.io;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.peerpulse.domain.Psp1;
import org.peerpulse.domain.StressDomain;

/**
 * The example row of the blank CSV template ({@code instrument --format csv}): what the template
 * writes under its header, and how an import tells it from an answer. Imported, it was a response
 * of no one, at a site "Example Site" the import created and in a wave 2024-03 of its own.
 */
public final class TemplateExample {
    /** The example's comment: a sentence no worker writes as an answer. */
    public static final String COMMENT = "Example row: replace it with real answers, or delete it.";

    /** The row as the template writes it: valid answers, to show how they are written. */
    public static final ParsedRow ROW = new ParsedRow(2, "Example Site", "2024-03", "XY07", "2024-03-15", null,
            answers());

    private TemplateExample() {
    }

    private static Map<String, String> answers() {
        Map<String, String> answers = new LinkedHashMap<>();
        for (StressDomain domain : StressDomain.values()) {
            domain.itemCodes().forEach(code -> answers.put(code, "3"));
        }
        answers.put("fin_overall", "4");
        answers.put(Psp1.TOP3, "financial housing caring");
        answers.put("srh", "3");
        answers.put("srmh", "4");
        answers.put("qol", "3");
        answers.put("employment", "casual");
        answers.put("housing_status", "unstable");
        answers.put("debrief", "no");
        answers.put("od_responses", "6_20");
        answers.put("stay_12m", "unsure");
        answers.put(Psp1.COMMENT, COMMENT);
        return answers;
    }

    /**
     * True when a row read from a file is the template's example: it still says so in its comment
     * (whatever else was changed: a row filled in over the example would keep a comment of no one),
     * or it is the example whole but for the comment.
     */
    static boolean is(ParsedRow row) {
        String comment = row.answers().get(Psp1.COMMENT);
        if (comment != null && comment.strip().equalsIgnoreCase(COMMENT)) {
            return true;
        }
        return Objects.equals(row.site(), ROW.site()) && Objects.equals(row.wave(), ROW.wave())
                && Objects.equals(row.respondent(), ROW.respondent())
                && Objects.equals(row.submitted(), ROW.submitted())
                && withoutComment(row.answers()).equals(withoutComment(ROW.answers()));
    }

    private static Map<String, String> withoutComment(Map<String, String> answers) {
        Map<String, String> rest = new HashMap<>(answers);
        rest.remove(Psp1.COMMENT);
        return rest;
    }

    /** The problem that refuses the row. */
    static String problem() {
        return "is the template's example row; replace it with real answers, or delete it";
    }
}
