package org.thesisbot.state;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import redis.clients.jedis.CommandObject;
import redis.clients.jedis.Connection;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.DefaultJedisSocketFactory;
import redis.clients.jedis.PushConsumerChain;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.util.RedisInputStream;

/**
 * One blocking connection to Redis (Jedis' {@link Connection}), <b>driven by the threads that use it</b>: no event
 * loop, no I/O thread. {@link #send} writes a command and returns at once; its reply is read by whichever thread
 * {@link #await awaits} it, or a reply sent after it, on this connection (replies come in the order the commands
 * were sent), or by {@link #drain}. So the thread that answers a question writes its commands and reads their
 * replies on its own socket, and nothing else on the replica's core is woken for them.
 *
 * <p>Writing and reading hold separate locks: a command can be sent behind one whose reply is being waited for.
 * Each command has a deadline (sent + its timeout); a read that reaches it, or any fault of the connection,
 * closes the connection for good (a reply read halfway would leave the stream unaligned) and fails every command
 * still owed a reply on it: with {@link Lost} (timed out: it may have run) or the fault. A closed connection is
 * never reopened: the pool opens a new one ({@link Redis}). An error reply (e.g. {@code NOSCRIPT}) fails its own
 * command only.
 */
final class Wire extends Connection {
    /** A command whose reply did not come in time, or was lost with its connection: it may have run, or not. */
    static final class Lost extends RuntimeException {
        Lost(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * A command not sent because this connection had been closed (by a fault of another command on it, after it was
     * picked): nothing of it reached Redis, so it can go on another connection.
     */
    static final class Closed extends JedisConnectionException {
        Closed(Throwable cause) {
            super("connection closed", cause);
        }
    }

    /** A command sent: its reply once read. */
    static final class Sent<T> {
        final CompletableFuture<T> reply = new CompletableFuture<>();
        final long sentNanos = System.nanoTime();
        private final redis.clients.jedis.Builder<T> builder;
        final long deadlineNanos;

        private Sent(redis.clients.jedis.Builder<T> builder, long timeoutNanos) {
            this.builder = builder;
            this.deadlineNanos = sentNanos + timeoutNanos;
        }

        private void complete(Object raw) {
            T value;
            try {
                value = builder.build(raw);
            } catch (RuntimeException e) {
                reply.completeExceptionally(e);
                return;
            }
            reply.complete(value);
        }
    }

    private final long timeoutNanos;
    private final ReentrantLock writing = new ReentrantLock();
    private final ReentrantLock reading = new ReentrantLock();
    private final ConcurrentLinkedQueue<Sent<?>> owed = new ConcurrentLinkedQueue<>();
    private final AtomicInteger owing = new AtomicInteger();
    /** Set by the first connect (in Jedis' constructor, before this class' own fields are set): never reconnect. */
    private boolean opened;
    private volatile boolean closed;
    private volatile long lastSentNanos = System.nanoTime();
    /** The deadline of the last command sent. */
    private volatile long lastDeadlineNanos = System.nanoTime();
    /** The fault that closed this connection (the first one). */
    private RuntimeException closedBy;
    /** Whether the last {@link #readNext} found no byte of its reply in yet (and so waited for Redis). */
    private boolean waitedForBytes;

    /**
     * Connects and, with {@code config}'s credentials and database, logs in (Jedis' handshake, bounded by the
     * config's socket timeout); throws Jedis' exceptions when that fails.
     *
     * @param timeout each command's own timeout on this connection
     */
    Wire(HostAndPort where, JedisClientConfig config, java.time.Duration timeout) {
        super(new DefaultJedisSocketFactory(where, config), config);
        this.timeoutNanos = timeout.toNanos();
    }

    @Override
    public void connect() {
        if (opened && !isConnected()) {
            throw new JedisConnectionException("connection closed");   // a closed wire stays closed: the pool opens another
        }
        super.connect();
        opened = true;
    }

    /** Sends {@code command} (written and flushed) with this connection's timeout; its reply is read later. */
    <T> Sent<T> send(CommandObject<T> command) {
        return send(command, timeoutNanos);
    }

    /**
     * Sends {@code command} with its own timeout; throws {@link Closed} when the connection was closed before it was
     * written, Jedis' exception when the write fails.
     */
    <T> Sent<T> send(CommandObject<T> command, long timeoutNanos) {
        writing.lock();
        try {
            if (closed) {
                throw new Closed(closedBy);
            }
            Sent<T> s = new Sent<>(command.getBuilder(), timeoutNanos);
            lastSentNanos = s.sentNanos;
            lastDeadlineNanos = s.deadlineNanos;
            owed.add(s);   // in the order of the wire: the writing lock is held
            owing.incrementAndGet();
            try {
                sendCommand(command.getArguments());
                flush();
            } catch (RuntimeException e) {
                boolean before = closed;   // closed by another thread meanwhile: the command did not reach Redis
                close(e);
                throw before ? new Closed(e) : e;
            }
            return s;
        } finally {
            writing.unlock();
        }
    }

    /**
     * Reads replies, in order, until {@code reply} is complete (at once when it is), on the calling thread. Each read
     * may wait until the later of {@code deadlineNanos} (the awaited command's) and the deadline of the command it reads:
     * a reply owed ahead of the awaited one that comes after its own deadline (a write nobody waited for, on a busy
     * machine) is read while the awaited command still has time, rather than costing it the connection.
     *
     * @return true when this thread waited for Redis: a reply it read was not in yet when it began to read it
     */
    boolean await(CompletableFuture<?> reply, long deadlineNanos) {
        boolean waited = false;
        while (!reply.isDone()) {
            reading.lock();
            try {
                if (!reply.isDone()) {
                    if (owed.isEmpty()) {
                        throw new IllegalStateException("a reply awaited on a connection that owes none");
                    }
                    readNext(deadlineNanos);
                    waited |= waitedForBytes;
                }
            } finally {
                reading.unlock();
            }
        }
        return waited;
    }

    /**
     * Reads the replies owed to commands nobody waits for (writes sent and left), unless another thread is reading:
     * at most {@code max} of them, in order. With {@code dueOnly}, only those whose deadline has passed; each read may
     * wait until the deadline of the last command sent on this connection (one late reply does not cost the connection
     * while a command behind it still has time; see {@link #await}).
     */
    void drain(int max, boolean dueOnly) {
        if (!reading.tryLock()) {
            return;
        }
        try {
            for (int i = 0; i < max; i++) {
                Sent<?> head = owed.peek();
                if (head == null || dueOnly && head.deadlineNanos - System.nanoTime() > 0) {
                    return;
                }
                readNext(lastDeadlineNanos);
            }
        } finally {
            reading.unlock();
        }
    }

    /** Each command's own timeout on this connection, in nanoseconds. */
    long timeoutNanos() {
        return timeoutNanos;
    }

    /** Replies owed: commands sent whose reply has not been read. */
    int owing() {
        return owing.get();
    }

    boolean open() {
        return !closed;
    }

    /** When the last command was sent on this connection ({@link System#nanoTime}). */
    long lastSentNanos() {
        return lastSentNanos;
    }

    /** Closes the connection at once; commands still owed a reply fail with {@link Lost}. */
    @Override
    public void close() {
        close(new JedisConnectionException("connection closed"));
    }

    /**
     * Reads the next reply, within its command's deadline or {@code awaitedDeadlineNanos}, whichever is later (the
     * reading lock is held).
     */
    private void readNext(long awaitedDeadlineNanos) {
        Sent<?> head = owed.peek();
        long left = Math.max(head.deadlineNanos - System.nanoTime(), awaitedDeadlineNanos - System.nanoTime());
        try {
            setSoTimeout((int) Math.max(1, TimeUnit.NANOSECONDS.toMillis(left + 999_999)));
            Object raw = readProtocolWithCheckingBroken();
            owed.poll();
            owing.decrementAndGet();
            head.complete(raw);
        } catch (JedisDataException e) {   // an error reply, read whole: the stream is still aligned
            owed.poll();
            owing.decrementAndGet();
            head.reply.completeExceptionally(e);
        } catch (RuntimeException e) {
            close(e);
        }
    }

    @Override
    protected Object protocolRead(RedisInputStream is, PushConsumerChain consumer) {
        try {
            waitedForBytes = is.available() == 0;
        } catch (IOException e) {
            waitedForBytes = true;
        }
        return super.protocolRead(is, consumer);
    }

    /**
     * Closes the socket; the commands still owed a reply fail now when no thread is reading, else when that reader
     * finds the socket closed (its read fails, and it comes here with the first cause).
     */
    private void close(RuntimeException cause) {
        synchronized (this) {
            if (closedBy == null) {
                closedBy = cause;
            }
        }
        closed = true;
        try {
            forceDisconnect();
        } catch (IOException | RuntimeException e) {
            // closing is all that is left to do
        }
        if (!reading.tryLock()) {
            return;
        }
        try {
            RuntimeException first = closedBy;
            // a timed-out command, and every one sent behind it, may have run: the caller settles it
            RuntimeException fault = first.getCause() instanceof SocketTimeoutException ? new Lost("no reply in time", first) : first;
            for (Sent<?> s; (s = owed.poll()) != null; ) {
                owing.decrementAndGet();
                s.reply.completeExceptionally(fault);
            }
        } finally {
            reading.unlock();
        }
    }
}
