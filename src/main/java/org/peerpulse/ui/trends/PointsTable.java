package org.peerpulse.ui.trends;

import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.peerpulse.analysis.Figure;
import org.peerpulse.analysis.SmallNumbers;
import org.peerpulse.analysis.TrendPoint;
import org.peerpulse.domain.Measure;
import org.peerpulse.service.TrendTable;
import org.peerpulse.ui.DomainStyle;
import org.peerpulse.ui.Formats;
import org.peerpulse.ui.Messages;

/** A trend chart's points as a table ("show as table"): series, domain, wave, value, interval and n. */
public final class PointsTable extends TableView<TrendPoint> {
    private TrendTable shown;

    public PointsTable() {
        getColumns().add(column("trends.series", 240, p -> p.site() == null ? Messages.tr("filter.allSites")
                : shown.siteName(p.site())));
        getColumns().add(column("trends.domain", 150, p -> DomainStyle.label(p.domain())));
        getColumns().add(column("trends.wave", 90, p -> shown.wave(p.wave()).label()));
        getColumns().add(number(column("trends.value", 110, p -> value(p.figure()))));
        getColumns().add(number(column("trends.ci", 140, p -> p.figure().plottedLow() == null ? "" : interval(p.figure()))));
        getColumns().add(number(column("trends.n", 220, p -> p.figure().n() != null ? String.valueOf(p.figure().n())
                : p.figure().suppressed() ? Messages.tr("tile.suppressed", shown.settings().minGroupSize()) : "")));
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    /** Figures line up on the right, digits under digits. */
    private static TableColumn<TrendPoint, String> number(TableColumn<TrendPoint, String> column) {
        column.getStyleClass().add("number-column");
        return column;
    }

    public void show(TrendTable table) {
        shown = table;
        getItems().setAll(table.points());
    }

    private String value(Figure figure) {
        if (figure.suppressed()) {
            return SmallNumbers.hiddenMark(shown.settings().minGroupSize());
        }
        if (!figure.hasValue()) {
            return "–";
        }
        return shown.measure() == Measure.MEAN ? Formats.decimal(figure.mean(), 2) : Formats.percent(figure.plotted());
    }

    private String interval(Figure figure) {
        return shown.measure() == Measure.MEAN
                ? Formats.decimal(figure.plottedLow(), 2) + "–" + Formats.decimal(figure.plottedHigh(), 2)
                : Formats.percent(figure.plottedLow()) + "–" + Formats.percent(figure.plottedHigh());
    }

    private static TableColumn<TrendPoint, String> column(String key, double width,
                                                        java.util.function.Function<TrendPoint, String> value) {
        TableColumn<TrendPoint, String> column = new TableColumn<>(Messages.tr(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(row -> new SimpleStringProperty(value.apply(row.getValue())));
        return column;
    }
}
