package org.peerpulse.ui.stressors;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.Wave;
import org.peerpulse.service.AppContext;
import org.peerpulse.service.TopStressorsService.Choice;
import org.peerpulse.ui.AppState;
import org.peerpulse.ui.TaskRunner;
import org.peerpulse.ui.ViewProblem;

/** Top stressors for a chosen wave (the latest by default) and site (null: all sites). */
public final class TopStressorsViewModel {
    private final AppContext context;
    private final TaskRunner runner;
    private final AppState state;
    private final ObservableList<Wave> waves = FXCollections.observableArrayList();
    private final ObservableList<Site> sites = FXCollections.observableArrayList();
    private final ObjectProperty<Wave> wave = new SimpleObjectProperty<>();
    private final ObjectProperty<Site> site = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<List<Choice>> choices = new ReadOnlyObjectWrapper<>(List.of());
    private final ViewProblem problem = new ViewProblem();
    private int request;

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
                .map(w -> w.wave()).toList(), context.program().sites()), lists -> {
            waves.setAll(lists.waves());
            sites.setAll(lists.sites());
            if (!lists.waves().isEmpty() && (wave.get() == null || !lists.waves().contains(wave.get()))) {
                wave.set(lists.waves().get(lists.waves().size() - 1));
            } else {
                compute();
            }
        }, this::failed);
    }

    private record Lists(List<Wave> waves, List<Site> sites) {
    }

    private void compute() {
        Wave chosen = wave.get();
        if (chosen == null) {
            return;
        }
        int mine = ++request;
        Site where = site.get();
        boolean show = state.showsSmallNumbers();
        runner.run("top three", () -> context.topStressors().choices(chosen, where, show), result -> {
            if (mine == request) {
                problem.cleared();
                choices.set(result);
            }
        }, failure -> {
            if (mine == request) {
                failed(failure);
            }
        });
    }

    private void failed(Throwable failure) {
        choices.set(List.of());
        problem.failed(failure);
    }

    /** The choices as shown, computed again with suppression whatever the screen shows (for copies and exports). */
    public java.util.concurrent.Callable<List<Choice>> protectedChoices() {
        Wave chosen = wave.get();
        Site where = site.get();
        return () -> chosen == null ? List.of() : context.topStressors().choices(chosen, where, false);
    }

    /** Why the view shows nothing, or empty. */
    public javafx.beans.property.ReadOnlyStringProperty problemProperty() {
        return problem.textProperty();
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
        return choices.getReadOnlyProperty();
    }

    public int k() {
        return context.program().settings().minGroupSize();
    }
}
