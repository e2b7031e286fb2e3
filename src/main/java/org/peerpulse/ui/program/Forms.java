package org.peerpulse.ui.program;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.peerpulse.ui.MainWindow;

/** The layout the program dialogs share: labelled rows, and the problem line under them. */
final class Forms {
    static final double WIDTH = 540;

    private Forms() {
    }

    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("program-form");
        grid.setHgap(12);
        grid.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, fields);
        return grid;
    }

    /** A row whose label's mnemonic (an underscore in {@code text}) focuses {@code field}. */
    static void row(GridPane grid, int row, String text, Node field) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        grid.add(label, 0, row);
        grid.add(field, 1, row);
    }

    static Label problem(String id, ObservableStringValue text) {
        Label problem = new Label();
        problem.setId(id);
        problem.getStyleClass().add("form-problem");
        problem.setWrapText(true);
        problem.setMaxWidth(WIDTH - 40);
        // room for two lines kept from the start: the dialog does not grow when a problem appears
        problem.setMinHeight(44);
        problem.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        problem.textProperty().bind(text);
        return problem;
    }

    /** The dialogs' common width, stylesheet and content. */
    static void setUp(DialogPane pane, Node content) {
        pane.setContent(content);
        pane.setPrefWidth(WIDTH);
        pane.getStylesheets().add(MainWindow.stylesheet());
    }
}
