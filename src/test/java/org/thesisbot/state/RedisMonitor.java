package org.thesisbot.state;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Redis' {@code MONITOR} on a test's own redis-server: every command a client sends, in order, so a test can count
 * round trips. Commands a Lua script runs inside Redis are listed by MONITOR as {@code [0 lua]} and are not round
 * trips: {@link #sent} leaves them out.
 */
public final class RedisMonitor implements AutoCloseable {
    /**
     * One command: its name (lower case) and its arguments; {@code script} when a Lua script ran it inside Redis (no round
     * trip of its own).
     */
    public record Command(String name, List<String> args, boolean script) {
        public Command(String name, List<String> args) {
            this(name, args, false);
        }

        /** The first argument (the key, for most commands), or "". */
        public String key() {
            return args.isEmpty() ? "" : args.get(0);
        }
    }

    private final RedisServer redis;
    private final Socket socket;
    private final List<String> lines = new ArrayList<>();
    private final Thread reader;

    public RedisMonitor(RedisServer redis) {
        this.redis = redis;
        try {
            socket = new Socket(InetAddress.getLoopbackAddress(), redis.port());
            OutputStream out = socket.getOutputStream();
            out.write("MONITOR\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            if (!"+OK".equals(in.readLine())) {
                throw new IllegalStateException("MONITOR was refused");
            }
            reader = new Thread(() -> {
                try {
                    for (String line; (line = in.readLine()) != null; ) {
                        synchronized (lines) {
                            lines.add(line);
                            lines.notifyAll();
                        }
                    }
                } catch (IOException e) {
                    // closed
                }
            }, "redis-monitor");
            reader.setDaemon(true);
            reader.start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot open MONITOR", e);
        }
    }

    /**
     * The commands clients sent since the last call (scripts' own commands left out), once every command sent before
     * this call has reached the monitor: a marker {@code ECHO} sent now on another connection is seen last.
     */
    public List<Command> sent() {
        return taken(false);
    }

    /**
     * As {@link #sent}, with the commands Lua scripts ran inside Redis too, each after the script that ran it
     * ({@link Command#script} true): what Redis did, not only what reached it.
     */
    public List<Command> ran() {
        return taken(true);
    }

    private List<Command> taken(boolean scripts) {
        String marker = "monitor-mark-" + UUID.randomUUID();
        redis.command("ECHO " + marker);
        List<String> taken;
        synchronized (lines) {
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (lines.stream().noneMatch(l -> l.contains(marker))) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("MONITOR did not show the marker within 10 s");
                }
                try {
                    lines.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
            int at = 0;
            while (!lines.get(at).contains(marker)) {
                at++;
            }
            taken = new ArrayList<>(lines.subList(0, at));
            lines.subList(0, at + 1).clear();   // what came after the marker is left for the next look
        }
        List<Command> out = new ArrayList<>();
        for (String line : taken) {
            Command c = parse(line, scripts);
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    /** Waits until a client sends a command matching {@code which} (e.g. a write sent without waiting), and returns it. */
    public Command await(Predicate<Command> which, List<Command> seen, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            for (Command c : seen) {
                if (which.test(c)) {
                    return c;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + what + " among " + seen);
            }
            seen.addAll(sent());
        }
    }

    /** {@code 1700000000.123 [0 127.0.0.1:5555] "SET" "k" "v"}: null for a script's own command ({@code [0 lua]}). */
    static Command parse(String line) {
        return parse(line, false);
    }

    /** As {@link #parse(String)}; a script's own command is kept, marked, when {@code scripts}. */
    static Command parse(String line, boolean scripts) {
        int open = line.indexOf('[');
        int close = line.indexOf(']', open);
        if (open < 0 || close < 0) {
            return null;
        }
        boolean script = line.substring(open, close).endsWith(" lua");
        if (script && !scripts) {
            return null;
        }
        List<String> words = new ArrayList<>();
        StringBuilder w = null;
        for (int i = close + 1; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (w == null) {
                if (ch == '"') {
                    w = new StringBuilder();
                }
            } else if (ch == '\\' && i + 1 < line.length()) {
                w.append(line.charAt(++i));
            } else if (ch == '"') {
                words.add(w.toString());
                w = null;
            } else {
                w.append(ch);
            }
        }
        return words.isEmpty() ? null
                : new Command(words.get(0).toLowerCase(Locale.ROOT), words.subList(1, words.size()), script);
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing
        }
    }
}
