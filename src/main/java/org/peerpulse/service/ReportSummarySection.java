package org.peerpulse.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.peerpulse.analysis.Change;
import org.peerpulse.domain.InterventionStatus;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.domain.Wave;
import org.peerpulse.io.report.ReportBlock;

/** The one-page summary: each domain's latest figure, its change and what it means; alerts; interventions under way. */
final class ReportSummarySection {
    /** The summary is one page: more alerts than this are counted (a provincial program can have hundreds). */
    static final int MOST_ALERTS = 8;

    private final ReportSources sources;
    private final ReportScope scope;

    ReportSummarySection(ReportSources sources, ReportScope scope) {
        this.sources = sources;
        this.scope = scope;
    }

    List<ReportBlock> blocks(List<InterventionReport> interventions) {
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(new ReportBlock.Heading("Summary", 1));
        Wave latest = scope.latest();
        if (latest == null) {
            blocks.add(ReportBlock.Paragraph.of("No wave covered by this report has responses yet."));
            blocks.addAll(underWay(interventions));
            return blocks;
        }
        Overview overview = sources.overview().of(latest.id(), false);
        Map<StressDomain, Change> changes = changes(overview);
        // the wave before may lie before the report's first wave: a report covers only its own waves
        boolean compared = overview.previous() != null && scope.waves().contains(overview.previous());
        String since = compared ? " since " + overview.previous().label() : "";
        blocks.add(ReportBlock.Paragraph.of("High stress in " + latest.label() + ", the latest wave covered, "
                + (scope.isSiteReport() ? "at " + scope.site().name() : "across all sites")
                + (overview.previous() == null ? ". It is the program's first wave, so there is no change to show."
                : !compared ? ". It is the first wave with responses the report covers, so there is no change to show."
                : ", and its change" + since + ", the wave before it.")));
        List<List<String>> rows = new ArrayList<>();
        for (StressDomain domain : StressDomain.values()) {
            Change change = changes.get(domain);
            if (change == null) {
                rows.add(List.of(ReportText.domain(domain), "no responses", "\u2013", "\u2013"));
                continue;
            }
            rows.add(List.of(ReportText.domain(domain), ReportText.figure(change.to(), scope.k()),
                    compared ? ReportText.change(change) : "\u2013",
                    compared ? ReportText.verdict(change, scope.k()) : "First wave covered: nothing to compare with."));
        }
        blocks.add(new ReportBlock.Table(List.of("Domain", latest.label(), "Change" + since, "In plain words"),
                List.of(1.4, 1.2, 1.1, 3.0), rows));
        blocks.addAll(alerts(overview, compared));
        blocks.addAll(underWay(interventions));
        return blocks;
    }

    /** The report's group: the program's tiles, or the site's row of the overview (null when it has none). */
    private Map<StressDomain, Change> changes(Overview overview) {
        if (!scope.isSiteReport()) {
            Map<StressDomain, Change> changes = new java.util.EnumMap<>(StressDomain.class);
            overview.tiles().forEach(tile -> changes.put(tile.domain(), tile.change()));
            return changes;
        }
        return overview.sites().stream().filter(row -> row.site().id().equals(scope.site().id())).findFirst()
                .map(Overview.SiteRow::changes).orElse(Map.of());
    }

    /** @param compared whether the wave before is one the report covers (a rise since an earlier one is not told) */
    private List<ReportBlock> alerts(Overview overview, boolean compared) {
        List<String> lines = new ArrayList<>();
        for (Overview.Alert alert : overview.alerts()) {
            Site site = alert.site();
            if (scope.isSiteReport() && !site.id().equals(scope.site().id())
                    || !compared && !alert.atAlertLevel()) {
                continue;
            }
            List<String> why = new ArrayList<>();
            if (alert.realRise() && compared) {
                why.add("a real rise since " + overview.previous().label() + " ("
                        + ReportText.points(alert.change().points()) + ", " + ReportText.test(alert.change().test())
                        + ")");
            }
            if (alert.atAlertLevel()) {
                why.add("at or above the alert level of " + scope.settings().alertPercent() + "%");
            }
            lines.add(site.name() + ", " + ReportText.domain(alert.domain()) + ": "
                    + ReportText.figure(alert.change().to(), scope.k()) + " with high stress in "
                    + overview.latest().label() + "; " + String.join(" and ", why) + ".");
        }
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(new ReportBlock.Heading("Alerts", 2));
        if (lines.isEmpty()) {
            blocks.add(ReportBlock.Paragraph.of("No alerts: no site's share rose for real, and none is at or above"
                    + " the alert level of " + scope.settings().alertPercent() + "%."));
        } else {
            blocks.add(new ReportBlock.Bullets(lines.subList(0, Math.min(MOST_ALERTS, lines.size()))));
            if (lines.size() > MOST_ALERTS) {
                blocks.add(ReportBlock.Paragraph.of("\u2026 and " + (lines.size() - MOST_ALERTS) + " more alerts,"
                        + " in the same order (real rises first, then the highest shares): each domain's section"
                        + " has every site's figures."));
            }
        }
        return blocks;
    }

    private List<ReportBlock> underWay(List<InterventionReport> interventions) {
        List<String> lines = new ArrayList<>();
        // a look back at earlier waves does not list as under way what began after them
        java.time.LocalDate coveredUntil = !scope.endsBeforeTheLatestWave() ? null
                : scope.waves().get(scope.waves().size() - 1).date();
        for (InterventionReport report : interventions) {
            boolean startedAfterTheReport = coveredUntil != null && report.intervention().start() != null
                    && report.intervention().start().isAfter(coveredUntil);
            if (report.intervention().status() == InterventionStatus.ACTIVE && !startedAfterTheReport) {
                lines.add(ReportInterventionSection.describe(report));
            }
        }
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(new ReportBlock.Heading("Interventions under way", 2));
        blocks.add(lines.isEmpty() ? ReportBlock.Paragraph.of("None is under way.") : new ReportBlock.Bullets(lines));
        return blocks;
    }
}
