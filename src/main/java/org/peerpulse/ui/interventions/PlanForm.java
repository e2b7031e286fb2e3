package org.peerpulse.ui.interventions;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.beans.Observable;
import org.peerpulse.domain.Intervention;
import org.peerpulse.domain.InterventionId;
import org.peerpulse.domain.InterventionStatus;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.domain.Support;
import org.peerpulse.ui.Messages;

/** What the plan dialog edits, and whether it can be saved (no nodes: testable without a window). */
final class PlanForm {
    private final Intervention original;
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<Support> support = new SimpleObjectProperty<>();
    private final ObservableList<Site> sites = FXCollections.observableArrayList();
    private final Map<StressDomain, BooleanProperty> domains = new EnumMap<>(StressDomain.class);
    private final StringProperty owner = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> end = new SimpleObjectProperty<>();
    private final ObjectProperty<InterventionStatus> status = new SimpleObjectProperty<>(InterventionStatus.PLANNED);
    private final StringProperty notes = new SimpleStringProperty("");
    private final StringBinding problem;

    /** A new plan (original null) or an existing one to edit. */
    PlanForm(Intervention original, List<Site> allSites, List<Support> library) {
        this.original = original;
        for (StressDomain domain : StressDomain.values()) {
            domains.put(domain, new SimpleBooleanProperty(false));
        }
        if (original != null) {
            title.set(original.title());
            support.set(library.stream().filter(s -> s.id().equals(original.support())).findFirst().orElse(null));
            sites.setAll(allSites.stream().filter(s -> original.sites().contains(s.id())).toList());
            original.domains().forEach(d -> domains.get(d).set(true));
            owner.set(original.owner() == null ? "" : original.owner());
            start.set(original.start());
            end.set(original.end());
            status.set(original.status());
            notes.set(original.notes() == null ? "" : original.notes());
        }
        support.addListener((o, was, now) -> fillFrom(now));
        Observable[] inputs = new Observable[domains.size() + 4];
        inputs[0] = title;
        inputs[1] = sites;
        inputs[2] = start;
        inputs[3] = end;
        int i = 4;
        for (BooleanProperty domain : domains.values()) {
            inputs[i++] = domain;
        }
        problem = Bindings.createStringBinding(this::findProblem, inputs);
    }

    /** A chosen support fills an empty title and, when none is ticked, its domains. */
    private void fillFrom(Support chosen) {
        if (chosen == null) {
            return;
        }
        if (title.get() == null || title.get().isBlank()) {
            title.set(chosen.name());
        }
        if (chosenDomains().isEmpty()) {
            chosen.domains().forEach(d -> domains.get(d).set(true));
        }
    }

    private String findProblem() {
        if (title.get() == null || title.get().isBlank()) {
            return Messages.tr("plan.problem.title");
        }
        if (sites.isEmpty()) {
            return Messages.tr("plan.problem.sites");
        }
        if (chosenDomains().isEmpty()) {
            return Messages.tr("plan.problem.domains");
        }
        if (start.get() == null) {
            return Messages.tr("plan.problem.start");
        }
        if (end.get() != null && end.get().isBefore(start.get())) {
            return Messages.tr("plan.problem.end");
        }
        return "";
    }

    List<StressDomain> chosenDomains() {
        return domains.entrySet().stream().filter(e -> e.getValue().get()).map(Map.Entry::getKey).toList();
    }

    /** The plan as entered; call only when {@link #validProperty()} is true. */
    Intervention toIntervention() {
        return new Intervention(original == null ? new InterventionId(0) : original.id(), title.get(),
                support.get() == null ? null : support.get().id(), sites.stream().map(Site::id).toList(),
                chosenDomains(), owner.get(), start.get(), end.get(), status.get(), notes.get(),
                original != null && original.demo());
    }

    Intervention original() {
        return original;
    }

    StringProperty titleProperty() {
        return title;
    }

    ObjectProperty<Support> supportProperty() {
        return support;
    }

    ObservableList<Site> sites() {
        return sites;
    }

    BooleanProperty domainProperty(StressDomain domain) {
        return domains.get(domain);
    }

    StringProperty ownerProperty() {
        return owner;
    }

    ObjectProperty<LocalDate> startProperty() {
        return start;
    }

    ObjectProperty<LocalDate> endProperty() {
        return end;
    }

    ObjectProperty<InterventionStatus> statusProperty() {
        return status;
    }

    StringProperty notesProperty() {
        return notes;
    }

    StringBinding problemProperty() {
        return problem;
    }

    BooleanBinding validProperty() {
        return problem.isEmpty();
    }
}
