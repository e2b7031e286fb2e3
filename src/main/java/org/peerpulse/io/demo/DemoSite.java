package org.peerpulse.io.demo;

import java.util.Objects;
import org.peerpulse.domain.Setting;

/** A demo site; responses refer to it by {@code name}. */
public record DemoSite(String name, String code, String region, Setting setting) {
    public DemoSite {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(setting, "setting");
    }
}
