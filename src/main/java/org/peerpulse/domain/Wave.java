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

    /**
     * Whether {@code text} names this wave: its label ignoring case, spaces and punctuation (cli.md);
     * also with the word "wave" before it, as REDCap's event names have it ({@code wave_2020_03_arm_1}),
     * and, for a label of a year and month, that month as a spreadsheet shows it ("Mar-20",
     * "March 2020"): the same round must not become a second wave beside it.
     */
    public boolean isNamed(String text) {
        String key = Names.normalize(label);
        String other = Names.normalize(text);
        return key.equals(other) || other.equals("wave" + key) || key.equals("wave" + other)
                || monthNames().contains(other);
    }

    private java.util.Set<String> monthNames() {
        java.util.regex.Matcher yearMonth = YEAR_MONTH.matcher(label);
        if (!yearMonth.matches()) {
            return java.util.Set.of();
        }
        java.time.YearMonth month = java.time.YearMonth.of(Integer.parseInt(yearMonth.group(1)),
                Integer.parseInt(yearMonth.group(2)));
        java.util.Set<String> names = new java.util.HashSet<>();
        for (java.time.format.TextStyle style : java.util.List.of(java.time.format.TextStyle.SHORT,
                java.time.format.TextStyle.FULL)) {
            String name = Names.normalize(month.getMonth().getDisplayName(style, java.util.Locale.ENGLISH));
            names.add(name + month.getYear());
            names.add(name + String.format("%02d", month.getYear() % 100));
        }
        return names;
    }

    private static final java.util.regex.Pattern YEAR_MONTH = java.util.regex.Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
}
