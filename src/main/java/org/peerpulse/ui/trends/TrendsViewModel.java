package org.peerpulse.ui.trends;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.peerpulse.analysis.MeanTrend;
import org.peerpulse.analysis.SeriesTrend;
import org.peerpulse.domain.Intervention;
import org.peerpulse.domain.Measure;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.service.AppContext;
import org.peerpulse.service.TrendQuery;
import org.peerpulse.service.TrendTable;
import org.peerpulse.ui.AppState;
import org.peerpulse.ui.ShownFigures;
import org.peerpulse.ui.TaskRunner;

/**
 * Trends of one domain: the whole program and each chosen site as its own series, any measure,
 * each series' trend test; the latest request wins.
 */
public final class TrendsViewModel {
    /**
     * What the view shows: the program's series, the sites' series, each series' trend test (key
     * null: program; Cochran–Armitage for the high-stress share, Mann–Kendall for the mean score,
     * none for top three), and the interventions aimed at the domain, drawn on the time axis.
     */
    public record Shown(TrendTable program, TrendTable sites, Map<Site, SeriesTrend> tests,
                        List<Intervention> interventions) {
        /** The program's points, then the chosen sites'. */
        public List<org.peerpulse.analysis.TrendPoint> points() {
            List<org.peerpulse.analysis.TrendPoint> points = new ArrayList<>(program.points());
            if (sites != null) {
                points.addAll(sites.points());
            }
            return points;
        }
    }

    /**
     * The most sites drawn beside the program: the chart has eight line styles (colour and marker),
     * so a ninth line would look like the first.
     */
    public static final int MOST_SITES = 7;

    private final AppContext context;
    private final TaskRunner runner;
    private final AppState state;
    private final ObservableList<Site> sites = FXCollections.observableArrayList();
    private final ObservableList<Site> chosenSites = FXCollections.observableArrayList();
    private final ObjectProperty<StressDomain> domain = new SimpleObjectProperty<>(StressDomain.FINANCIAL);
    private final ObjectProperty<Measure> measure = new SimpleObjectProperty<>(Measure.HIGH);
    private final BooleanProperty asTable = new SimpleBooleanProperty(false);
    private final ShownFigures<Shown> shown = new ShownFigures<>(null);

    public TrendsViewModel(AppContext context, TaskRunner runner, AppState state) {
        this.context = context;
        this.runner = runner;
        this.state = state;
        domain.addListener((o, was, now) -> compute());
        measure.addListener((o, was, now) -> compute());
        chosenSites.addListener((ListChangeListener<Site>) c -> compute());
        state.showSmallNumbersProperty().addListener((o, was, now) -> compute());
        state.revisionProperty().addListener((o, was, now) -> load());
    }

    public void load() {
        runner.run("sites", () -> context.program().sites(), list -> {
            sites.setAll(list);
            chosenSites.removeIf(s -> !list.contains(s));
            compute();
        }, shown::failed);
    }

    private void compute() {
        StressDomain chosenDomain = domain.get();
        Measure chosenMeasure = measure.get();
        List<Site> chosen = new ArrayList<>(chosenSites);
        boolean show = state.showsSmallNumbers();
        shown.compute(runner, "trends", () -> compute(chosenDomain, chosenMeasure, chosen, show));
    }

    private Shown compute(StressDomain chosenDomain, Measure chosenMeasure, List<Site> chosen, boolean show) {
        TrendTable program = context.trends().trends(new TrendQuery(List.of(), List.of(chosenDomain), chosenMeasure, show));
        TrendTable bySite = chosen.isEmpty() ? null : context.trends().trends(new TrendQuery(
                chosen.stream().map(Site::id).toList(), List.of(chosenDomain), chosenMeasure, show));
        Map<Site, SeriesTrend> tests = new LinkedHashMap<>();
        if (chosenMeasure == Measure.HIGH) {
            tests.put(null, context.trends().trendTest(chosenDomain, null, show));
            for (Site site : chosen) {
                tests.put(site, context.trends().trendTest(chosenDomain, site, show));
            }
        } else if (chosenMeasure == Measure.MEAN) {
            tests.put(null, MeanTrend.of(program.points()));
            for (Site site : chosen) {
                tests.put(site, MeanTrend.of(bySite.points().stream()
                        .filter(p -> site.id().equals(p.site())).toList()));
            }
        }
        List<Intervention> plans = context.interventions().interventions().stream()
                .filter(i -> i.domains().contains(chosenDomain)).toList();
        return new Shown(program, bySite, tests, plans);
    }

    /** The points the table shows, computed again with suppression whatever the screen shows (for copies and exports). */
    public java.util.concurrent.Callable<List<org.peerpulse.analysis.TrendPoint>> protectedPoints() {
        StressDomain chosenDomain = domain.get();
        Measure chosenMeasure = measure.get();
        List<Site> chosen = new ArrayList<>(chosenSites);
        return () -> {
            TrendTable program = context.trends().trends(new TrendQuery(List.of(), List.of(chosenDomain), chosenMeasure, false));
            TrendTable bySite = chosen.isEmpty() ? null : context.trends().trends(new TrendQuery(
                    chosen.stream().map(Site::id).toList(), List.of(chosenDomain), chosenMeasure, false));
            return new Shown(program, bySite, Map.of(), List.of()).points();
        };
    }

    public ObservableList<Site> sites() {
        return sites;
    }

    /** The sites drawn beside the program, each its own series. */
    public ObservableList<Site> chosenSites() {
        return chosenSites;
    }

    /** Why the view shows nothing, or empty. */
    public javafx.beans.property.ReadOnlyStringProperty problemProperty() {
        return shown.problemProperty();
    }

    public ObjectProperty<StressDomain> domainProperty() {
        return domain;
    }

    public ObjectProperty<Measure> measureProperty() {
        return measure;
    }

    /** "Show as table", for screen readers and for reading exact figures. */
    public BooleanProperty asTableProperty() {
        return asTable;
    }

    public ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.property();
    }
}
