package org.peerpulse.storage;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which automatic backups to keep: the newest {@value #KEEP_LAST}, and besides them the newest of
 * every calendar month (in the user's time zone), so that a long history thins out but never ends.
 */
public final class BackupRetention {
    public static final int KEEP_LAST = 10;

    private BackupRetention() {
    }

    /** The creation times among {@code created} whose backups are kept. */
    public static Set<Instant> keep(Collection<Instant> created, ZoneId zone) {
        List<Instant> newestFirst = created.stream().distinct().sorted(Comparator.reverseOrder()).toList();
        Set<Instant> keep = new HashSet<>(newestFirst.subList(0, Math.min(KEEP_LAST, newestFirst.size())));
        Map<YearMonth, Instant> newestOfMonth = new HashMap<>();
        for (Instant time : newestFirst) {
            newestOfMonth.putIfAbsent(YearMonth.from(time.atZone(zone)), time);
        }
        keep.addAll(newestOfMonth.values());
        return keep;
    }
}
