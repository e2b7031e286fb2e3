package org.peerpulse.domain;

/** The stable identity of a site; a site's name and code may change, its id never does. */
public record SiteId(long value) {
}
