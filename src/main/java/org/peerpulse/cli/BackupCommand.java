package org.peerpulse.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.peerpulse.service.AppContext;
import org.peerpulse.service.BackupInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "backup", description = "Write a consistent copy of the program to one file, even while it is in use.")
final class BackupCommand extends ProgramCommand {
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The backup file to write (a ZIP).")
    Path out;

    @Override
    int run(AppContext context, PrintWriter printer) {
        OutFolder.require(out);
        BackupInfo backup = context.backups().backupTo(out);
        printer.printf("Backed up %s, %s and %s (schema version %s%s) to %s.%n",
                Words.count(backup.sites(), "site", "sites"), Words.count(backup.waves(), "wave", "waves"),
                Words.count(backup.responses(), "response", "responses"), backup.schemaVersion(),
                backup.encrypted() ? ", encrypted" : "", out);
        return PeerPulseCli.OK;
    }
}
