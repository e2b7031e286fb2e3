package org.peerpulse.ui.interventions;

import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.peerpulse.domain.Support;
import org.peerpulse.ui.DomainStyle;
import org.peerpulse.ui.Messages;

/** The supports library: add, edit, retire (kept for old plans, not offered for new ones) or bring back. */
final class LibraryPane extends VBox {
    private final TableView<Support> table = new TableView<>();

    LibraryPane(InterventionsViewModel model) {
        super(8);
        setPadding(new javafx.geometry.Insets(10, 0, 0, 0));
        Support[] chosenBefore = new Support[1];
        table.setId("library-table");
        table.setItems(model.supports());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Messages.tr("library.empty")));
        table.getColumns().add(column("library.col.name", 326, Support::name));
        table.getColumns().add(column("library.col.rose", 222, s -> Texts.rose(s.rose())));
        table.getColumns().add(column("library.col.domains", 268, s -> s.domains().stream().map(DomainStyle::label)
                .collect(Collectors.joining(", "))));
        table.getColumns().add(column("library.col.state", 198, s -> Messages.tr(s.retired() ? "library.retired"
                : "library.active")));
        VBox.setVgrow(table, Priority.ALWAYS);
        Button add = new Button(Messages.tr("library.add"));
        add.setId("library-add");
        add.setOnAction(e -> open(model, null));
        Button edit = new Button(Messages.tr("library.edit"));
        edit.setId("library-edit");
        var chosen = table.getSelectionModel().selectedItemProperty();
        edit.disableProperty().bind(chosen.isNull());
        edit.setOnAction(e -> open(model, chosen.get()));
        Button retire = new Button();
        retire.setId("library-retire");
        retire.textProperty().bind(Bindings.createStringBinding(() -> Messages.tr(chosen.get() != null
                && chosen.get().retired() ? "library.restore" : "library.retire"), chosen));
        retire.disableProperty().bind(chosen.isNull());
        retire.setOnAction(e -> model.setRetired(chosen.get(), !chosen.get().retired()));
        table.setRowFactory(t -> {
            var row = new javafx.scene.control.TableRow<Support>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open(model, row.getItem());
                }
            });
            return row;
        });
        model.supports().addListener((javafx.collections.ListChangeListener<Support>) c -> { // keep the choice on reload
            Support was = chosenBefore[0];
            if (was != null) {
                model.supports().stream().filter(s -> s.id().equals(was.id())).findFirst()
                        .ifPresent(s -> table.getSelectionModel().select(s));
            }
        });
        chosen.addListener((o, was, now) -> {
            if (now != null) {
                chosenBefore[0] = now;
            }
        });
        HBox bar = new HBox(8, add, edit, retire);
        bar.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(bar, table);
    }

    private void open(InterventionsViewModel model, Support original) {
        SupportDialog dialog = new SupportDialog(getScene().getWindow(), original);
        dialog.setOnHidden(e -> {
            if (dialog.getResult() != null) {
                model.saveSupport(dialog.getResult(), original == null);
            }
        });
        dialog.show();
    }

    private static TableColumn<Support, String> column(String key, double width, Function<Support, String> text) {
        TableColumn<Support, String> column = new TableColumn<>(Messages.tr(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(row -> new SimpleStringProperty(text.apply(row.getValue())));
        // the library's own supports fit a 1280-pixel window; a longer one added is whole on hover
        column.setCellFactory(c -> new org.peerpulse.ui.WholeOnHoverCell<>(false));
        return column;
    }
}
