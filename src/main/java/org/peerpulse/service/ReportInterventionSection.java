package org.peerpulse.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.peerpulse.analysis.FollowUp;
import org.peerpulse.domain.Intervention;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.domain.Wave;
import org.peerpulse.io.report.ChartData;
import org.peerpulse.io.report.ReportBlock;

/** Interventions and their follow-up in plain words, with honest limits; and their bands on the trend charts. */
final class ReportInterventionSection {
    static final String LIMITS = InterventionReport.LIMITS;

    private final ReportScope scope;

    ReportInterventionSection(ReportScope scope) {
        this.scope = scope;
    }

    /** "Title (support) at sites, on domains, active since 2021-04-01". */
    static String describe(InterventionReport report) {
        Intervention i = report.intervention();
        return i.title() + (report.support() == null ? "" : " (" + report.support().name() + ")") + " at "
                + String.join(", ", report.sites().stream().map(Site::name).toList()) + ", aimed at "
                + String.join(", ", i.domains().stream().map(ReportText::domain).toList()).toLowerCase(java.util.Locale.ROOT)
                + " stress; " + i.status().code() + ", " + dates(i) + ".";
    }

    private static String dates(Intervention i) {
        return "from " + i.start() + (i.end() == null ? "" : " to " + i.end());
    }

    List<ReportBlock> blocks(List<InterventionReport> reports) {
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(new ReportBlock.Heading("Interventions and their follow-up", 1));
        if (reports.isEmpty()) {
            blocks.add(ReportBlock.Paragraph.of((scope.endsBeforeTheLatestWave() ? "No intervention had begun"
                    : "No intervention has been planned") + (scope.isSiteReport() ? " at " + scope.site().name() : "")
                    + (scope.endsBeforeTheLatestWave() ? " by the last wave covered." : ".")));
            return blocks;
        }
        List<List<String>> plans = new ArrayList<>();
        for (InterventionReport report : reports) {
            Intervention i = report.intervention();
            plans.add(List.of(i.title(), report.support() == null ? "" : report.support().name(),
                    String.join(", ", report.sites().stream().map(Site::name).toList()),
                    String.join(", ", i.domains().stream().map(ReportText::domain).toList()), i.status().code(),
                    dates(i)));
        }
        blocks.add(new ReportBlock.Table(List.of("Intervention", "Support", "Sites", "Aimed at", "Status", "When"),
                List.of(1.8, 1.4, 1.4, 1.2, 0.7, 1.3), plans));
        blocks.add(new ReportBlock.Heading("Follow-up", 2));
        List<String> lines = new ArrayList<>();
        for (InterventionReport report : reports) {
            for (FollowUp row : report.followUps()) {
                if (!scope.isSiteReport() || row.site().equals(scope.site().id())) {
                    lines.add(report.intervention().title() + ": " + FollowUpSentence.of(report, row));
                }
            }
        }
        blocks.add(lines.isEmpty() ? ReportBlock.Paragraph.of("Nothing to follow up yet.")
                : new ReportBlock.Bullets(lines));
        blocks.add(ReportBlock.Paragraph.note(LIMITS));
        return blocks;
    }

    /**
     * The shaded spans of the interventions on a domain (at the report's site, if any), in wave
     * positions: a date between two waves falls between them in proportion to the days.
     */
    List<ChartData.Band> bands(List<InterventionReport> reports, StressDomain domain) {
        List<Wave> waves = scope.waves();
        if (waves.isEmpty() || waves.stream().anyMatch(w -> w.date() == null)) {
            return List.of();
        }
        List<ChartData.Band> bands = new ArrayList<>();
        for (InterventionReport report : reports) {
            Intervention i = report.intervention();
            boolean here = scope.isSiteReport() ? i.targets(scope.site().id(), domain) : i.domains().contains(domain);
            LocalDate last = waves.get(waves.size() - 1).date();
            if (!here || i.start().isAfter(last) || (i.end() != null && i.end().isBefore(waves.get(0).date()))) {
                continue;
            }
            String label = bandLabel(report);
            bands.add(new ChartData.Band(position(waves, i.start()),
                    i.end() == null ? waves.size() - 0.5 : position(waves, i.end()), label));
        }
        return bands;
    }

    /**
     * The title, and on a program's chart where it ran: shaded over the line of all sites, a support
     * at one site would otherwise read as the whole program's. Whole: the chart cuts it to its room.
     */
    private String bandLabel(InterventionReport report) {
        String title = report.intervention().title();
        if (scope.isSiteReport()) {
            return title;
        }
        List<Site> at = report.sites();
        return title + " \u2013 " + (at.size() == 1 ? at.get(0).name() : at.size() + " sites");
    }

    private static double position(List<Wave> waves, LocalDate date) {
        if (!date.isAfter(waves.get(0).date())) {
            return waves.size() == 1 ? -0.5 : 0;
        }
        for (int i = 0; i + 1 < waves.size(); i++) {
            LocalDate from = waves.get(i).date();
            LocalDate to = waves.get(i + 1).date();
            if (!date.isAfter(to)) {
                long span = Math.max(1, to.toEpochDay() - from.toEpochDay());
                return i + (double) (date.toEpochDay() - from.toEpochDay()) / span;
            }
        }
        return waves.size() - 0.5;
    }
}
