package org.peerpulse.ui;

import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/**
 * A table cell of text that a narrow column may cut to "…" (a long site name, plan title or
 * audit entry): pointing at it shows the whole text. A wrapped one takes the lines its row has
 * room for first.
 */
public final class WholeOnHoverCell<S> extends TableCell<S, String> {
    public WholeOnHoverCell(boolean wrapped) {
        setWrapText(wrapped);
        if (wrapped) {
            getStyleClass().add("wrapped-cell");
        }
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty ? null : item);
        setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
    }
}
