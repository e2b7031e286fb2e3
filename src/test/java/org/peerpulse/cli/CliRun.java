package org.peerpulse.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One run of the command line in a test: its exit status, standard output and standard error. */
record CliRun(int status, String out, String err) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Runs {@code args} on the program {@code database} (adds {@code --db}). */
    static CliRun on(Path database, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--db");
        all.add(database.toString());
        return with(System.getenv(), all.toArray(String[]::new));
    }

    /** Runs {@code args} as they are, with {@code environment} as the process's environment. */
    static CliRun with(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = PeerPulseCli.run(args, new PrintWriter(out), new PrintWriter(err), environment);
        return new CliRun(status, out.toString(), err.toString());
    }

    JsonNode json() {
        try {
            return JSON.readTree(out);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + out, e);
        }
    }
}
