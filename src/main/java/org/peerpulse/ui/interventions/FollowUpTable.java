package org.peerpulse.ui.interventions;

import java.util.function.Function;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.peerpulse.analysis.FollowUp;
import org.peerpulse.service.InterventionReport;
import org.peerpulse.ui.DomainStyle;
import org.peerpulse.ui.Messages;
import org.peerpulse.ui.WrappingCell;

/**
 * One plan's follow-up, a row per site and stressor: the last wave before the start, the first and
 * the latest after it (share, count of n, 95% interval), the change test, the other sites' change
 * over the same waves, and what it says in plain words. Hidden groups say so, with no figure.
 */
final class FollowUpTable extends TableView<FollowUp> {
    private InterventionReport report;

    FollowUpTable() {
        setId("followup-table");
        getStyleClass().add("followup-table");
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label(Messages.tr("interventions.followupNone")));
        getColumns().add(column("followup.col.site", 150, row -> Messages.tr("followup.where",
                DomainStyle.label(row.domain()), report.siteName(row.site())), true));
        getColumns().add(figureColumn("followup.col.before", FollowUp::before));
        getColumns().add(figureColumn("followup.col.after", FollowUp::after));
        getColumns().add(figureColumn("followup.col.latest", FollowUp::latest));
        getColumns().add(column("followup.col.test", 100, row -> FollowUpText.test(row.change()), false));
        getColumns().add(column("followup.col.others", 105, row -> FollowUpText.others(row, k()), false));
        getColumns().add(column("followup.col.summary", 360, row -> FollowUpText.summary(report, row), true));
    }

    void show(InterventionReport shown) {
        report = shown;
        setPlaceholder(new Label(Messages.tr(shown == null ? "interventions.followupNone" : "interventions.followupEmpty")));
        getItems().setAll(shown == null ? java.util.List.of() : shown.followUps());
    }

    private int k() {
        return report.settings().minGroupSize();
    }

    private TableColumn<FollowUp, FollowUp.WaveFigure> figureColumn(String key, Function<FollowUp, FollowUp.WaveFigure> wave) {
        TableColumn<FollowUp, FollowUp.WaveFigure> column = new TableColumn<>(Messages.tr(key));
        column.setPrefWidth(122);
        column.setSortable(false);
        column.setCellValueFactory(row -> new SimpleObjectProperty<>(wave.apply(row.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(FollowUp.WaveFigure item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("suppressed");
                if (empty || item == null) {
                    setText(null);
                    return;
                }
                setText(FollowUpText.figure(item, k()));
                if (item.figure() != null && item.figure().suppressed()) {
                    getStyleClass().add("suppressed");
                }
            }
        });
        return column;
    }

    /** A column of text; {@code wrapped} text follows the column's width. */
    private TableColumn<FollowUp, String> column(String key, double width, Function<FollowUp, String> text, boolean wrapped) {
        TableColumn<FollowUp, String> column = new TableColumn<>(Messages.tr(key));
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(row -> new SimpleObjectProperty<>(text.apply(row.getValue())));
        if (wrapped) {
            column.setCellFactory(c -> new WrappingCell<>(column));
        }
        return column;
    }
}
