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

/**
 * Every plan: title, support, sites, stressors, owner, dates and status; every column sorts. A long
 * title, support or list of sites wraps to a second line (a 1280-pixel window cut most of them), and
 * beyond it reads whole on hover. As tall as its plans, up to {@value #TALLEST_ROWS}, then it scrolls.
 */
final class PlansTable extends TableView<InterventionReport> {
    private static final int TALLEST_ROWS = 6;

    PlansTable() {
        setId("plans-table");
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        org.peerpulse.ui.TableHeight.fit(this, org.peerpulse.ui.TableHeight.TWO_LINES, 3, TALLEST_ROWS);
        setPlaceholder(new Label(Messages.tr("interventions.empty")));
        getColumns().add(column("interventions.col.title", 230, r -> r.intervention().title()));
        getColumns().add(column("interventions.col.support", 200, r -> r.support() == null ? "\u2013"
                : r.support().name()));
        getColumns().add(column("interventions.col.sites", 190, r -> r.sites().stream().map(Site::name)
                .collect(Collectors.joining(", "))));
        getColumns().add(column("interventions.col.domains", 130, r -> r.intervention().domains().stream()
                .map(DomainStyle::label).collect(Collectors.joining(", "))));
        TableColumn<InterventionReport, String> owner = column("interventions.col.owner", 110,
                r -> r.intervention().owner() == null ? "" : r.intervention().owner());
        owner.setMinWidth(100); // "Site coordinator": the longest word of a usual owner, whole
        getColumns().add(owner);
        getColumns().add(dateColumn("interventions.col.start", r -> r.intervention().start()));
        getColumns().add(dateColumn("interventions.col.end", r -> r.intervention().end()));
        TableColumn<InterventionReport, String> status = column("interventions.col.status", 84,
                r -> Texts.status(r.intervention().status()));
        status.setMinWidth(84); // "Stopped" and "Planned" whole
        getColumns().add(status);
    }

    /** Dates sort as dates and show in the user's format. */
    private static TableColumn<InterventionReport, LocalDate> dateColumn(String key,
                                                                       Function<InterventionReport, LocalDate> date) {
        TableColumn<InterventionReport, LocalDate> column = new TableColumn<>(Messages.tr(key));
        column.setPrefWidth(104);
        column.setMinWidth(100); // "Jan 10, 2022" whole
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
        // beyond two lines a long title, list of sites or support is cut: the whole of it on hover
        column.setCellFactory(c -> new org.peerpulse.ui.WholeOnHoverCell<>(true));
        return column;
    }
}
