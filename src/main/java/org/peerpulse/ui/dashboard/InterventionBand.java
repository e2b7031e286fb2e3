package org.peerpulse.ui.dashboard;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.peerpulse.domain.Intervention;
import org.peerpulse.ui.Formats;
import org.peerpulse.ui.Messages;
import org.peerpulse.ui.interventions.Texts;

/**
 * One intervention on a trend chart's time axis: a marker line at its start and a light band to
 * its end (or to the chart's edge while it runs), its title written at the top (so that a chart
 * copied as a picture says which plan is which) and in full, with its dates, on hover.
 */
public final class InterventionBand extends Region {
    /** The narrowest band, so that a plan that ended at once can still be pointed at. */
    static final double MIN_WIDTH = 4;
    /** From the band's start line to its title, and between titles written one above another. */
    static final double TITLE_INSET = 6;
    static final double TITLE_GAP = 2;
    private final Intervention intervention;
    private final Tooltip tooltip;
    private final Label title = new Label();
    private double titleX = TITLE_INSET;
    private double titleWidth;

    InterventionBand(Intervention intervention) {
        this.intervention = intervention;
        getStyleClass().add("intervention-band");
        setId("intervention-" + intervention.id().value());
        tooltip = new Tooltip(Messages.tr("chart.interventionTip", intervention.title(),
                Texts.status(intervention.status()), Formats.date(intervention.start()),
                intervention.end() == null ? "" : Messages.tr("chart.interventionEnd", Formats.date(intervention.end()))));
        tooltip.setShowDelay(Duration.millis(200));
        Tooltip.install(this, tooltip);
        title.setText(intervention.title());
        title.getStyleClass().add("intervention-title");
        title.setMouseTransparent(true); // pointing at the title is pointing at the band
        getChildren().add(title);
    }

    /** The title's width when written whole. */
    double titleWidth() {
        return title.prefWidth(-1);
    }

    /** The title's height, one line. */
    double titleHeight() {
        return title.prefHeight(-1);
    }

    /**
     * Writes the title on this line from the top (0 the first), this far from the band's start line
     * (negative: left of it) and at most this wide ("…" beyond), or not at all for a width of 0:
     * bands that overlap write their titles on lines of their own.
     */
    void placeTitle(int line, double x, double width) {
        title.setVisible(width > 0);
        titleX = x;
        titleWidth = width;
        title.setTranslateY(line * (titleHeight() + TITLE_GAP));
        requestLayout();
    }

    public Label title() {
        return title;
    }

    @Override
    protected void layoutChildren() {
        title.resizeRelocate(titleX, TITLE_GAP, titleWidth, titleHeight());
    }

    public Intervention intervention() {
        return intervention;
    }

    public Tooltip tooltip() {
        return tooltip;
    }
}
