package org.peerpulse.ui.change;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.peerpulse.domain.Wave;
import org.peerpulse.service.AppContext;
import org.peerpulse.service.ChangeTable;
import org.peerpulse.ui.AppState;
import org.peerpulse.ui.ShownFigures;
import org.peerpulse.ui.TaskRunner;

/** Two waves chosen, every domain and site compared between them; the latest request wins. */
public final class ChangeViewModel {
    private final AppContext context;
    private final TaskRunner runner;
    private final AppState state;
    private final ObservableList<Wave> waves = FXCollections.observableArrayList();
    private final ObjectProperty<Wave> from = new SimpleObjectProperty<>();
    private final ObjectProperty<Wave> to = new SimpleObjectProperty<>();
    private final ShownFigures<ChangeTable> table = new ShownFigures<>(null);
    /** Only the sites whose change is real, under each domain's program row (1,250 rows at provincial scale). */
    private final BooleanProperty onlyReal = new SimpleBooleanProperty(false);

    public ChangeViewModel(AppContext context, TaskRunner runner, AppState state) {
        this.context = context;
        this.runner = runner;
        this.state = state;
        from.addListener((o, was, now) -> compare());
        to.addListener((o, was, now) -> compare());
        state.showSmallNumbersProperty().addListener((o, was, now) -> compare());
        state.revisionProperty().addListener((o, was, now) -> load());
    }

    /** Reads the waves and compares the last two (or keeps the user's choice when both still exist). */
    public void load() {
        runner.run("waves", () -> context.program().wavesWithCounts().stream()
                .filter(w -> w.responses() > 0).map(w -> w.wave()).toList(), list -> {
            Wave keepFrom = find(list, from.get());
            Wave keepTo = find(list, to.get());
            waves.setAll(list);
            if (list.size() < 2) {
                table.clear();
                return;
            }
            from.set(keepFrom != null ? keepFrom : list.get(list.size() - 2));
            to.set(keepTo != null ? keepTo : list.get(list.size() - 1));
            compare();
        }, table::failed);
    }

    private static Wave find(List<Wave> waves, Wave wanted) {
        return wanted == null ? null : waves.stream().filter(w -> w.id().equals(wanted.id())).findFirst().orElse(null);
    }

    private void compare() {
        Wave a = from.get();
        Wave b = to.get();
        if (a == null || b == null) {
            return;
        }
        boolean show = state.showsSmallNumbers();
        table.compute(runner, "compare", () -> context.changes().compare(a, b, List.of(), List.of(), show));
    }

    /**
     * The rows to show of {@code result}: all of them, or with {@link #onlyRealProperty()} each
     * domain's program row and the sites whose change is real.
     */
    public List<ChangeTable.Row> shown(ChangeTable result) {
        if (result == null) {
            return List.of();
        }
        return result.rows().stream().filter(row -> !onlyReal.get() || row.site() == null || row.change().significant())
                .toList();
    }

    /** The rows shown, computed again with suppression whatever the screen shows (for copies and exports). */
    public java.util.concurrent.Callable<List<ChangeTable.Row>> protectedRows() {
        Wave a = from.get();
        Wave b = to.get();
        return () -> a == null || b == null ? List.of()
                : shown(context.changes().compare(a, b, List.of(), List.of(), false));
    }

    /** Why the view shows nothing, or empty. */
    public javafx.beans.property.ReadOnlyStringProperty problemProperty() {
        return table.problemProperty();
    }

    public BooleanProperty onlyRealProperty() {
        return onlyReal;
    }

    public ObservableList<Wave> waves() {
        return waves;
    }

    public ObjectProperty<Wave> fromProperty() {
        return from;
    }

    public ObjectProperty<Wave> toProperty() {
        return to;
    }

    public ReadOnlyObjectProperty<ChangeTable> tableProperty() {
        return table.property();
    }
}
