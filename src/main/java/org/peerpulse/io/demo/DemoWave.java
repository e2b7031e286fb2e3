package org.peerpulse.io.demo;

import java.time.LocalDate;
import java.util.Objects;

/** A demo survey wave; responses refer to it by {@code label}. Fieldwork runs a fortnight from {@code date}. */
public record DemoWave(String label, LocalDate date) {
    public DemoWave {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(date, "date");
    }
}
