package org.thesisbot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The same question gets the same answer on every JVM start: the core lets no iteration order that is salted per start
 * ({@code Map.of}, {@code Set.of}, {@code Map.copyOf}, {@code Set.copyOf}, enum-keyed hash maps) reach what it produces
 * ({@link SaltedOrder} says what counts). The cheap half of the guard; {@code eval.AnswersAcrossJvmsProbe} asks every
 * evaluation question in two JVMs and compares the answers, which takes minutes.
 */
class IterationOrderTest {
    @Test
    void the_core_lets_no_per_start_iteration_order_out() throws IOException {
        List<String> found = SaltedOrder.scan(Path.of("src", "main", "java", "org", "thesisbot", "core"), classpath());
        assertEquals(List.of(), found, "iteration whose order changes from one JVM start to the next: use an EnumMap/EnumSet, "
                + "a LinkedHashMap/LinkedHashSet, a List, a TreeMap/TreeSet or a sorted stream instead\n" + String.join("\n", found));
    }

    @Test
    void the_scan_finds_each_way_a_salted_order_gets_out_and_nothing_else() throws IOException {
        String source = """
                package fixture;

                import java.util.*;
                import java.util.stream.Collectors;

                class Salted {
                    enum Color { RED, GREEN }

                    record Words(Set<String> all) {
                        Words {
                            all = Set.copyOf(all);
                        }
                    }

                    static final Map<String, Integer> BY_NAME = Map.of("a", 1, "b", 2);
                    static final Map<Color, Integer> BY_COLOR = new EnumMap<>(Map.of(Color.RED, 1, Color.GREEN, 2));
                    static final Set<String> WORDS = Set.of("x", "y");
                    static final Set<String> ONE = Set.of("only");
                    private final Set<String> alias = WORDS;

                    List<String> uses(Words w) {
                        List<String> out = new ArrayList<>();
                        BY_NAME.forEach((k, v) -> out.add(k));
                        for (Color c : BY_COLOR.keySet()) {
                            out.add(c.name());
                        }
                        if (WORDS.contains("x") && WORDS.stream().anyMatch(s -> s.startsWith("y")) && !BY_NAME.isEmpty()) {
                            out.add(String.valueOf(BY_NAME.get("a")));
                        }
                        out.addAll(w.all());
                        out.add(join(alias));
                        out.addAll(WORDS.stream().sorted().toList());
                        for (String s : ONE) {
                            out.add(s);
                        }
                        Map<Color, Integer> byIdentity = new HashMap<>();
                        byIdentity.put(Color.RED, 1);
                        byIdentity.keySet().forEach(c -> out.add(c.name()));
                        Map<String, Integer> byString = new HashMap<>();
                        byString.keySet().forEach(out::add);
                        Set<String> copy = w.all().stream().map(String::trim).collect(Collectors.toUnmodifiableSet());
                        out.add(copy.size() + " " + copy);
                        return out;
                    }

                    static String join(Set<String> words) {
                        return String.join(",", words);
                    }
                }
                """;
        assertEquals(List.of(
                        "Salted.java:23: .forEach(): BY_NAME",
                        "Salted.java:30: copied into a java.util.List: w.all()",
                        "Salted.java:38: .forEach(): byIdentity.keySet()",
                        "Salted.java:42: turned into text: copy",
                        "Salted.java:47: handed to java.lang.String.join: words"),
                SaltedOrder.scanSource("fixture.Salted", source));
    }

    /** Surefire names the real classpath in a property of its own (java.class.path may be its booter jar). */
    private static String classpath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }
}
