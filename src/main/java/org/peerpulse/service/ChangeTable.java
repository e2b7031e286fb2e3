package org.peerpulse.service;

import java.util.List;
import org.peerpulse.analysis.Change;
import org.peerpulse.domain.ProgramSettings;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.domain.Wave;

/** Each domain, for the program and every site, between two waves: both figures and the change test. */
public record ChangeTable(ProgramSettings settings, boolean showSmallNumbers, Wave from, Wave to, List<Row> rows) {
    public ChangeTable {
        rows = List.copyOf(rows);
    }

    /** @param site null for the whole program */
    public record Row(Site site, StressDomain domain, Change change) {
    }
}
