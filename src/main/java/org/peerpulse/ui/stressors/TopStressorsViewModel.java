package org.peerpulse.ui.stressors;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.Wave;
import org.peerpulse.service.AppContext;
import org.peerpulse.service.TopStressorsService.Choice;
import org.peerpulse.ui.AppState;
import org.peerpulse.ui.ShownFigures;
import org.peerpulse.ui.TaskRunner;

/** Top stressors for a chosen wave (the latest by default) and site (null: all sites). */
public final class TopStressorsViewModel {
    private final AppContext context;
    private final TaskRunner runner;
    private final AppState state;
    private final ObservableList<Wave> waves = FXCollections.observableArrayList();
    private final ObservableList<Site> sites = FXCollections.observableArrayList();
    private final ObjectProperty<Wave> wave = new SimpleObjectProperty<>();
    private final ObjectProperty<Site> site = new SimpleObjectProperty<>();
    private int k = org.peerpulse.domain.ProgramSettings.DEFAULTS.minGroupSize();
    private final ShownFigures<List<Choice>> choices = new ShownFigures<>(List.of());

    public TopStressorsViewModel(AppContext context, TaskRunner runner, AppState state) {
        this.context = context;
        this.runner = runner;
        this.state = state;
        wave.addListener((o, was, now) -> compute());
        site.addListener((o, was, now) -> compute());
        state.showSmallNumbersProperty().addListener((o, was, now) -> compute());
        state.revisionProperty().addListener((o, was, now) -> load());
    }

    public void load() {
        runner.run("waves", () -> new Lists(context.program().wavesWithCounts().stream().filter(w -> w.responses() > 0)
                .map(w -> w.wave()).toList(), context.program().sites(), context.program().settings().minGroupSize()),
                lists -> {
            k = lists.k();
            waves.setAll(lists.waves());
            sites.setAll(lists.sites());
            if (!lists.waves().isEmpty() && (wave.get() == null || !lists.waves().contains(wave.get()))) {
                wave.set(lists.waves().get(lists.waves().size() - 1));
            } else {
                compute();
            }
        }, choices::failed);
    }

    private record Lists(List<Wave> waves, List<Site> sites, int k) {
    }

    private void compute() {
        Wave chosen = wave.get();
        if (chosen == null) {
            return;
        }
        Site where = site.get();
        boolean show = state.showsSmallNumbers();
        choices.compute(runner, "top three", () -> context.topStressors().choices(chosen, where, show));
    }

    /** The choices as shown, computed again with suppression whatever the screen shows (for copies and exports). */
    public java.util.concurrent.Callable<List<Choice>> protectedChoices() {
        Wave chosen = wave.get();
        Site where = site.get();
        return () -> chosen == null ? List.of() : context.topStressors().choices(chosen, where, false);
    }

    /** Why the view shows nothing, or empty. */
    public javafx.beans.property.ReadOnlyStringProperty problemProperty() {
        return choices.problemProperty();
    }

    public ObservableList<Wave> waves() {
        return waves;
    }

    public ObservableList<Site> sites() {
        return sites;
    }

    public ObjectProperty<Wave> waveProperty() {
        return wave;
    }

    public ObjectProperty<Site> siteProperty() {
        return site;
    }

    public ReadOnlyObjectProperty<List<Choice>> choicesProperty() {
        return choices.property();
    }

    /** The smallest group shown, read with the waves (not from the database on the JavaFX thread at each redraw). */
    public int k() {
        return k;
    }
}
