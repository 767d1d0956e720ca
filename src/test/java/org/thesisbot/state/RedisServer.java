package org.thesisbot.state;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A real {@code redis-server} for tests: on a free loopback port, with no persistence (no RDB, no AOF), in a
 * temporary directory that is deleted on {@link #close}. Tests can {@link #kill} it (SIGKILL, as a crash),
 * {@link #restart} it on the same port, or {@link #pause} it (SIGSTOP: connected but silent, as a hung server).
 *
 * <p>Where {@code redis-server} is not installed, {@link #startOrSkip} prints a banner on stderr and skips the
 * test; {@code .ci/run} installs Debian's {@code redis-server}, so CI always runs these tests.
 */
public final class RedisServer implements AutoCloseable {
    private final Path dir;
    private final int port;
    private Process process;

    private RedisServer(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    /** The path of redis-server, or null when it is not installed. */
    public static String executable() {
        for (String d : List.of("/usr/bin", "/usr/local/bin", "/usr/sbin", "/opt/homebrew/bin")) {
            Path p = Path.of(d, "redis-server");
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        String path = System.getenv("PATH");
        if (path != null) {
            for (String d : path.split(":")) {
                Path p = Path.of(d, "redis-server");
                if (!d.isEmpty() && Files.isExecutable(p)) {
                    return p.toString();
                }
            }
        }
        return null;
    }

    /** Starts a server, or skips the calling test (loudly) where redis-server is missing. */
    public static RedisServer startOrSkip() {
        if (executable() == null) {
            String banner = "\n*** SKIPPED: redis-server is not installed, so the Redis state tests did not run. ***\n"
                    + "*** Install it (Debian: apt-get install -y redis-server); .ci/run does this.          ***\n";
            System.err.println(banner);
            Assumptions.assumeTrue(false, "redis-server is not installed (apt-get install -y redis-server)");
        }
        try {
            Path dir = Files.createTempDirectory("thesisbot-redis-");
            RedisServer s = new RedisServer(dir, freePort());
            s.start();
            return s;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start redis-server", e);
        }
    }

    public int port() {
        return port;
    }

    /** {@code redis://127.0.0.1:<port>/0}: what THESISBOT_REDIS_URL would be. */
    public String url() {
        return "redis://127.0.0.1:" + port + "/0";
    }

    public long pid() {
        return process.pid();
    }

    public synchronized void start() {
        List<String> cmd = new ArrayList<>(List.of(executable(), "--port", Integer.toString(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--dir", dir.toString(), "--daemonize", "no",
                "--logfile", dir.resolve("redis.log").toString(), "--protected-mode", "yes",
                // DEBUG SLEEP makes Redis answer late on purpose (tests of slow replies); loopback only
                "--enable-debug-command", "local"));
        try {
            process = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("stdout.log").toFile()).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start redis-server", e);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("redis-server exited at start: " + log());
            }
            if ("+PONG".equals(command("PING"))) {
                return;
            }
            sleep(Duration.ofMillis(20));
        }
        throw new IllegalStateException("redis-server did not answer PING within 10 s: " + log());
    }

    /** SIGKILL, as a crash: nothing is saved (there is no persistence anyway). */
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

    /** Kills it and starts an empty one on the same port. */
    public synchronized void restart() {
        kill();
        start();
    }

    /** SIGSTOP: connections stay open but nothing answers, as a hung server. */
    public void pause() {
        signal("-STOP");
    }

    /** SIGCONT after {@link #pause}. */
    public void resume() {
        signal("-CONT");
    }

    /** One inline command (e.g. {@code "PTTL thesisbot:event:Ev1"}) and the first line of its reply, or null. */
    public String command(String inline) {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(2000);
            OutputStream out = s.getOutputStream();
            out.write((inline + "\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = s.getInputStream();
            StringBuilder first = new StringBuilder();
            int c;
            while ((c = in.read()) != -1 && c != '\n') {
                first.append((char) c);
            }
            String line = first.toString().strip();
            if (line.startsWith("$") && !line.equals("$-1")) {
                StringBuilder bulk = new StringBuilder();
                int n = Integer.parseInt(line.substring(1));
                byte[] b = in.readNBytes(n);
                bulk.append(new String(b, StandardCharsets.UTF_8));
                return bulk.toString();
            }
            return line;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private void signal(String sig) {
        try {
            Process p = new ProcessBuilder("kill", sig, Long.toString(process.pid())).inheritIO().start();
            p.waitFor(5, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new IllegalStateException("kill " + sig + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String log() {
        try {
            Path f = dir.resolve("redis.log");
            return Files.exists(f) ? Files.readString(f) : Files.readString(dir.resolve("stdout.log"));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void close() {
        if (process != null && process.isAlive()) {
            resume();
        }
        kill();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp dir left behind is harmless
        }
    }
}
