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
 *
 * <p>The whole program's figures need no site's counts: {@link #forWholeProgram} computes them from
 * the program's totals kept at write time, so the first chart of a large program does not wait for
 * every site's counts to be read.
 */
final class Calculators {
    private static final Set<String> MEASURE_ITEMS = measureItems();

    private final SummaryRepository summaries;
    private final SettingsRepository settings;
    private volatile Snapshot snapshot;
    private volatile Snapshot programSnapshot;

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
        Snapshot current = snapshot;
        if (current == null || current.version() != summaries.version()) {
            current = read(() -> summaries.counts(Set.of(), MEASURE_ITEMS));
            snapshot = current;
        }
        return calculator(current, showSmallNumbers);
    }

    /**
     * A calculator for the whole program only (the empty group): the same figures as
     * {@link #forProgram}'s for it, from the program's totals; it knows no single site.
     */
    MeasureCalculator forWholeProgram(boolean showSmallNumbers) {
        Snapshot current = programSnapshot;
        if (current == null || current.version() != summaries.version()) {
            current = read(() -> summaries.programTotals(MEASURE_ITEMS));
            programSnapshot = current;
        }
        return calculator(current, showSmallNumbers);
    }

    private static MeasureCalculator calculator(Snapshot current, boolean showSmallNumbers) {
        return new MeasureCalculator(current.counts(), current.settings(),
                new SmallNumbers(current.settings().minGroupSize(), showSmallNumbers),
                showSmallNumbers ? current.shownLines() : current.protectedLines());
    }

    /** The version is taken before reading, so a write committed meanwhile makes the next call read again. */
    private Snapshot read(java.util.function.Supplier<org.peerpulse.domain.SummaryCounts> counts) {
        long version = summaries.version();
        return new Snapshot(version, new CountIndex(counts.get()), settings.load(), new MeasureCalculator.Lines(),
                new MeasureCalculator.Lines());
    }
}
