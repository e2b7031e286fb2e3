package org.peerpulse.service;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.peerpulse.analysis.CrossTab;
import org.peerpulse.analysis.MeasureCalculator;
import org.peerpulse.analysis.SmallNumbers;
import org.peerpulse.analysis.Variable;
import org.peerpulse.domain.ProgramSettings;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.Wave;
import org.peerpulse.storage.Database;
import org.peerpulse.storage.KeptUntilWrite;
import org.peerpulse.storage.ResponseRepository;
import org.peerpulse.storage.SettingsRepository;

/** Cross-tabulations of any two variables for a wave and site filter (an analysis on demand, over raw answers). */
public final class AssociationService {
    private final ResponseRepository responses;
    private final SettingsRepository settings;
    private final Calculators calculators;
    /** Each pair of variables' counts of every site's every wave, by their codes, kept until the next write. */
    private final KeptUntilWrite<Map<List<String>, CrossTab.Counting>> counted;

    AssociationService(Database database, ResponseRepository responses, SettingsRepository settings,
                       Calculators calculators) {
        this.counted = new KeptUntilWrite<>(database);
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
        // every site's every wave is read, whatever the filter: the table is protected beside all of them;
        // kept until the next write, so that the next filter of the same two variables reads nothing
        CrossTab.Counting counting = counted.get(ConcurrentHashMap::new).computeIfAbsent(
                List.of(rowVariable.code(), columnVariable.code()), pair -> count(rowVariable, columnVariable));
        return counting.result(protection, calculator::responsesHidden, site == null ? null : site.id(),
                wave == null ? null : wave.id());
    }

    private CrossTab.Counting count(Variable rows, Variable columns) {
        CrossTab.Counting counting = new CrossTab.Counting(rows, columns);
        responses.forEach(Set.of(), Set.of(), new HashSet<>(List.of(rows.item(), columns.item())), counting);
        return counting;
    }

    private static IllegalArgumentException unknown(String code) {
        return new IllegalArgumentException("\"" + code + "\" is not a variable to cross-tabulate; use "
                + Variable.choices() + ".");
    }
}
