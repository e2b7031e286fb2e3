package org.peerpulse.ui.sites;

import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.peerpulse.analysis.Change;
import org.peerpulse.analysis.Figure;
import org.peerpulse.analysis.SmallNumbers;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.service.Overview;
import org.peerpulse.ui.AppIcon;
import org.peerpulse.ui.DomainStyle;
import org.peerpulse.ui.Formats;
import org.peerpulse.ui.Messages;
import org.peerpulse.ui.Verdicts;

/**
 * Sites × domains for one wave as a heatmap: the high-stress share with its n, coloured by level
 * (and never by colour alone: the number is always written), an arrow for the change since the
 * wave before, suppressed cells marked "<k". Every column sorts.
 */
public final class SiteDomainTable extends TableView<Overview.SiteRow> {
    /** The most rows shown at once (600 px); more scroll inside the table. */
    static final int TALLEST_ROWS = 15;
    /** A domain's column: its heading ("Death and trauma") and a figure such as "↑ 78%  (n = 27) *", whole. */
    private static final double FIGURE_WIDTH = 140;
    /** The responses' column: its heading, whole. */
    private static final double RESPONSES_WIDTH = 86;
    private int k = 5;

    public SiteDomainTable() {
        getStyleClass().add("sites-table");
        setId("sites-table");
        // every heading and figure keeps its width; a narrow window takes its room from the sites' names, which wrap to a
        // second line, and beyond it read whole on hover
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        // as tall as its rows, so the page scrolls, not the table; beyond TALLEST_ROWS the table scrolls too, and
        // lays out only the rows in sight (a provincial program's 250 sites took seconds to lay out at full height)
        // two lines of a site's name ("Surrey Overdose Prevention / Site" at 1280 pixels)
        org.peerpulse.ui.TableHeight.fit(this, org.peerpulse.ui.TableHeight.TWO_LINES, 0, TALLEST_ROWS);
        setPlaceholder(new javafx.scene.control.Label(Messages.tr("sites.empty")));
        TableColumn<Overview.SiteRow, String> site = new TableColumn<>(Messages.tr("sites.site"));
        site.setCellValueFactory(row -> new SimpleObjectProperty<>(row.getValue().site().name()));
        // a site's name on two lines when the column is too narrow for one, and whole on hover beyond that
        site.setCellFactory(c -> new org.peerpulse.ui.WholeOnHoverCell<>(true));
        site.setPrefWidth(300); // beyond what a 1280-pixel window has: the narrow window takes its room from here
        site.setMinWidth(120);
        TableColumn<Overview.SiteRow, String> responses = new TableColumn<>(Messages.tr("sites.responses"));
        responses.setCellValueFactory(row -> new SimpleObjectProperty<>(row.getValue().responses() == null
                ? SmallNumbers.hiddenMark(k) : Formats.count(row.getValue().responses())));
        responses.setPrefWidth(RESPONSES_WIDTH);
        responses.setMinWidth(RESPONSES_WIDTH);
        responses.getStyleClass().add("number-column");
        getColumns().add(site);
        getColumns().add(responses);
        for (StressDomain domain : StressDomain.values()) {
            TableColumn<Overview.SiteRow, Change> column = new TableColumn<>(DomainStyle.label(domain));
            column.setCellValueFactory(row -> new SimpleObjectProperty<>(row.getValue().changes().get(domain)));
            column.setCellFactory(c -> new ChangeCell());
            column.setComparator(SiteDomainTable::compare);
            column.setPrefWidth(FIGURE_WIDTH);
            column.setMinWidth(FIGURE_WIDTH);
            column.setUserData(domain);
            column.getStyleClass().addAll("number-column", DomainStyle.styleClass(domain));
            getColumns().add(column);
        }
    }

    /** The key under the table: what the colours, arrows, stars and "<k" mean. */
    public static javafx.scene.control.Label legend(int k) {
        javafx.scene.control.Label legend = new javafx.scene.control.Label(Messages.tr("sites.legend", k));
        legend.getStyleClass().add("chart-note");
        legend.setWrapText(true);
        return legend;
    }

    /** What a cell value reads when the table is copied or exported. */
    public String copyText(Object value) {
        return value instanceof Change change ? cellText(change) : value.toString();
    }

    /** What a cell says, also when the table is copied: "61% (n = 23)", "<5" or "–". */
    private String cellText(Change change) {
        Figure latest = change.to();
        if (latest.suppressed()) {
            return SmallNumbers.hiddenMark(k);
        }
        if (!latest.hasValue()) {
            return "–";
        }
        return Formats.percent(latest.plotted()) + "  (n = " + latest.n() + ")" + (change.significant() ? " *" : "");
    }

    /** The site of the chosen cell and, when it is a stressor's cell, that stressor (else null); null when none is chosen. */
    public Chosen chosen() {
        var cells = getSelectionModel().getSelectedCells();
        if (cells.isEmpty() || cells.get(0).getRow() < 0 || cells.get(0).getRow() >= getItems().size()) {
            return null;
        }
        var position = cells.get(0);
        Object domain = position.getTableColumn() == null ? null : position.getTableColumn().getUserData();
        return new Chosen(getItems().get(position.getRow()).site().id(),
                domain instanceof StressDomain d ? d : null);
    }

    /** Selects the site's name in {@code row} and scrolls the row into view. */
    public void showRow(Overview.SiteRow row) {
        getSelectionModel().clearAndSelect(getItems().indexOf(row), getColumns().get(0));
        scrollTo(row);
        requestFocus();
    }

    /** A chosen cell: the site of its row and the stressor of its column (null for the site and responses columns). */
    public record Chosen(org.peerpulse.domain.SiteId site, StressDomain domain) {
    }

    public void show(Overview overview) {
        k = overview.settings().minGroupSize();
        getItems().setAll(overview.sites());
    }

    private static int compare(Change a, Change b) {
        return Double.compare(sortValue(a), sortValue(b));
    }

    private static double sortValue(Change change) {
        return change == null || !change.to().hasValue() ? -1 : change.to().proportion();
    }

    private final class ChangeCell extends TableCell<Overview.SiteRow, Change> {
        @Override
        protected void updateItem(Change change, boolean empty) {
            super.updateItem(change, empty);
            getStyleClass().removeAll("suppressed", "rising", "falling", "heat-0", "heat-1", "heat-2", "heat-3", "heat-4");
            setGraphic(null);
            setTooltip(null);
            if (empty || change == null) {
                setText(null);
                return;
            }
            Figure latest = change.to();
            if (latest.suppressed()) {
                setText(SmallNumbers.hiddenMark(k));
                getStyleClass().add("suppressed");
                setTooltip(new Tooltip(Messages.tr("tile.suppressed", k)));
                return;
            }
            if (!latest.hasValue()) {
                setText("–");
                return;
            }
            setText(Formats.percent(latest.plotted()) + "  (n = " + latest.n() + ")");
            getStyleClass().add("heat-" + Math.min(4, (int) (latest.proportion() * 5)));
            if (change.comparable() && Math.round(change.points()) != 0) {
                setGraphic(change.points() > 0 ? AppIcon.RISING.graphic() : AppIcon.FALLING.graphic());
                if (change.significant()) {
                    getStyleClass().add(change.points() > 0 ? "rising" : "falling");
                    setText(getText() + " *");
                }
                setTooltip(new Tooltip(Messages.tr("sites.changeTip", Formats.pointsChange(change.points()),
                        Formats.percent(change.from().plotted()), Verdicts.of(change))));
            }
        }
    }
}
