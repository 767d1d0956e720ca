package org.thesisbot.config;

import java.util.Map;

/**
 * Secrets and endpoints that only ever come from the environment. {@link #toString()} never prints a
 * value, so a secret cannot reach a log by accident.
 */
public record Secrets(String slackBotToken, String slackSigningSecret, String slackAppToken, String slackApiUrl,
                      String apiToken, String openAiApiKey, String anthropicApiKey) {

    public static Secrets fromEnv(Map<String, String> env) {
        return new Secrets(
                blankToNull(env.get("SLACK_BOT_TOKEN")),
                blankToNull(env.get("SLACK_SIGNING_SECRET")),
                blankToNull(env.get("SLACK_APP_TOKEN")),
                blankToNull(env.get("SLACK_API_URL")),
                blankToNull(env.get("THESISBOT_API_TOKEN")),
                blankToNull(env.get("OPENAI_API_KEY")),
                blankToNull(env.get("ANTHROPIC_API_KEY")));
    }

    public static Secrets none() {
        return new Secrets(null, null, null, null, null, null, null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** Slack is served when a bot token is present (HTTP or Socket Mode). */
    public boolean slackEnabled() {
        return slackBotToken != null || slackSigningSecret != null || slackAppToken != null;
    }

    public boolean socketMode() {
        return slackAppToken != null;
    }

    @Override
    public String toString() {
        return "Secrets[slackBotToken=" + mask(slackBotToken) + ", slackSigningSecret=" + mask(slackSigningSecret)
                + ", slackAppToken=" + mask(slackAppToken) + ", slackApiUrl=" + slackApiUrl
                + ", apiToken=" + mask(apiToken) + ", openAiApiKey=" + mask(openAiApiKey)
                + ", anthropicApiKey=" + mask(anthropicApiKey) + "]";
    }

    private static String mask(String s) {
        return s == null ? "unset" : "set";
    }
}
