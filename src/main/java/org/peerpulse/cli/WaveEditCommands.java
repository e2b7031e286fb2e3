package org.peerpulse.cli;

import java.io.PrintWriter;
import org.peerpulse.domain.Wave;
import org.peerpulse.service.AppContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code waves relabel} and {@code waves redate}: a wave is kept by its id, so its responses stay. */
final class WaveEditCommands {
    private WaveEditCommands() {
    }

    @Command(name = "relabel", description = "Change a wave's label; its responses stay.")
    static final class Relabel extends ProgramCommand {
        @Parameters(paramLabel = "WAVE", description = "The wave, by label.")
        String waveLabel;

        @Option(names = "--label", required = true, paramLabel = "L", description = "The new label.")
        String label;

        @Override
        int run(AppContext context, PrintWriter out) {
            Wave wave = Lookup.wave(context.program(), waveLabel);
            Wave changed = context.program().updateWave(wave.id(), label, wave.date());
            out.printf("Relabelled the wave %s as %s.%n", wave.label(), changed.label());
            return PeerPulseCli.OK;
        }
    }

    @Command(name = "redate", description = "Change when a wave was fielded.")
    static final class Redate extends ProgramCommand {
        @Parameters(paramLabel = "WAVE", description = "The wave, by label.")
        String waveLabel;

        @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "The new field date.")
        String date;

        @Override
        int run(AppContext context, PrintWriter out) {
            Wave wave = Lookup.wave(context.program(), waveLabel);
            Wave changed = context.program().updateWave(wave.id(), wave.label(), Lookup.date(date));
            out.printf("The wave %s is now dated %s.%n", changed.label(), changed.date());
            return PeerPulseCli.OK;
        }
    }
}
