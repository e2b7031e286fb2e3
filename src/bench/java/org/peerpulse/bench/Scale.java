package org.peerpulse.bench;

/**
 * The size of the benchmark's program and how much to measure, from system properties
 * ({@code -Dbench.sites=20 -Dbench.waves=6} for a quick run; the defaults are issue 8's program).
 */
record Scale(int sites, int waves, int respondents, int filters, int startupRuns, long seed) {
    static Scale fromSystemProperties() {
        return new Scale(Integer.getInteger("bench.sites", 250), Integer.getInteger("bench.waves", 24),
                Integer.getInteger("bench.respondents", 40), Integer.getInteger("bench.filters", 100),
                Integer.getInteger("bench.startupRuns", 3), Long.getLong("bench.seed", 2026L));
    }

    int responses() {
        return sites * waves * respondents;
    }

    boolean isFull() {
        return sites == 250 && waves == 24 && respondents == 40;
    }

    @Override
    public String toString() {
        return sites + " sites × " + waves + " waves × " + respondents + " respondents";
    }
}
