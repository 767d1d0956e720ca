package org.thesisbot.eval;

import java.lang.reflect.Field;
import java.util.Optional;

/**
 * This JVM's salt for the iteration order of {@code Map.of}, {@code Set.of} and their copies: JDK 17's
 * {@code java.util.ImmutableCollections} picks it at start ({@code SALT32L}: where an iteration starts, as a fraction of
 * the table; {@code REVERSE}: which way it goes). Readable with {@code --add-opens java.base/java.util=ALL-UNNAMED}.
 *
 * @param salt    SALT32L, 0 .. 2^32 - 1
 * @param reverse REVERSE
 */
record Salt(long salt, boolean reverse) {
    /** "salt reverse" for this JVM, or "unknown" when the JDK's fields cannot be read. */
    static String describe() {
        try {
            Class<?> c = Class.forName("java.util.ImmutableCollections");
            Field s = c.getDeclaredField("SALT32L");
            Field r = c.getDeclaredField("REVERSE");
            s.setAccessible(true);
            r.setAccessible(true);
            return s.getLong(null) + " " + r.getBoolean(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return "unknown";
        }
    }

    static Optional<Salt> parse(String described) {
        String[] p = described == null ? new String[0] : described.trim().split(" ");
        if (p.length != 2) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Salt(Long.parseLong(p[0]), Boolean.parseBoolean(p[1])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Where an iteration starts, as a fraction of the table (the same fraction for every table). */
    double start() {
        return salt / (double) (1L << 32);
    }

    /**
     * Iterates every {@code Map.of} and {@code Set.of} in nearly the reverse order of {@code other}'s: the other way round
     * from about the same starting slot (within 1/16 of a table; exactly the reverse, but for the element at the start,
     * in tables of up to 16 slots).
     */
    boolean opposes(Salt other) {
        double d = Math.abs(start() - other.start());
        return reverse != other.reverse && Math.min(d, 1 - d) < 1.0 / 16;
    }
}
