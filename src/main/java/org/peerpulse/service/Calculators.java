package org.peerpulse.service;

import java.util.HashSet;
import java.util.Set;
import org.peerpulse.analysis.MeasureCalculator;
import org.peerpulse.analysis.SmallNumbers;
import org.peerpulse.domain.ProgramSettings;
import org.peerpulse.domain.Psp1;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.storage.SettingsRepository;
import org.peerpulse.storage.SummaryRepository;

/**
 * Builds a {@link MeasureCalculator} over the summary counts of every site: small-number
 * protection needs the whole line of sites, even when a view shows only some of them.
 */
final class Calculators {
    private static final Set<String> MEASURE_ITEMS = measureItems();

    private final SummaryRepository summaries;
    private final SettingsRepository settings;

    Calculators(SummaryRepository summaries, SettingsRepository settings) {
        this.summaries = summaries;
        this.settings = settings;
    }

    private static Set<String> measureItems() {
        Set<String> items = new HashSet<>();
        for (StressDomain domain : StressDomain.values()) {
            items.add(domain.overallItem());
        }
        items.add(Psp1.TOP3);
        for (org.peerpulse.analysis.Wellbeing measure : org.peerpulse.analysis.Wellbeing.values()) {
            items.add(measure.item());
        }
        return items;
    }

    MeasureCalculator forProgram(boolean showSmallNumbers) {
        ProgramSettings program = settings.load();
        return new MeasureCalculator(summaries.counts(Set.of(), MEASURE_ITEMS), program,
                new SmallNumbers(program.minGroupSize(), showSmallNumbers));
    }
}
