package org.thesisbot.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The podman command line, with the repository's {@code container/containers.conf}: what the container test
 * runs, as a person would type it. Every container it starts is remembered and removed by {@link #removeAll}.
 */
final class Podman {
    static final Path CONF = Path.of("container", "containers.conf").toAbsolutePath();

    /** A finished command. */
    record Result(int exit, String output) {
        Result ok(String what) {
            if (exit != 0) {
                throw new AssertionError(what + " failed (exit " + exit + "):\n" + output);
            }
            return this;
        }

        String line() {
            return output.strip();
        }
    }

    private final List<String> containers = new ArrayList<>();

    /** Why podman cannot run containers here, or null when it can. */
    static String unavailable() {
        try {
            Result r = exec(List.of("podman", "info", "--format", "{{.Host.OCIRuntime.Name}}"), Map.of(), Duration.ofSeconds(60));
            return r.exit() == 0 ? null : "podman info failed: " + r.output();
        } catch (IllegalStateException e) {
            return "podman is not installed (apt-get install -y podman runc mmdebstrap)";
        }
    }

    Result run(Duration timeout, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add("podman");
        cmd.addAll(List.of(args));
        return exec(cmd, Map.of(), timeout);
    }

    /** {@code podman run -d ...}: starts a container and remembers its id. */
    String start(String... args) {
        List<String> a = new ArrayList<>(List.of("run", "-d"));
        a.addAll(List.of(args));
        String id = run(Duration.ofSeconds(60), a.toArray(String[]::new)).ok("podman run").line();
        id = id.lines().reduce((x, y) -> y).orElse(id);
        containers.add(id);
        return id;
    }

    void removeAll() {
        for (String id : containers) {
            run(Duration.ofSeconds(60), "rm", "-f", "-t", "5", id);
        }
        containers.clear();
    }

    static Result exec(List<String> cmd, Map<String, String> env, Duration timeout) {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("CONTAINERS_CONF", CONF.toString());
        pb.environment().putAll(env);
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + cmd.get(0) + ": " + e.getMessage(), e);
        }
        StringBuilder out = new StringBuilder();
        Thread reader = new Thread(() -> {
            try {
                out.append(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                out.append("(output unreadable: ").append(e).append(')');
            }
        });
        reader.start();
        try {
            if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                p.destroyForcibly();
                reader.join(5000);
                return new Result(-1, "timed out after " + timeout.toSeconds() + " s: " + cmd + "\n" + out);
            }
            reader.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
        }
        return new Result(p.exitValue(), out.toString());
    }
}
