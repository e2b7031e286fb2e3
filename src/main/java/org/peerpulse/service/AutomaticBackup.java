package org.peerpulse.service;

import java.nio.file.Path;
import java.time.Instant;

/** A backup PeerPulse took on its own (before an import), and when. */
public record AutomaticBackup(Path file, Instant taken) {
}
