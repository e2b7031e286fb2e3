package org.peerpulse.domain;

import java.util.Objects;

/** A place where peer workers work and are surveyed. */
public record Site(SiteId id, String name, String code, String region, Setting setting, boolean archived,
                   boolean demo) {
    public Site {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(setting, "setting");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A site needs a name");
        }
        name = name.strip();
        code = code == null || code.isBlank() ? null : code.strip();
        region = region == null || region.isBlank() ? null : region.strip();
    }

    /** True when {@code text} is this site's name or code, ignoring case, spaces and punctuation. */
    public boolean isNamed(String text) {
        return Names.same(name, text) || (code != null && Names.same(code, text));
    }
}
