package org.peerpulse.service;

import java.util.List;
import org.peerpulse.domain.Site;

/**
 * What merging {@code from} into {@code into} did: how many responses moved, or the conflicts
 * that stopped it (then nothing was changed and {@code from} still exists).
 */
public record MergeResult(Site from, Site into, long moved, List<MergeConflict> conflicts) {
    public MergeResult {
        conflicts = List.copyOf(conflicts);
    }

    public boolean merged() {
        return conflicts.isEmpty();
    }

    /** One English sentence per conflict, for the command line. */
    public List<String> sentences() {
        return conflicts.stream().map(c -> c.sentence(from, into)).toList();
    }
}
