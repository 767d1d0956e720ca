package org.thesisbot.bench;

import java.util.Arrays;

/**
 * One stretch of open-loop load: {@code rate} requests a second for {@code seconds}. Written on the command
 * line as {@code name:workload:rate:seconds}, e.g. {@code e2e:mention-numeric:50:60}. Phases whose name starts
 * with {@code warmup} are run and reported but never used for a verdict.
 */
record Phase(String name, Workload workload, int rate, int seconds) {
    /** What each request of a phase is. */
    enum Workload {
        /** Signed {@code app_mention} events asking numeric questions (the bot replies in thread). */
        MENTION_NUMERIC("mention-numeric"),
        /** Signed {@code app_mention} events, numeric and narrative questions alternating. */
        MENTION_MIXED("mention-mixed"),
        /** Signed {@code app_mention} events asking narrative questions (retrieval and the extractive writer). */
        MENTION_NARRATIVE("mention-narrative"),
        /**
         * Signed {@code message} events replying, without a mention, in threads the bot already answered on the same
         * target (see {@link ReplyTracker#answeredThread}): numeric follow-ups ("and with a $40B check?") that read the
         * thread's figures and write its new state. Each goes to a thread whose last reply is in, oldest first, and the
         * thread is offered again once this reply is in. Needs mentions on the target first (they open the threads).
         */
        FOLLOWUP_NUMERIC("followup-numeric"),
        /** Signed {@code /scenario} slash commands with a numeric query: the answer is the ack body. */
        SLASH_NUMERIC("slash-numeric"),
        /** {@code POST /api/ask} with a numeric question: the answer is the response body. */
        API_NUMERIC("api-numeric");

        private final String wireName;

        Workload(String wireName) {
            this.wireName = wireName;
        }

        String wireName() {
            return wireName;
        }

        static Workload of(String wireName) {
            return Arrays.stream(values()).filter(w -> w.wireName.equals(wireName)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown workload '" + wireName + "'; one of "
                            + Arrays.stream(values()).map(Workload::wireName).toList()));
        }
    }

    Phase {
        if (rate <= 0 || seconds <= 0) {
            throw new IllegalArgumentException("phase " + name + ": rate and seconds must be positive");
        }
    }

    static Phase parse(String spec) {
        String[] p = spec.split(":");
        if (p.length != 4) {
            throw new IllegalArgumentException("a phase is name:workload:rate:seconds, got '" + spec + "'");
        }
        return new Phase(p[0], Workload.of(p[1]), Integer.parseInt(p[2]), Integer.parseInt(p[3]));
    }

    boolean warmup() {
        return name.startsWith("warmup");
    }

    /** The same load under another name or rate. */
    Phase named(String newName, int newRate, int newSeconds) {
        return new Phase(newName, workload, newRate, newSeconds);
    }

    int total() {
        return rate * seconds;
    }
}
