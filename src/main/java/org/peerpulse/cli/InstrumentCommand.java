package org.peerpulse.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.peerpulse.service.AppContext;
import org.peerpulse.service.InstrumentService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "instrument", description = "Write the PSP-1 instrument for KoboToolbox/ODK (XLSForm), REDCap, or a blank CSV template.")
final class InstrumentCommand extends ProgramCommand {
    @Option(names = "--format", paramLabel = "F", required = true, description = "xlsform, redcap or csv.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The file to write.")
    Path out;

    @Override
    int run(AppContext context, PrintWriter printer) {
        InstrumentService.Format chosen;
        try {
            chosen = InstrumentService.Format.valueOf(format.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--format: \"" + format + "\" is not a format; use xlsform, redcap or csv.");
        }
        OutFolder.require(out);
        context.instrument().write(chosen, out);
        printer.printf("Wrote the PSP-1 instrument (%s) to %s.%n", chosen.name().toLowerCase(Locale.ROOT), out);
        return PeerPulseCli.OK;
    }
}
