package org.thesisbot.slack.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Slack payloads for tests, built from the real shapes in {@code src/test/resources/slack/samples}
 * (Slack's Java SDK samples) and {@code slack/payloads}: load one, fill in what the test needs.
 * Ids are fixed constants so assertions can name them; event ids and timestamps are fresh per call.
 */
public final class SlackFixtures {
    public static final String TEAM = "T0THESIS";
    public static final String APP_ID = "A0THESIS";
    public static final String BOT_USER = "U0BOT";
    public static final String BOT_ID = "B0BOT";
    public static final String ALICE = "U0ALICE";
    public static final String BOB = "U0BOB";
    public static final String CHANNEL = "C0DEALS";
    public static final String DM = "D0ALICE";
    public static final String OTHER_APP = "A0OTHER";
    public static final String OTHER_BOT = "B0OTHER";

    private static final ObjectMapper JSON = new ObjectMapper();
    private final AtomicInteger seq = new AtomicInteger();

    /** A resource under {@code /slack/}, e.g. {@code samples/events/AppMentionPayload.json}. */
    public static ObjectNode load(String resource) {
        try (InputStream in = SlackFixtures.class.getResourceAsStream("/slack/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource /slack/" + resource);
            }
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file names (e.g. {@code AppMentionPayload.json}) in a resource folder under {@code /slack/}. */
    public static List<String> names(String folder) {
        URL url = SlackFixtures.class.getResource("/slack/" + folder);
        if (url == null) {
            throw new IllegalArgumentException("no test resource folder /slack/" + folder);
        }
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public String nextEventId() {
        return "Ev" + String.format("%08d", seq.incrementAndGet());
    }

    /** A fresh message timestamp. */
    public String nextTs() {
        return "1710000000." + String.format("%06d", seq.incrementAndGet());
    }

    /** A sample from {@code samples/events}, wrapped as a real event_callback for this app and workspace. */
    public ObjectNode eventCallback(String sampleFile) {
        return callback(load("samples/events/" + sampleFile));
    }

    private ObjectNode callback(ObjectNode p) {
        p.put("type", "event_callback").put("event_id", nextEventId()).put("team_id", TEAM).put("api_app_id", APP_ID)
                .put("enterprise_id", (String) null).put("event_time", 1_710_000_000);
        ArrayNode auths = p.putArray("authorizations");
        auths.addObject().putNull("enterprise_id").put("team_id", TEAM).put("user_id", BOT_USER)
                .put("is_bot", true).put("is_enterprise_install", false);
        p.putArray("authed_users").add(BOT_USER);
        p.putArray("authed_teams").add(TEAM);
        return p;
    }

    /** {@code @thesisbot <text>} in a channel; {@code threadTs} null for a top-level message. */
    public ObjectNode appMention(String user, String channel, String text, String ts, String threadTs) {
        ObjectNode p = eventCallback("AppMentionPayload.json");
        ObjectNode e = p.putObject("event");
        e.put("type", "app_mention").put("client_msg_id", "c-" + ts).put("user", user)
                .put("text", "<@" + BOT_USER + "> " + text).put("ts", ts).put("team", TEAM)
                .put("channel", channel).put("event_ts", ts);
        if (threadTs != null) {
            e.put("thread_ts", threadTs);
        }
        return p;
    }

    /** A plain user message; channelType "channel", "im", "group" or "mpim". */
    public ObjectNode message(String user, String channel, String channelType, String text, String ts, String threadTs) {
        ObjectNode p = eventCallback("MessagePayload.json");
        ObjectNode e = p.putObject("event");
        e.put("type", "message").put("client_msg_id", "c-" + ts).put("user", user).put("text", text)
                .put("ts", ts).put("team", TEAM).put("channel", channel).put("event_ts", ts)
                .put("channel_type", channelType);
        if (threadTs != null) {
            e.put("thread_ts", threadTs).put("parent_user_id", BOT_USER);
        }
        return p;
    }

    /** A message posted by an app's bot user (no subtype, as chat.postMessage with a bot token produces). */
    public ObjectNode botMessage(String botUser, String botId, String appId, String channel, String channelType,
                                 String text, String ts, String threadTs) {
        ObjectNode p = message(botUser, channel, channelType, text, ts, threadTs);
        ObjectNode e = (ObjectNode) p.get("event");
        e.remove("client_msg_id");
        e.put("bot_id", botId).put("app_id", appId);
        e.putObject("bot_profile").put("id", botId).put("app_id", appId).put("name", "a bot")
                .put("team_id", TEAM).put("deleted", false).put("updated", 1_700_000_000);
        return p;
    }

    /** A legacy {@code bot_message} subtype (from the SDK sample). */
    public ObjectNode legacyBotMessage(String channel, String text, String ts) {
        ObjectNode p = eventCallback("MessageBotPayload.json");
        ObjectNode e = (ObjectNode) p.get("event");
        e.put("bot_id", OTHER_BOT).put("channel", channel).put("text", text).put("ts", ts).put("event_ts", ts)
                .put("channel_type", "channel").remove(List.of("blocks", "attachments", "thread_ts"));
        return p;
    }

    /** An edit of a user's message ({@code message_changed}), from the SDK sample. */
    public ObjectNode messageChanged(String user, String channel, String channelType, String newText, String ts) {
        ObjectNode p = eventCallback("MessageChangedPayload.json");
        ObjectNode e = (ObjectNode) p.get("event");
        String editTs = nextTs();
        e.put("channel", channel).put("channel_type", channelType).put("ts", editTs).put("event_ts", editTs);
        e.putObject("message").put("type", "message").put("user", user).put("text", newText).put("ts", ts);
        e.putObject("previous_message").put("type", "message").put("user", user).put("text", "before").put("ts", ts);
        return p;
    }

    /** A deletion ({@code message_deleted}), from the SDK sample. */
    public ObjectNode messageDeleted(String user, String channel, String channelType, String ts) {
        ObjectNode p = eventCallback("MessageDeletedPayload.json");
        ObjectNode e = (ObjectNode) p.get("event");
        String delTs = nextTs();
        e.put("channel", channel).put("channel_type", channelType).put("ts", delTs).put("event_ts", delTs)
                .put("deleted_ts", ts);
        e.putObject("previous_message").put("type", "message").put("user", user).put("text", "gone").put("ts", ts);
        return p;
    }

    /** A DM with one file shared ({@code message} / {@code file_share}), from the SDK sample. */
    public ObjectNode fileShare(String user, String channel, String text, String ts, String fileId, String fileName) {
        ObjectNode p = eventCallback("MessageFileSharePayload.json");
        ObjectNode e = (ObjectNode) p.get("event");
        e.put("user", user).put("channel", channel).put("channel_type", "im").put("text", text).put("ts", ts)
                .put("event_ts", ts).put("display_as_bot", false).put("upload", true)
                .remove(List.of("blocks", "attachments", "thread_ts", "parent_user_id"));
        e.putArray("files").addObject().put("id", fileId).put("name", fileName).put("title", fileName);
        return p;
    }

    /** The user opened a new thread in the assistant pane. */
    public ObjectNode assistantThreadStarted(String user, String channel, String threadTs) {
        ObjectNode p = callback(load("payloads/AssistantThreadStartedPayload.json"));
        ObjectNode t = (ObjectNode) p.get("event").get("assistant_thread");
        t.put("user_id", user).put("channel_id", channel).put("thread_ts", threadTs);
        ((ObjectNode) t.get("context")).put("channel_id", CHANNEL).put("team_id", TEAM);
        ((ObjectNode) p.get("event")).put("event_ts", nextTs());
        return p;
    }

    public ObjectNode assistantThreadContextChanged(String user, String channel, String threadTs) {
        ObjectNode p = callback(load("payloads/AssistantThreadContextChangedPayload.json"));
        ObjectNode t = (ObjectNode) p.get("event").get("assistant_thread");
        t.put("user_id", user).put("channel_id", channel).put("thread_ts", threadTs);
        ((ObjectNode) t.get("context")).put("channel_id", CHANNEL).put("team_id", TEAM);
        return p;
    }

    /** A slash command's form fields (from the SDK sample's keys). */
    public Map<String, String> slashCommand(String command, String user, String channel, String text, String responseUrl) {
        ObjectNode sample = load("samples/app-backend/slash-commands/SlashCommandPayload.json");
        Map<String, String> form = new LinkedHashMap<>();
        sample.fieldNames().forEachRemaining(k -> form.put(k, sample.get(k).asText()));
        form.put("api_app_id", APP_ID);
        form.put("team_id", TEAM);
        form.put("team_domain", "thesis");
        form.put("channel_id", channel);
        form.put("channel_name", "deals");
        form.put("user_id", user);
        form.put("user_name", "alice");
        form.put("command", command);
        form.put("text", text);
        form.put("response_url", responseUrl);
        form.put("trigger_id", "trigger-" + seq.incrementAndGet());
        form.remove("enterprise_id");
        form.remove("enterprise_name");
        return form;
    }

    /** A click on a button (or feedback button) in a message, from the SDK's block_actions sample. */
    public ObjectNode blockAction(String actionId, String actionType, String value, String user, String channel,
                                  String responseUrl, boolean ephemeral) {
        ObjectNode p = load("samples/app-backend/interactive-components/BlockActionPayload.json");
        p.remove(List.of("enterprise", "message", "view", "state", "app_unfurl", "function_data", "interactivity",
                "bot_access_token"));
        p.put("api_app_id", APP_ID).put("trigger_id", "trigger-" + seq.incrementAndGet()).put("response_url", responseUrl);
        p.putObject("team").put("id", TEAM).put("domain", "thesis");
        p.putObject("user").put("id", user).put("username", "alice").put("name", "alice").put("team_id", TEAM);
        p.putObject("channel").put("id", channel).put("name", "deals");
        ObjectNode container = p.putObject("container").put("type", "message").put("channel_id", channel)
                .put("is_ephemeral", ephemeral);
        if (!ephemeral) {
            container.put("message_ts", nextTs());
        }
        ArrayNode actions = p.putArray("actions");
        actions.addObject().put("action_id", actionId).put("block_id", "b1").put("type", actionType)
                .put("value", value).put("action_ts", nextTs());
        return p;
    }

    public ObjectNode urlVerification(String challenge) {
        return JSON.createObjectNode().put("token", "legacy").put("challenge", challenge).put("type", "url_verification");
    }
}
