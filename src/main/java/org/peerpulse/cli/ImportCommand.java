package org.peerpulse.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peerpulse.io.ImportProblem;
import org.peerpulse.io.Progress;
import org.peerpulse.service.AppContext;
import org.peerpulse.service.ImportOptions;
import org.peerpulse.service.ImportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", description = "Bring survey answers in; all or nothing per file.")
final class ImportCommand extends ProgramCommand {
    private static final List<String> FORMATS = List.of("auto", "peerpulse");

    @Option(names = "--format", paramLabel = "F", description = "auto or peerpulse (the canonical PSP-1 CSV).")
    String format = "auto";

    @Option(names = "--wave", paramLabel = "LABEL", description = "The wave every response belongs to.")
    String wave;

    @Option(names = "--create-sites", description = "Create sites the program does not know yet.")
    boolean createSites;

    @Option(names = "--json", description = "Machine-readable output.")
    boolean json;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "The files to import.")
    List<Path> files;

    @Override
    int run(AppContext context, PrintWriter out) {
        if (!FORMATS.contains(format)) {
            throw new UserInputException("--format " + format + " is not supported in this version; use auto or"
                    + " peerpulse (the canonical PSP-1 CSV).");
        }
        PrintWriter err = spec.commandLine().getErr();
        List<ImportReport> reports = new ArrayList<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                reports.add(ImportReport.refused(file.getFileName().toString(),
                        List.of(ImportProblem.ofFile(file.toString(), "there is no such file"))));
                continue;
            }
            reports.add(context.imports().importFile(file, new ImportOptions(wave, createSites), Progress.NONE));
        }
        for (ImportReport report : reports) {
            report.problems().forEach(p -> err.println(p.sentence()));
            if (!json) {
                out.println(summary(report));
            }
        }
        if (json) {
            out.println(Json.write(Map.of("files", reports.stream().map(ImportCommand::toJson).toList())));
        }
        return reports.stream().allMatch(ImportReport::stored) ? PeerPulseCli.OK : PeerPulseCli.BAD_INPUT;
    }

    private static String summary(ImportReport report) {
        if (!report.stored()) {
            return report.file() + ": refused, nothing was stored (" + report.problems().size()
                    + (report.problems().size() == 1 ? " problem)." : " problems).");
        }
        StringBuilder line = new StringBuilder(report.file()).append(": ")
                .append(report.added()).append(report.added() == 1 ? " response added" : " responses added")
                .append(", ").append(report.duplicates()).append(" skipped as duplicates");
        if (!report.createdWaves().isEmpty()) {
            line.append("; new waves: ").append(String.join(", ", report.createdWaves()));
        }
        if (!report.createdSites().isEmpty()) {
            line.append("; new sites: ").append(String.join(", ", report.createdSites()));
        }
        return line.append('.').toString();
    }

    private static Map<String, Object> toJson(ImportReport report) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("file", report.file());
        file.put("stored", report.stored());
        file.put("added", report.added());
        file.put("duplicates", report.duplicates());
        file.put("rejected", report.problems().size());
        file.put("created_waves", report.createdWaves());
        file.put("created_sites", report.createdSites());
        file.put("problems", report.problems().stream().map(p -> {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("row", p.row() == 0 ? null : p.row());
            problem.put("column", p.column());
            problem.put("value", p.value());
            problem.put("message", p.sentence());
            return problem;
        }).toList());
        return file;
    }
}
