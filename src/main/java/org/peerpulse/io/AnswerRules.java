package org.peerpulse.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peerpulse.domain.Item;
import org.peerpulse.domain.Psp1;
import org.peerpulse.domain.Response;

/**
 * The PSP-1 value rules of {@link CellRules}, for answers that do not come from a file (the
 * entry form): one place decides what a valid answer, respondent code or date is.
 */
public final class AnswerRules {
    private AnswerRules() {
    }

    /** Why this respondent code is refused (e-mail, phone, too long), or empty when it is fine or blank. */
    public static Optional<String> respondentProblem(String respondent) {
        if (respondent == null || respondent.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(CellRules.respondent(respondent.strip()).problem());
    }

    /** Why this date is refused, or empty when it is an ISO date or date-time, or blank. */
    public static Optional<String> submittedProblem(String submitted) {
        if (submitted == null || submitted.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(CellRules.submitted(submitted.strip()).problem());
    }

    /**
     * Every problem of a response's metadata and answers, as sentences naming the item
     * ("fin_overall: 7 is not on the 1–5 scale"); empty when it can be stored.
     */
    public static List<String> problems(Response response) {
        List<String> problems = new ArrayList<>();
        respondentProblem(response.respondent()).ifPresent(p -> problems.add(Psp1.RESPONDENT + ": " + p));
        submittedProblem(response.submitted()).ifPresent(p -> problems.add(Psp1.SUBMITTED + ": " + p));
        for (Map.Entry<String, String> answer : response.answers().entrySet()) {
            Optional<Item> item = Psp1.item(answer.getKey());
            if (item.isEmpty()) {
                problems.add(CellRules.show(answer.getKey()) + " is not a PSP-1 item");
                continue;
            }
            String value = answer.getValue() == null ? "" : answer.getValue().strip();
            if (value.isEmpty()) {
                problems.add(answer.getKey() + ": a blank answer is stored as not answered, never as a value");
                continue;
            }
            CellRules.Checked checked = CellRules.answer(item.get(), value);
            if (!checked.isOk()) {
                problems.add(answer.getKey() + ": " + checked.problem());
            } else if (!checked.value().equals(value)) {
                problems.add(answer.getKey() + ": write " + checked.value() + " rather than " + CellRules.show(value));
            }
        }
        return problems;
    }
}
