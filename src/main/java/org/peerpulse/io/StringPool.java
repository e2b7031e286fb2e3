package org.peerpulse.io;

import java.util.HashMap;
import java.util.Map;

/** Keeps one copy of strings that repeat down a file (sites, waves, top3 answers); stops growing at a size. */
final class StringPool {
    private static final int MAX = 10_000;
    private final Map<String, String> pool = new HashMap<>();

    String get(String value) {
        String known = pool.get(value);
        if (known != null) {
            return known;
        }
        if (pool.size() < MAX) {
            pool.put(value, value);
        }
        return value;
    }
}
