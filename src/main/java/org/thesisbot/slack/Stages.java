package org.thesisbot.slack;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Where one Slack question's time goes on its way to an answer, for {@code bench/stages.sh}: a timestamp per stage,
 * written as one tab-separated line per answered question to the file named by the system property
 * {@value #PROPERTY}. Off (and free: {@link #begin} returns one shared do-nothing instance) unless that property is
 * set; it is a measuring tool, not a setting.
 *
 * <p>Columns: {@code at} (when the question reached {@link QuestionIntake}, epoch milliseconds), {@code path} ({@code drafted}: the answer was computed while the admission was out; {@code asked}: after
 * it), then microseconds from the question reaching {@link QuestionIntake} to the end of each stage, -1 where a stage
 * did not happen: {@code admission} (the admission decided, in memory, or sent, with Redis), {@code worker} (an
 * answer worker started, after the ack), {@code draft} (the draft computed), {@code decided} (the admission's
 * decision in hand), {@code computed} (the answer computed or kept, its thread state saved), {@code posted}
 * ({@code chat.postMessage} answered). Then, to line the question up with the load generator's and the fake Slack's
 * own records ({@code bench/stages.sh}'s table of the stages outside the bot): {@code key} (the message,
 * {@code channel:ts}), and two instants on {@link System#nanoTime}'s clock, which on Linux is {@code CLOCK_MONOTONIC},
 * one clock for every process on the host: {@code received_ns} (the HTTP request reached {@link SlackEndpoint}, before
 * its signature check and Bolt's parsing; -1 when the question did not come over HTTP) and {@code intake_ns} (it
 * reached {@link QuestionIntake}, where the stages' microseconds count from).
 */
final class Stages {
    static final String PROPERTY = "thesisbot.stages";
    static final String HEADER = "at\tpath\tadmission\tworker\tdraft\tdecided\tcomputed\tposted\tkey\treceived_ns\tintake_ns";
    private static final Stages NONE = new Stages();
    private static final Writer WRITER = writer(System.getProperty(PROPERTY));
    /** When the HTTP request being handled on this thread reached the endpoint (only while stages are recorded). */
    private static final ThreadLocal<long[]> RECEIVED = ThreadLocal.withInitial(() -> new long[1]);

    /** The stages, in path order. */
    enum Stage { ADMISSION, WORKER, DRAFT, DECIDED, COMPUTED, POSTED }

    private final long start;
    private final long wallMillis;
    private final long[] at;
    private final String key;
    private final long received;

    private Stages() {
        this.start = 0;
        this.wallMillis = 0;
        this.at = null;
        this.key = null;
        this.received = 0;
    }

    private Stages(long start, long wallMillis, String key, long received) {
        this.start = start;
        this.wallMillis = wallMillis;
        this.at = new long[Stage.values().length];
        this.key = key;
        this.received = received;
    }

    /** Notes that an HTTP request reached the endpoint on this thread, now (nothing when stages are not recorded). */
    static void received() {
        if (WRITER != null) {
            RECEIVED.get()[0] = System.nanoTime();
        }
    }

    /**
     * The stages of the question asked by message {@code ts} in {@code channel}, starting now (and, when it came over
     * HTTP on this thread, from its {@link #received} instant); the shared do-nothing instance when stages are not
     * recorded.
     */
    static Stages begin(String channel, String ts) {
        if (WRITER == null) {
            return NONE;
        }
        long[] received = RECEIVED.get();
        long r = received[0];
        received[0] = 0;
        return new Stages(System.nanoTime(), System.currentTimeMillis(), channel + ":" + ts, r);
    }

    void mark(Stage stage) {
        if (at != null) {
            at[stage.ordinal()] = System.nanoTime();
        }
    }

    /** Writes the line (once the answer is posted). */
    void done() {
        if (at == null) {
            return;
        }
        StringBuilder line = new StringBuilder().append(wallMillis).append('\t')
                .append(at[Stage.DRAFT.ordinal()] != 0 ? "drafted" : "asked");
        for (long t : at) {
            line.append('\t').append(t == 0 ? -1 : (t - start) / 1000);
        }
        line.append('\t').append(key).append('\t').append(received == 0 ? -1 : received).append('\t').append(start);
        WRITER.write(line.append('\n').toString());
    }

    private static Writer writer(String file) {
        return file == null || file.isBlank() ? null : new Writer(Path.of(file));
    }

    /** The lines, buffered and flushed every 100 lines and at exit. */
    private static final class Writer {
        private final BufferedWriter out;
        private int unflushed;

        Writer(Path file) {
            try {
                boolean fresh = !Files.exists(file) || Files.size(file) == 0;
                out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
                if (fresh) {
                    out.write(HEADER + "\n");
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write stages to " + file, e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(this::flush, "stages-flush"));
        }

        synchronized void write(String line) {
            try {
                out.write(line);
                if (++unflushed >= 100) {
                    out.flush();
                    unflushed = 0;
                }
            } catch (IOException e) {
                // a measuring aid: a full disk must not cost an answer
            }
        }

        synchronized void flush() {
            try {
                out.flush();
            } catch (IOException e) {
                // as above
            }
        }
    }
}
