package org.peerpulse.ui.interventions;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.peerpulse.domain.InterventionStatus;
import org.peerpulse.domain.Support;
import org.peerpulse.service.AppContext;
import org.peerpulse.service.InterventionReport;
import org.peerpulse.ui.AppState;
import org.peerpulse.ui.TaskRunner;

/** The interventions page: every plan with its follow-up, the supports library, and what changes them. */
public final class InterventionsViewModel {
    private final AppContext context;
    private final TaskRunner runner;
    private final AppState state;
    private final ObservableList<InterventionReport> reports = FXCollections.observableArrayList();
    private final ObservableList<Support> supports = FXCollections.observableArrayList();
    private final ObjectProperty<InterventionReport> selected = new SimpleObjectProperty<>();

    private record Loaded(List<InterventionReport> reports, List<Support> supports) {
    }

    public InterventionsViewModel(AppContext context, TaskRunner runner, AppState state) {
        this.context = context;
        this.runner = runner;
        this.state = state;
        state.revisionProperty().addListener((o, was, now) -> load());
        state.showSmallNumbersProperty().addListener((o, was, now) -> load());
    }

    public void load() {
        boolean show = state.showsSmallNumbers();
        Long keep = selected.get() == null ? null : selected.get().intervention().id().value();
        runner.run("interventions", () -> new Loaded(context.interventions().reports(Optional.empty(), show),
                context.interventions().supports()), loaded -> {
                    reports.setAll(loaded.reports());
                    supports.setAll(loaded.supports());
                    selected.set(loaded.reports().stream().filter(r -> keep != null
                            && r.intervention().id().value() == keep).findFirst()
                            .orElse(loaded.reports().isEmpty() ? null : loaded.reports().get(0)));
                }, Planner::failed);
    }

    public void setStatus(InterventionReport report, InterventionStatus status) {
        change(() -> context.interventions().setStatus(report.intervention(), status));
    }

    public void delete(InterventionReport report) {
        change(() -> {
            context.interventions().delete(report.intervention().id());
            return null;
        });
    }

    public void saveSupport(Support support, boolean adding) {
        change(() -> adding ? context.interventions().addSupport(support) : context.interventions().updateSupport(support));
    }

    public void setRetired(Support support, boolean retired) {
        change(() -> context.interventions().setRetired(support, retired));
    }

    private void change(java.util.concurrent.Callable<?> work) {
        runner.run("interventions", work, done -> state.dataChanged(), Planner::failed);
    }

    public ObservableList<InterventionReport> reports() {
        return reports;
    }

    public ObservableList<Support> supports() {
        return supports;
    }

    public ObjectProperty<InterventionReport> selectedProperty() {
        return selected;
    }

    public boolean showsSmallNumbers() {
        return state.showsSmallNumbers();
    }
}
