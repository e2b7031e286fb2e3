package org.peerpulse.ui.program;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** The layout the program dialogs share: labelled rows, and the problem line under them. */
final class Forms {
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
        problem.setMaxWidth(420);
        problem.textProperty().bind(text);
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        return problem;
    }
}
