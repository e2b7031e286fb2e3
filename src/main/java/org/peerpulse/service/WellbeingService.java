package org.peerpulse.service;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.peerpulse.analysis.SuppressedTable;
import java.util.Set;
import org.peerpulse.analysis.Figure;
import org.peerpulse.analysis.MeasureCalculator;
import org.peerpulse.analysis.Wellbeing;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.Wave;
import org.peerpulse.storage.WaveRepository;

/** Health and wellbeing over the waves: poor health, poor mental health, low quality of life. */
public final class WellbeingService {
    /**
     * One wave's three shares and each item's distribution of answers 1–5 as a protected table. A
     * share whose answers are hidden in its distribution is hidden too, so that the two cannot be
     * played against each other.
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

    private static boolean anyHidden(SuppressedTable distribution, Wellbeing measure) {
        for (int answer = 1; answer <= 5; answer++) {
            if (measure.counts(answer) && distribution.cell(0, answer - 1).hidden()) {
                return true;
            }
        }
        return false;
    }

    /** For a site, or the whole program when null; every wave in order. */
    public List<Row> overWaves(Site site, boolean showSmallNumbers) {
        MeasureCalculator calculator = calculators.forProgram(showSmallNumbers);
        Set<org.peerpulse.domain.SiteId> group = site == null ? Set.of() : Set.of(site.id());
        List<Row> rows = new ArrayList<>();
        for (Wave wave : waves.all()) {
            Map<Wellbeing, SuppressedTable> distributions = new EnumMap<>(Wellbeing.class);
            Map<Wellbeing, Figure> shares = new EnumMap<>(Wellbeing.class);
            for (Wellbeing measure : Wellbeing.values()) {
                SuppressedTable distribution = calculator.distribution(group, wave.id(), measure);
                Figure share = calculator.wellbeing(group, wave.id(), measure);
                if (distribution != null) {
                    distributions.put(measure, distribution);
                    if (anyHidden(distribution, measure)) {
                        share = Figure.suppressed(share.measure());
                    }
                }
                shares.put(measure, share);
            }
            rows.add(new Row(wave, shares.get(Wellbeing.POOR_HEALTH), shares.get(Wellbeing.POOR_MENTAL_HEALTH),
                    shares.get(Wellbeing.LOW_QOL), distributions));
        }
        return rows;
    }
}
