package org.peerpulse.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peerpulse.io.ColumnMapping;
import org.peerpulse.io.ColumnMappingCodec;
import org.peerpulse.io.ImportFormat;
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
    private static final Map<String, ImportFormat> FORMATS = Map.of("auto", ImportFormat.AUTO,
            "peerpulse", ImportFormat.PEERPULSE, "kobo", ImportFormat.KOBO, "redcap", ImportFormat.REDCAP,
            "xlsx", ImportFormat.XLSX);

    @Option(names = "--format", paramLabel = "F", description = "auto (default: recognised by the headers), peerpulse,"
            + " kobo, redcap or xlsx.")
    String format = "auto";

    @Option(names = "--mapping", paramLabel = "NAME|FILE", description = "A column mapping for other tools' files:"
            + " the name of one saved in the app, or a mapping file.")
    String mappingName;

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
        ImportFormat chosen = FORMATS.get(format.toLowerCase(java.util.Locale.ROOT));
        if (chosen == null) {
            throw new UserInputException("--format: \"" + format + "\" is not a format; use auto, peerpulse, kobo,"
                    + " redcap or xlsx.");
        }
        if (wave != null && wave.isBlank()) { // not "the file names its waves": a script's empty variable
            throw new UserInputException("--wave: the wave's label is blank; give its label, e.g. --wave 2024-03,"
                    + " or leave --wave out when the file has a wave column.");
        }
        ColumnMapping mapping = mappingName == null ? null : mapping(context);
        PrintWriter err = spec.commandLine().getErr();
        List<ImportReport> reports = new ArrayList<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                reports.add(ImportReport.refused(file.getFileName().toString(),
                        List.of(ImportProblem.ofFile(file.toString(), "there is no such file"))));
                continue;
            }
            reports.add(context.imports().importFile(file,
                    new ImportOptions(chosen, // AUTO with a mapping: a Kobo or REDCap export still reads as one
                            wave, createSites, mapping), Progress.NONE));
        }
        for (ImportReport report : reports) {
            ImportProblem.sentences(report.problems()).forEach(err::println);
            if (!json) {
                out.println(summary(report));
            }
        }
        if (json) {
            out.println(Json.write(Map.of("files", reports.stream().map(ImportCommand::toJson).toList())));
        }
        long stored = reports.stream().filter(ImportReport::stored).count();
        if (stored == reports.size()) {
            return PeerPulseCli.OK;
        }
        if (reports.stream().noneMatch(ImportReport::changedTheProgram)) {
            return PeerPulseCli.BAD_INPUT; // nothing was changed: every file refused, or only repeats stored
        }
        // some files went in: 2 would tell a script that nothing was changed
        err.println(stored + " of " + reports.size() + " files were imported; nothing was stored from the "
                + (reports.size() - stored == 1 ? "one" : "others") + " refused above.");
        return PeerPulseCli.FAILED;
    }

    private ColumnMapping mapping(AppContext context) {
        Path file = Path.of(mappingName);
        if (Files.isRegularFile(file)) {
            try {
                return ColumnMappingCodec.decode(Files.readString(file));
            } catch (java.io.IOException | IllegalArgumentException e) {
                throw new UserInputException("--mapping: " + mappingName + " is not a PeerPulse mapping file ("
                        + e.getMessage() + ").");
            }
        }
        return context.mappings().load(mappingName).orElseThrow(() -> new UserInputException("--mapping: there is no"
                + " saved mapping or mapping file called \"" + mappingName + "\"; saved mappings: "
                + String.join(", ", context.mappings().names()) + "."));
    }

    private static String summary(ImportReport report) {
        if (!report.stored()) {
            return report.file() + ": refused, nothing was stored ("
                    + Words.count(ImportProblem.total(report.problems()), "problem", "problems") + ").";
        }
        StringBuilder line = new StringBuilder(report.file()).append(readAs(report)).append(": ")
                .append(Words.count(report.added(), "response", "responses")).append(" added, ")
                .append(Words.count(report.duplicates(), "skipped as a duplicate", "skipped as duplicates"));
        if (report.unanswered() > 0) {
            line.append(", ").append(Words.count(report.unanswered(), "row with no answers skipped",
                    "rows with no answers skipped"));
        }
        if (!report.createdWaves().isEmpty()) {
            line.append("; new waves: ").append(String.join(", ", report.createdWaves()));
        }
        if (!report.createdSites().isEmpty()) {
            line.append("; new sites: ").append(String.join(", ", report.createdSites()));
        }
        line.append('.');
        report.undatedWaves().forEach(wave -> line.append(System.lineSeparator()).append("  the wave ").append(wave)
                .append(" has no date, so it comes after every dated wave; give it one with: peerpulse waves redate \"")
                .append(wave).append("\" --date YYYY-MM-DD"));
        if (report.sameAnswers() > 0) {
            line.append(System.lineSeparator()).append("  ").append(sameAnswers(report));
        }
        // which rows were skipped and why, so that a respondent code used twice by mistake shows
        report.skippedTogether().forEach(skipped -> line.append(System.lineSeparator()).append("  ")
                .append(skipped(skipped)));
        return line.toString();
    }

    /**
     * "all 693 rows skipped: …", "rows 2–4, 7 skipped: …", or "150 rows skipped: … (rows 52–151 and
     * 50 more)": every row skipped is said with its reason; --json lists the first 100 rows.
     */
    private static String skipped(ImportReport.SkippedRows rows) {
        if (rows.wholeFile()) {
            return "all " + rows.count() + " rows skipped: " + rows.why() + ".";
        }
        if (rows.notListed() == 0) {
            return (rows.count() == 1 ? "row " : "rows ") + rows.rowsText() + " skipped: " + rows.why() + ".";
        }
        return Words.count(rows.count(), "row", "rows") + " skipped: " + rows.why() + (rows.rows().isEmpty() ? ""
                : " (" + (rows.rows().size() == 1 ? "row " : "rows ") + rows.rowsText() + " and " + rows.notListed()
                + " more)") + ".";
    }

    /** Rows added that have the answers of responses stored before: said, not dropped (workers can answer alike). */
    private static String sameAnswers(ImportReport report) {
        return (report.sameAnswers() == 1 ? "1 response added has the same answers as one"
                : report.sameAnswers() + " responses added have the same answers as responses")
                + " already stored at the same site and wave (no respondent code to tell them apart): added, as two"
                + " workers can answer alike; check that this file was not imported before in another form.";
    }

    /** " (kobo, Windows-1252, semicolon)": how the file was read, so that a wrong guess shows. */
    private static String readAs(ImportReport report) {
        List<String> parts = new ArrayList<>();
        if (report.format() != null) {
            parts.add(report.format().name().toLowerCase(java.util.Locale.ROOT));
        }
        if (report.encoding() != null) {
            parts.add(report.encoding());
        }
        if (report.separator() != null) {
            parts.add(report.separator() + "-separated");
        }
        return parts.isEmpty() ? "" : " (read as " + String.join(", ", parts) + ")";
    }

    private static Map<String, Object> toJson(ImportReport report) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("file", report.file());
        file.put("stored", report.stored());
        file.put("added", report.added());
        file.put("duplicates", report.duplicates());
        file.put("no_answers", report.unanswered());
        file.put("same_answers", report.sameAnswers());
        file.put("skipped", report.skipped().stream().map(s -> Map.<String, Object>of("row", s.row(), "why", s.why()))
                .toList());
        file.put("rejected", ImportProblem.total(report.problems()));
        file.put("created_waves", report.createdWaves());
        file.put("undated_waves", report.undatedWaves());
        file.put("created_sites", report.createdSites());
        file.put("format", report.format() == null ? null : report.format().name().toLowerCase(java.util.Locale.ROOT));
        file.put("encoding", report.encoding());
        file.put("separator", report.separator());
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
