package org.peerpulse.ui.dashboard;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.peerpulse.analysis.Change;
import org.peerpulse.analysis.Figure;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.service.Overview;
import org.peerpulse.ui.AppIcon;
import org.peerpulse.ui.DomainStyle;
import org.peerpulse.ui.Formats;
import org.peerpulse.ui.Messages;
import org.peerpulse.ui.Verdicts;

/** One domain's tile: the latest high-stress share, large, the n under it, and the change since the last wave. */
final class DomainTile extends VBox {
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
    }

    void show(Overview overview, Overview.DomainTile tile) {
        int k = overview.settings().minGroupSize();
        Figure latest = tile.latest();
        if (latest.suppressed()) {
            value.setText("<" + k);
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
        change.setText(Messages.tr("tile.change", Formats.points(points), overview.previous().label(),
                Formats.percent(c.from().plotted())));
        change.setGraphic(Math.round(points) > 0 ? AppIcon.RISING.graphic()
                : Math.round(points) < 0 ? AppIcon.FALLING.graphic() : AppIcon.STEADY.graphic());
        verdict.setText(Verdicts.of(c));
        if (c.significant()) {
            change.getStyleClass().add(points > 0 ? "rising" : "falling");
        }
    }
}
