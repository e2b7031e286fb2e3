package org.peerpulse.ui.entry;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.peerpulse.domain.Item;
import org.peerpulse.domain.ItemKind;
import org.peerpulse.domain.Psp1;
import org.peerpulse.domain.Response;
import org.peerpulse.domain.SiteId;
import org.peerpulse.domain.ValueSet;
import org.peerpulse.domain.WaveId;
import org.peerpulse.ui.Messages;

/**
 * The answers of the response being typed: one property per PSP-1 item, the {@code top3} choices
 * (at most three: a fourth is refused with a message) and the metadata written on the paper.
 */
public final class EntryForm {
    private final StringProperty respondent = new SimpleStringProperty(this, "respondent", "");
    private final StringProperty submitted = new SimpleStringProperty(this, "submitted", "");
    private final StringProperty comment = new SimpleStringProperty(this, "comment", "");
    private final Map<String, StringProperty> singles = new LinkedHashMap<>();
    private final ObservableSet<String> top3 = FXCollections.observableSet();
    private final ReadOnlyStringWrapper top3Problem = new ReadOnlyStringWrapper(this, "top3Problem", "");
    private final BooleanBinding anyAnswer;

    public EntryForm() {
        for (Item item : Psp1.items()) {
            if (item.kind() == ItemKind.SINGLE) {
                singles.put(item.code(), new SimpleStringProperty(this, item.code()));
            }
        }
        List<Observable> all = new java.util.ArrayList<>(singles.values());
        all.add(top3);
        all.add(comment);
        anyAnswer = Bindings.createBooleanBinding(() -> !answers().isEmpty(), all.toArray(Observable[]::new));
    }

    /** The value code of a single-choice item (null when not answered). */
    public StringProperty single(String itemCode) {
        StringProperty property = singles.get(itemCode);
        if (property == null) {
            throw new IllegalArgumentException("Not a single-choice PSP-1 item: " + itemCode);
        }
        return property;
    }

    /** Adds a top-three choice; refuses (and says so) a fourth. */
    public boolean choose(String code) {
        if (!top3.contains(code) && top3.size() >= Psp1.TOP3_MAX_CHOICES) {
            top3Problem.set(Messages.tr("entry.top3Limit", Psp1.TOP3_MAX_CHOICES));
            return false;
        }
        top3.add(code);
        top3Problem.set("");
        return true;
    }

    public void unchoose(String code) {
        top3.remove(code);
        top3Problem.set("");
    }

    /** Every answer given, as PSP-1 stores it (top3 codes in the value set's order, space-separated). */
    public Map<String, String> answers() {
        Map<String, String> answers = new HashMap<>();
        singles.forEach((code, value) -> {
            if (value.get() != null) {
                answers.put(code, value.get());
            }
        });
        if (!top3.isEmpty()) {
            answers.put(Psp1.TOP3, ValueSet.TOP3.codes().stream().filter(top3::contains)
                    .collect(Collectors.joining(" ")));
        }
        if (comment.get() != null && !comment.get().isBlank()) {
            answers.put(Psp1.COMMENT, comment.get().strip());
        }
        return answers;
    }

    public Response toResponse(SiteId site, WaveId wave) {
        return new Response(site, wave, respondent.get(), submitted.get(), null, answers());
    }

    /** Shows a stored response's answers. */
    public void load(Response response) {
        clear();
        respondent.set(response.respondent() == null ? "" : response.respondent());
        submitted.set(response.submitted() == null ? "" : response.submitted());
        comment.set(response.answer(Psp1.COMMENT).orElse(""));
        singles.forEach((code, value) -> value.set(response.answer(code).orElse(null)));
        response.answer(Psp1.TOP3).ifPresent(chosen -> top3.addAll(List.of(chosen.split(" "))));
    }

    /** Empties every answer and the metadata, for the next paper form. */
    public void clear() {
        respondent.set("");
        submitted.set("");
        comment.set("");
        singles.values().forEach(value -> value.set(null));
        top3.clear();
        top3Problem.set("");
    }

    public StringProperty respondentProperty() {
        return respondent;
    }

    public StringProperty submittedProperty() {
        return submitted;
    }

    public StringProperty commentProperty() {
        return comment;
    }

    public ObservableSet<String> top3() {
        return top3;
    }

    public ReadOnlyStringProperty top3ProblemProperty() {
        return top3Problem.getReadOnlyProperty();
    }

    /** True while at least one item is answered. */
    public BooleanBinding anyAnswer() {
        return anyAnswer;
    }
}
