package org.peerpulse.domain;

/** The stable identity of a support in the library. */
public record SupportId(long value) {
}
