package org.thesisbot.state;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.thesisbot.core.state.Admissions;
import org.thesisbot.core.state.ExpiringKeys;
import org.thesisbot.core.state.RateLimits;

/**
 * {@link Admissions} in Redis in <b>one round trip</b>: one Lua script ({@link #ADMIT}, run by {@code EVALSHA},
 * loaded again by {@code EVAL} when Redis answers {@code NOSCRIPT}) does every step on the same keys, TTLs and
 * values as the separate stores ({@link RedisKeys}, {@link RedisRateLimits}), so replicas running either code
 * agree. A script rather than a pipeline: each step decides whether the next runs (a retry must not count against
 * the rate limit, a refused question must not mark the thread), and a pipeline sends every command whatever the
 * earlier ones answered; the script also runs atomically, so no other replica's step comes between two of ours.
 *
 * <p>The script also reads the thread's state when the question is to be answered (unless the question opens its
 * thread: a top-level mention's thread has no state to read) and hands it to the
 * {@link RedisThreadStore}, so the worker's load needs no round trip of its own (see
 * {@link RedisThreadStore#prime}).
 *
 * <p><b>Settling a timeout.</b> The event's key (the message's when there is no event id) is written last, holding
 * the usual marker plus the outcome. After a timeout the same script runs again, with the same nonce, on the settle
 * connection: when the first run went through, the key holds this nonce and the script returns the recorded
 * outcome instead of calling it a repeat, so a late reply neither loses the answer nor counts the question twice.
 *
 * <p>Every key set or seen taken is also kept locally, which answers repeats without a round trip; when Redis is
 * down the whole operation is {@link LocalAdmissions} on the local stores.
 */
final class RedisAdmissions implements Admissions {
    /*
     * KEYS: 1 the receipt (the event id's key, or the message's key when there is no event id), 2 the message,
     *       3 the user's rate window, 4 the thread's "answered in" mark, 5 the thread's state
     * ARGV: 1 flags (e: there is an event id; f: a follow-up, answered only in a marked thread; m: the message is
     *       known here already; l: too long; o: the message opens its thread, whose state is then not read: there can
     *       be none), 2 nonce, 3 marker JSON (carrying the nonce), 4 dedupe TTL ms,
     *       5 thread TTL ms, 6 now ms, 7 rate window ms, 8 rate limit, 9 rate member
     * Returns {outcome, the thread's state JSON when the outcome answers and the message does not open its thread
     * (else false)}.
     */
    static final Redis.Script ADMIT = Redis.Script.of("""
            local flags = ARGV[1]
            local function flag(c) return string.find(flags, c, 1, true) ~= nil end
            local function reply(outcome)
              if (outcome == 'answer' or outcome == 'answer_first') and not flag('o') then
                return {outcome, redis.call('GET', KEYS[5])}
              end
              return {outcome, false}
            end
            local function unmarked() return flag('f') and redis.call('EXISTS', KEYS[4]) == 0 end
            if not flag('e') then
              if unmarked() then return reply('not_followed') end
              if flag('m') then return reply('repeated_message') end
            end
            local seen = redis.call('GET', KEYS[1])
            if seen then
              local ok, v = pcall(cjson.decode, seen)
              if ok and type(v) == 'table' and v.nonce == ARGV[2] and type(v.outcome) == 'string' then
                return reply(v.outcome)
              end
              if flag('e') then return reply('repeated_event') end
              return reply('repeated_message')
            end
            local function decide(outcome)
              redis.call('SET', KEYS[1], string.sub(ARGV[3], 1, -2) .. ',"outcome":"' .. outcome .. '"}', 'PX', ARGV[4])
              return reply(outcome)
            end
            if flag('e') then
              if unmarked() then return decide('not_followed') end
              if flag('m') or not redis.call('SET', KEYS[2], ARGV[3], 'NX', 'PX', ARGV[4]) then
                return decide('repeated_message')
              end
            end
            if flag('l') then return decide('too_long') end
            local now = tonumber(ARGV[6])
            local window = tonumber(ARGV[7])
            redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', now - window)
            if redis.call('ZCARD', KEYS[3]) >= tonumber(ARGV[8]) then return decide('rate_limited') end
            redis.call('ZADD', KEYS[3], now, ARGV[9])
            redis.call('PEXPIRE', KEYS[3], window)
            if redis.call('SET', KEYS[4], ARGV[3], 'PX', ARGV[5], 'GET') then return decide('answer') end
            return decide('answer_first')
            """);
    static final long WINDOW_MILLIS = 60_000;

    private final Redis redis;
    private final String prefix;
    private final long dedupeTtlMillis;
    private final long threadTtlMillis;
    private final ExpiringKeys events;
    private final ExpiringKeys messages;
    private final RateLimits rates;
    private final ExpiringKeys repliedThreads;
    private final Admissions local;
    private final RedisThreadStore threads;
    private final String replica;
    private final Clock clock;

    /**
     * {@code events}, {@code messages}, {@code rates} and {@code repliedThreads} are this process' own stores (the
     * local copies the Redis stores keep); {@code threads} is the store whose next load gets the state the script read.
     */
    RedisAdmissions(Redis redis, String prefix, Duration dedupeTtl, Duration threadTtl, ExpiringKeys events,
                    ExpiringKeys messages, RateLimits rates, ExpiringKeys repliedThreads, RedisThreadStore threads,
                    String replica, Clock clock) {
        this.redis = redis;
        this.prefix = prefix;
        this.dedupeTtlMillis = dedupeTtl.toMillis();
        this.threadTtlMillis = threadTtl.toMillis();
        this.events = events;
        this.messages = messages;
        this.rates = rates;
        this.repliedThreads = repliedThreads;
        this.local = new LocalAdmissions(events, messages, rates, repliedThreads);
        this.threads = threads;
        this.replica = replica;
        this.clock = clock;
    }

    @Override
    public Admission admit(Arrival a) {
        return start(a).outcome();
    }

    /**
     * Sends the script and returns at once; {@link Pending#outcome} waits for its reply (or settles a timeout, or
     * decides locally when Redis is down) and updates the local copies, once.
     */
    @Override
    public Pending start(Arrival a) {
        boolean hasEvent = a.eventId() != null;
        if (hasEvent ? events.contains(a.eventId()) : !a.followUp() && messages.contains(a.message())) {
            Admission repeat = hasEvent ? Admission.REPEATED_EVENT : Admission.REPEATED_MESSAGE;
            return () -> repeat;   // answered here, no round trip
        }
        StringBuilder flags = new StringBuilder();
        if (hasEvent) {
            flags.append('e');
        }
        if (a.followUp() && !repliedThreads.contains(a.thread())) {
            flags.append('f');
        }
        if (messages.contains(a.message())) {
            flags.append('m');
        }
        if (a.tooLong()) {
            flags.append('l');
        }
        if (a.opensThread()) {
            flags.append('o');
        }
        String user = a.user() == null ? "unknown" : a.user();
        long now = clock.millis();
        String nonce = Long.toHexString(ThreadLocalRandom.current().nextLong());
        String marker = StateJson.marker(replica, now, nonce);
        String messageKey = prefix + "message:" + a.message();
        String[] keys = {hasEvent ? prefix + "event:" + a.eventId() : messageKey, messageKey, prefix + "rate:" + user,
                prefix + "replied:" + a.thread(), prefix + "thread:" + a.thread()};
        String[] args = {flags.toString(), nonce, marker, Long.toString(dedupeTtlMillis), Long.toString(threadTtlMillis),
                Long.toString(now), Long.toString(WINDOW_MILLIS), Integer.toString(rates.perMinute()), now + "-" + nonce};
        // the same script, same nonce, settles a timeout: it returns the outcome the first run recorded, if it ran
        Redis.Pending<List<?>> reply = redis.start(stores(a), "admit",
                c -> Redis.scriptAsync(c, ADMIT, keys, args).thenApply(r -> (List<?>) r),
                c -> (List<?>) Redis.script(c, ADMIT, keys, args), () -> null);
        return new Decision(a, reply);
    }

    /** One arrival's admission: its reply read, and the local copies updated, on the first call only. */
    private final class Decision implements Pending {
        private final Arrival arrival;
        private Redis.Pending<List<?>> reply;
        private Admission outcome;

        Decision(Arrival arrival, Redis.Pending<List<?>> reply) {
            this.arrival = arrival;
            this.reply = reply;
        }

        @Override
        public synchronized Admission outcome() {
            if (outcome == null) {
                outcome = settle(arrival, reply.join());
                reply = null;
            }
            return outcome;
        }

        @Override
        public synchronized boolean decided() {
            return outcome != null;
        }
    }

    private Admission settle(Arrival a, List<?> reply) {
        if (reply == null) {
            return local.admit(a);   // Redis is unavailable: this replica decides alone
        }
        Admission outcome = outcome(reply.get(0));
        if (a.eventId() != null) {
            events.touch(a.eventId());
        }
        if (outcome.claimsMessage() || outcome == Admission.REPEATED_MESSAGE) {
            messages.touch(a.message());
        }
        if (outcome.answers()) {
            if (repliedThreads.touch(a.thread())) {
                outcome = Admission.ANSWER;   // answered in here while Redis was down
            }
            threads.prime(a.thread(), reply.size() > 1 ? (String) reply.get(1) : null);
        }
        return outcome;
    }

    /** The stores this arrival would have used, for the fallback count. */
    private static List<String> stores(Arrival a) {
        List<String> s = new ArrayList<>(4);
        if (a.eventId() != null) {
            s.add("events");
        }
        s.add("messages");
        if (!a.tooLong()) {
            s.add("rates");
        }
        s.add("replied_threads");
        return s;
    }

    private static Admission outcome(Object wire) {
        String w = String.valueOf(wire);
        return switch (w) {
            case "answer_first" -> Admission.ANSWER_FIRST_IN_THREAD;
            case "answer", "repeated_event", "not_followed", "repeated_message", "too_long", "rate_limited" ->
                    Admission.valueOf(w.toUpperCase(Locale.ROOT));
            default -> throw new IllegalStateException("the admission script answered '" + w + "'");
        };
    }
}
