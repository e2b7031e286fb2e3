package org.peerpulse.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A plan to put a support in place at one or more sites, aimed at one or more stressor domains.
 * Sites are kept in id order and domains in their order, each once.
 *
 * @param support null when the plan uses no support of the library
 * @param end     null while it runs or when no end is planned
 * @param demo    part of the demo program, removed with it
 */
public record Intervention(InterventionId id, String title, SupportId support, List<SiteId> sites,
                           List<StressDomain> domains, String owner, LocalDate start, LocalDate end,
                           InterventionStatus status, String notes, boolean demo) {
    public Intervention {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("An intervention needs a title.");
        }
        if (title.strip().length() > 200) {
            throw new IllegalArgumentException("An intervention's title can have at most 200 characters.");
        }
        title = title.strip();
        sites = sites.stream().distinct().sorted(java.util.Comparator.comparingLong(SiteId::value)).toList();
        domains = domains.stream().distinct().sorted().toList();
        if (sites.isEmpty()) {
            throw new IllegalArgumentException("An intervention needs at least one site.");
        }
        if (domains.isEmpty()) {
            throw new IllegalArgumentException("An intervention needs at least one stressor domain it aims at.");
        }
        if (start == null) {
            throw new IllegalArgumentException("An intervention needs a start date.");
        }
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("An intervention cannot end before it starts.");
        }
        owner = owner == null || owner.isBlank() ? null : owner.strip();
        notes = notes == null || notes.isBlank() ? null : notes.strip();
    }

    /** The same plan under a new id (after it was stored). */
    public Intervention withId(InterventionId newId) {
        return new Intervention(newId, title, support, sites, domains, owner, start, end, status, notes, demo);
    }

    public Intervention withStatus(InterventionStatus newStatus) {
        return new Intervention(id, title, support, sites, domains, owner, start, end, newStatus, notes, demo);
    }

    public boolean targets(SiteId site, StressDomain domain) {
        return sites.contains(site) && domains.contains(domain);
    }
}
