package org.peerpulse.service;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.peerpulse.analysis.SuppressedTable;
import org.peerpulse.analysis.Figure;
import org.peerpulse.analysis.MeasureCalculator;
import org.peerpulse.analysis.Wellbeing;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.SiteId;
import org.peerpulse.domain.Wave;
import org.peerpulse.storage.WaveRepository;

/** Health and wellbeing over the waves: poor health, poor mental health, low quality of life. */
public final class WellbeingService {
    /**
     * One wave's three shares and each item's distribution of answers 1–5 as a protected table, each
     * share protected with its answers and with the other sites' (see {@link MeasureCalculator#distribution}).
     */
    public record Row(Wave wave, Figure poorHealth, Figure poorMentalHealth, Figure lowQol,
                      Map<Wellbeing, SuppressedTable> distributions) {
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
        SiteId id = site == null ? null : site.id();
        List<Row> rows = new ArrayList<>();
        for (Wave wave : waves.all()) {
            Map<Wellbeing, SuppressedTable> distributions = new EnumMap<>(Wellbeing.class);
            Map<Wellbeing, Figure> shares = new EnumMap<>(Wellbeing.class);
            for (Wellbeing measure : Wellbeing.values()) {
                SuppressedTable distribution = calculator.distribution(id, wave.id(), measure);
                if (distribution != null) {
                    distributions.put(measure, distribution);
                }
                shares.put(measure, calculator.wellbeing(id, wave.id(), measure));
            }
            rows.add(new Row(wave, shares.get(Wellbeing.POOR_HEALTH), shares.get(Wellbeing.POOR_MENTAL_HEALTH),
                    shares.get(Wellbeing.LOW_QOL), distributions));
        }
        return rows;
    }
}
