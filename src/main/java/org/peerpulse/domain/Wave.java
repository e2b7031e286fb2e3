package org.peerpulse.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/** One survey round. Waves are ordered by date, then label; the label may change later. */
public record Wave(WaveId id, String label, LocalDate date, boolean demo) {
    public static final Comparator<Wave> IN_ORDER = Comparator
            .comparing(Wave::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Wave::label)
            .thenComparing(w -> w.id().value());

    public Wave {
        Objects.requireNonNull(id, "id");
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("A wave needs a label");
        }
        label = label.strip();
    }

    public boolean isNamed(String text) {
        return Names.same(label, text);
    }
}
