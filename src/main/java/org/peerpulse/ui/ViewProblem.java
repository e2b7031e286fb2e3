package org.peerpulse.ui;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;

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

    /** The view's line for it, with this id, taking room only when there is something to say. */
    public static Label line(ReadOnlyStringProperty problem, String id) {
        Label line = new Label();
        line.setId(id);
        line.getStyleClass().add("view-problem");
        line.setGraphic(AppIcon.ALERT.graphic());
        line.setWrapText(true);
        line.setMaxWidth(Double.MAX_VALUE);
        line.textProperty().bind(problem);
        line.visibleProperty().bind(problem.isNotEmpty());
        line.managedProperty().bind(line.visibleProperty());
        return line;
    }
}
