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
import java.io.IOException;
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
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thesisbot.edge.BodyTooLargeException;
import org.thesisbot.edge.BoundedBody;
import org.thesisbot.edge.DrainGate;
import org.thesisbot.edge.ErrorIds;

/**
 * The Javalin &lt;-&gt; Bolt adapter for {@code POST /slack/events} (events, commands and interactivity on
 * one path), built on Bolt's {@link SlackRequestParser} the way Bolt's servlet and Micronaut adapters are.
 *
 * <p>Order of checks, cheapest and safest first: body size (413), Slack's unsigned {@code ssl_check} (200,
 * nothing else done), then signature and timestamp window on the raw bytes (401, before any parsing of
 * untrusted input), then parsing (400), then Bolt. A body that is not the JSON or form it claims to be is
 * a 400; any other failure is a 500 with an error id, since it is a bug and not the caller's fault.
 *
 * <p>The handler reads the body stream itself (to stop at the limit), so nothing mounted before it may
 * consume the body.
 */
public final class SlackEndpoint implements Handler {
    private static final Logger log = LoggerFactory.getLogger(SlackEndpoint.class);

    private final App app;
    private final SignatureCheck guard;
    private final BoundedBody reader;
    private final DrainGate gate;
    private final SlackRequestParser parser;
    private final AfterAck afterAck;

    /** An endpoint whose listeners hand work off at once (no {@link AfterAck} of theirs to release). */
    public SlackEndpoint(App app, SignatureCheck guard, int maxBodyBytes) {
        this(app, guard, maxBodyBytes, new DrainGate(), new AfterAck());
    }

    /**
     * @param gate when draining, every request gets 503 before any ack, so Slack delivers it again later
     * @param afterAck the listeners' hand-off scope, released once the ack is written
     */
    SlackEndpoint(App app, SignatureCheck guard, int maxBodyBytes, DrainGate gate, AfterAck afterAck) {
        this.gate = gate;
        this.afterAck = afterAck;
        this.app = app;
        this.guard = guard;
        this.reader = new BoundedBody(maxBodyBytes);
        this.parser = new SlackRequestParser(app.config());
    }

    @Override
    public void handle(Context ctx) throws IOException {
        Stages.received();   // bench/stages.sh only: free unless stages are recorded
        if (!gate.admit()) {
            // shutting down: not acked, so Slack retries (to the next process or another replica)
            ctx.header("Retry-After", "5").header("Connection", "close");
            error(ctx, 503, "restarting; not acknowledged, deliver again later");
            return;
        }
        try {
            admitted(ctx);
        } finally {
            gate.leave();
        }
    }

    private void admitted(Context ctx) throws IOException {
        byte[] body;
        try {
            body = reader.read(ctx);
        } catch (BodyTooLargeException e) {
            error(ctx, 413, "request body larger than " + e.limit() + " bytes");
            return;
        }
        if (isSslCheck(ctx, body)) {
            // Slack's certificate check comes unsigned (Bolt answers it before verifying, too): 200, nothing else
            ctx.status(200).contentType("text/plain; charset=utf-8").result("");
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
        } catch (JsonParseException | IllegalArgumentException | IllegalStateException e) {
            // Gson's and Bolt's own words for a body that is not the JSON or form it claims to be
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
            } catch (JsonParseException e) {
                // Gson's typed parsing of a payload field of the wrong shape (an object where a string belongs)
                log.info("Refused a Slack payload Bolt could not read: {}", e.toString());
                error(ctx, 400, "malformed payload");
                return;
            } catch (Exception e) {
                // anything else is a bug (ours or Bolt's), never reported as the caller's bad input
                String errorId = ErrorIds.next();
                log.error("Slack request failed [{}]", errorId, e);
                ctx.status(500).contentType("application/json; charset=utf-8")
                        .result("{\"error\":\"internal error\",\"id\":\"" + errorId + "\"}");
                return;
            }
            write(ctx, response);
        } finally {
            afterAck.release();
        }
    }

    /** {@code ssl_check=1} in a form body: Slack checking the certificate of the request URL. */
    static boolean isSslCheck(Context ctx, byte[] body) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")
                || body.length > 4096) {
            return false;
        }
        for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
            if (pair.equals("ssl_check=1")) {
                return true;
            }
        }
        return false;
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
        byte[] body = response.getBody() == null ? new byte[0] : response.getBody().getBytes(StandardCharsets.UTF_8);
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
