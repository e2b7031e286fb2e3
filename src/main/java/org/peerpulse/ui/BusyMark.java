package org.peerpulse.ui;

import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** The small spinner shown while a view's or a window's work runs, alone or with what is being read. */
public final class BusyMark {
    private BusyMark() {
    }

    /** A 16-pixel spinner, visible while {@code busy}. */
    public static ProgressIndicator spinner(ObservableBooleanValue busy) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(16, 16);
        spinner.visibleProperty().bind(busy);
        return spinner;
    }

    /** The spinner and {@code text}, taking no room while not {@code busy}. */
    public static Region of(ObservableBooleanValue busy, String text) {
        ProgressIndicator spinner = spinner(busy);
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        HBox mark = new HBox(6, spinner, label);
        mark.getStyleClass().add("busy-mark");
        mark.setAlignment(Pos.CENTER_LEFT);
        mark.visibleProperty().bind(busy);
        mark.managedProperty().bind(busy);
        return mark;
    }
}
