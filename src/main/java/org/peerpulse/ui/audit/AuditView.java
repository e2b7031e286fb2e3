package org.peerpulse.ui.audit;

import java.time.ZoneId;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.collections.FXCollections;
import org.peerpulse.domain.AuditAction;
import org.peerpulse.domain.AuditEntry;
import org.peerpulse.io.export.CsvSeparator;
import org.peerpulse.io.export.ExportFormat;
import org.peerpulse.ui.AppIcon;
import org.peerpulse.ui.Choices;
import org.peerpulse.ui.Copying;
import org.peerpulse.ui.DatePickers;
import org.peerpulse.ui.Formats;
import org.peerpulse.ui.Messages;

/**
 * The audit trail: filters, the entries newest first (a page at a time) and Export CSV. Read only:
 * there is no control to change or remove an entry, and the database refuses both anyway.
 */
public final class AuditView {
    private final AuditViewModel model;
    private final Copying copying;
    private final ZoneId zone;
    private final TableView<AuditEntry> table = new TableView<>();

    public AuditView(AuditViewModel model, Copying copying, ZoneId zone) {
        this.model = model;
        this.copying = copying;
        this.zone = zone;
    }

    public Parent build() {
        Label title = new Label(Messages.tr("audit.title"));
        title.getStyleClass().add("panel-title");
        Label note = new Label(Messages.tr("audit.note"));
        note.getStyleClass().add("chart-note");
        note.setWrapText(true);
        table.setId("audit-table");
        table.setEditable(false);
        table.setItems(model.entries());
        table.setPlaceholder(new Label(Messages.tr("audit.empty")));
        TableColumn<AuditEntry, String> time = column("audit.col.time", 200,
                e -> Formats.dateTime(e.at().atZoneSameInstant(zone)));
        time.setMinWidth(200);
        table.getColumns().add(time);
        table.getColumns().add(column("audit.col.user", 110, AuditEntry::osUser));
        table.getColumns().add(column("audit.col.action", 150, e -> actionName(e.action())));
        TableColumn<AuditEntry, String> what = column("audit.col.what", 520, AuditEntry::what);
        what.setCellFactory(c -> new org.peerpulse.ui.WrappingCell<>(what)); // an import's summary on two lines or more
        table.getColumns().add(what);
        table.getColumns().add(column("audit.col.howMuch", 170, AuditView::howMuch));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        copying.table(table, Messages.tr("audit.title"), () -> java.util.List.copyOf(model.entries()));
        VBox.setVgrow(table, Priority.ALWAYS);

        Label problem = new Label();
        problem.setId("audit-problem");
        problem.getStyleClass().add("form-problem");
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotNull());
        problem.managedProperty().bind(problem.visibleProperty());

        VBox panel = new VBox(12, title, note, filters(), problem, table, footer());
        panel.getStyleClass().addAll("panel", "audit-panel");
        VBox.setVgrow(panel, Priority.ALWAYS);
        VBox page = new VBox(panel);
        page.setPadding(new Insets(20, 24, 24, 24));
        // fresh whenever the page is opened: exports and reports write entries without changing data
        page.sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.reload();
            }
        });
        return page;
    }

    private Region filters() {
        ComboBox<AuditAction> action = Choices.optional("audit-action",
                FXCollections.observableArrayList(AuditAction.values()), AuditView::actionName,
                Messages.tr("audit.allActions"));
        action.valueProperty().bindBidirectional(model.actionProperty());
        ComboBox<String> user = Choices.optional("audit-user", model.users(), u -> u, Messages.tr("audit.allUsers"));
        user.valueProperty().bindBidirectional(model.userProperty());
        DatePicker from = datePicker("audit-from");
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = datePicker("audit-to");
        to.valueProperty().bindBidirectional(model.toProperty());
        TextField text = new TextField();
        text.setId("audit-text");
        text.setPromptText(Messages.tr("audit.textPrompt"));
        text.setPrefColumnCount(24);
        text.textProperty().bindBidirectional(model.textProperty());
        Button refresh = new Button(Messages.tr("audit.refresh"), AppIcon.REFRESH.graphic());
        refresh.setId("audit-refresh");
        refresh.setOnAction(e -> model.reload());
        refresh.setMinWidth(Region.USE_PREF_SIZE);
        Button export = new Button(Messages.tr("audit.exportCsv"), AppIcon.EXPORT.graphic());
        export.setId("audit-export");
        export.setMinWidth(Region.USE_PREF_SIZE);
        export.setOnAction(e -> copying.export(export, model.exportTable(), ExportFormat.CSV, CsvSeparator.COMMA));
        HBox choices = new HBox(8, label("audit.action"), action, label("audit.user"), user, label("audit.from"), from,
                label("audit.to"), to);
        choices.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(480);
        HBox search = new HBox(8, text, refresh, export);
        search.setAlignment(Pos.CENTER_LEFT);
        return new VBox(8, choices, search);
    }

    private Region footer() {
        Label count = new Label();
        count.setId("audit-count");
        count.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> Messages.tr("audit.count",
                model.entries().size(), model.totalProperty().get()), model.entries(), model.totalProperty()));
        Button more = new Button(Messages.tr("audit.more"));
        more.setId("audit-more");
        more.visibleProperty().bind(model.hasMoreProperty());
        more.managedProperty().bind(more.visibleProperty());
        more.setOnAction(e -> model.loadMore());
        ProgressIndicator busy = org.peerpulse.ui.BusyMark.spinner(model.busyProperty());
        HBox footer = new HBox(10, count, more, busy);
        footer.setAlignment(Pos.CENTER_LEFT);
        return footer;
    }

    private static Label label(String key) {
        Label label = new Label(Messages.tr(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static DatePicker datePicker(String id) {
        DatePicker picker = DatePickers.of(id);
        picker.setPrefWidth(150);
        picker.setPromptText(Messages.tr("audit.anyDay"));
        return picker;
    }

    private static TableColumn<AuditEntry, String> column(String key, double width, Function<AuditEntry, String> value) {
        TableColumn<AuditEntry, String> column = new TableColumn<>(Messages.tr(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(row -> new SimpleStringProperty(value.apply(row.getValue())));
        return column;
    }

    static String actionName(AuditAction action) {
        return Messages.tr(switch (action) {
            case IMPORT -> "audit.action.import";
            case ENTRY -> "audit.action.entry";
            case EDIT -> "audit.action.edit";
            case DELETE -> "audit.action.delete";
            case MERGE -> "audit.action.merge";
            case SITE -> "audit.action.site";
            case WAVE -> "audit.action.wave";
            case SETTINGS -> "audit.action.settings";
            case EXPORT -> "audit.action.export";
            case REPORT -> "audit.action.report";
            case SMALL_NUMBERS -> "audit.action.smallNumbers";
            case BACKUP -> "audit.action.backup";
            case RESTORE -> "audit.action.restore";
        });
    }

    /** The amount with what it counts: "120 responses added", "12 pages"; empty when the action has none. */
    static String howMuch(AuditEntry entry) {
        if (entry.howMuch() == null) {
            return "";
        }
        long count = entry.howMuch(); // the bundle's words say "1 response", "2 responses"
        return switch (entry.action()) {
            case IMPORT -> Messages.tr("audit.howMuch.added", count);
            case ENTRY, EDIT, DELETE -> Messages.tr("audit.howMuch.responses", count);
            case MERGE -> Messages.tr("audit.howMuch.moved", count);
            case SETTINGS -> Messages.tr("audit.howMuch.settings", count);
            case BACKUP, RESTORE -> Messages.tr("audit.howMuch.responses", count);
            case EXPORT -> Messages.tr("audit.howMuch.rows", count);
            case REPORT -> Messages.tr("audit.howMuch.pages", count);
            case SITE, WAVE, SMALL_NUMBERS -> Formats.count(count);
        };
    }
}
