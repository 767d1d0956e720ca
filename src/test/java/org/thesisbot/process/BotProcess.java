package org.thesisbot.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bot as a real process: {@code java -cp <this test run's classpath> org.thesisbot.Main}, with the
 * repository's config/, prompts/ and documents/, a temporary cache, the given environment (inherited
 * {@code THESISBOT_*} variables removed) and JVM flags. Its output goes to a file; {@link #start()} waits
 * for the "ready" line and reads the port from it. Used by tests that need a real signal or a real JVM
 * default charset, and by the hardening bench.
 */
public final class BotProcess implements AutoCloseable {
    private static final Pattern READY = Pattern.compile("ready in \\d+ ms: playground http://localhost:(\\d+)/");

    private final Map<String, String> env = new LinkedHashMap<>();
    private final List<String> jvmArgs = new ArrayList<>();
    private final Path dir;
    private final Path log;
    private Process process;
    private int port;

    public BotProcess() throws IOException {
        this.dir = Files.createTempDirectory("thesisbot-process");
        this.log = dir.resolve("bot.log");
        env.put("PORT", "0");
        env.put("THESISBOT_HOME", Path.of("").toAbsolutePath().toString());
        env.put("THESISBOT_GROUNDING_EMBEDDINGS", "false"); // start in a second or two; retrieval is not under test
        env.put("THESISBOT_GROUNDING_CACHE_DIR", dir.resolve("cache").toString());
    }

    public BotProcess env(String name, String value) {
        env.put(name, value);
        return this;
    }

    public BotProcess jvm(String arg) {
        jvmArgs.add(arg);
        return this;
    }

    /** Starts the bot and waits (up to 90 s) until it says it is ready. */
    public BotProcess start() throws IOException, InterruptedException {
        List<String> cmd = command(List.of());
        process = builder(cmd).start();
        long deadline = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < deadline) {
            Matcher m = READY.matcher(output());
            if (m.find()) {
                port = Integer.parseInt(m.group(1));
                return this;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the bot exited with " + process.exitValue() + " before it was ready:\n" + output());
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the bot was not ready within 90 s (" + String.join(" ", cmd).substring(0,
                Math.min(400, String.join(" ", cmd).length())) + "…):\n" + output());
    }

    /**
     * The production classes and their libraries: this run's classpath (Surefire names the real one in a
     * property of its own) without the test classes, whose logback-test.xml would quiet the bot's log.
     */
    private static String classpath() {
        String surefire = System.getProperty("surefire.test.class.path");
        String all = surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
        return java.util.Arrays.stream(all.split(java.io.File.pathSeparator))
                .filter(e -> !e.replace('\\', '/').endsWith("target/test-classes"))
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    /** Runs the CLI with these arguments ({@code ask "…"}, {@code command "…"}) to the end; returns its output. */
    public String cli(String... args) throws IOException, InterruptedException {
        Path out = dir.resolve("cli-" + System.nanoTime() + ".out");
        Process p = builder(command(List.of(args))).redirectOutput(out.toFile()).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("the CLI did not finish within 90 s");
        }
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private List<String> command(List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx512m");
        cmd.addAll(jvmArgs);
        cmd.add("-cp");
        cmd.add(classpath());
        cmd.add("org.thesisbot.Main");
        cmd.addAll(args);
        return cmd;
    }

    private ProcessBuilder builder(List<String> cmd) {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("THESISBOT_") || k.startsWith("SLACK_")
                || k.endsWith("_API_KEY") || k.equals("JAVA_TOOL_OPTIONS"));
        pb.environment().putAll(env);
        return pb;
    }

    public int port() {
        return port;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    public long pid() {
        return process.pid();
    }

    public Process process() {
        return process;
    }

    /** SIGTERM, as an orchestrator stopping a container sends. */
    public void sigterm() {
        process.destroy();
    }

    /** Waits for the exit; returns the status, or -1 if it is still running after {@code timeout}. */
    public int awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
    }

    /** Everything the process printed so far (UTF-8). */
    public String output() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "(cannot read the log: " + e + ")";
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
