package org.peerpulse.ui.program;

import java.util.function.Function;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.peerpulse.service.ProgramService.SiteEntry;
import org.peerpulse.service.ProgramService.WaveEntry;
import org.peerpulse.ui.Formats;
import org.peerpulse.ui.Messages;

/** The two tables of the sites-and-waves window. */
final class ProgramTables {
    private ProgramTables() {
    }

    static TableView<SiteEntry> sites(ObservableList<SiteEntry> items) {
        TableView<SiteEntry> table = table(items, "program-sites", Messages.tr("program.sites.empty"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().add(column(Messages.tr("program.sites.name"), 330, e -> e.site().name()
                + (e.site().demo() ? " " + Messages.tr("sites.demoSuffix") : "")));
        table.getColumns().add(column(Messages.tr("program.sites.code"), 60, e -> e.site().code()));
        table.getColumns().add(column(Messages.tr("program.sites.setting"), 200,
                e -> SettingText.of(e.site().setting())));
        table.getColumns().add(column(Messages.tr("program.sites.region"), 150, e -> e.site().region()));
        table.getColumns().add(countColumn(SiteEntry::responses));
        table.getColumns().add(column(Messages.tr("program.sites.status"), 90, e -> e.site().archived()
                ? Messages.tr("program.sites.archived") : Messages.tr("program.sites.active")));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(SiteEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("archived"),
                        !empty && entry != null && entry.site().archived());
            }
        });
        return table;
    }

    static TableView<WaveEntry> waves(ObservableList<WaveEntry> items) {
        TableView<WaveEntry> table = table(items, "program-waves", Messages.tr("program.waves.empty"));
        table.getColumns().add(column(Messages.tr("program.waves.label"), 250, e -> e.wave().label()
                + (e.wave().demo() ? " " + Messages.tr("sites.demoSuffix") : "")));
        table.getColumns().add(column(Messages.tr("program.waves.date"), 200, e -> Formats.date(e.wave().date())));
        table.getColumns().add(countColumn(WaveEntry::responses));
        return table;
    }

    private static <T> TableView<T> table(ObservableList<T> items, String id, String empty) {
        TableView<T> table = new TableView<>(items);
        table.setId(id);
        table.getStyleClass().add("program-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(empty));
        return table;
    }

    /** Response counts: sorted as numbers, shown in the user's locale. */
    private static <T> TableColumn<T, Long> countColumn(Function<T, Long> count) {
        TableColumn<T, Long> column = new TableColumn<>(Messages.tr("sites.responses"));
        column.setCellValueFactory(row -> new SimpleObjectProperty<>(count.apply(row.getValue())));
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Long value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? null : Formats.count(value));
            }
        });
        column.setPrefWidth(110);
        column.getStyleClass().add("number-column");
        return column;
    }

    private static <T> TableColumn<T, Object> column(String title, double width, Function<T, Object> value) {
        TableColumn<T, Object> column = new TableColumn<>(title);
        column.setCellValueFactory(row -> new SimpleObjectProperty<>(value.apply(row.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
