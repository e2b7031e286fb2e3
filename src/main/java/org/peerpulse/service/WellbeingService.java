package org.peerpulse.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.peerpulse.analysis.Figure;
import org.peerpulse.analysis.MeasureCalculator;
import org.peerpulse.analysis.Wellbeing;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.Wave;
import org.peerpulse.storage.WaveRepository;

/** Health and wellbeing over the waves: poor health, poor mental health, low quality of life. */
public final class WellbeingService {
    /** One wave's three shares. */
    public record Row(Wave wave, Figure poorHealth, Figure poorMentalHealth, Figure lowQol) {
    }

    private final WaveRepository waves;
    private final Calculators calculators;

    WellbeingService(WaveRepository waves, Calculators calculators) {
        this.waves = waves;
        this.calculators = calculators;
    }

    /** For a site, or the whole program when null; every wave in order. */
    public List<Row> overWaves(Site site, boolean showSmallNumbers) {
        MeasureCalculator calculator = calculators.forProgram(showSmallNumbers);
        Set<org.peerpulse.domain.SiteId> group = site == null ? Set.of() : Set.of(site.id());
        List<Row> rows = new ArrayList<>();
        for (Wave wave : waves.all()) {
            rows.add(new Row(wave, calculator.wellbeing(group, wave.id(), Wellbeing.POOR_HEALTH),
                    calculator.wellbeing(group, wave.id(), Wellbeing.POOR_MENTAL_HEALTH),
                    calculator.wellbeing(group, wave.id(), Wellbeing.LOW_QOL)));
        }
        return rows;
    }
}
