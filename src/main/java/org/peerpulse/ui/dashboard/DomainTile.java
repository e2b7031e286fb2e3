package org.peerpulse.ui.dashboard;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
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

/** One domain's tile: the latest high-stress share, large, the n under it, and the change since the last wave. */
final class DomainTile extends VBox {
    /** A line with nothing to see that still takes its height (an empty last line takes none). */
    static final String BLANK_LINE = "\u00a0";
    private final Label title = new Label();
    private final Label value = new Label();
    private final Label base = new Label();
    private final Label change = new Label();
    private final Label verdict = new Label();

    DomainTile(StressDomain domain) {
        getStyleClass().addAll("tile", DomainStyle.styleClass(domain));
        title.getStyleClass().add("tile-title");
        value.getStyleClass().add("tile-value");
        base.getStyleClass().add("tile-base");
        change.getStyleClass().add("tile-change");
        verdict.getStyleClass().add("tile-verdict");
        verdict.setWrapText(true);
        base.setWrapText(true);
        change.setWrapText(true);
        title.setText(DomainStyle.label(domain));
        getChildren().addAll(title, value, base, change, verdict);
        setId("tile-" + domain.code());
        setFocusTraversable(true);
        showReading();
    }

    /**
     * Until the overview is read (a second or more on a provincial program, after the chart): blank
     * lines as many as the figures usually take, so that the chart below does not move when they come.
     */
    private void showReading() {
        getStyleClass().add("reading");
        value.setText("\u2026");
        base.setText(BLANK_LINE + "\n" + BLANK_LINE);
        change.setText(BLANK_LINE + "\n" + BLANK_LINE);
        verdict.setText(BLANK_LINE + "\n" + BLANK_LINE + "\n" + BLANK_LINE);
        setAccessibleText(title.getText() + ". " + Messages.tr("dashboard.reading"));
    }

    /** No figures: no wave of the program has answers yet. */
    void showNone() {
        getStyleClass().remove("reading");
        value.setText("\u2013");
        base.setText(Messages.tr("tile.noWave"));
        change.setText("");
        change.setGraphic(null);
        verdict.setText("");
        setAccessibleText(title.getText() + ". " + base.getText());
    }

    void show(Overview overview, Overview.DomainTile tile) {
        getStyleClass().remove("reading");
        int k = overview.settings().minGroupSize();
        Figure latest = tile.latest();
        if (latest.suppressed()) {
            value.setText(SmallNumbers.hiddenMark(k));
            base.setText(Messages.tr("tile.suppressed", k));
        } else if (!latest.hasValue()) {
            value.setText("–");
            base.setText(Messages.tr("tile.noAnswers"));
        } else {
            value.setText(Formats.percent(latest.plotted()));
            base.setText(Messages.tr("tile.base", latest.count(), latest.n()));
        }
        showChange(overview, tile.change());
        setAccessibleText(title.getText() + ". " + value.getText() + ". " + base.getText() + ". "
                + change.getText() + " " + verdict.getText());
    }

    private void showChange(Overview overview, Change c) {
        change.getStyleClass().removeAll("rising", "falling");
        if (overview.previous() == null) {
            change.setText(Messages.tr("tile.firstWave"));
            change.setGraphic(null);
            verdict.setText("");
            return;
        }
        if (!c.comparable()) {
            change.setText(Messages.tr("tile.noComparison", overview.previous().label()));
            change.setGraphic(null);
            verdict.setText("");
            return;
        }
        double points = c.points();
        change.setText(Messages.tr("tile.change", Formats.pointsChange(points), overview.previous().label(),
                Formats.percent(c.from().plotted())));
        change.setGraphic(Math.round(points) > 0 ? AppIcon.RISING.graphic()
                : Math.round(points) < 0 ? AppIcon.FALLING.graphic() : AppIcon.STEADY.graphic());
        verdict.setText(Verdicts.of(c));
        if (c.significant()) {
            change.getStyleClass().add(points > 0 ? "rising" : "falling");
        }
    }
}
