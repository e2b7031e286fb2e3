package org.peerpulse.ui.entry;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.peerpulse.domain.Psp1;
import org.peerpulse.domain.StoredResponse;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.domain.ValueSet;
import org.peerpulse.ui.AppIcon;
import org.peerpulse.ui.DomainStyle;
import org.peerpulse.ui.Messages;

/**
 * The stored responses of the chosen site and wave: respondent code, date, the five overall
 * stressor answers, top three and how many items were answered; Edit loads one into the entry
 * form, Delete removes it after a confirmation.
 */
public final class ResponsesView {
    private final ResponsesViewModel model;
    private final Consumer<StoredResponse> onEdit;
    private final TableView<StoredResponse> table = new TableView<>();

    public ResponsesView(ResponsesViewModel model, Consumer<StoredResponse> onEdit) {
        this.model = model;
        this.onEdit = onEdit;
    }

    public Parent build() {
        table.setId("responses-table");
        table.getStyleClass().add("responses-table");
        table.setItems(model.rows());
        table.setPlaceholder(new Label(Messages.tr("stored.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN); // top three takes the rest
        TableColumn<StoredResponse, String> respondent = column(Messages.tr("stored.respondent"), 110,
                r -> r.response().respondent() == null ? Messages.tr("stored.noCode") : r.response().respondent());
        respondent.setCellFactory(c -> new org.peerpulse.ui.WholeOnHoverCell<>(false)); // a long code, whole on hover
        table.getColumns().add(respondent);
        table.getColumns().add(column(Messages.tr("stored.submitted"), 110,
                r -> r.response().submitted() == null ? "" : r.response().submitted()));
        for (StressDomain domain : StressDomain.values()) {
            TableColumn<StoredResponse, String> overall = column(DomainStyle.label(domain), 92,
                    r -> r.response().answer(domain.overallItem()).orElse(""));
            overall.getStyleClass().addAll("number-column", DomainStyle.styleClass(domain));
            table.getColumns().add(overall);
        }
        TableColumn<StoredResponse, String> answered = column(Messages.tr("stored.answered"), 86,
                r -> Integer.toString(r.answered()));
        answered.getStyleClass().add("number-column");
        table.getColumns().add(answered);
        // the answers keep their widths; the rest of the window goes to a worker's top three, in words
        table.getColumns().forEach(fixed -> fixed.setMaxWidth(fixed.getPrefWidth()));
        TableColumn<StoredResponse, String> top3 = column(Messages.tr("stored.top3"), 260,
                r -> r.response().answer(Psp1.TOP3).map(ResponsesView::top3Words).orElse(""));
        top3.setCellFactory(c -> new org.peerpulse.ui.WholeOnHoverCell<>(false)); // whole on hover in a narrow window
        table.getColumns().add(top3);
        table.setRowFactory(view -> {
            var row = new javafx.scene.control.TableRow<StoredResponse>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    onEdit.accept(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && selected() != null) {
                onEdit.accept(selected());
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE && selected() != null) {
                confirmDelete(selected());
                e.consume();
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox page = new VBox(10, bar(), table);
        page.setPadding(new Insets(16, 20, 20, 20));
        page.getStyleClass().add("responses-page");
        return page;
    }

    private Region bar() {
        Button edit = new Button(Messages.tr("stored.edit"));
        edit.setId("edit-response");
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> onEdit.accept(selected()));
        Button delete = new Button(Messages.tr("stored.delete"), AppIcon.DELETE.graphic());
        delete.setId("delete-response");
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(model.busyProperty()));
        delete.setOnAction(e -> confirmDelete(selected()));
        Label status = new Label();
        status.setId("responses-status");
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);
        HBox bar = EntrySections.row(edit, delete, status);
        bar.getStyleClass().add("filter-bar");
        return bar;
    }

    private StoredResponse selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    private void confirmDelete(StoredResponse row) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, Messages.tr("stored.confirm",
                ResponsesViewModel.describe(row)), ButtonType.CANCEL, ButtonType.OK);
        confirm.setHeaderText(Messages.tr("stored.confirmHeader"));
        if (table.getScene() != null) {
            confirm.initOwner(table.getScene().getWindow());
        }
        confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(b -> model.delete(row));
    }

    private static String top3Words(String codes) {
        return String.join(", ", java.util.Arrays.stream(codes.split(" "))
                .map(c -> ItemTexts.word(ValueSet.TOP3, c)).toList());
    }

    private static TableColumn<StoredResponse, String> column(String title, double width,
                                                              java.util.function.Function<StoredResponse, String> text) {
        TableColumn<StoredResponse, String> column = new TableColumn<>();
        Label header = new Label(title); // wraps rather than cutting "Death and trauma"
        header.setWrapText(true);
        header.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        header.setMaxWidth(width - 8);
        header.setMinHeight(Region.USE_PREF_SIZE);
        column.setGraphic(header);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        return column;
    }
}
