package org.peerpulse.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peerpulse.domain.Setting;
import org.peerpulse.domain.Site;
import org.peerpulse.service.AppContext;
import org.peerpulse.service.ProgramService.SiteEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "sites", description = "List the program's sites, or add, rename, archive or merge one.",
        subcommands = {SitesCommand.Add.class, SiteEditCommands.Rename.class, SiteEditCommands.Archive.class,
                SiteEditCommands.Unarchive.class, SiteMergeCommand.class})
final class SitesCommand extends ProgramCommand {
    @Option(names = "--json", description = "Machine-readable output.")
    boolean json;

    @Override
    int run(AppContext context, PrintWriter out) {
        List<SiteEntry> sites = context.program().sitesWithCounts();
        if (json) {
            out.println(Json.write(Map.of("sites", sites.stream().map(SitesCommand::toJson).toList())));
            return PeerPulseCli.OK;
        }
        TextTable table = new TextTable("Site", "Code", "Setting", "Region", "Responses");
        for (SiteEntry entry : sites) {
            Site site = entry.site();
            table.add(site.name() + (site.demo() ? " (demo)" : "") + (site.archived() ? " (archived)" : ""),
                    site.code(), site.setting().code(), site.region(), entry.responses());
        }
        table.print(out);
        return PeerPulseCli.OK;
    }

    private static Map<String, Object> toJson(SiteEntry entry) {
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("name", entry.site().name());
        site.put("code", entry.site().code());
        site.put("setting", entry.site().setting().code());
        site.put("region", entry.site().region());
        site.put("responses", entry.responses());
        site.put("demo", entry.site().demo());
        site.put("archived", entry.site().archived());
        return site;
    }

    @Command(name = "add", description = "Add a site.")
    static final class Add extends ProgramCommand {
        @Parameters(paramLabel = "NAME", description = "The site's name.")
        String name;

        @Option(names = "--code", paramLabel = "C", description = "A short code, e.g. VIC.")
        String code;

        @Option(names = "--setting", paramLabel = "S", description = "overdose_prevention, supervised_consumption,"
                + " housing, outreach, drop_in or other (default other).")
        String setting = "other";

        @Option(names = "--region", paramLabel = "R", description = "The site's region.")
        String region;

        @Override
        int run(AppContext context, PrintWriter out) {
            Setting chosen = Setting.fromCode(setting).orElseThrow(() -> new UserInputException(
                    "\"" + setting + "\" is not a setting; use one of overdose_prevention, supervised_consumption,"
                            + " housing, outreach, drop_in, other."));
            Site site = context.program().addSite(name, code, region, chosen);
            out.printf("Added the site %s%s.%n", site.name(), site.code() == null ? "" : " (" + site.code() + ")");
            return PeerPulseCli.OK;
        }
    }
}
