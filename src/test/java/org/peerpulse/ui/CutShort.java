package org.peerpulse.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/** For the views' tests: what a table shows is not cut to "…" where a user cannot get it whole. */
public final class CutShort {
    private CutShort() {
    }

    /** Every heading, figure and name of the table reads whole, as laid out: none cut to "…". */
    public static void nothingIn(Node table) {
        check(table, false);
    }

    /**
     * Every heading and figure of the table reads whole, as laid out (not cut to "…"); a site's name
     * (the first column) cut short by a narrow window reads whole on hover, over its cell or its row.
     */
    public static void nothingOutOfReach(Node table) {
        check(table, true);
    }

    /** Each label reads whole, as laid out: its text not cut to "…", nor its lines cut off below. */
    public static void whole(Labeled... labels) {
        for (Labeled labeled : labels) {
            assertThat(labeled.isVisible()).as(labeled.getText() + ": shown").isTrue();
            assertThat(shown(labeled)).as("cut short").isEqualTo(labeled.getText());
            assertThat(labeled.getHeight()).as(labeled.getText() + ": all its lines")
                    .isGreaterThanOrEqualTo(labeled.prefHeight(labeled.getWidth()) - 0.5);
        }
    }

    private static void check(Node table, boolean wholeOnHover) {
        for (Node node : table.lookupAll(".wrapping-text")) { // a WrappingCell's lines, none cut off below
            Text text = (Text) node;
            assertThat(text.getBoundsInParent().getMaxY()).as(table.getId() + ": every line of " + text.getText())
                    .isLessThanOrEqualTo(((Region) text.getParent()).getHeight() + 0.5);
        }
        List<Node> labelled = new ArrayList<>(table.lookupAll(".column-header .label"));
        labelled.addAll(table.lookupAll(".table-cell"));
        assertThat(labelled).as("headings and cells laid out").hasSizeGreaterThan(7);
        for (Node node : labelled) {
            if (node instanceof Labeled labeled && labeled.getText() != null && shownOnScreen(labeled)) {
                String shown = shown(labeled);
                Tooltip tip = tooltipOf(labeled);
                if (wholeOnHover && isName(labeled) && !shown.equals(labeled.getText()) && tip != null) {
                    assertThat(tip.getText()).as(table.getId() + ": whole on hover").contains(labeled.getText().strip());
                } else {
                    assertThat(shown).as(table.getId() + ": cut short").isEqualTo(labeled.getText());
                    if (labeled.isWrapText()) { // whole, and none of its lines cut off below
                        assertThat(labeled.getHeight()).as(table.getId() + ": every line of " + labeled.getText())
                                .isGreaterThanOrEqualTo(labeled.prefHeight(labeled.getWidth()) - 0.5);
                    }
                }
            }
        }
    }

    /** Visible, and so is every node it is in: not a cell a table keeps out of sight to measure rows with. */
    private static boolean shownOnScreen(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** The text as laid out ("…" where cut short): its text, not an icon (also a Text). */
    private static String shown(Labeled labeled) {
        return labeled.getChildrenUnmodifiable().stream()
                .filter(child -> child instanceof Text && child.getStyleClass().contains("text"))
                .map(text -> ((Text) text).getText()).findFirst().orElse(labeled.getText());
    }

    private static boolean isName(Labeled labeled) {
        return labeled instanceof TableCell<?, ?> cell && cell.getTableView() != null
                && cell.getTableColumn() == cell.getTableView().getVisibleLeafColumn(0);
    }

    private static Tooltip tooltipOf(Labeled labeled) {
        if (labeled.getTooltip() != null) {
            return labeled.getTooltip();
        }
        return labeled instanceof TableCell<?, ?> cell && cell.getTableRow() != null ? cell.getTableRow().getTooltip() : null;
    }
}
