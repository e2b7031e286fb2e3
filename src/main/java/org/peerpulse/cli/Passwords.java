package org.peerpulse.cli;

import java.io.Console;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the command line finds a password (cli.md): the environment variable
 * {@value #VARIABLE}, or, in a terminal, typed when asked. A database created while the
 * variable is set is encrypted with it.
 */
final class Passwords {
    static final String VARIABLE = "PEERPULSE_PASSWORD";
    private final Map<String, String> environment;

    Passwords(Map<String, String> environment) {
        this.environment = environment;
    }

    /** The password from the environment, if one is set. */
    Optional<String> fromEnvironment() {
        String value = environment.get(VARIABLE);
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** The password from the environment, else typed in the terminal; refused when there is neither. */
    String required(Path file) {
        return fromEnvironment().or(() -> typed(file)).orElseThrow(() -> new UserInputException(file
                + " is encrypted: set " + VARIABLE + " to its password, or run the command in a terminal to type it."));
    }

    private static Optional<String> typed(Path file) {
        Console console = System.console();
        if (console == null) {
            return Optional.empty();
        }
        char[] typed = console.readPassword("Password for %s: ", file);
        return typed == null || typed.length == 0 ? Optional.empty() : Optional.of(new String(typed));
    }
}
