package org.peerpulse.ui.dashboard;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.peerpulse.domain.Intervention;
import org.peerpulse.domain.Measure;
import org.peerpulse.domain.Site;
import org.peerpulse.io.demo.DemoProgram;
import org.peerpulse.service.AppContext;
import org.peerpulse.service.Overview;
import org.peerpulse.service.TrendQuery;
import org.peerpulse.service.TrendTable;
import org.peerpulse.ui.AppState;
import org.peerpulse.ui.Messages;
import org.peerpulse.ui.TaskRunner;
import org.peerpulse.ui.ViewProblem;

/**
 * The dashboard's state: the overview of the latest wave, the trend chart's filter and data.
 * All database work goes through the {@link TaskRunner}; when filters change quickly, the
 * latest request wins and older answers are dropped.
 */
public final class DashboardViewModel {
    /**
     * Programs up to this many sites × waves get their overview read with the chart, so that the
     * dashboard shows whole, without its tiles and alerts coming in above the chart and pushing it
     * down. Measured from the start to the first chart: the demo's 4 × 8, no later; 10 × 20, 0.4 s
     * later; 41 × 24, 0.9 s later (the overview's first reading is slow while the window is being
     * built beside it), hence the limit; a provincial program's 250 × 24 gets its chart first.
     */
    static final int OVERVIEW_WITH_CHART_UP_TO = 200;

    private final AppContext context;
    private final TaskRunner runner;
    private final int overviewWithChartUpTo;

    private final ReadOnlyObjectWrapper<Overview> overview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<TrendTable> trends = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Site> sites = FXCollections.observableArrayList();
    private final ObservableList<Site> selectedSites = FXCollections.observableArrayList();
    private final ObservableList<Intervention> interventions = FXCollections.observableArrayList();
    private final ObjectProperty<Measure> measure = new SimpleObjectProperty<>(Measure.HIGH);
    private final AppState state;
    private final ReadOnlyBooleanWrapper hasDemo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ViewProblem problem = new ViewProblem();
    private int trendRequest;
    private int running;

    public DashboardViewModel(AppContext context, TaskRunner runner, AppState state) {
        this(context, runner, state, OVERVIEW_WITH_CHART_UP_TO);
    }

    /** @param overviewWithChartUpTo the largest program (sites × waves) whose overview is read with its chart */
    DashboardViewModel(AppContext context, TaskRunner runner, AppState state, int overviewWithChartUpTo) {
        this.overviewWithChartUpTo = overviewWithChartUpTo;
        this.context = context;
        this.runner = runner;
        this.state = state;
        measure.addListener((o, was, now) -> reloadTrends());
        state.showSmallNumbersProperty().addListener((o, was, now) -> reload());
        state.revisionProperty().addListener((o, was, now) -> reload());
        selectedSites.addListener((javafx.collections.ListChangeListener<Site>) change -> reloadTrends());
    }

    /**
     * First start: when the program is empty, put in the demo program; then read everything. The
     * trend chart comes first: for the whole program it needs only the program's totals, while the
     * overview needs every site's counts (seconds for a provincial program), read next. A small
     * program's overview is read with its chart, so that the dashboard shows whole at once.
     */
    public void start() {
        load(Messages.tr("status.opening"), () -> {
            if (context.demo().programIsEmpty()) {
                context.demo().load(DemoProgram.DEFAULT_SEED);
            }
        });
    }

    /** Reads everything again (after an import, a setting change…). */
    public void reload() {
        load(Messages.tr("status.loading"), () -> { });
    }

    private void load(String what, Runnable first) {
        int request = ++trendRequest;
        boolean show = state.showsSmallNumbers();
        TrendQuery query = trendQuery(show);
        chartWork(what, request, () -> {
            first.run();
            List<Site> all = context.program().sites();
            TrendTable table = context.trends().trends(query);
            Overview latest = all.size() * table.waves().size() <= overviewWithChartUpTo
                    ? context.overview().latest(show) : null;
            return new Chart(all, context.demo().hasDemo(), context.interventions().interventions(), table, latest);
        }, chart -> {
            interventions.setAll(chart.interventions());
            hasDemo.set(chart.hasDemo());
            List<Site> keep = selectedSites.stream()
                    .filter(s -> chart.sites().stream().anyMatch(n -> n.id().equals(s.id()))).toList();
            if (!sites.equals(chart.sites())) {
                sites.setAll(chart.sites());
            }
            if (chart.overview() != null) {
                showOverview(chart.overview()); // first: the chart's listeners see the dashboard whole
            }
            if (keep.size() != selectedSites.size()) {
                selectedSites.setAll(keep); // a chosen site is gone: the chart is computed again without it
            } else if (request == trendRequest) {
                trends.set(chart.trends());
            }
            if (chart.overview() == null) {
                work(what, () -> context.overview().latest(show), this::showOverview);
            }
        });
    }

    private void showOverview(Overview latest) {
        overview.set(latest);
        status.set(latest.isEmpty() ? Messages.tr("status.empty") : Messages.tr("status.ready", latest.latest().label()));
    }

    /** What the trend chart needs, read first; with the overview when the program is small, else null. */
    private record Chart(List<Site> sites, boolean hasDemo, List<Intervention> interventions, TrendTable trends,
                         Overview overview) {
    }

    private TrendQuery trendQuery(boolean showSmallNumbers) {
        return new TrendQuery(selectedSites.stream().map(Site::id).toList(), List.of(), measure.get(),
                showSmallNumbers, true);
    }

    /** Recomputes the trend chart for the current filter; only the latest request's answer is shown. */
    public void reloadTrends() {
        int request = ++trendRequest;
        TrendQuery query = trendQuery(state.showsSmallNumbers());
        chartWork(null, request, () -> context.trends().trends(query), table -> {
            if (request == trendRequest) {
                trends.set(table);
            }
        });
    }

    /** The trend chart's points, computed again with suppression whatever the screen shows (for copies and exports). */
    public java.util.concurrent.Callable<List<org.peerpulse.analysis.TrendPoint>> protectedTrendPoints() {
        TrendQuery query = trendQuery(false);
        return () -> context.trends().trends(query).points();
    }

    /** The sites × domains rows, computed again with suppression whatever the screen shows. */
    public java.util.concurrent.Callable<List<org.peerpulse.service.Overview.SiteRow>> protectedSiteRows() {
        return () -> context.overview().latest(false).sites();
    }

    public void removeDemo() {
        work(Messages.tr("status.removingDemo"), () -> {
            context.demo().remove();
            return null;
        }, ignored -> {
            selectedSites.clear();
            state.dataChanged();
        });
    }

    /**
     * Runs {@code task} in the background; {@code what} (or null) is shown in the status bar meanwhile,
     * and the status bar says so when it fails (the overview, removing the demo: what was shown stays).
     */
    private <T> void work(String what, java.util.concurrent.Callable<T> task, java.util.function.Consumer<T> done) {
        work(what, task, done, failure -> status.set(Messages.tr("status.failed", org.peerpulse.ui.Failures.sentence(failure))));
    }

    /** The chart's work: when it fails, no chart is drawn and the panel says why, until a later chart comes in. */
    private <T> void chartWork(String what, int request, java.util.concurrent.Callable<T> task,
                               java.util.function.Consumer<T> done) {
        work(what, task, result -> {
            if (request == trendRequest) {
                problem.cleared();
            }
            done.accept(result);
        }, failure -> {
            status.set("");
            problem.failed(failure); // first: the view, told of the chart next, knows why there is none
            if (request == trendRequest) {
                trends.set(null);
            }
        });
    }

    private <T> void work(String what, java.util.concurrent.Callable<T> task, java.util.function.Consumer<T> done,
                          java.util.function.Consumer<Throwable> failed) {
        running++;
        busy.set(true);
        if (what != null) {
            status.set(what);
        }
        runner.run(what == null ? "" : what, task, result -> {
            finished();
            done.accept(result);
        }, failure -> {
            finished();
            failed.accept(failure);
        });
    }

    private void finished() {
        running--;
        busy.set(running > 0);
    }

    public ReadOnlyObjectProperty<Overview> overviewProperty() {
        return overview.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TrendTable> trendsProperty() {
        return trends.getReadOnlyProperty();
    }

    public ObservableList<Site> sites() {
        return sites;
    }

    /** The sites the trend chart is limited to; none means the whole program. */
    public ObservableList<Site> selectedSites() {
        return selectedSites;
    }

    /** Every planned support, drawn on the trend chart. */
    public ObservableList<Intervention> interventions() {
        return interventions;
    }

    public ObjectProperty<Measure> measureProperty() {
        return measure;
    }

    public BooleanProperty showSmallNumbersProperty() {
        return state.showSmallNumbersProperty();
    }

    public ReadOnlyBooleanProperty hasDemoProperty() {
        return hasDemo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Why the chart or the figures are not shown; empty while all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.textProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public AppContext context() {
        return context;
    }

    public TaskRunner runner() {
        return runner;
    }
}
