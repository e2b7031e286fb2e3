package org.peerpulse.service;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.peerpulse.analysis.CrossTab;
import org.peerpulse.analysis.MeasureCalculator;
import org.peerpulse.analysis.SmallNumbers;
import org.peerpulse.analysis.Variable;
import org.peerpulse.domain.ProgramSettings;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.SiteId;
import org.peerpulse.domain.Wave;
import org.peerpulse.domain.WaveId;
import org.peerpulse.storage.ResponseRepository;
import org.peerpulse.storage.SettingsRepository;

/** Cross-tabulations of any two variables for a wave and site filter (an analysis on demand, over raw answers). */
public final class AssociationService {
    private final ResponseRepository responses;
    private final SettingsRepository settings;
    private final Calculators calculators;

    AssociationService(ResponseRepository responses, SettingsRepository settings, Calculators calculators) {
        this.responses = responses;
        this.settings = settings;
        this.calculators = calculators;
    }

    public ProgramSettings settings() {
        return settings.load();
    }

    /**
     * Reads only the two variables' items, one response at a time (a provincial program's nine
     * million answers, read whole, did not fit in a 512 MB heap; issue 8).
     *
     * @param wave null for every wave
     * @param site null for every site
     * @throws IllegalArgumentException naming the variable that does not exist
     */
    public CrossTab crosstab(String rows, String columns, Wave wave, Site site, boolean showSmallNumbers) {
        ProgramSettings program = settings.load();
        Variable rowVariable = Variable.named(rows, program).orElseThrow(() -> unknown(rows));
        Variable columnVariable = Variable.named(columns, program).orElseThrow(() -> unknown(columns));
        SmallNumbers protection = new SmallNumbers(program.minGroupSize(), showSmallNumbers);
        MeasureCalculator calculator = calculators.forProgram(showSmallNumbers);
        SiteId siteId = site == null ? null : site.id();
        WaveId waveId = wave == null ? null : wave.id();
        CrossTab.Counting counting = new CrossTab.Counting(rowVariable, columnVariable, siteId, waveId);
        // every site's every wave is read, whatever the filter: the table is protected beside all of them
        responses.forEach(Set.of(), Set.of(), new HashSet<>(List.of(rowVariable.item(), columnVariable.item())),
                counting);
        return counting.result(protection, calculator::responsesHidden);
    }

    private static IllegalArgumentException unknown(String code) {
        return new IllegalArgumentException("\"" + code + "\" is not a variable to cross-tabulate; use "
                + Variable.choices() + ".");
    }
}
