package org.peerpulse.domain;

/** The stable identity of a survey wave; labels may be edited, the id stays. */
public record WaveId(long value) {
}
