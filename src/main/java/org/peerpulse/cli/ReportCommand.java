package org.peerpulse.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.Wave;
import org.peerpulse.io.Progress;
import org.peerpulse.service.AppContext;
import org.peerpulse.service.ReportRequest;
import org.peerpulse.service.ReportResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "report", description = "The PDF report of the program, or of one site, with the small-number"
        + " rules applied.")
final class ReportCommand extends ProgramCommand {
    @Option(names = "--out", paramLabel = "FILE.pdf", required = true, description = "The PDF file to write.")
    Path out;

    @Option(names = "--site", paramLabel = "S", description = "A site report of this site (name or code);"
            + " without it, the program report.")
    String siteName;

    @Option(names = "--from", paramLabel = "W", description = "The first wave covered (default the first).")
    String fromLabel;

    @Option(names = "--to", paramLabel = "W", description = "The last wave covered (default the last).")
    String toLabel;

    @Override
    int run(AppContext context, PrintWriter printer) {
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            throw new UserInputException("--out: the file name \"" + out.getFileName() + "\" must end in .pdf.");
        }
        OutFolder.require(out);
        Names names = new Names(context);
        Site site = siteName == null ? null : names.site(siteName);
        Wave from = fromLabel == null ? null : names.wave(fromLabel, "--from");
        Wave to = toLabel == null ? null : names.wave(toLabel, "--to");
        if (from != null && to != null && Wave.IN_ORDER.compare(from, to) > 0) {
            throw new UserInputException("--from " + from.label() + " comes after --to " + to.label()
                    + "; give the earlier wave first.");
        }
        ReportResult result = context.reports().write(new ReportRequest(site, from, to), out, Progress.NONE);
        printer.printf("Wrote the %s report (%s) to %s.%n", site == null ? "program" : site.name() + " site",
                Words.count(result.pages(), "page", "pages"), out);
        return PeerPulseCli.OK;
    }
}
