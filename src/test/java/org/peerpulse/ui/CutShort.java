package org.peerpulse.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;

/** For the views' tests: what a table shows is not cut to "…" where a user cannot get it whole. */
final class CutShort {
    private CutShort() {
    }

    /**
     * Every heading and figure of the table reads whole, as laid out (not cut to "…"); a site's name
     * cut short by a narrow window reads whole on hover.
     */
    static void nothingIn(Node table) {
        List<Node> labelled = new ArrayList<>(table.lookupAll(".column-header .label"));
        labelled.addAll(table.lookupAll(".table-cell"));
        assertThat(labelled).as("headings and cells laid out").hasSizeGreaterThan(7);
        for (Node node : labelled) {
            if (node instanceof javafx.scene.control.Labeled labeled && labeled.getText() != null && labeled.isVisible()) {
                String shown = labeled.getChildrenUnmodifiable().stream() // its text, not an icon (also a Text)
                        .filter(child -> child instanceof javafx.scene.text.Text && child.getStyleClass().contains("text"))
                        .map(text -> ((javafx.scene.text.Text) text).getText()).findFirst().orElse(labeled.getText());
                if (!shown.equals(labeled.getText()) && labeled.getTooltip() != null) {
                    assertThat(labeled.getTooltip().getText()).as(table.getId() + ": whole on hover").isEqualTo(labeled.getText());
                } else {
                    assertThat(shown).as(table.getId() + ": cut short").isEqualTo(labeled.getText());
                }
            }
        }
    }
}
