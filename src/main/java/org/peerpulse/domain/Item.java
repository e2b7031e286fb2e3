package org.peerpulse.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * One question of the instrument. {@code domain} is set for stressor items only.
 */
public record Item(String code, ItemKind kind, ValueSet values, StressDomain domain) {
    public Item {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(values, "values");
    }

    public Optional<StressDomain> stressDomain() {
        return Optional.ofNullable(domain);
    }

    public boolean isStressItem() {
        return domain != null;
    }

    public boolean isOverallItem() {
        return domain != null && domain.overallItem().equals(code);
    }
}
