package org.peerpulse.service;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.peerpulse.domain.Site;
import org.peerpulse.io.report.ReportBlock;

/** The title page (what the report covers and the rules its figures follow) and the methods note. */
final class ReportFrontMatter {
    /** More sites than this are counted on the title page, not named (a provincial program has 250). */
    static final int SITES_NAMED = 20;

    private final ReportScope scope;

    ReportFrontMatter(ReportScope scope) {
        this.scope = scope;
    }

    /** The title, on the first page and in every page's footer: a demo's report says so on every page. */
    String title() {
        String title = scope.isSiteReport() ? "PeerPulse site report: " + scope.site().name()
                : "PeerPulse program report";
        return switch (scope.demoData()) {
            case NONE -> title;
            case ALL -> title + " (demo data: invented workers)";
            case MIXED -> title + " (demo data mixed with real data)";
        };
    }

    /** What the title page says of demo data, or null when there is none. */
    private String demoData() {
        return switch (scope.demoData()) {
            case NONE -> null;
            case ALL -> "Every figure comes from the demo program: invented answers of invented workers, for trying"
                    + " PeerPulse out. Nothing here is about real people.";
            case MIXED -> "This program holds the demo's invented answers beside real ones, and its figures add them"
                    + " up: they describe nobody. Remove the demo data (the banner's \u201cRemove demo data\u201d)"
                    + " before making a report to share.";
        };
    }

    String smallNumberRule() {
        int k = scope.k();
        return "A group of fewer than " + k + " respondents shows no figure at all, and neither does a larger"
                + " group whose figures would let a small one be worked out. In tables of counts (top"
                + " stressors, answers to the health questions, ProQOL bands) a count from 1 to " + (k - 1) + " shows as"
                + " <" + k + "; a share of a group of " + k + " or more is shown with its count (\"2 of 19\"). Where a"
                + " hidden figure could be worked out by subtraction (from a total, or from the program beside its"
                + " sites) the next-smallest is hidden too, so \"<" + k + "\" can also stand for a figure hidden to"
                + " protect a small group. Tests are shown only for tables of at least " + k + " respondents. Reports"
                + " always apply these rules.";
    }

    /** The sites a program report covers: named when they fit on the title page, else counted. */
    private String programSites() {
        List<Site> sites = scope.sites();
        if (sites.isEmpty()) {
            return "No sites yet";
        }
        if (sites.size() > SITES_NAMED) {
            return "All " + sites.size() + " sites (each domain's table names them)";
        }
        return "All sites: " + sites.stream().map(Site::name).collect(Collectors.joining(", "));
    }

    List<ReportBlock> titlePage() {
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(new ReportBlock.Title(title(), "Stressors of harm-reduction peer workers, "
                + scope.wavesCovered()));
        List<List<String>> facts = new ArrayList<>();
        if (demoData() != null) {
            facts.add(List.of("Demo data", demoData()));
        }
        if (scope.isSiteReport()) {
            Site site = scope.site();
            facts.add(List.of("Site", site.name() + (site.code() == null ? "" : " (" + site.code() + ")")
                    + (site.region() == null ? "" : ", " + site.region())));
        } else {
            facts.add(List.of("Program", programSites()));
        }
        facts.add(List.of("Waves covered", scope.wavesCovered()));
        facts.add(List.of("Filters", filters()));
        facts.add(List.of("High stress", "An overall stress item answered " + scope.settings().highStressThreshold()
                + " or above on its 1\u20135 scale."));
        facts.add(List.of("Made on", scope.madeOn().toString()));
        facts.add(List.of("Small numbers", smallNumberRule()));
        blocks.add(new ReportBlock.Facts(facts));
        blocks.add(ReportBlock.Paragraph.note("Made with PeerPulse from the program's survey data. Every figure is"
                + " computed by the same code as the dashboard and the command line."));
        return blocks;
    }

    private String filters() {
        List<String> filters = new ArrayList<>();
        filters.add(scope.isSiteReport() ? "site " + scope.site().name() : "every site");
        filters.add(scope.wavesCovered().startsWith("none") ? "no waves" : "waves " + scope.wavesCovered());
        filters.add("measure: high stress");
        return String.join("; ", filters);
    }

    List<ReportBlock> methods() {
        int k = scope.k();
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(new ReportBlock.Heading("Methods note", 1));
        blocks.add(new ReportBlock.Heading("Instrument and measures", 2));
        blocks.add(ReportBlock.Paragraph.of("The survey is PSP-1, a short questionnaire on the five stressor domains"
                + " of peer work found in \u201cRunning myself ragged\u201d (Harm Reduction Journal 2021;18:18):"
                + " financial; work and respect; housing; resources; death and trauma. Each domain has an overall"
                + " item on a 1\u20135 scale; a worker has high stress in a domain when it is "
                + scope.settings().highStressThreshold() + " or above. Workers also name their three biggest"
                + " stressors, rate their health, mental health and quality of life, and may answer ProQOL 5."));
        blocks.add(new ReportBlock.Heading("Tests", 2));
        blocks.add(ReportBlock.Paragraph.of("Shares come with 95% Wilson score intervals. A change between two waves"
                + " is tested with Fisher's exact test when any expected count is below 5, otherwise with the"
                + " chi-square test with Yates' continuity correction; a change is called real when p < 0.05. A trend"
                + " across three or more waves is tested with the Cochran\u2013Armitage test, leaving out waves whose"
                + " figures are hidden. Means come with 95% t intervals. The methods follow R's stats package."));
        blocks.add(new ReportBlock.Heading("Small-number rule", 2));
        blocks.add(ReportBlock.Paragraph.of(smallNumberRule() + " The minimum group size is k = " + k + "."));
        blocks.add(new ReportBlock.Heading("Caveats", 2));
        blocks.add(new ReportBlock.Bullets(List.of(
                "Each wave surveys whoever works at the sites then: the waves are repeated cross-sections of a"
                        + " changing workforce, not the same people followed over time.",
                "Groups are small, so intervals are wide and a real change can go undetected; \u201cnot"
                        + " conclusive\u201d means the data cannot tell, not that nothing changed.",
                "Many figures are tested in one report; a few changes with p < 0.05 are expected by chance alone.",
                "Those who answer may differ from those who do not.",
                "A change after an intervention does not prove the support caused it: there is no control group,"
                        + " only the sites without one for comparison.")));
        return blocks;
    }
}
