package org.peerpulse.domain;

import java.util.Collection;
import java.util.Optional;

/**
 * Whether a site name or code, or a wave label, someone typed would make two sites or two
 * waves impossible to tell apart: sites are found by name or code and waves by label, ignoring
 * case, spaces and punctuation ({@link Names}), so a new one must not match another that way.
 */
public final class NameClash {
    public enum Kind { SITE_NAME, SITE_CODE, WAVE_LABEL }

    /** {@code typed} matches {@code existing}: the other site (name and code) or wave label. */
    public record Clash(Kind kind, String typed, String existing) {
        /** The English sentence the command line prints; the desktop app uses its own texts. */
        public String sentence() {
            return switch (kind) {
                case SITE_NAME -> "There is already a site called " + existing + ".";
                case SITE_CODE -> "The code " + typed + " is already used by the site " + existing + ".";
                case WAVE_LABEL -> "There is already a wave labelled " + existing + ".";
            };
        }
    }

    private NameClash() {
    }

    /** The first site other than {@code self} (null for a new site) that {@code name} or {@code code} matches. */
    public static Optional<Clash> ofSite(Collection<Site> sites, SiteId self, String name, String code) {
        for (Site other : sites) {
            if (other.id().equals(self)) {
                continue;
            }
            if (name != null && !name.isBlank() && other.isNamed(name)) {
                return Optional.of(new Clash(Kind.SITE_NAME, name.strip(), display(other)));
            }
            if (code != null && !code.isBlank() && other.isNamed(code)) {
                return Optional.of(new Clash(Kind.SITE_CODE, code.strip(), display(other)));
            }
        }
        return Optional.empty();
    }

    /** The first wave other than {@code self} (null for a new wave) that {@code label} matches. */
    public static Optional<Clash> ofWave(Collection<Wave> waves, WaveId self, String label) {
        if (label == null || label.isBlank()) {
            return Optional.empty();
        }
        return waves.stream().filter(w -> !w.id().equals(self) && w.isNamed(label)).findFirst()
                .map(w -> new Clash(Kind.WAVE_LABEL, label.strip(), w.label()));
    }

    private static String display(Site site) {
        return site.code() == null ? site.name() : site.name() + " (" + site.code() + ")";
    }
}
