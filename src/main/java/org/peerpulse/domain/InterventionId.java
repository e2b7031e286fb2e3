package org.peerpulse.domain;

/** The stable identity of an intervention (a planned support). */
public record InterventionId(long value) {
}
