package org.peerpulse.ui.sites;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.peerpulse.domain.Wave;
import org.peerpulse.service.AppContext;
import org.peerpulse.service.Overview;
import org.peerpulse.ui.AppState;
import org.peerpulse.ui.ShownFigures;
import org.peerpulse.ui.TaskRunner;

/** The site comparison: one wave (the latest by default), sites × domains with changes since the wave before. */
public final class SitesViewModel {
    private final AppContext context;
    private final TaskRunner runner;
    private final AppState state;
    private final ObservableList<Wave> waves = FXCollections.observableArrayList();
    private final ObjectProperty<Wave> wave = new SimpleObjectProperty<>();
    private final ShownFigures<Overview> overview = new ShownFigures<>(null);

    public SitesViewModel(AppContext context, TaskRunner runner, AppState state) {
        this.context = context;
        this.runner = runner;
        this.state = state;
        wave.addListener((o, was, now) -> show());
        state.showSmallNumbersProperty().addListener((o, was, now) -> show());
        state.revisionProperty().addListener((o, was, now) -> load());
    }

    public void load() {
        runner.run("waves", () -> context.program().wavesWithCounts().stream()
                .filter(w -> w.responses() > 0).map(w -> w.wave()).toList(), list -> {
            Wave keep = wave.get() == null ? null
                    : list.stream().filter(w -> w.id().equals(wave.get().id())).findFirst().orElse(null);
            waves.setAll(list);
            if (list.isEmpty()) {
                overview.clear();
                return;
            }
            Wave chosen = keep != null ? keep : list.get(list.size() - 1);
            if (chosen.equals(wave.get())) {
                show();
            } else {
                wave.set(chosen);
            }
        }, overview::failed);
    }

    private void show() {
        Wave chosen = wave.get();
        if (chosen == null) {
            return;
        }
        boolean show = state.showsSmallNumbers();
        overview.compute(runner, "sites", () -> context.overview().of(chosen.id(), show));
    }

    /** The sites' rows, computed again with suppression whatever the screen shows (for copies and exports). */
    public java.util.concurrent.Callable<java.util.List<Overview.SiteRow>> protectedRows() {
        Wave chosen = wave.get();
        return () -> chosen == null ? java.util.List.of() : context.overview().of(chosen.id(), false).sites();
    }

    /** Why the view shows no sites, or empty. */
    public javafx.beans.property.ReadOnlyStringProperty problemProperty() {
        return overview.problemProperty();
    }

    public ObservableList<Wave> waves() {
        return waves;
    }

    public ObjectProperty<Wave> waveProperty() {
        return wave;
    }

    public ReadOnlyObjectProperty<Overview> overviewProperty() {
        return overview.property();
    }
}
