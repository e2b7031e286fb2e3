package org.peerpulse.ui;

import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** A small spinner and what is being read, shown while a view's figures are computed. */
public final class BusyMark {
    private BusyMark() {
    }

    public static Region of(ObservableBooleanValue busy, String text) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(16, 16);
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
