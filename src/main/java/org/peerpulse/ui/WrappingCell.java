package org.peerpulse.ui;

import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;

/**
 * A table cell of text on as many lines as the column's width needs, its row as tall as they are
 * (a follow-up's plain-language summary, an import problem's sentence): never cut to "…".
 */
public final class WrappingCell<S> extends TableCell<S, String> {
    private final Text words = new Text();

    public WrappingCell(TableColumn<S, String> column) {
        words.wrappingWidthProperty().bind(column.widthProperty().subtract(14));
        words.getStyleClass().add("wrapping-text");
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        words.setText(empty ? null : item);
        setGraphic(empty ? null : words);
    }
}
