package org.peerpulse.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peerpulse.domain.Wave;
import org.peerpulse.service.AppContext;
import org.peerpulse.service.ProgramService.WaveEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "waves", description = "List the survey waves, or add, relabel or re-date one.",
        subcommands = {WavesCommand.Add.class, WaveEditCommands.Relabel.class, WaveEditCommands.Redate.class})
final class WavesCommand extends ProgramCommand {
    @Option(names = "--json", description = "Machine-readable output.")
    boolean json;

    @Override
    int run(AppContext context, PrintWriter out) {
        List<WaveEntry> waves = context.program().wavesWithCounts();
        if (json) {
            out.println(Json.write(Map.of("waves", waves.stream().map(WavesCommand::toJson).toList())));
            return PeerPulseCli.OK;
        }
        TextTable table = new TextTable("Wave", "Date", "Responses");
        for (WaveEntry entry : waves) {
            Wave wave = entry.wave();
            table.add(wave.label() + (wave.demo() ? " (demo)" : ""), wave.date(), entry.responses());
        }
        table.print(out);
        return PeerPulseCli.OK;
    }

    private static Map<String, Object> toJson(WaveEntry entry) {
        Map<String, Object> wave = new LinkedHashMap<>();
        wave.put("label", entry.wave().label());
        wave.put("date", entry.wave().date() == null ? null : entry.wave().date().toString());
        wave.put("responses", entry.responses());
        wave.put("demo", entry.wave().demo());
        return wave;
    }

    @Command(name = "add", description = "Add a survey wave.")
    static final class Add extends ProgramCommand {
        @Parameters(paramLabel = "LABEL", description = "The wave's label, e.g. 2024-03 or \"2024 Spring\".")
        String label;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "When the wave was fielded.")
        String date;

        @Override
        int run(AppContext context, PrintWriter out) {
            LocalDate parsed = null;
            if (date != null) {
                try {
                    parsed = LocalDate.parse(date.strip());
                } catch (DateTimeParseException e) {
                    throw new UserInputException("--date: \"" + date + "\" is not a date like 2024-03-15.");
                }
            }
            Wave wave = context.program().addWave(label, parsed);
            out.printf("Added the wave %s%s.%n", wave.label(), wave.date() == null ? "" : " (" + wave.date() + ")");
            return PeerPulseCli.OK;
        }
    }
}
