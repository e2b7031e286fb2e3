package org.peerpulse.storage;

import java.util.function.Supplier;

/**
 * Something read from the database and kept until a write transaction commits
 * ({@link Database#commits()}): the sites and waves every filter change needs (issue 8: reading
 * them again took a third of a refresh on a provincial program), the ProQOL scores of every
 * response. The version is taken before reading, so a write committed meanwhile makes the next
 * call read again.
 */
public final class KeptUntilWrite<T> {
    private final Database database;
    private volatile Kept<T> kept;

    private record Kept<T>(long version, T value) {
    }

    public KeptUntilWrite(Database database) {
        this.database = database;
    }

    public T get(Supplier<T> read) {
        long version = database.commits();
        Kept<T> now = kept;
        if (now != null && now.version() == version) {
            return now.value();
        }
        T value = read.get();
        kept = new Kept<>(version, value);
        return value;
    }
}
