package org.peerpulse.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * Why a view shows no figures: its work failed (the database closed under it, a disk error).
 * One sentence, empty while all is well and again once the view's next work succeeds, so that a
 * view never stands empty without saying why.
 */
public final class ViewProblem {
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");

    public void failed(Throwable failure) {
        text.set(Messages.tr("view.failed", Failures.sentence(failure)));
    }

    public void cleared() {
        text.set("");
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /**
     * The view's line for it, taking room only when there is something to say: the sentence (a label
     * with this id) and a "Try again" button (id + "-retry") that runs {@code retry}, the view's work
     * that failed, again (in the background, as it ran first).
     */
    public static Region line(ReadOnlyStringProperty problem, String id, Runnable retry) {
        Label line = new Label();
        line.setId(id);
        line.setGraphic(AppIcon.ALERT.graphic());
        line.setWrapText(true);
        line.setMaxWidth(Double.MAX_VALUE);
        line.textProperty().bind(problem);
        line.visibleProperty().bind(problem.isNotEmpty());
        HBox.setHgrow(line, Priority.ALWAYS);
        Button again = new Button(Messages.tr("view.retry"));
        again.setId(id + "-retry");
        again.setMinWidth(Region.USE_PREF_SIZE);
        again.setOnAction(e -> retry.run());
        HBox row = new HBox(line, again);
        row.getStyleClass().add("view-problem");
        row.setAlignment(Pos.CENTER_LEFT);
        row.visibleProperty().bind(line.visibleProperty());
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    /**
     * Shows {@code figures} while {@code wanted} and nothing is wrong: under the sentence that says why
     * there are no figures, an empty chart frame or table would only look like figures to come.
     */
    public static void hideWhile(ReadOnlyStringProperty problem, Node figures, ObservableBooleanValue wanted) {
        figures.visibleProperty().bind(Bindings.and(wanted, problem.isEmpty()));
        figures.managedProperty().bind(figures.visibleProperty());
    }
}
