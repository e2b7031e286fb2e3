package org.peerpulse.ui.health;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.peerpulse.analysis.ProQolSummary;
import org.peerpulse.domain.Site;
import org.peerpulse.service.AppContext;
import org.peerpulse.service.WellbeingService;
import org.peerpulse.ui.AppState;
import org.peerpulse.ui.TaskRunner;
import org.peerpulse.ui.ShownFigures;

/**
 * Health and wellbeing over the waves for a site (null: all sites), and ProQOL 5 where fielded.
 * The two are read apart: the health rows come from summary counts in milliseconds, ProQOL from
 * every respondent's 30 answers, seconds on a provincial program the first time.
 */
public final class HealthViewModel {
    /** The health rows, with the group size under which a figure is hidden. */
    public record Rows(List<WellbeingService.Row> rows, int k) {
    }

    private final AppContext context;
    private final TaskRunner runner;
    private final AppState state;
    private final ObservableList<Site> sites = FXCollections.observableArrayList();
    private final ObjectProperty<Site> site = new SimpleObjectProperty<>();
    /** The rows by wave; when the sites cannot be read either, its problem says why nothing is shown. */
    private final ShownFigures<Rows> rows = new ShownFigures<>(null);
    /** ProQOL 5: of every respondent, it takes seconds on a provincial program; the view says it is reading meanwhile. */
    private final ShownFigures<ProQolSummary> proqol = new ShownFigures<>(null);

    public HealthViewModel(AppContext context, TaskRunner runner, AppState state) {
        this.context = context;
        this.runner = runner;
        this.state = state;
        site.addListener((o, was, now) -> compute());
        state.showSmallNumbersProperty().addListener((o, was, now) -> compute());
        state.revisionProperty().addListener((o, was, now) -> load());
    }

    public void load() {
        runner.run("sites", () -> context.program().sites(), list -> {
            sites.setAll(list);
            compute();
        }, failure -> {
            rows.failed(failure);
            proqol.clear();
        });
    }

    private void compute() {
        Site where = site.get();
        boolean show = state.showsSmallNumbers();
        rows.compute(runner, "health", () -> new Rows(context.wellbeing().overWaves(where, show),
                context.program().settings().minGroupSize()));
        proqol.compute(runner, "proqol", () -> context.proqol().summary(where, null, show));
    }

    /** The health rows, computed again with suppression whatever the screen shows (for copies and exports). */
    public java.util.concurrent.Callable<List<WellbeingService.Row>> protectedRows() {
        Site where = site.get();
        return () -> context.wellbeing().overWaves(where, false);
    }

    /** The ProQOL summary, computed again with suppression whatever the screen shows. */
    public java.util.concurrent.Callable<ProQolSummary> protectedProqol() {
        Site where = site.get();
        return () -> context.proqol().summary(where, null, false);
    }

    /** Why the rows by wave (or the whole view) are not shown, or empty. */
    public javafx.beans.property.ReadOnlyStringProperty problemProperty() {
        return rows.problemProperty();
    }

    /** Why ProQOL is not shown, or empty. */
    public javafx.beans.property.ReadOnlyStringProperty proqolProblemProperty() {
        return proqol.problemProperty();
    }

    /** True while ProQOL is read. */
    public ReadOnlyBooleanProperty busyProperty() {
        return proqol.workingProperty();
    }

    public ObservableList<Site> sites() {
        return sites;
    }

    /** null: all sites. */
    public ObjectProperty<Site> siteProperty() {
        return site;
    }

    public ReadOnlyObjectProperty<Rows> rowsProperty() {
        return rows.property();
    }

    public ReadOnlyObjectProperty<ProQolSummary> proqolProperty() {
        return proqol.property();
    }
}
