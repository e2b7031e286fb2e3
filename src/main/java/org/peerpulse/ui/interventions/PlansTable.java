package org.peerpulse.ui.interventions;

import java.util.function.Function;
import java.util.stream.Collectors;
import java.time.LocalDate;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.TableCell;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.peerpulse.domain.Site;
import org.peerpulse.service.InterventionReport;
import org.peerpulse.ui.DomainStyle;
import org.peerpulse.ui.Formats;
import org.peerpulse.ui.Messages;

/** Every plan: title, support, sites, stressors, owner, dates and status; every column sorts. */
final class PlansTable extends TableView<InterventionReport> {
    PlansTable() {
        setId("plans-table");
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label(Messages.tr("interventions.empty")));
        getColumns().add(column("interventions.col.title", 230, r -> r.intervention().title()));
        getColumns().add(column("interventions.col.support", 200, r -> r.support() == null ? "\u2013"
                : r.support().name()));
        getColumns().add(column("interventions.col.sites", 190, r -> r.sites().stream().map(Site::name)
                .collect(Collectors.joining(", "))));
        getColumns().add(column("interventions.col.domains", 130, r -> r.intervention().domains().stream()
                .map(DomainStyle::label).collect(Collectors.joining(", "))));
        getColumns().add(column("interventions.col.owner", 110, r -> r.intervention().owner() == null ? ""
                : r.intervention().owner()));
        getColumns().add(dateColumn("interventions.col.start", r -> r.intervention().start()));
        getColumns().add(dateColumn("interventions.col.end", r -> r.intervention().end()));
        getColumns().add(column("interventions.col.status", 90, r -> Texts.status(r.intervention().status())));
    }

    /** Dates sort as dates and show in the user's format. */
    private static TableColumn<InterventionReport, LocalDate> dateColumn(String key,
                                                                       Function<InterventionReport, LocalDate> date) {
        TableColumn<InterventionReport, LocalDate> column = new TableColumn<>(Messages.tr(key));
        column.setPrefWidth(118);
        column.setCellValueFactory(row -> new SimpleObjectProperty<>(date.apply(row.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : Formats.date(item));
            }
        });
        return column;
    }

    private static TableColumn<InterventionReport, String> column(String key, double width,
                                                                  Function<InterventionReport, String> text) {
        TableColumn<InterventionReport, String> column = new TableColumn<>(Messages.tr(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(row -> new SimpleStringProperty(text.apply(row.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                // a long title, list of sites or support is cut to the column: the whole of it on hover
                setTooltip(empty || item == null || item.isEmpty() ? null : new javafx.scene.control.Tooltip(item));
            }
        });
        return column;
    }
}
