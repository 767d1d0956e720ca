package org.thesisbot.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The same question gets the same answer on every JVM start. Two child JVMs ({@link AnswerPrints}) each run the slash
 * commands and ask every question of src/test/resources/eval, at the same time; every answer (text, results, notes,
 * citations, cues, charts) must be the same in both.
 * <p>
 * What differs between two starts is mostly the salt of {@code Map.of}/{@code Set.of}'s iteration order (see
 * {@link Salt}): two JVMs picked at random iterate a given pair of elements in opposite orders about half the time. So the
 * second JVM is picked: JVMs are started (and stopped again before they build anything) until one iterates in nearly the
 * reverse order of the first's. A dependence on the order of any two elements of a Map.of or Set.of then shows on
 * nearly every run instead of every other one.
 * <p>
 * The salt is not all: the slot of an enum key in a Map.of follows the enum's identity hash code, which also differs
 * between starts of the brain (its start-up is multi-threaded), so a dependence on the order of enum keys shows on about
 * half the runs of two JVMs whatever the salts. {@code -Dprobe.jvms=4} runs four (every one compared with the first),
 * which shows it on about seven runs in eight.
 * <p>
 * A probe, not a test: it takes minutes (each JVM builds the brain and answers some 5,000 questions, on cores shared with
 * the rest of the machine). {@link org.thesisbot.IterationOrderTest} is the cheap guard the suite runs. Run it with
 * {@code mvn -q -o test -Dtest=AnswersAcrossJvmsProbe [-Dprobe.jvms=4]}.
 */
class AnswersAcrossJvmsProbe {
    private static final int MAX_PICKS = 80;

    @Test
    void every_command_and_question_gets_the_same_answer_in_two_jvms() throws Exception {
        int jvms = Integer.getInteger("probe.jvms", 2);
        long t0 = System.nanoTime();
        Path dir = Files.createTempDirectory("answers-across-jvms");
        List<Child> children = new ArrayList<>();
        Child a = Child.start(dir, "jvm1");
        a.go();
        children.add(a);
        int picks = 0;
        while (children.size() < jvms) {
            Child c = Child.start(dir, "jvm" + (children.size() + 1));
            picks++;
            // the second iterates in nearly the reverse order of the first's; any more, in whatever order they start with
            if (children.size() > 1 || a.salt == null || c.salt == null || c.salt.opposes(a.salt) || picks >= MAX_PICKS) {
                c.go();
                children.add(c);
            } else {
                c.stop();
            }
        }
        for (Child c : children) {
            c.await();
        }
        Map<String, String> x = read(a.out);
        assertTrue(x.size() > AnswerPrints.COMMANDS.size(), "no questions were asked");
        List<String> differ = new ArrayList<>();
        for (Child c : children.subList(1, children.size())) {
            Map<String, String> y = read(c.out);
            assertEquals(x.keySet(), y.keySet(), "two JVMs answered different questions");
            for (Map.Entry<String, String> e : x.entrySet()) {
                String other = y.get(e.getKey());
                if (!e.getValue().equals(other)) {
                    differ.add(e.getKey() + " (salts " + a.salt + " and " + c.salt + ")\n  " + around(e.getValue(), other)
                            + "\n  " + around(other, e.getValue()));
                }
            }
        }
        System.out.printf("answers across JVMs: %d answers in each of %d JVMs in %.0f s; salts %s (%d JVMs started to pick them)%n",
                x.size(), jvms, (System.nanoTime() - t0) / 1e9, children.stream().map(Child::salt).toList(), picks + 1);
        assertEquals(0, differ.size(), differ.size() + " answers differ between JVM starts:\n"
                + String.join("\n", differ.subList(0, Math.min(10, differ.size()))));
    }

    /** A child JVM running {@link AnswerPrints}; its standard output and error go to a log beside its answers. */
    private record Child(Process process, Path out, Salt salt) {
        /** Starts the JVM, which says its salt and waits to be told to go on or to stop. */
        static Child start(Path dir, String name) throws IOException {
            Path out = dir.resolve(name + ".txt");
            Path log = dir.resolve(name + "-" + System.nanoTime() + ".log");
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx1g", "--add-opens", "java.base/java.util=ALL-UNNAMED", "-cp", classpath(),
                    AnswerPrints.class.getName(), out.toString(), "--wait"));
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
            pb.environment().keySet().removeIf(k -> k.startsWith("THESISBOT_") || k.startsWith("SLACK_")
                    || k.endsWith("_API_KEY") || k.equals("JAVA_TOOL_OPTIONS"));
            Process p = pb.start();
            BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String first = r.readLine();
            Salt salt = first != null && first.startsWith("salt ") ? Salt.parse(first.substring(5)).orElse(null) : null;
            Thread drain = new Thread(() -> copy(r, log), "drain-" + name);
            drain.setDaemon(true);
            drain.start();
            return new Child(p, out, salt);
        }

        void go() throws IOException {
            send("go");
        }

        void stop() throws IOException, InterruptedException {
            send("stop");
            process.waitFor(30, TimeUnit.SECONDS);
            process.destroyForcibly();
        }

        private void send(String line) throws IOException {
            try (OutputStream in = process.getOutputStream()) {
                in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }

        void await() throws InterruptedException {
            if (!process.waitFor(20, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("a child JVM did not finish within 20 minutes");
            }
            assertEquals(0, process.exitValue(), "a child JVM failed; see its log beside " + out);
        }

        private static void copy(BufferedReader r, Path log) {
            try (var w = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
                String line;
                while ((line = r.readLine()) != null) {
                    w.write(line);
                    w.newLine();
                }
            } catch (IOException e) {
                // the child is gone; its answers file says what it did
            }
        }
    }

    private static Map<String, String> read(Path file) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int tab = line.indexOf('\t');
            out.put(line.substring(0, tab), line.substring(tab + 1));
        }
        return out;
    }

    /** The text around the first place {@code s} differs from {@code other}. */
    private static String around(String s, String other) {
        int i = 0;
        while (i < s.length() && i < other.length() && s.charAt(i) == other.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 60);
        return (from > 0 ? "…" : "") + s.substring(from, Math.min(s.length(), i + 100)) + (i + 100 < s.length() ? "…" : "");
    }

    /** Surefire names the real classpath in a property of its own (java.class.path may be its booter jar). */
    private static String classpath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }
}
