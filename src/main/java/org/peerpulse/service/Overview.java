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

    public boolean isEmpty() {
        return latest == null;
    }
}
