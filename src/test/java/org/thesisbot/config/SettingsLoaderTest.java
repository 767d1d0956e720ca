package org.thesisbot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsLoaderTest {
    private final SettingsLoader loader = new SettingsLoader();
    private final Path shipped = Path.of("config", "thesisbot.yaml");

    @Test
    void the_shipped_settings_load_with_sensible_defaults() {
        Settings s = loader.load(shipped, Map.of());
        assertEquals(3000, s.server().port());
        assertEquals("/scenario", s.slack().command());
        assertEquals(20, s.slack().rateLimitPerMinute());
        assertTrue(s.slack().followUps());
        assertEquals("auto", s.llm().provider());
        assertEquals(20, s.llm().deadlineSeconds());
        assertEquals(4, s.slack().suggestedPrompts().size());
    }

    @Test
    void environment_variables_override_settings() {
        Settings s = loader.load(shipped, Map.of("PORT", "8081", "THESISBOT_LLM_MODEL", "llama3.1",
                "THESISBOT_SLACK_FOLLOW_UPS", "false", "THESISBOT_SLACK_RATE_LIMIT_PER_MINUTE", "5",
                "THESISBOT_API_TOKEN", "not-a-setting"));
        assertEquals(8081, s.server().port());
        assertEquals("llama3.1", s.llm().model());
        assertFalse(s.slack().followUps());
        assertEquals(5, s.slack().rateLimitPerMinute());
    }

    @Test
    void a_misspelt_override_is_named() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> loader.load(shipped, Map.of("THESISBOT_LLM_MODLE", "x")));
        assertTrue(e.getMessage().startsWith("THESISBOT_LLM_MODLE does not name a setting"), e.getMessage());
    }

    @Test
    void a_misspelt_api_token_variable_stops_start_up_instead_of_leaving_the_api_open() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> loader.load(shipped, Map.of("THESISBOT_API_TOKN", "s3cret-token")));
        assertTrue(e.getMessage().startsWith("THESISBOT_API_TOKN is not a thesisbot variable"), e.getMessage());
        assertTrue(e.getMessage().contains("did you mean THESISBOT_API_TOKEN?"), e.getMessage());
        assertFalse(e.getMessage().contains("s3cret-token"), "the value is never echoed");
    }

    @Test
    void every_unknown_thesisbot_variable_stops_start_up() {
        for (String name : new String[] {"THESISBOT_FOO", "THESISBOT_LOGLEVEL", "THESISBOT_REDIS_URI", "THESISBOT_"}) {
            ConfigException e = assertThrows(ConfigException.class, () -> loader.load(shipped, Map.of(name, "x")), name);
            assertTrue(e.getMessage().startsWith(name + " is not a thesisbot variable"), e.getMessage());
        }
        ConfigException near = assertThrows(ConfigException.class,
                () -> loader.load(shipped, Map.of("THESISBOT_LOGLEVEL", "DEBUG")));
        assertTrue(near.getMessage().contains("did you mean THESISBOT_LOG_LEVEL?"), near.getMessage());
        // the variables that are not settings are still accepted, and other prefixes are none of our business
        loader.load(shipped, Map.of("THESISBOT_HOME", "/app", "THESISBOT_LOG_LEVEL", "DEBUG", "THESISBOT_API_TOKEN", "t",
                "THESISBOT_REDIS_URL", "redis://127.0.0.1:6379/0", "THESISBOTX", "1", "MY_THESISBOT_FOO", "1"));
    }

    @Test
    void the_bind_address_defaults_to_this_machine_unless_slack_must_reach_it_over_http() {
        Settings s = loader.load(shipped, Map.of());
        assertEquals("127.0.0.1", s.server().bindAddress(false));
        assertEquals("0.0.0.0", s.server().bindAddress(true));
        Settings set = loader.load(shipped, Map.of("THESISBOT_SERVER_HOST", "10.1.2.3"));
        assertEquals("10.1.2.3", set.server().bindAddress(false));
        assertEquals("10.1.2.3", set.server().bindAddress(true));
        ConfigException bad = assertThrows(ConfigException.class,
                () -> loader.load(shipped, Map.of("THESISBOT_SERVER_HOST", "http://0.0.0.0")));
        assertTrue(bad.getMessage().contains("server.host must be an IP address or host name"), bad.getMessage());
    }

    @Test
    void the_new_limits_have_their_defaults_and_ranges() {
        Settings s = loader.load(shipped, Map.of());
        assertEquals(20, s.server().drainSeconds());
        assertEquals(8, s.server().askWorkers());
        assertEquals(32, s.server().askQueue());
        assertEquals(6000, s.llm().maxAnswerChars());
        ConfigException e = assertThrows(ConfigException.class,
                () -> loader.load(shipped, Map.of("THESISBOT_SERVER_DRAIN_SECONDS", "0")));
        assertTrue(e.getMessage().contains("server.drain_seconds must be 1..600"), e.getMessage());
    }

    @Test
    void a_bad_value_is_named() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> loader.load(shipped, Map.of("THESISBOT_LLM_PROVIDER", "gemini")));
        assertTrue(e.getMessage().contains("llm.provider must be auto, none, openai, anthropic or ollama (got 'gemini')"),
                e.getMessage());
        ConfigException port = assertThrows(ConfigException.class, () -> loader.load(shipped, Map.of("PORT", "abc")));
        assertTrue(port.getMessage().contains("thesisbot.yaml"), port.getMessage());
    }

    @Test
    void unknown_keys_and_missing_files_are_named(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("thesisbot.yaml");
        Files.writeString(f, Files.readString(shipped).replace("  top_k:", "  topk:"));
        ConfigException e = assertThrows(ConfigException.class, () -> loader.load(f, Map.of()));
        assertTrue(e.getMessage().contains("unknown setting 'topk'"), e.getMessage());
        ConfigException missing = assertThrows(ConfigException.class, () -> loader.load(dir.resolve("x.yaml"), Map.of()));
        assertTrue(missing.getMessage().startsWith("config file not found: "), missing.getMessage());
    }

    @Test
    void secrets_never_print_their_values() {
        Secrets s = Secrets.fromEnv(Map.of("SLACK_BOT_TOKEN", "xoxb-very-secret", "SLACK_SIGNING_SECRET", "shh",
                "OPENAI_API_KEY", "sk-secret"));
        assertFalse(s.toString().contains("xoxb-very-secret"));
        assertFalse(s.toString().contains("sk-secret"));
        assertFalse(s.toString().contains("shh"));
        assertTrue(s.slackEnabled());
        assertFalse(Secrets.fromEnv(Map.of("SLACK_BOT_TOKEN", "  ")).slackEnabled());
    }
}
