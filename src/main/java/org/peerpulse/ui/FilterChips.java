package org.peerpulse.ui;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;

/** The filters a view applies, as chips; a chip with ✕ removes its filter (a fixed one is only a label). */
public final class FilterChips extends FlowPane {
    /** @param remove what ✕ does, or null for a filter that cannot be removed */
    public record Chip(String text, Runnable remove) {
    }

    public FilterChips() {
        super(6, 6);
        getStyleClass().add("filter-chips");
    }

    public void show(List<Chip> chips) {
        getChildren().clear();
        for (Chip chip : chips) {
            if (chip.remove() == null) {
                Label label = new Label(chip.text());
                label.getStyleClass().add("chip");
                getChildren().add(label);
            } else {
                Button button = new Button(chip.text() + "  \u2715");
                button.getStyleClass().add("chip");
                button.setAccessibleText(Messages.tr("chips.remove", chip.text()));
                button.setOnAction(e -> chip.remove().run());
                getChildren().add(button);
            }
        }
    }
}
