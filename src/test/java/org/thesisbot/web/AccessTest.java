package org.thesisbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.thesisbot.web.ApiTest.ask;
import static org.thesisbot.web.ApiTest.assertError;
import static org.thesisbot.web.ApiTest.post;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who may call /api/ask and load the playground, over real HTTP. */
class AccessTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Map<String, String> SLACK = Map.of("SLACK_BOT_TOKEN", "xoxb-test-token",
            "SLACK_SIGNING_SECRET", "test-signing-secret");

    private static Map<String, String> plus(Map<String, String> a, String k, String v) {
        java.util.HashMap<String, String> m = new java.util.HashMap<>(a);
        m.put(k, v);
        return m;
    }

    private static HttpResponse<String> get(TestServer s, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(s.uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void in_local_mode_the_api_and_playground_are_open() throws Exception {
        try (TestServer s = TestServer.local(TestAssistants.create())) {
            assertEquals(200, post(s, ask("What stake would $50B buy?")).statusCode());
            assertEquals(200, get(s, "/").statusCode());
        }
    }

    @Test
    void serving_slack_without_an_api_token_turns_the_api_and_playground_off() throws Exception {
        try (TestServer s = TestServer.withEnv(SLACK, TestAssistants.create())) {
            HttpResponse<String> r = post(s, ask("What stake would $50B buy?"));
            assertError(r, 403);
            assertTrue(r.body().contains("THESISBOT_API_TOKEN"), r.body());
            // Even a bearer header cannot open it: there is no token to match.
            assertError(post(s, ask("What stake would $50B buy?"), "Authorization", "Bearer anything"), 403);
            HttpResponse<String> page = get(s, "/");
            assertEquals(403, page.statusCode());
            assertTrue(page.body().contains("THESISBOT_API_TOKEN"));
            assertEquals(200, get(s, "/health").statusCode(), "health stays open");
        }
    }

    @Test
    void serving_slack_with_an_api_token_requires_the_bearer_token() throws Exception {
        try (TestServer s = TestServer.withEnv(plus(SLACK, "THESISBOT_API_TOKEN", "s3cret-api-token"),
                TestAssistants.create())) {
            HttpResponse<String> none = post(s, ask("What stake would $50B buy?"));
            assertError(none, 401);
            assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
            assertError(post(s, ask("What stake would $50B buy?"), "Authorization", "Bearer wrong"), 401);
            assertError(post(s, ask("What stake would $50B buy?"), "Authorization", "Bearer s3cret-api-token-longer"), 401);
            assertError(post(s, ask("What stake would $50B buy?"), "Authorization", "Basic s3cret-api-token"), 401);
            assertError(post(s, ask("What stake would $50B buy?"), "Authorization", "s3cret-api-token"), 401);
            assertEquals(200, post(s, ask("What stake would $50B buy?"), "Authorization", "Bearer s3cret-api-token").statusCode());
            assertEquals(200, post(s, ask("What stake would $50B buy?"), "Authorization", "bearer s3cret-api-token").statusCode());
            assertEquals(200, get(s, "/").statusCode(), "the page itself holds no data; it asks for the token");
            assertTrue(!none.body().contains("s3cret"), "the token is never echoed");
        }
    }

    @Test
    void an_api_token_set_in_local_mode_is_required_too() throws Exception {
        try (TestServer s = TestServer.withEnv(Map.of("THESISBOT_API_TOKEN", "local-token"), TestAssistants.create())) {
            assertError(post(s, ask("What stake would $50B buy?")), 401);
            assertEquals(200, post(s, ask("What stake would $50B buy?"), "Authorization", "Bearer local-token").statusCode());
        }
    }

    @Test
    void with_an_llm_key_and_no_token_only_callers_on_this_machine_get_answers() throws Exception {
        try (TestServer s = TestServer.withEnv(Map.of("OPENAI_API_KEY", "sk-test-key"), TestAssistants.create())) {
            assertEquals(200, post(s, ask("What stake would $50B buy?")).statusCode(), "loopback caller");
            HttpResponse<String> proxied = post(s, ask("What stake would $50B buy?"), "X-Forwarded-For", "203.0.113.9");
            assertError(proxied, 403);
            assertTrue(proxied.body().contains("THESISBOT_API_TOKEN"));
        }
    }
}
