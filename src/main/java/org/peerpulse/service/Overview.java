package org.peerpulse.service;

import java.util.List;
import java.util.Map;
import org.peerpulse.analysis.Change;
import org.peerpulse.analysis.Figure;
import org.peerpulse.domain.ProgramSettings;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.domain.Wave;

/**
 * The dashboard's first screen: for the latest wave, each domain's high-stress share with its
 * change since the previous wave, and every site × domain.
 *
 * @param latest   null when the program has no responses yet
 * @param previous null when there is only one wave
 */
public record Overview(ProgramSettings settings, boolean showSmallNumbers, Wave latest, Wave previous,
                       long latestResponses, List<DomainTile> tiles, List<SiteRow> sites) {

    public record DomainTile(StressDomain domain, Change change) {
        public Figure latest() {
            return change.to();
        }
    }

    /** @param responses the site's responses in the wave; null when hidden to protect a small group */
    public record SiteRow(Site site, Long responses, Map<StressDomain, Change> changes) {
    }

    /** A site and domain that needs attention: its share rose for real since the wave before, or is at the alert level. */
    public record Alert(Site site, StressDomain domain, Change change, boolean realRise, boolean atAlertLevel) {
    }

    /** Every alert of the wave, real rises first, then the highest shares. */
    public List<Alert> alerts() {
        List<Alert> alerts = new java.util.ArrayList<>();
        for (SiteRow row : sites) {
            row.changes().forEach((domain, change) -> {
                boolean rise = change.significant() && change.points() > 0;
                boolean high = change.to().hasValue() && change.to().proportion() * 100 >= settings.alertPercent();
                if (rise || high) {
                    alerts.add(new Alert(row.site(), domain, change, rise, high));
                }
            });
        }
        alerts.sort(java.util.Comparator.comparing((Alert a) -> !a.realRise())
                .thenComparing(a -> -a.change().to().proportion()));
        return alerts;
    }

    public boolean isEmpty() {
        return latest == null;
    }
}
