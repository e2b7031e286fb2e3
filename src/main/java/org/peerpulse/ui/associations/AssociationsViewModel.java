package org.peerpulse.ui.associations;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.peerpulse.analysis.CrossTab;
import org.peerpulse.domain.ItemKind;
import org.peerpulse.domain.Psp1;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.domain.Wave;
import org.peerpulse.service.AppContext;
import org.peerpulse.ui.AppState;
import org.peerpulse.ui.ShownFigures;
import org.peerpulse.ui.TaskRunner;

/** Any two categorical variables, a wave and a site filter, and their cross-tab; the latest request wins. */
public final class AssociationsViewModel {
    private final AppContext context;
    private final TaskRunner runner;
    private final AppState state;
    private final ObservableList<String> variables = FXCollections.observableArrayList(variableCodes());
    private final ObservableList<Wave> waves = FXCollections.observableArrayList();
    private final ObservableList<Site> sites = FXCollections.observableArrayList();
    private final ObjectProperty<String> rows = new SimpleObjectProperty<>("housing_status");
    private final ObjectProperty<String> columns = new SimpleObjectProperty<>("high_financial");
    private final ObjectProperty<Wave> wave = new SimpleObjectProperty<>();
    private final ObjectProperty<Site> site = new SimpleObjectProperty<>();
    /** Working while a table is computed: every wave of a provincial program takes seconds. */
    private final ShownFigures<CrossTab> table = new ShownFigures<>(null);

    public AssociationsViewModel(AppContext context, TaskRunner runner, AppState state) {
        this.context = context;
        this.runner = runner;
        this.state = state;
        rows.addListener((o, was, now) -> compute());
        columns.addListener((o, was, now) -> compute());
        wave.addListener((o, was, now) -> compute());
        site.addListener((o, was, now) -> compute());
        state.showSmallNumbersProperty().addListener((o, was, now) -> compute());
        state.revisionProperty().addListener((o, was, now) -> load());
    }

    /** Derived yes/no variables first, then every single-choice item. */
    static List<String> variableCodes() {
        List<String> codes = new ArrayList<>();
        for (StressDomain domain : StressDomain.values()) {
            codes.add("high_" + domain.code());
        }
        codes.addAll(List.of("poor_health", "poor_mental_health", "low_qol"));
        Psp1.items().stream().filter(i -> i.kind() == ItemKind.SINGLE && !i.code().startsWith("pq"))
                .forEach(i -> codes.add(i.code()));
        return codes;
    }

    public void load() {
        runner.run("filters", () -> new Filters(context.program().waves(), context.program().sites()), filters -> {
            waves.setAll(filters.waves());
            sites.setAll(filters.sites());
            compute();
        }, table::failed);
    }

    private record Filters(List<Wave> waves, List<Site> sites) {
    }

    private void compute() {
        String r = rows.get();
        String c = columns.get();
        if (r == null || c == null) {
            return;
        }
        Wave w = wave.get();
        Site s = site.get();
        boolean show = state.showsSmallNumbers();
        table.compute(runner, "crosstab", () -> context.associations().crosstab(r, c, w, s, show));
    }

    /** The cross-tab as shown, computed again with suppression whatever the screen shows (for copies and exports). */
    public java.util.concurrent.Callable<CrossTab> protectedTable() {
        String r = rows.get();
        String c = columns.get();
        Wave w = wave.get();
        Site s = site.get();
        return () -> r == null || c == null ? null : context.associations().crosstab(r, c, w, s, false);
    }

    public ObservableList<String> variables() {
        return variables;
    }

    public ObservableList<Wave> waves() {
        return waves;
    }

    public ObservableList<Site> sites() {
        return sites;
    }

    public ObjectProperty<String> rowsProperty() {
        return rows;
    }

    public ObjectProperty<String> columnsProperty() {
        return columns;
    }

    /** null: every wave. */
    public ObjectProperty<Wave> waveProperty() {
        return wave;
    }

    /** null: every site. */
    public ObjectProperty<Site> siteProperty() {
        return site;
    }

    public ReadOnlyObjectProperty<CrossTab> tableProperty() {
        return table.property();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return table.workingProperty();
    }

    /** Why no table is shown; empty while all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return table.problemProperty();
    }
}
