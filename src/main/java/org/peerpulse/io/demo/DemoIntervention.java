package org.peerpulse.io.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.peerpulse.domain.StressDomain;

/**
 * A support a site put in place; stored with the demo program as an intervention.
 *
 * @param roseComponent {@code recognition}, {@code organizational}, {@code skill} or {@code everyone}
 * @param end           null while it runs
 * @param status        {@code planned}, {@code active}, {@code done} or {@code stopped}
 */
public record DemoIntervention(String title, String supportName, String roseComponent, String siteName,
                               List<StressDomain> domains, LocalDate start, LocalDate end, String status,
                               String owner, String notes) {
    private static final Set<String> ROSE = Set.of("recognition", "organizational", "skill", "everyone");
    private static final Set<String> STATUSES = Set.of("planned", "active", "done", "stopped");

    public DemoIntervention {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(supportName, "supportName");
        Objects.requireNonNull(siteName, "siteName");
        Objects.requireNonNull(start, "start");
        if (!ROSE.contains(roseComponent)) {
            throw new IllegalArgumentException("unknown ROSE component: " + roseComponent);
        }
        if (!STATUSES.contains(status)) {
            throw new IllegalArgumentException("unknown status: " + status);
        }
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("end before start: " + title);
        }
        domains = List.copyOf(domains);
    }
}
