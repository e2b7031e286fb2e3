package org.peerpulse.io.demo;

import java.util.List;
import java.util.Objects;
import org.peerpulse.io.ParsedRow;

/** The whole demo program: its sites, waves, responses (as read from a file) and interventions. */
public record DemoData(List<DemoSite> sites, List<DemoWave> waves, List<ParsedRow> responses,
                       List<DemoIntervention> interventions) {
    public DemoData {
        sites = List.copyOf(Objects.requireNonNull(sites, "sites"));
        waves = List.copyOf(Objects.requireNonNull(waves, "waves"));
        responses = List.copyOf(Objects.requireNonNull(responses, "responses"));
        interventions = List.copyOf(Objects.requireNonNull(interventions, "interventions"));
    }
}
