package org.peerpulse.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.peerpulse.service.AppContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The headless command line (cli.md): the same services the dashboard uses. */
@Command(name = "peerpulse", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "PeerPulse: stressor trends of peer workers, headless.",
        subcommands = {DemoCommand.class, SitesCommand.class, WavesCommand.class, ImportCommand.class,
                TrendsCommand.class, CompareCommand.class, TrendTestCommand.class, CrosstabCommand.class, ProQolCommand.class, InstrumentCommand.class,
                ExportCommand.class, InterventionsCommand.class, ReportCommand.class, BackupCommand.class,
                RestoreCommand.class, AuditCommand.class, CommandLine.HelpCommand.class})
public final class PeerPulseCli {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int BAD_INPUT = 2;

    @Option(names = "--db", paramLabel = "PATH", scope = ScopeType.INHERIT,
            description = "The H2 database, with or without .mv.db; created when missing.")
    Path database;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces of errors.")
    boolean debug;

    private Passwords passwords = new Passwords(System.getenv());

    AppContext open() {
        return ProgramOpening.open(databasePath(), passwords);
    }

    Path databasePath() {
        return database != null ? database : AppContext.defaultDatabase();
    }

    Passwords passwords() {
        return passwords;
    }

    /** Runs a command and returns its exit status; never throws. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, System.getenv());
    }

    /** Runs a command with these environment variables (PEERPULSE_PASSWORD: tests set it here). */
    public static int run(String[] args, PrintWriter out, PrintWriter err, java.util.Map<String, String> environment) {
        int status = withinMemory(() -> execute(args, out, err, environment), err);
        out.flush();
        err.flush();
        return status;
    }

    /** "frobnicate" given where a command should be: said with the commands there are, not picocli's "Unmatched argument at index 2". */
    private static java.util.Optional<String> unknownCommand(CommandLine.ParameterException ex) {
        CommandLine where = ex.getCommandLine();
        if (!(ex instanceof CommandLine.UnmatchedArgumentException unmatched) || where.getSubcommands().isEmpty()
                || unmatched.getUnmatched().isEmpty() || unmatched.getUnmatched().get(0).startsWith("-")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("\"" + unmatched.getUnmatched().get(0) + "\" is not a command; the commands are "
                + String.join(", ", where.getSubcommands().keySet()) + ".");
    }

    /**
     * A single-valued option given twice ("report --site PG --site SUR"): one sentence naming it, not picocli's
     * "option '--site' (S) should be specified only once" and its "Try:" line.
     */
    private static java.util.Optional<String> givenTwice(CommandLine.ParameterException ex) {
        if (!(ex instanceof CommandLine.OverwrittenOptionException twice)
                || !(twice.getOverwritten() instanceof CommandLine.Model.OptionSpec option)) {
            return java.util.Optional.empty();
        }
        String name = option.longestName();
        return java.util.Optional.of(name + ": given more than once; " + ex.getCommandLine().getCommandName()
                + " takes one " + name + ".");
    }

    private static int execute(String[] args, PrintWriter out, PrintWriter err, java.util.Map<String, String> environment) {
        PeerPulseCli root = new PeerPulseCli();
        root.passwords = new Passwords(environment);
        CommandLine commandLine = new CommandLine(root)
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler((ex, arguments) -> {
                    java.util.Optional<String> once = givenTwice(ex);
                    if (once.isPresent()) {
                        err.println(once.get());
                        return BAD_INPUT;
                    }
                    err.println(unknownCommand(ex).orElse(ex.getMessage()));
                    err.println("Try: " + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help");
                    return BAD_INPUT;
                })
                .setExecutionExceptionHandler((ex, cmd, parsed) -> {
                    if (root.debug) {
                        ex.printStackTrace(err);
                    }
                    if (causedByTooLittleMemory(ex)) { // e.g. H2's writer thread ran out first and the store stopped
                        return tooLittleMemory(err);
                    }
                    if (ex instanceof org.peerpulse.domain.ProgramFileException problem) {
                        err.println(ProgramOpening.sentence(problem, root.databasePath(), root.database));
                        return problem.isBadInput() ? BAD_INPUT : FAILED;
                    }
                    if (ex instanceof org.peerpulse.domain.OutputFileException problem) {
                        err.println(problem.getMessage());
                        return problem.isBadInput() ? BAD_INPUT : FAILED;
                    }
                    err.println(ex instanceof UserInputException || ex instanceof IllegalArgumentException
                            ? ex.getMessage() : "PeerPulse could not finish: " + ex.getMessage());
                    return ex instanceof UserInputException || ex instanceof IllegalArgumentException
                            ? BAD_INPUT : FAILED;
                });
        addHelpOption(commandLine);
        return commandLine.execute(args);
    }

    /** {@code --help} on every command and subcommand (the root has it with {@code --version}). */
    private static void addHelpOption(CommandLine command) {
        for (CommandLine sub : command.getSubcommands().values()) {
            if (sub.getCommandSpec().findOption("--help") == null
                    && !(sub.getCommand() instanceof CommandLine.HelpCommand)) {
                sub.getCommandSpec().addOption(CommandLine.Model.OptionSpec.builder("-h", "--help").usageHelp(true)
                        .description("Show what this command does and its options.").build());
            }
            addHelpOption(sub);
        }
    }

    /**
     * Runs a command; if Java runs out of memory on the way, says so in one sentence with the way
     * to give it more, instead of the JVM's stack trace, also when a library wraps the error in one
     * of its own. The memory the failed work held is free again by the time the sentence is written.
     */
    private static int withinMemory(java.util.function.IntSupplier command, PrintWriter err) {
        try {
            return command.getAsInt();
        } catch (OutOfMemoryError tooLittle) {
            return tooLittleMemory(err);
        } catch (Error wrapped) { // e.g. a ServiceConfigurationError of Flyway's plugins, loaded with no memory left
            if (causedByTooLittleMemory(wrapped)) {
                return tooLittleMemory(err);
            }
            throw wrapped;
        }
    }

    /**
     * Whether a command of this JVM ran out of memory. H2's threads may have died of it too, and
     * its shutdown hook can then wait for them for ever; the launcher ends such a JVM at once
     * (the program file keeps its last commit, which H2 opens again).
     */
    public static boolean ranOutOfMemory() {
        return ranOutOfMemory;
    }

    private static volatile boolean ranOutOfMemory;

    private static int tooLittleMemory(PrintWriter err) {
        ranOutOfMemory = true;
        long most = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        err.println("PeerPulse ran out of memory before the command finished (Java let it use " + most
                + " MB). Run it again with more, e.g. java -Xmx2g -jar peerpulse.jar followed by the same command.");
        return FAILED;
    }

    private static boolean causedByTooLittleMemory(Throwable problem) {
        for (Throwable cause = problem; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }
}
