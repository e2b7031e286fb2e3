package org.peerpulse.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.peerpulse.domain.Measure;
import org.peerpulse.domain.SiteId;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.io.Progress;
import org.peerpulse.io.export.CsvSeparator;
import org.peerpulse.io.export.ExportTable;
import org.peerpulse.service.AppContext;
import org.peerpulse.service.ExportService;
import org.peerpulse.service.ResponseExport;
import org.peerpulse.service.TrendQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", description = "Data out to CSV or XLSX: de-identified responses, or the trends table"
        + " with the small-number rules applied.")
final class ExportCommand extends ProgramCommand {
    @Option(names = "--what", paramLabel = "W", required = true, description = "responses or trends.")
    String what;

    @Option(names = "--out", paramLabel = "FILE", required = true,
            description = "The file to write; .csv or .xlsx decides the format.")
    Path out;

    @Option(names = "--separator", paramLabel = "SEP", description = "For CSV: comma (default), semicolon or tab.")
    String separator = "comma";

    @Option(names = "--site", paramLabel = "S", description = "A site, by name or code; repeat for several.")
    List<String> siteNames = new ArrayList<>();

    @Option(names = "--domain", paramLabel = "D", description = "For trends: financial, work, housing, resources"
            + " or trauma; repeat for several (default all).")
    List<String> domainCodes = new ArrayList<>();

    @Option(names = "--measure", paramLabel = "M", description = "For trends: high (default), mean or top3.")
    String measureCode;

    @Option(names = "--include-codes", description = "For responses: add respondent codes (identifying).")
    boolean includeCodes;

    @Option(names = "--include-text", description = "For responses: add free-text answers (identifying).")
    boolean includeText;

    @Option(names = "--include-times", description = "For responses: add submitted times (identifying).")
    boolean includeTimes;

    @Override
    int run(AppContext context, PrintWriter printer) {
        CsvSeparator chosenSeparator = CsvSeparator.fromCode(separator).orElseThrow(() -> new UserInputException(
                "--separator: \"" + separator + "\" is not a separator; use comma, semicolon or tab."));
        ExportService.Target target = ExportService.Target.of(out, chosenSeparator);
        OutFolder.require(out);
        boolean trends = switch (what.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "trends" -> true;
            case "responses" -> false;
            default -> throw new UserInputException("--what: \"" + what + "\" is not an export; use responses or trends.");
        };
        List<SiteId> sites = new ArrayList<>();
        for (String name : siteNames) {
            sites.add(new Names(context).site(name).id());
        }
        if (trends) {
            ExportTable table = trends(context, sites);
            context.exports().save(table, target);
            printer.printf("Wrote %s to %s.%n", Words.count(table.rows().size(), "trend row", "trend rows"), out);
        } else {
            ExportService.SavedResponses saved = context.exports().saveResponses(responses(context, sites), target,
                    Progress.NONE);
            printer.printf("Wrote %s to %s.%n", Words.count(saved.written(), "response", "responses"), out);
            if (saved.leftOut() > 0) {
                printer.printf("Left out %s from %s: a site's wave with fewer than %d responses, and those hidden"
                        + " beside it so that no total gives it away, as the small-number rules hide their figures"
                        + " everywhere.%n",
                        Words.count(saved.leftOut(), "response", "responses"),
                        Words.count(saved.groupsLeftOut(), "site wave", "site waves"), saved.k());
            }
            // as the export window says: rows are not protected figures
            printer.printf("Anyone with these rows can count again what the views hide (say, 2 of 12 at a site who"
                    + " put housing in their top three): keep the file inside the agency.%n");
        }
        return PeerPulseCli.OK;
    }

    private ExportTable trends(AppContext context, List<SiteId> sites) {
        if (includeCodes || includeText || includeTimes) {
            throw new UserInputException("--include-codes, --include-text and --include-times apply to --what responses only.");
        }
        Measure measure = Measure.fromCode(measureCode == null ? "high" : measureCode).orElseThrow(() ->
                new UserInputException("--measure: \"" + measureCode + "\" is not a measure; use high, mean or top3."));
        List<StressDomain> domains = new ArrayList<>();
        for (String code : domainCodes) {
            domains.add(new Names(context).domain(code));
        }
        return context.exports().trends(new TrendQuery(sites, domains, measure, false));
    }

    private ResponseExport responses(AppContext context, List<SiteId> sites) {
        if (!domainCodes.isEmpty() || measureCode != null) {
            throw new UserInputException("--domain and --measure apply to --what trends only.");
        }
        PrintWriter err = spec.commandLine().getErr();
        if (includeCodes) {
            err.println("Warning: the export includes respondent codes, which can identify peer workers.");
        }
        if (includeText) {
            err.println("Warning: the export includes free-text answers, which can identify peer workers.");
        }
        if (includeTimes) {
            err.println("Warning: the export includes submitted times, which can identify peer workers.");
        }
        err.flush();
        return new ResponseExport(sites, includeCodes, includeText, includeTimes);
    }
}
