package org.peerpulse.ui.dashboard;

import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.peerpulse.domain.Intervention;
import org.peerpulse.ui.Formats;
import org.peerpulse.ui.Messages;
import org.peerpulse.ui.interventions.Texts;

/**
 * One intervention on a trend chart's time axis: a marker line at its start and a light band to
 * its end (or to the chart's edge while it runs), its title on hover.
 */
public final class InterventionBand extends Region {
    /** The narrowest band, so that a plan that ended at once can still be pointed at. */
    static final double MIN_WIDTH = 4;
    private final Intervention intervention;
    private final Tooltip tooltip;

    InterventionBand(Intervention intervention) {
        this.intervention = intervention;
        getStyleClass().add("intervention-band");
        setId("intervention-" + intervention.id().value());
        tooltip = new Tooltip(Messages.tr("chart.interventionTip", intervention.title(),
                Texts.status(intervention.status()), Formats.date(intervention.start()),
                intervention.end() == null ? "" : Messages.tr("chart.interventionEnd", Formats.date(intervention.end()))));
        tooltip.setShowDelay(Duration.millis(200));
        Tooltip.install(this, tooltip);
    }

    public Intervention intervention() {
        return intervention;
    }

    public Tooltip tooltip() {
        return tooltip;
    }
}
