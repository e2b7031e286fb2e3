package org.peerpulse.cli;

import java.io.PrintWriter;
import org.peerpulse.domain.Site;
import org.peerpulse.service.AppContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sites rename}, {@code sites archive} and {@code sites unarchive}. */
final class SiteEditCommands {
    private SiteEditCommands() {
    }

    @Command(name = "rename", description = "Change a site's name, code, region or setting; its responses stay.")
    static final class Rename extends ProgramCommand {
        @Parameters(paramLabel = "SITE", description = "The site, by name or code.")
        String siteName;

        @Option(names = "--name", paramLabel = "N", description = "The new name.")
        String name;

        @Option(names = "--code", paramLabel = "C", description = "The new code (\"\" removes it).")
        String code;

        @Option(names = "--region", paramLabel = "R", description = "The new region (\"\" removes it).")
        String region;

        @Option(names = "--setting", paramLabel = "S", description = "The new setting.")
        String setting;

        @Override
        int run(AppContext context, PrintWriter out) {
            if (name == null && code == null && region == null && setting == null) {
                throw new UserInputException("Nothing to change: give --name, --code, --region or --setting.");
            }
            Site site = Lookup.site(context.program(), siteName);
            Site changed = context.program().updateSite(site.id(), name == null ? site.name() : name,
                    code == null ? site.code() : code, region == null ? site.region() : region,
                    setting == null ? site.setting() : Lookup.setting(setting));
            out.printf("Changed the site %s: now %s%s, %s%s.%n", site.name(), changed.name(),
                    changed.code() == null ? "" : " (" + changed.code() + ")", changed.setting().code(),
                    changed.region() == null ? "" : ", " + changed.region());
            return PeerPulseCli.OK;
        }
    }

    @Command(name = "archive", description = "Keep a site in history but refuse new answers for it.")
    static final class Archive extends ProgramCommand {
        @Parameters(paramLabel = "SITE", description = "The site, by name or code.")
        String siteName;

        @Override
        int run(AppContext context, PrintWriter out) {
            Site site = context.program().archiveSite(Lookup.site(context.program(), siteName).id(), true);
            out.printf("Archived the site %s: it stays in the trends; imports refuse it until it is unarchived.%n",
                    site.name());
            return PeerPulseCli.OK;
        }
    }

    @Command(name = "unarchive", description = "Accept new answers for an archived site again.")
    static final class Unarchive extends ProgramCommand {
        @Parameters(paramLabel = "SITE", description = "The site, by name or code.")
        String siteName;

        @Override
        int run(AppContext context, PrintWriter out) {
            Site site = context.program().archiveSite(Lookup.site(context.program(), siteName).id(), false);
            out.printf("Unarchived the site %s.%n", site.name());
            return PeerPulseCli.OK;
        }
    }
}
