package org.thesisbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.thesisbot.config.Settings;
import org.thesisbot.config.SettingsLoader;

/** The manifest must ask for what the app uses, and agree with the config. */
class SlackManifestTest {
    private final JsonNode manifest = read();

    private static JsonNode read() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(new File("config/slack-manifest.yaml"));
        } catch (Exception e) {
            throw new AssertionError("config/slack-manifest.yaml is not valid YAML", e);
        }
    }

    private static List<String> list(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.forEach(x -> out.add(x.asText()));
        return out;
    }

    @Test
    void subscribes_to_every_event_the_listeners_handle() {
        assertEquals(List.of("app_mention", "message.im", "message.channels", "message.groups", "message.mpim",
                "assistant_thread_started", "assistant_thread_context_changed"),
                list(manifest.at("/settings/event_subscriptions/bot_events")));
    }

    @Test
    void asks_for_the_scopes_those_events_and_calls_need() {
        List<String> scopes = list(manifest.at("/oauth_config/scopes/bot"));
        for (String s : List.of("app_mentions:read", "assistant:write", "channels:history", "chat:write", "commands",
                "files:write", "groups:history", "im:history", "mpim:history")) {
            assertTrue(scopes.contains(s), "missing scope " + s);
        }
    }

    @Test
    void the_slash_command_matches_the_config_and_everything_posts_to_one_path() {
        Settings settings = new SettingsLoader().load(Path.of("config", "thesisbot.yaml"), Map.of());
        JsonNode command = manifest.at("/features/slash_commands/0");
        assertEquals(settings.slack().command(), command.get("command").asText());
        for (String url : List.of(command.get("url").asText(),
                manifest.at("/settings/event_subscriptions/request_url").asText(),
                manifest.at("/settings/interactivity/request_url").asText())) {
            assertTrue(url.endsWith("/slack/events"), url);
        }
        assertTrue(manifest.at("/settings/interactivity/is_enabled").asBoolean());
        assertTrue(manifest.at("/features/assistant_view/assistant_description").asText().length() > 10);
    }

    @Test
    void every_usage_hint_is_a_command_the_grammar_reads() {
        org.thesisbot.core.scenario.CommandGrammar grammar =
                new org.thesisbot.core.scenario.CommandGrammar(org.thesisbot.core.scenario.TestModels.real());
        String hint = manifest.at("/features/slash_commands/0/usage_hint").asText();
        assertTrue(hint.contains("grid") && hint.contains("tornado") && hint.contains("chart compare"), hint);
        for (String example : hint.split("\\|")) {
            org.thesisbot.core.scenario.Command c = grammar.parse(example.trim());
            assertTrue(!(c instanceof org.thesisbot.core.scenario.Command.FreeText), "not grammar: " + example);
        }
    }
}
