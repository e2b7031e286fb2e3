package org.peerpulse.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.peerpulse.analysis.Figure;
import org.peerpulse.analysis.MeasureCalculator;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.ValueSet;
import org.peerpulse.domain.Wave;

/** What workers put in their top three stressors: the share choosing each of the ten options. */
public final class TopStressorsService {
    /** One option of {@code top3} and the share of respondents who chose it. */
    public record Choice(String option, Figure figure) {
    }

    private final Calculators calculators;

    TopStressorsService(Calculators calculators) {
        this.calculators = calculators;
    }

    /** For a wave and a site (null: the whole program), in the order of the instrument's options. */
    public List<Choice> choices(Wave wave, Site site, boolean showSmallNumbers) {
        MeasureCalculator calculator = calculators.forProgram(showSmallNumbers);
        List<Choice> choices = new ArrayList<>();
        for (String option : ValueSet.TOP3.codes()) {
            // a count of 1 to k − 1 shows as "<k", and so does its share (the calculator applies the cell rule)
            choices.add(new Choice(option, calculator.topThreeChoice(site == null ? Set.of() : Set.of(site.id()),
                    wave.id(), option)));
        }
        return choices;
    }
}
