package org.peerpulse.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Properties;

/**
 * The small text file inside every backup (decision database-safety): the schema version of the
 * copy, when it was taken and why, and how many sites, waves and responses it holds (restore checks
 * the copy against them). It names no site and holds no answer.
 */
public record BackupManifest(String schemaVersion, Instant created, long sites, long waves, long responses,
                             boolean encrypted, String reason) {
    static final String ENTRY = "manifest.properties";
    static final String FORMAT = "peerpulse-backup-1";

    void write(OutputStream out) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("format", FORMAT);
        properties.setProperty("schema_version", schemaVersion);
        properties.setProperty("created", created.toString());
        properties.setProperty("sites", Long.toString(sites));
        properties.setProperty("waves", Long.toString(waves));
        properties.setProperty("responses", Long.toString(responses));
        properties.setProperty("encrypted", Boolean.toString(encrypted));
        properties.setProperty("reason", reason);
        properties.store(out, "PeerPulse backup");
    }

    /** @throws IllegalArgumentException when it is not a manifest of this format */
    static BackupManifest read(InputStream in) throws IOException {
        Properties properties = new Properties();
        properties.load(in);
        if (!FORMAT.equals(properties.getProperty("format"))) {
            throw new IllegalArgumentException("unknown format " + properties.getProperty("format"));
        }
        try {
            return new BackupManifest(required(properties, "schema_version"),
                    Instant.parse(required(properties, "created")), Long.parseLong(required(properties, "sites")),
                    Long.parseLong(required(properties, "waves")), Long.parseLong(required(properties, "responses")),
                    Boolean.parseBoolean(required(properties, "encrypted")), properties.getProperty("reason", ""));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static String required(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("no " + key);
        }
        return value.trim();
    }
}
