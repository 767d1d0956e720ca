package org.thesisbot.slack;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks that an HTTP request comes from Slack, before anything parses it: the v0 HMAC-SHA256 signature
 * over {@code v0:{timestamp}:{raw body bytes}}, compared in constant time, and a timestamp no more than
 * five minutes old <em>or in the future</em> (Bolt only rejects old ones). Bolt's own check still runs
 * after this one.
 */
public final class SlackRequestGuard {
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

    public SlackRequestGuard(String signingSecret, Clock clock) {
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
