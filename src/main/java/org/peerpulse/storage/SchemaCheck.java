package org.peerpulse.storage;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Tells, without starting Flyway, whether a database already has every migration the app ships:
 * the versions in Flyway's history (all successful) are exactly the {@code V<n>__*.sql} scripts on
 * the classpath. Opening an up-to-date program then skips Flyway's start-up (issue 8: about a
 * second of the time to the first chart). When in doubt it answers no, and Flyway runs as always.
 */
final class SchemaCheck {
    static final String LOCATION = "db/migration";
    private static final Pattern SCRIPT = Pattern.compile("V(\\d+)__[^/]*\\.sql");

    private SchemaCheck() {
    }

    static boolean isCurrent(Connection connection) {
        try {
            Set<Integer> shipped = shippedVersions();
            return !shipped.isEmpty() && shipped.equals(appliedVersions(connection));
        } catch (IOException | SQLException | URISyntaxException | RuntimeException e) {
            return false;
        }
    }

    /** The versions of the migration scripts on the classpath (a folder, or a jar when packaged). */
    static Set<Integer> shippedVersions() throws IOException, URISyntaxException {
        URL folder = SchemaCheck.class.getClassLoader().getResource(LOCATION);
        Set<Integer> versions = new TreeSet<>();
        if (folder == null) {
            return versions;
        }
        if (folder.getProtocol().equals("file")) {
            try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
                files.forEach(f -> add(versions, f.getFileName().toString()));
            }
        } else if (folder.getProtocol().equals("jar")) {
            JarURLConnection jar = (JarURLConnection) folder.openConnection();
            jar.setUseCaches(false);
            try (var file = jar.getJarFile()) {
                file.stream().map(e -> e.getName())
                        .filter(n -> n.startsWith(LOCATION + "/") && n.indexOf('/', LOCATION.length() + 1) < 0)
                        .forEach(n -> add(versions, n.substring(LOCATION.length() + 1)));
            }
        } else {
            throw new IOException("cannot list " + folder);
        }
        return versions;
    }

    private static void add(Set<Integer> versions, String name) {
        Matcher matcher = SCRIPT.matcher(name);
        if (matcher.matches()) {
            versions.add(Integer.valueOf(matcher.group(1)));
        }
    }

    /** The versions Flyway applied, or an empty set when one failed or there is no history yet. */
    private static Set<Integer> appliedVersions(Connection connection) throws SQLException {
        Set<Integer> versions = new TreeSet<>();
        if (!OpenCheck.tables(connection).contains("flyway_schema_history")) {
            return versions; // a new program: asked for, the missing table would be written to H2's trace file
        }
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "select \"version\", \"success\" from \"flyway_schema_history\" where \"version\" is not null")) {
            while (rows.next()) {
                if (!rows.getBoolean(2)) {
                    return Set.of();
                }
                versions.add(Integer.valueOf(rows.getString(1)));
            }
        }
        return versions;
    }
}
