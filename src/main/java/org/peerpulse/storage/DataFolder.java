package org.peerpulse.storage;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where PeerPulse keeps its database on this computer: {@code ~/.peerpulse} on Linux,
 * {@code %APPDATA%\PeerPulse} on Windows, {@code ~/Library/Application Support/PeerPulse} on macOS.
 * The system property {@code peerpulse.home} overrides it (tests never touch the user's folder).
 */
public final class DataFolder {
    private DataFolder() {
    }

    public static Path location() {
        String override = System.getProperty("peerpulse.home");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return appData != null ? Path.of(appData, "PeerPulse") : home.resolve("PeerPulse");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("PeerPulse");
        }
        return home.resolve(".peerpulse");
    }

    /** The default program database, the one the app and the command line open without --db. */
    public static Path defaultDatabase() {
        return location().resolve("peerpulse");
    }

    /** The file naming the program the app showed last (one path, UTF-8). */
    private static Path lastProgramFile() {
        return location().resolve("last-program.txt");
    }

    /** The program the app showed last, if it remembered one. */
    public static java.util.Optional<Path> lastProgram() {
        try {
            String text = java.nio.file.Files.readString(lastProgramFile(), java.nio.charset.StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(Path.of(text));
        } catch (java.io.IOException | java.nio.file.InvalidPathException e) {
            return java.util.Optional.empty();
        }
    }

    /** Remembers the program the app shows; not being able to is no reason to stop. */
    public static void rememberProgram(Path database) {
        try {
            java.nio.file.Files.createDirectories(location());
            java.nio.file.Files.writeString(lastProgramFile(), database.toAbsolutePath().toString(),
                    java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            // the default program opens next time instead
        }
    }
}
