package org.peerpulse.ui;

import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * The figures a view shows, worked out again at each change of its filters: only the latest
 * request's result is shown (a slower, older one arriving later is dropped), and when the work
 * fails the view shows none and says why ({@link ViewProblem}) until a later request succeeds.
 */
public final class ShownFigures<T> {
    private final T none;
    private final ReadOnlyObjectWrapper<T> shown;
    private final ViewProblem problem = new ViewProblem();
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper();
    private int request;

    /** Figures shown as {@code none} (null, or an empty list) until the first are worked out. */
    public ShownFigures(T none) {
        this.none = none;
        this.shown = new ReadOnlyObjectWrapper<>(none);
    }

    /** Works {@code work} out with {@code runner}; its result is shown if no later request was made meanwhile. */
    public void compute(TaskRunner runner, String name, Callable<T> work) {
        int mine = ++request;
        working.set(true);
        runner.run(name, work, result -> {
            if (mine == request) {
                working.set(false);
                problem.cleared();
                shown.set(result);
            }
        }, failure -> {
            if (mine == request) {
                failed(failure);
            }
        });
    }

    /** Nothing to show, and nothing wrong (e.g. fewer waves than a comparison needs). */
    public void clear() {
        request++;
        working.set(false);
        problem.cleared();
        shown.set(none);
    }

    /** What the view needed first (its waves or sites) could not be read: no figures, and why. */
    public void failed(Throwable failure) {
        request++;
        working.set(false);
        problem.failed(failure); // first: the view, told of the figures next, knows why there are none
        shown.set(none);
    }

    public ReadOnlyObjectProperty<T> property() {
        return shown.getReadOnlyProperty();
    }

    /** True while the latest request is being worked out. */
    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    /** Why no figures are shown; empty while all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.textProperty();
    }
}
