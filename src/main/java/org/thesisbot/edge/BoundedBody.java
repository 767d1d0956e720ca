package org.thesisbot.edge;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The one request-body reader of the HTTP edge ({@code /api/ask} and {@code /slack/events}): reads the raw
 * bytes, never more than {@code maxBytes} (a declared Content-Length over it is refused before reading).
 * An oversized body is then read and discarded up to a bound, so the client gets to read the 413
 * instead of a connection reset, and the connection is closed after the response.
 *
 * <p>Handlers that use it must be the only reader of the body (nothing mounted before them may call
 * {@code ctx.body()}).
 */
public final class BoundedBody {
    /** How much of an oversized body is read and discarded at most, so the client sees the 413. */
    private static final long DISCARD_BYTES = 1 << 20;

    private final int maxBytes;

    public BoundedBody(int maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        this.maxBytes = maxBytes;
    }

    public int maxBytes() {
        return maxBytes;
    }

    /**
     * The body's bytes.
     *
     * @throws BodyTooLargeException when it is longer than {@code maxBytes} ({@code Connection: close} is set)
     */
    public byte[] read(Context ctx) throws IOException {
        long declared = ctx.req().getContentLengthLong();
        byte[] buf = new byte[8192];
        try (InputStream in = ctx.req().getInputStream()) {
            if (declared > maxBytes) {
                throw tooLarge(ctx, in, buf);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 256);
            int n;
            while ((n = in.read(buf)) != -1) {
                if (out.size() + n > maxBytes) {
                    throw tooLarge(ctx, in, buf);
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        }
    }

    private BodyTooLargeException tooLarge(Context ctx, InputStream in, byte[] buf) {
        long budget = Math.max(DISCARD_BYTES, 4L * maxBytes);
        try {
            int n;
            while (budget > 0 && (n = in.read(buf)) != -1) {
                budget -= n;
            }
        } catch (IOException ignored) {
            // the client gave up; the 413 still goes out if it can
        }
        ctx.header("Connection", "close");
        return new BodyTooLargeException(maxBytes);
    }
}
