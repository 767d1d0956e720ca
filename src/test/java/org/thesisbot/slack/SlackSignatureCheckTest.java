package org.thesisbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.thesisbot.slack.SlackEndpoint.SignatureCheck;
import org.thesisbot.slack.SlackEndpoint.SignatureCheck.Verdict;
import org.thesisbot.slack.testkit.MutableClock;
import org.thesisbot.slack.testkit.SlackRequestSigner;

class SlackSignatureCheckTest {
    private final MutableClock clock = new MutableClock(Instant.ofEpochSecond(1_710_000_000));
    private final SignatureCheck guard = new SignatureCheck("s3cret", clock);
    private final SlackRequestSigner signer = new SlackRequestSigner("s3cret");
    private final byte[] body = "{\"type\":\"event_callback\",\"text\":\"é\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void accepts_slacks_own_example_signature() {
        // The example from Slack's "Verifying requests" documentation.
        SignatureCheck slack = new SignatureCheck("8f742231b10e8888abcd99yyyzzz85a5",
                new MutableClock(Instant.ofEpochSecond(1531420618)));
        String docBody = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V"
                + "&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text="
                + "&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN"
                + "&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
        assertEquals(Verdict.OK, slack.check("1531420618",
                "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", docBody.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void accepts_a_correct_signature_within_five_minutes_either_way() {
        long now = 1_710_000_000;
        for (long ts : new long[] {now, now - 299, now + 299}) {
            assertEquals(Verdict.OK, guard.check(String.valueOf(ts), signer.sign(ts, body), body));
        }
    }

    @Test
    void refuses_old_and_future_timestamps() {
        long now = 1_710_000_000;
        assertEquals(Verdict.STALE_TIMESTAMP, guard.check(String.valueOf(now - 301), signer.sign(now - 301, body), body));
        assertEquals(Verdict.STALE_TIMESTAMP, guard.check(String.valueOf(now + 301), signer.sign(now + 301, body), body));
        assertEquals(Verdict.STALE_TIMESTAMP, guard.check("yesterday", "v0=00", body));
    }

    @Test
    void refuses_a_tampered_body_a_wrong_secret_and_missing_headers() {
        long now = 1_710_000_000;
        String sig = signer.sign(now, body);
        byte[] tampered = "{\"type\":\"event_callback\",\"text\":\"e\"}".getBytes(StandardCharsets.UTF_8);
        assertEquals(Verdict.BAD_SIGNATURE, guard.check(String.valueOf(now), sig, tampered));
        assertEquals(Verdict.BAD_SIGNATURE, guard.check(String.valueOf(now), new SlackRequestSigner("other").sign(now, body), body));
        assertEquals(Verdict.BAD_SIGNATURE, guard.check(String.valueOf(now), sig.substring(0, sig.length() - 1), body));
        assertEquals(Verdict.MISSING_HEADERS, guard.check(null, sig, body));
        assertEquals(Verdict.MISSING_HEADERS, guard.check(String.valueOf(now), "", body));
        clock.advance(Duration.ofMinutes(6));
        assertEquals(Verdict.STALE_TIMESTAMP, guard.check(String.valueOf(now), sig, body), "a replay after the window");
    }
}
