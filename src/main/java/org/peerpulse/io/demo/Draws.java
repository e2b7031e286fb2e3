package org.peerpulse.io.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The random draws of the demo generator. Only {@link SplittableRandom#nextLong()}/{@code nextDouble()}
 * and {@link StrictMath} are used, so a seed gives the same program on every JVM.
 */
final class Draws {
    private final SplittableRandom random;

    /** A stream of its own for each part of the program, so tuning one site leaves the others unchanged. */
    Draws(long seed, long... parts) {
        long mixed = seed;
        for (long part : parts) {
            mixed = new SplittableRandom(mixed * 31 + part).nextLong();
        }
        this.random = new SplittableRandom(mixed);
    }

    double uniform() {
        return random.nextDouble();
    }

    int between(int lowInclusive, int highInclusive) {
        return lowInclusive + (int) (random.nextDouble() * (highInclusive - lowInclusive + 1));
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** Standard normal (Box–Muller). */
    double gaussian() {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2.0 * StrictMath.PI * v);
    }

    /** One of {@code values}, with the given relative weights. */
    <T> T weighted(List<T> values, double... weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double target = random.nextDouble() * total;
        for (int i = 0; i < values.size(); i++) {
            target -= weights[i];
            if (target < 0) {
                return values.get(i);
            }
        }
        return values.get(values.size() - 1);
    }

    /** A 1–5 scale value near {@code centre}. */
    int scale(double centre, double spread) {
        return clamp((int) StrictMath.round(centre + spread * gaussian()));
    }

    static int clamp(int value) {
        return Math.max(1, Math.min(5, value));
    }
}
