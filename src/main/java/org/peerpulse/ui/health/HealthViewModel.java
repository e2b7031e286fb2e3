package org.peerpulse.ui.health;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.peerpulse.analysis.ProQolSummary;
import org.peerpulse.domain.Site;
import org.peerpulse.service.AppContext;
import org.peerpulse.service.WellbeingService;
import org.peerpulse.ui.AppState;
import org.peerpulse.ui.TaskRunner;
import org.peerpulse.ui.ViewProblem;

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
    private final ReadOnlyObjectWrapper<Rows> rows = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ProQolSummary> proqol = new ReadOnlyObjectWrapper<>();
    /** True while ProQOL is read: of every wave, it takes seconds on a provincial program. */
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    /** Why the rows by wave are not shown (or nothing is, when the sites could not be read). */
    private final ViewProblem problem = new ViewProblem();
    /** Why ProQOL is not shown, when it alone failed. */
    private final ViewProblem proqolProblem = new ViewProblem();
    private int request;

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
            problem.failed(failure);
            rows.set(null);
            proqol.set(null);
        });
    }

    private void compute() {
        int mine = ++request;
        Site where = site.get();
        boolean show = state.showsSmallNumbers();
        busy.set(true);
        runner.run("health", () -> new Rows(context.wellbeing().overWaves(where, show),
                context.program().settings().minGroupSize()), result -> {
            if (mine == request) {
                problem.cleared();
                rows.set(result);
            }
        }, failure -> {
            if (mine == request) {
                problem.failed(failure);
                rows.set(null);
            }
        });
        runner.run("proqol", () -> context.proqol().summary(where, null, show), result -> {
            if (mine == request) {
                proqolProblem.cleared();
                proqol.set(result);
                busy.set(false);
            }
        }, failure -> {
            if (mine == request) {
                proqolProblem.failed(failure);
                proqol.set(null);
                busy.set(false);
            }
        });
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
        return problem.textProperty();
    }

    /** Why ProQOL is not shown, or empty. */
    public javafx.beans.property.ReadOnlyStringProperty proqolProblemProperty() {
        return proqolProblem.textProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ObservableList<Site> sites() {
        return sites;
    }

    /** null: all sites. */
    public ObjectProperty<Site> siteProperty() {
        return site;
    }

    public ReadOnlyObjectProperty<Rows> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ProQolSummary> proqolProperty() {
        return proqol.getReadOnlyProperty();
    }
}
