package org.thesisbot.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thesisbot.config.Secrets;
import org.thesisbot.config.Settings;
import org.thesisbot.config.SettingsLoader;
import org.thesisbot.core.api.Telemetry;

/** compose.yaml passes only variables the bot knows, and its Redis URL is one the bot accepts. */
class ComposeFileTest {
    @Test
    void the_compose_file_runs_the_bot_on_the_redis_service_with_known_variables_only() throws Exception {
        JsonNode compose = new ObjectMapper(new YAMLFactory()).readTree(Path.of("compose.yaml").toFile());
        JsonNode bot = compose.path("services").path("thesisbot");
        assertTrue(compose.path("services").has("redis"), "a redis service");
        assertEquals("redis", bot.path("depends_on").get(0).asText());
        Map<String, String> env = new LinkedHashMap<>();
        for (JsonNode e : bot.path("environment")) {
            String s = e.asText();
            int eq = s.indexOf('=');
            env.put(eq < 0 ? s : s.substring(0, eq), eq < 0 ? "set-from-the-shell" : s.substring(eq + 1));
        }
        assertEquals("redis://redis:6379/0", env.get("THESISBOT_REDIS_URL"));
        for (String name : env.keySet()) {
            assertTrue(name.startsWith("THESISBOT_") || List.of("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN",
                    "OPENAI_API_KEY", "ANTHROPIC_API_KEY").contains(name), "unknown variable " + name);
        }
        // every THESISBOT_* variable it passes is accepted at start-up (misspelt ones stop the bot)
        Map<String, String> thesisbot = new LinkedHashMap<>();
        env.forEach((k, v) -> {
            if (k.startsWith("THESISBOT_") && !k.equals("THESISBOT_REDIS_URL")) {
                thesisbot.put(k, v);
            }
        });
        thesisbot.put("THESISBOT_REDIS_URL", env.get("THESISBOT_REDIS_URL"));
        Settings settings = new SettingsLoader().load(Path.of("config", "thesisbot.yaml"), thesisbot);
        Secrets.fromEnv(thesisbot);
        // the URL parses (the bot starts degraded when the host is not there, it does not fail)
        try (StateBackend b = StateBackend.open(settings, env.get("THESISBOT_REDIS_URL"), Clock.systemUTC(), Telemetry.NOOP)) {
            assertTrue(b.redisConfigured());
            assertTrue(b.health().detail().contains("redis://redis:6379/0"), b.health().detail());
        }
    }
}
