package org.peerpulse.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.peerpulse.analysis.Cell;
import org.peerpulse.analysis.Figure;
import org.peerpulse.analysis.ProQolSummary;
import org.peerpulse.analysis.SmallNumbers;
import org.peerpulse.analysis.stats.MeanEstimate;
import org.peerpulse.domain.Wave;
import org.peerpulse.io.report.ReportBlock;

/** Top stressors in the latest wave, health and wellbeing over the waves, and ProQOL 5 where it was fielded. */
final class ReportWellbeingSection {
    private final ReportSources sources;
    private final ReportScope scope;

    ReportWellbeingSection(ReportSources sources, ReportScope scope) {
        this.sources = sources;
        this.scope = scope;
    }

    List<ReportBlock> topStressors() {
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(new ReportBlock.Heading("Top stressors", 1));
        Wave latest = scope.latest();
        if (latest == null) {
            blocks.add(ReportBlock.Paragraph.of("No wave covered by this report has responses."));
            return blocks;
        }
        List<TopStressorsService.Choice> choices = sources.topStressors().choices(latest, scope.site(), false);
        Long n = choices.stream().map(TopStressorsService.Choice::figure).filter(Figure::hasValue).map(Figure::n)
                .findFirst().orElse(null);
        blocks.add(ReportBlock.Paragraph.of("What workers put among their three biggest stressors in "
                + latest.label() + " (" + scope.groupName() + ")"
                + (n == null ? "." : ": the share of the " + n + " who answered the question who chose each.")));
        List<List<String>> rows = new ArrayList<>();
        for (TopStressorsService.Choice choice : choices) {
            rows.add(List.of(ReportText.option(choice.option()), ReportText.figure(choice.figure(), scope.k())));
        }
        blocks.add(new ReportBlock.Table(List.of("Stressor", "Chose it (of those who answered)"), List.of(2.0, 2.0),
                rows));
        blocks.add(ReportBlock.Paragraph.note("Each worker chooses up to three, so the shares add up to more than"
                + " 100%. " + SmallNumbers.hiddenMark(scope.k()) + ": fewer than " + scope.k()
                + " chose it, or hidden to protect a small group; a whole group shows no figure ("
                + SmallNumbers.hiddenGroup(scope.k()) + ")."));
        return blocks;
    }

    List<ReportBlock> wellbeing() {
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(new ReportBlock.Heading("Health and wellbeing", 1));
        Set<Wave> covered = Set.copyOf(scope.withData());
        List<List<String>> rows = new ArrayList<>();
        for (WellbeingService.Row row : sources.wellbeing().overWaves(scope.site(), false)) {
            if (covered.contains(row.wave())) {
                rows.add(List.of(row.wave().label(), ReportText.figureCell(row.poorHealth(), scope.k()),
                        ReportText.figureCell(row.poorMentalHealth(), scope.k()),
                        ReportText.figureCell(row.lowQol(), scope.k())));
            }
        }
        if (rows.isEmpty()) {
            blocks.add(ReportBlock.Paragraph.of("No wave covered by this report has responses."));
        } else {
            blocks.add(ReportBlock.Paragraph.of("The share of workers (" + scope.groupName() + ") who rated their"
                    + " health or mental health fair or poor, and their quality of life poor or very poor."));
            blocks.add(new ReportBlock.Table(List.of("Wave", "Poor health", "Poor mental health",
                    "Low quality of life"), List.of(1.0, 1.5, 1.5, 1.5), rows));
            blocks.add(ReportBlock.Paragraph.of(hiddenNote("a share is hidden when fewer than " + scope.k()
                    + " gave the answers it counts, or when it would give a small count away beside the other sites'"
                    + " and the program's, even when the share rests on many more people")));
        }
        blocks.addAll(proqol());
        return blocks;
    }

    private List<ReportBlock> proqol() {
        List<List<String>> rows = new ArrayList<>();
        for (Wave wave : scope.withData()) {
            ProQolSummary summary = sources.proqol().summary(scope.site(), wave, false);
            for (ProQolSummary.Subscale subscale : summary.subscales()) {
                if (subscale.n() == null && !subscale.suppressed()) {
                    continue; // not fielded in this wave
                }
                rows.add(subscale.suppressed()
                        ? List.of(wave.label(), name(subscale.kind()), SmallNumbers.hiddenMark(scope.k()),
                                "", "", "", "")
                        : List.of(wave.label(), name(subscale.kind()), String.valueOf(subscale.n()),
                        mean(subscale.mean()), band(subscale, 0), band(subscale, 1), band(subscale, 2)));
            }
        }
        if (rows.isEmpty() && scope.withData().isEmpty()) {
            return List.of(); // the section already says that no wave covered has responses
        }
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(new ReportBlock.Heading("Professional quality of life (ProQOL 5)", 2));
        if (rows.isEmpty()) {
            blocks.add(ReportBlock.Paragraph.of("ProQOL 5 was not fielded " + (scope.isSiteReport() ? "at this site"
                    : "at any site") + " in the waves this report covers."));
            return blocks;
        }
        blocks.add(ReportBlock.Paragraph.of("Subscale scores (10\u201350) of the workers who answered ProQOL 5, and"
                + " how many scored low (22 or less), moderate (23\u201341) or high (42 or more)."));
        blocks.add(new ReportBlock.Table(List.of("Wave", "Subscale", "n", "Mean (95% interval)", "Low", "Moderate",
                "High"), List.of(0.9, 1.8, 0.5, 1.5, 0.6, 0.7, 0.6), rows));
        blocks.add(ReportBlock.Paragraph.of(hiddenNote("a band is hidden when fewer than " + scope.k()
                + " scored in it, or when it would give such a band away")));
        return blocks;
    }

    /** How to read "<k" under a table: what it hides there. */
    private String hiddenNote(String what) {
        return "\"" + SmallNumbers.hiddenMark(scope.k()) + "\": " + what + "; a whole group shows no figure ("
                + SmallNumbers.hiddenGroup(scope.k()) + ").";
    }

    private static String name(ProQolSummary.Kind kind) {
        return switch (kind) {
            case COMPASSION_SATISFACTION -> "Compassion satisfaction";
            case BURNOUT -> "Burnout";
            case SECONDARY_TRAUMATIC_STRESS -> "Secondary traumatic stress";
        };
    }

    private static String mean(MeanEstimate mean) {
        if (mean == null) {
            return "";
        }
        String value = String.format(Locale.ROOT, "%.1f", mean.mean());
        return mean.ci() == null || !mean.ci().isDefined() ? value
                : value + " (" + ReportText.interval(mean.ci().low(), mean.ci().high()) + ")";
    }

    private String band(ProQolSummary.Subscale subscale, int band) {
        Cell cell = subscale.bands().cell(0, band);
        return cell.hidden() ? SmallNumbers.hiddenMark(scope.k()) : String.valueOf(cell.count().getAsLong());
    }
}
