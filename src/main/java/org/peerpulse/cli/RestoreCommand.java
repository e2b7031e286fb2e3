package org.peerpulse.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.peerpulse.domain.ProgramFileException;
import org.peerpulse.service.ProgramFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "restore", description = "Put a backup in the place of the program, after checking it; the program it"
        + " replaces is kept next to it.")
final class RestoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The backup file (from backup --out, or in <db>.backups).")
    Path backup;

    @Override
    public Integer call() {
        PeerPulseCli root = (PeerPulseCli) spec.root().userObject();
        Path database = root.databasePath();
        ProgramFiles files = ProgramFiles.system();
        ProgramFiles.Restored restored;
        try {
            restored = files.restore(backup, database, root.passwords().fromEnvironment().orElse(null));
        } catch (ProgramFileException e) {
            if (e.problem() != ProgramFileException.Problem.PASSWORD_NEEDED) {
                throw e;
            }
            restored = files.restore(backup, database, root.passwords().required(backup));
        }
        var out = spec.commandLine().getOut();
        out.printf("Restored %s (schema version %s, taken %s: %s, %s, %s) into %s.%n", backup,
                restored.backup().schemaVersion(), java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
                        .withZone(java.time.ZoneOffset.UTC).format(restored.backup().created()),
                Words.count(restored.backup().sites(), "site", "sites"),
                Words.count(restored.backup().waves(), "wave", "waves"),
                Words.count(restored.backup().responses(), "response", "responses"), files.fileOf(database));
        restored.replacedKeptAt().ifPresent(kept -> out.printf("The program it replaced is kept at %s.%n", kept));
        return PeerPulseCli.OK;
    }
}
