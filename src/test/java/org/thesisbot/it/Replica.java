package org.thesisbot.it;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One thesisbot process from the packaged jar ({@code target/thesisbot.jar}), as it runs in production:
 * its own JVM, its own port, settings from the environment, logs to a file. {@link #stop} sends SIGTERM,
 * {@link #kill} SIGKILL; {@link #start} (again) keeps the port, as a restarted replica behind a load
 * balancer would.
 */
public final class Replica implements AutoCloseable {
    public static final Path JAR = Path.of("target", "thesisbot.jar").toAbsolutePath();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Map<String, String> env;
    private final Path logDir;
    private Process process;
    private int starts;

    public Replica(String name, Map<String, String> env, Path logDir) {
        this.name = name;
        this.port = freePort();
        this.env = new LinkedHashMap<>(env);
        this.env.put("PORT", Integer.toString(port));
        this.logDir = logDir;
    }

    public static boolean jarBuilt() {
        return Files.isRegularFile(JAR);
    }

    public synchronized Replica start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " is running");
        }
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-Xmx384m", "-XX:+UseSerialGC", "-jar", JAR.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(Path.of("").toAbsolutePath().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
        pb.environment().keySet().removeIf(k -> k.startsWith("THESISBOT_") || k.startsWith("SLACK_")
                || k.equals("OPENAI_API_KEY") || k.equals("ANTHROPIC_API_KEY"));
        pb.environment().putAll(env);
        try {
            process = pb.start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + name, e);
        }
        starts++;
        awaitReady(Duration.ofSeconds(90));
        return this;
    }

    /** SIGTERM, then waits for the process to exit. */
    public synchronized void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(40, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** SIGKILL: a crash. */
    public synchronized void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public void restart() {
        stop();
        start();
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public URI events() {
        return base().resolve("/slack/events");
    }

    public int starts() {
        return starts;
    }

    /** GET {@code path}: status and body, or status -1 when nothing answers. */
    public HttpResponse<String> get(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(base().resolve(path)).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    public String logText() {
        try {
            return Files.exists(log()) ? Files.readString(log()) : "";
        } catch (IOException e) {
            return "(unreadable log: " + e + ")";
        }
    }

    private Path log() {
        return logDir.resolve(name + ".log");
    }

    private void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited at start:\n" + tail());
            }
            HttpResponse<String> r = get("/ready");
            if (r != null && r.statusCode() == 200) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException(name + " not ready within " + timeout.toSeconds() + " s:\n" + tail());
    }

    private String tail() {
        List<String> lines = logText().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        kill();
    }
}
