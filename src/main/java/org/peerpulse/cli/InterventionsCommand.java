package org.peerpulse.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peerpulse.analysis.Change;
import org.peerpulse.analysis.FollowUp;
import org.peerpulse.domain.Intervention;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.SiteId;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.service.AppContext;
import org.peerpulse.service.FollowUpSentence;
import org.peerpulse.service.InterventionReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "interventions", description = "Plans and their before/after follow-up.")
final class InterventionsCommand extends ProgramCommand {
    @Option(names = "--site", paramLabel = "S", description = "Only the plans at this site (name or code).")
    String siteName;

    @Mixin
    AnalysisOptions options = new AnalysisOptions();

    @Override
    int run(AppContext context, PrintWriter out) {
        Optional<SiteId> site = siteName == null ? Optional.empty()
                : Optional.of(new Names(context).site(siteName).id());
        List<InterventionReport> reports = context.interventions().reports(site, options.showSmallNumbers(context));
        if (options.json) {
            out.println(Json.write(Map.of("interventions", reports.stream().map(InterventionsCommand::toJson).toList())));
        } else {
            print(reports, out);
        }
        return PeerPulseCli.OK;
    }

    private static Map<String, Object> toJson(InterventionReport report) {
        Intervention i = report.intervention();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", i.id().value());
        json.put("title", i.title());
        json.put("support", report.support() == null ? null : report.support().name());
        json.put("rose", report.support() == null ? null : report.support().rose().code());
        json.put("sites", report.sites().stream().map(Site::name).toList());
        json.put("domains", i.domains().stream().map(StressDomain::code).toList());
        json.put("status", i.status().code());
        json.put("start", i.start().toString());
        json.put("end", i.end() == null ? null : i.end().toString());
        json.put("owner", i.owner());
        json.put("notes", i.notes());
        json.put("k", report.settings().minGroupSize());
        json.put("small_numbers_shown", report.showSmallNumbers());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (FollowUp row : report.followUps()) {
            rows.add(followUp(report, row));
        }
        json.put("followup", rows);
        return json;
    }

    private static Map<String, Object> followUp(InterventionReport report, FollowUp row) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("site", report.siteName(row.site()));
        json.put("domain", row.domain().code());
        json.put("before", wave(row.before()));
        json.put("after", wave(row.after()));
        json.put("latest", wave(row.latest()));
        Change change = row.change();
        boolean tested = change != null && change.test() != null;
        json.put("test", tested ? change.test().test().code() : null);
        json.put("p", tested ? Json.significant(change.test().p(), 4) : null);
        json.put("change_pct", change == null ? null : Json.round(change.points(), 2));
        Change toLatest = row.changeToLatest();
        boolean testedLatest = toLatest != null && toLatest.test() != null;
        json.put("latest_test", testedLatest ? toLatest.test().test().code() : null);
        json.put("latest_p", testedLatest ? Json.significant(toLatest.test().p(), 4) : null);
        json.put("latest_change_pct", toLatest == null ? null : Json.round(toLatest.points(), 2));
        json.put("comparison_sites", row.comparisonSites().stream().map(report::siteName).toList());
        json.put("comparison_sites_change_pct", row.comparison() == null ? null
                : Json.round(row.comparison().points(), 2));
        json.put("comparison_sites_latest_change_pct", row.comparisonToLatest() == null ? null
                : Json.round(row.comparisonToLatest().points(), 2));
        json.put("outcome", row.outcome().name().toLowerCase(java.util.Locale.ROOT));
        json.put("summary", FollowUpSentence.of(report, row) + " " + InterventionReport.LIMITS);
        json.put("suppressed", row.suppressed());
        return json;
    }

    private static Map<String, Object> wave(FollowUp.WaveFigure wave) {
        if (!wave.exists()) {
            return null;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("wave", wave.wave().label());
        json.put("n", wave.figure().n());
        json.put("count", wave.figure().count());
        json.put("pct", wave.figure().proportion() == null ? null : Json.round(wave.figure().proportion() * 100, 2));
        json.put("ci_low", Json.round(wave.figure().plottedLow(), 2));
        json.put("ci_high", Json.round(wave.figure().plottedHigh(), 2));
        json.put("suppressed", wave.figure().suppressed());
        return json;
    }

    private static void print(List<InterventionReport> reports, PrintWriter out) {
        if (reports.isEmpty()) {
            out.println("No interventions planned yet.");
            return;
        }
        TextTable plans = new TextTable("Id", "Title", "Support", "Status", "Sites", "Domains", "Start", "End");
        for (InterventionReport report : reports) {
            Intervention i = report.intervention();
            plans.add(i.id().value(), i.title(), report.support() == null ? "" : report.support().name(),
                    i.status().code(), String.join(", ", report.sites().stream().map(Site::name).toList()),
                    String.join(", ", i.domains().stream().map(StressDomain::code).toList()), i.start(),
                    i.end() == null ? "" : i.end());
        }
        plans.print(out);
        out.println();
        int k = reports.get(0).settings().minGroupSize();
        TextTable followUps = new TextTable("Id", "Site", "Domain", "Before", "After", "Latest", "Test",
                "Others' change");
        for (InterventionReport report : reports) {
            for (FollowUp row : report.followUps()) {
                Change change = row.change();
                boolean tested = change != null && change.test() != null;
                followUps.add(report.intervention().id().value(), report.siteName(row.site()), row.domain().code(),
                        cell(row.before(), k), cell(row.after(), k), row.hasLaterWave() ? cell(row.latest(), k) : "",
                        tested ? testName(change) + ", " + org.peerpulse.analysis.PValue.text(change.test().p(),
                                java.util.Locale.ROOT) : "",
                        row.comparison() == null || row.comparison().points() == null ? ""
                                : String.format(java.util.Locale.ROOT, "%+.1f pts", row.comparison().points()));
            }
        }
        followUps.print(out);
        out.println();
        for (InterventionReport report : reports) {
            for (FollowUp row : report.followUps()) {
                out.println(report.intervention().id().value() + ". " + FollowUpSentence.of(report, row));
            }
        }
        out.println();
        out.println(InterventionReport.LIMITS + " High stress: overall item at "
                + reports.get(0).settings().highStressThreshold() + " or above. Groups of fewer than " + k
                + " are not shown" + (reports.get(0).showSmallNumbers() ? " — SMALL NUMBERS SHOWN (internal use)" : "")
                + ".");
    }

    private static String cell(FollowUp.WaveFigure wave, int k) {
        if (!wave.exists()) {
            return "–";
        }
        if (wave.figure().suppressed()) {
            return wave.wave().label() + ": <" + k + " responses";
        }
        if (!wave.figure().hasValue()) {
            return wave.wave().label() + ": no answers";
        }
        return String.format(java.util.Locale.ROOT, "%s: %.1f%% (%d/%d)", wave.wave().label(),
                wave.figure().proportion() * 100, wave.figure().count(), wave.figure().n());
    }

    /** The test's name as the report writes it, short enough for a column. */
    private static String testName(Change change) {
        return change.test().test() == org.peerpulse.analysis.stats.TestUsed.FISHER ? "Fisher" : "chi² (Yates)";
    }
}
