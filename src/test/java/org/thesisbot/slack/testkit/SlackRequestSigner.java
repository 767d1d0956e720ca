package org.thesisbot.slack.testkit;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Signs request bodies the way Slack does: {@code v0=} HMAC-SHA256 of {@code v0:{timestamp}:{body}}. */
public final class SlackRequestSigner {
    private final String signingSecret;

    public SlackRequestSigner(String signingSecret) {
        this.signingSecret = signingSecret;
    }

    public String sign(long timestampSeconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(("v0:" + timestampSeconds + ":").getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public String sign(long timestampSeconds, String body) {
        return sign(timestampSeconds, body.getBytes(StandardCharsets.UTF_8));
    }
}
