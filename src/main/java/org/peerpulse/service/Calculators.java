package org.peerpulse.service;

import java.util.HashSet;
import java.util.Set;
import org.peerpulse.analysis.CountIndex;
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
 *
 * <p>The counts of every site, indexed, and the settings are read once and kept until a write
 * is committed ({@link SummaryRepository#version()}): a filter change then computes from memory
 * instead of reading and indexing every summary row again. With them are kept the sites each
 * line (wave, domain, measure) hides, which depend on the counts and settings only. A view's
 * figures are never kept: each filter's groups, figures and tests are computed afresh.
 */
final class Calculators {
    private static final Set<String> MEASURE_ITEMS = measureItems();

    private final SummaryRepository summaries;
    private final SettingsRepository settings;
    private volatile Snapshot snapshot;

    /** What was read at one version of the database. */
    private record Snapshot(long version, CountIndex counts, ProgramSettings settings,
                            MeasureCalculator.Lines protectedLines, MeasureCalculator.Lines shownLines) {
    }

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
        Snapshot current = current();
        return new MeasureCalculator(current.counts(), current.settings(),
                new SmallNumbers(current.settings().minGroupSize(), showSmallNumbers),
                showSmallNumbers ? current.shownLines() : current.protectedLines());
    }

    /** The version is taken before reading, so a write committed meanwhile makes the next call read again. */
    private Snapshot current() {
        long version = summaries.version();
        Snapshot kept = snapshot;
        if (kept != null && kept.version() == version) {
            return kept;
        }
        Snapshot read = new Snapshot(version, new CountIndex(summaries.counts(Set.of(), MEASURE_ITEMS)),
                settings.load(), new MeasureCalculator.Lines(), new MeasureCalculator.Lines());
        snapshot = read;
        return read;
    }
}
