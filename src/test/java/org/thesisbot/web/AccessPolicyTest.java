package org.thesisbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.thesisbot.config.Secrets;
import org.thesisbot.config.Settings;
import org.thesisbot.config.SettingsLoader;

class AccessPolicyTest {
    private static final AccessPolicy LOCAL_ONLY = new AccessPolicy(AccessPolicy.Mode.LOCAL_ONLY, null);

    private static AccessPolicy.Caller from(String ip, String host) {
        return new AccessPolicy.Caller(null, ip, host, false, null);
    }

    private static AccessPolicy.Mode mode(Map<String, String> env) {
        Settings settings = new SettingsLoader().load(Path.of("config/thesisbot.yaml"), env);
        return AccessPolicy.from(settings, Secrets.fromEnv(env)).mode();
    }

    @Test
    void mode_follows_slack_tokens_api_token_and_llm_configuration() {
        assertEquals(AccessPolicy.Mode.OPEN, mode(Map.of()));
        assertEquals(AccessPolicy.Mode.LOCAL_ONLY, mode(Map.of("OPENAI_API_KEY", "sk-x")));
        assertEquals(AccessPolicy.Mode.LOCAL_ONLY, mode(Map.of("ANTHROPIC_API_KEY", "sk-ant-x")));
        assertEquals(AccessPolicy.Mode.LOCAL_ONLY, mode(Map.of("THESISBOT_LLM_PROVIDER", "ollama")));
        assertEquals(AccessPolicy.Mode.OPEN, mode(Map.of("OPENAI_API_KEY", "sk-x", "THESISBOT_LLM_PROVIDER", "none")));
        assertEquals(AccessPolicy.Mode.OFF, mode(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xapp-1")));
        assertEquals(AccessPolicy.Mode.TOKEN, mode(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "THESISBOT_API_TOKEN", "t")));
        assertEquals(AccessPolicy.Mode.TOKEN, mode(Map.of("THESISBOT_API_TOKEN", "t")));
    }

    @Test
    void same_machine_means_loopback_address_and_loopback_host_and_no_proxy() {
        assertTrue(LOCAL_ONLY.check(from("127.0.0.1", "localhost:3000")).isEmpty());
        assertTrue(LOCAL_ONLY.check(from("[0:0:0:0:0:0:0:1]", "[::1]:3000")).isEmpty());
        assertTrue(LOCAL_ONLY.check(from("127.0.0.1", "127.0.0.1:3000")).isEmpty());
        assertEquals(403, LOCAL_ONLY.check(from("192.168.1.20", "localhost:3000")).orElseThrow().status());
        // DNS rebinding: a page on evil.example resolved to 127.0.0.1 still sends its own Host.
        assertEquals(403, LOCAL_ONLY.check(from("127.0.0.1", "evil.example:3000")).orElseThrow().status());
        assertEquals(403, LOCAL_ONLY.check(from("127.0.0.1", "localhost.evil.example")).orElseThrow().status());
        assertEquals(403, LOCAL_ONLY.check(from("127.0.0.1", null)).orElseThrow().status());
        assertEquals(403, LOCAL_ONLY.check(new AccessPolicy.Caller(null, "127.0.0.1", "localhost", true, null))
                .orElseThrow().status());
        assertEquals(403, LOCAL_ONLY.check(from("localhost", "localhost")).orElseThrow().status(),
                "names are never resolved");
    }

    @Test
    void bearer_token_is_checked_exactly() {
        AccessPolicy p = new AccessPolicy(AccessPolicy.Mode.TOKEN, "abc123");
        assertTrue(p.check(new AccessPolicy.Caller("Bearer abc123", "10.0.0.1", "bot", false, null)).isEmpty());
        assertTrue(p.check(new AccessPolicy.Caller("  BEARER   abc123 ", "10.0.0.1", "bot", false, null)).isEmpty());
        for (String h : new String[] {null, "", "Bearer", "Bearer ", "Bearer abc", "Bearer abc1234", "Bearerabc123",
                "Token abc123", "abc123"}) {
            Optional<AccessPolicy.Denial> d = p.check(new AccessPolicy.Caller(h, "10.0.0.1", "bot", false, null));
            assertEquals(401, d.orElseThrow().status(), String.valueOf(h));
            assertFalse(d.get().message().contains("abc123"));
        }
    }

    @Test
    void cross_site_and_same_site_browser_requests_are_refused_in_every_mode() {
        for (AccessPolicy p : new AccessPolicy[] {new AccessPolicy(AccessPolicy.Mode.OPEN, null),
                new AccessPolicy(AccessPolicy.Mode.TOKEN, "t")}) {
            assertEquals(403, p.check(new AccessPolicy.Caller("Bearer t", "127.0.0.1", "localhost", false, "cross-site"))
                    .orElseThrow().status());
            assertEquals(403, p.check(new AccessPolicy.Caller("Bearer t", "127.0.0.1", "localhost", false, "same-site"))
                    .orElseThrow().status());
            assertTrue(p.check(new AccessPolicy.Caller("Bearer t", "127.0.0.1", "localhost", false, "same-origin")).isEmpty());
            assertTrue(p.check(new AccessPolicy.Caller("Bearer t", "127.0.0.1", "localhost", false, "none")).isEmpty());
        }
    }
}
