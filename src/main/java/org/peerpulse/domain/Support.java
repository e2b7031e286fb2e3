package org.peerpulse.domain;

import java.util.List;
import java.util.Objects;

/**
 * A support in the library: what an agency can put in place, the stressor domains it aims at
 * and its ROSE component. A retired support is kept for the plans that used it but not offered
 * for new ones. Domains are kept in their order, each once.
 */
public record Support(SupportId id, String name, RoseComponent rose, List<StressDomain> domains, String description,
                      boolean retired) {
    public Support {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(rose, "rose");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A support needs a name.");
        }
        if (name.strip().length() > 200) {
            throw new IllegalArgumentException("A support's name can have at most 200 characters.");
        }
        name = name.strip();
        domains = domains.stream().distinct().sorted().toList();
        if (domains.isEmpty()) {
            throw new IllegalArgumentException("A support needs at least one stressor domain it aims at.");
        }
        description = description == null || description.isBlank() ? null : description.strip();
    }
}
