package org.thesisbot.slack;

import com.google.gson.JsonParseException;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Javalin &lt;-&gt; Bolt adapter for {@code POST /slack/events} (events, commands and interactivity on
 * one path), built on Bolt's {@link SlackRequestParser} the way Bolt's servlet and Micronaut adapters are.
 *
 * <p>Order of checks, cheapest and safest first: body size (413), then signature and timestamp window on
 * the raw bytes (401, before any parsing of untrusted input), then parsing (400), then Bolt. A body that
 * Bolt cannot make sense of is a 400, never a 500.
 *
 * <p>The handler reads the body stream itself (to stop at the limit), so nothing mounted before it may
 * consume the body.
 */
public final class SlackEndpoint implements Handler {
    private static final Logger log = LoggerFactory.getLogger(SlackEndpoint.class);
    private static final byte[] EMPTY = new byte[0];

    private final App app;
    private final SignatureCheck guard;
    private final int maxBodyBytes;
    private final SlackRequestParser parser;
    private final AfterAck afterAck;

    /** An endpoint whose listeners hand work off at once (no {@link AfterAck} of theirs to release). */
    public SlackEndpoint(App app, SignatureCheck guard, int maxBodyBytes) {
        this(app, guard, maxBodyBytes, new AfterAck());
    }

    SlackEndpoint(App app, SignatureCheck guard, int maxBodyBytes, AfterAck afterAck) {
        this.app = app;
        this.guard = guard;
        this.maxBodyBytes = maxBodyBytes;
        this.parser = new SlackRequestParser(app.config());
        this.afterAck = afterAck;
    }

    @Override
    public void handle(Context ctx) throws IOException {
        if (ctx.req().getContentLengthLong() > maxBodyBytes) {
            error(ctx, 413, "request body larger than " + maxBodyBytes + " bytes");
            return;
        }
        byte[] body = readAtMost(ctx.bodyInputStream(), maxBodyBytes);
        if (body == null) {
            error(ctx, 413, "request body larger than " + maxBodyBytes + " bytes");
            return;
        }
        SignatureCheck.Verdict verdict = guard.check(
                ctx.header("X-Slack-Request-Timestamp"), ctx.header("X-Slack-Signature"), body);
        if (verdict != SignatureCheck.Verdict.OK) {
            log.info("Refused a Slack request from {}: {}", ctx.ip(), verdict.reason());
            error(ctx, 401, verdict.reason());
            return;
        }
        Request<?> request;
        try {
            request = parser.parse(SlackRequestParser.HttpRequest.builder()
                    .requestUri(ctx.path())
                    .queryString(ctx.queryParamMap())
                    .headers(new RequestHeaders(headers(ctx)))
                    .requestBody(new String(body, StandardCharsets.UTF_8))
                    .remoteAddress(ctx.ip())
                    .build());
        } catch (RuntimeException e) {
            log.info("Refused a malformed Slack request: {}", e.toString());
            error(ctx, 400, "malformed request body");
            return;
        }
        if (request == null) {
            error(ctx, 400, "not a Slack request this endpoint understands");
            return;
        }
        // Work the listeners hand off reaches the worker pools only after the ack is written (AfterAck).
        afterAck.open();
        try {
            Response response;
            try {
                response = app.run(request);
            } catch (JsonParseException | IllegalStateException | IllegalArgumentException | ClassCastException
                     | NullPointerException | IndexOutOfBoundsException e) {
                // Bolt's typed parsing of a payload whose shape it does not expect (a field of the wrong type
                // or missing). Our listeners catch their own failures, so this is the payload, not us.
                log.info("Refused a Slack payload Bolt could not read: {}", e.toString());
                error(ctx, 400, "malformed payload");
                return;
            } catch (Exception e) {
                String errorId = String.format("e-%08x", ThreadLocalRandom.current().nextInt());
                log.error("Slack request failed [{}]", errorId, e);
                error(ctx, 500, "internal error " + errorId);
                return;
            }
            write(ctx, response);
        } finally {
            afterAck.release();
        }
    }

    /**
     * Writes Bolt's response and completes it, so the ack is on the wire before {@link AfterAck} wakes any
     * worker. Written straight to the servlet stream: Javalin would copy a result through a fresh 8 KB buffer
     * per response, and only after this handler returned.
     */
    private static void write(Context ctx, Response response) throws IOException {
        HttpServletResponse res = ctx.res();
        res.setStatus(response.getStatusCode() == null ? 200 : response.getStatusCode());
        if (response.getHeaders() != null) {
            for (Map.Entry<String, List<String>> h : response.getHeaders().entrySet()) {
                for (String value : h.getValue()) {
                    res.addHeader(h.getKey(), value);
                }
            }
        }
        if (response.getContentType() != null) {
            res.setContentType(response.getContentType());
        }
        byte[] body = response.getBody() == null ? EMPTY : response.getBody().getBytes(StandardCharsets.UTF_8);
        res.setContentLength(body.length);
        try (ServletOutputStream out = res.getOutputStream()) {
            out.write(body);
        }
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status).contentType("application/json; charset=utf-8")
                .result("{\"error\":\"" + message.replace("\"", "'") + "\"}");
    }

    private static Map<String, List<String>> headers(Context ctx) {
        Map<String, List<String>> headers = new HashMap<>();
        for (String name : Collections.list(ctx.req().getHeaderNames())) {
            headers.put(name, Collections.list(ctx.req().getHeaders(name)));
        }
        return headers;
    }

    /** The body, or null when it is longer than {@code max} bytes (reading stops right after the limit). */
    static byte[] readAtMost(InputStream in, int max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(max, 8192));
        byte[] buf = new byte[8192];
        int total = 0;
        int n;
        while ((n = in.read(buf)) != -1) {
            total += n;
            if (total > max) {
                return null;
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    /**
     * Checks that an HTTP request comes from Slack, before anything parses it: the v0 HMAC-SHA256 signature
     * over {@code v0:{timestamp}:{raw body bytes}}, compared in constant time, and a timestamp no more than
     * five minutes old <em>or in the future</em> (Bolt only rejects old ones). Bolt's own check still runs
     * after this one.
     */
    public static final class SignatureCheck {
        static final long WINDOW_SECONDS = 300;
        private static final String ALGORITHM = "HmacSHA256";

        /** Why a request was refused; the message is safe to return to the caller. */
        public enum Verdict {
            OK(null),
            MISSING_HEADERS("missing X-Slack-Signature or X-Slack-Request-Timestamp"),
            STALE_TIMESTAMP("timestamp outside the 5-minute window"),
            BAD_SIGNATURE("invalid signature");

            private final String reason;

            Verdict(String reason) {
                this.reason = reason;
            }

            public String reason() {
                return reason;
            }
        }

        private final SecretKeySpec key;
        private final Clock clock;

        public SignatureCheck(String signingSecret, Clock clock) {
            if (signingSecret == null || signingSecret.isBlank()) {
                throw new IllegalArgumentException("a signing secret is required");
            }
            this.key = new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
            this.clock = clock;
        }

        public Verdict check(String timestamp, String signature, byte[] body) {
            if (timestamp == null || signature == null || timestamp.isBlank() || signature.isBlank()) {
                return Verdict.MISSING_HEADERS;
            }
            long ts;
            try {
                ts = Long.parseLong(timestamp.trim());
            } catch (NumberFormatException e) {
                return Verdict.STALE_TIMESTAMP;
            }
            long now = clock.millis() / 1000;
            if (Math.abs(now - ts) > WINDOW_SECONDS) {
                return Verdict.STALE_TIMESTAMP;
            }
            byte[] expected = ("v0=" + HexFormat.of().formatHex(hmac(timestamp.trim(), body))).getBytes(StandardCharsets.US_ASCII);
            byte[] given = signature.trim().getBytes(StandardCharsets.US_ASCII);
            return MessageDigest.isEqual(expected, given) ? Verdict.OK : Verdict.BAD_SIGNATURE;
        }

        private byte[] hmac(String timestamp, byte[] body) {
            try {
                Mac mac = Mac.getInstance(ALGORITHM);
                mac.init(key);
                mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.US_ASCII));
                return mac.doFinal(body);
            } catch (NoSuchAlgorithmException | InvalidKeyException e) {
                throw new IllegalStateException("HmacSHA256 unavailable", e);
            }
        }
    }
}
