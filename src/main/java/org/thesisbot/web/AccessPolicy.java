package org.thesisbot.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Optional;
import org.thesisbot.config.Secrets;
import org.thesisbot.config.Settings;

/**
 * Who may use {@code /api/ask} and the playground.
 *
 * <ul>
 *   <li>{@link Mode#TOKEN}: {@code THESISBOT_API_TOKEN} is set (Slack or local mode): every call needs
 *       {@code Authorization: Bearer <token>}, else 401.</li>
 *   <li>{@link Mode#OFF}: the bot serves Slack and no API token is set: the API and playground answer 403
 *       with a message saying how to turn them on.</li>
 *   <li>{@link Mode#OPEN}: local mode, no LLM configured: open to anyone who can reach the port.</li>
 *   <li>{@link Mode#LOCAL_ONLY}: local mode with an LLM configured but no API token: open to callers on
 *       this machine only (loopback address, loopback Host header, no proxy forwarding headers), so the
 *       LLM is never reachable by anonymous callers from the network; others get 403.</li>
 * </ul>
 * In every mode a browser request another site started ({@code Sec-Fetch-Site: cross-site} or
 * {@code same-site}) is refused with 403, so a web page cannot spend the bot's answers through a
 * visitor's browser.
 */
final class AccessPolicy {

    enum Mode { OPEN, LOCAL_ONLY, TOKEN, OFF }

    /** What the policy needs to know about one request. Header values may be null. */
    record Caller(String authorization, String remoteIp, String hostHeader, boolean forwarded,
                  String secFetchSite) {
    }

    /** Why a request is refused: HTTP status and a message that says what to do. */
    record Denial(int status, String message) {
    }

    static final String OFF_MESSAGE = "the API and the playground are off: this bot serves Slack and "
            + "THESISBOT_API_TOKEN is not set. Set THESISBOT_API_TOKEN and send 'Authorization: Bearer <token>'.";
    static final String TOKEN_MESSAGE = "missing or wrong API token: send 'Authorization: Bearer <THESISBOT_API_TOKEN>'";
    static final String LOCAL_ONLY_MESSAGE = "this bot uses an LLM, so without THESISBOT_API_TOKEN the API "
            + "answers only callers on the same machine (http://localhost). Set THESISBOT_API_TOKEN and send "
            + "'Authorization: Bearer <token>' to use it from elsewhere.";
    static final String CROSS_SITE_MESSAGE = "cross-site requests are not allowed";

    private final Mode mode;
    private final byte[] tokenDigest;

    AccessPolicy(Mode mode, String token) {
        this.mode = mode;
        this.tokenDigest = token == null ? null : sha256(token);
        if (mode == Mode.TOKEN && token == null) {
            throw new IllegalArgumentException("token mode needs a token");
        }
    }

    static AccessPolicy from(Settings settings, Secrets secrets) {
        if (secrets.apiToken() != null) {
            return new AccessPolicy(Mode.TOKEN, secrets.apiToken());
        }
        if (secrets.slackEnabled()) {
            return new AccessPolicy(Mode.OFF, null);
        }
        return new AccessPolicy(llmConfigured(settings, secrets) ? Mode.LOCAL_ONLY : Mode.OPEN, null);
    }

    /** Mirrors llm.provider: auto uses a model when an OpenAI or Anthropic key is set; none never does. */
    static boolean llmConfigured(Settings settings, Secrets secrets) {
        String p = settings.llm().provider() == null ? "auto" : settings.llm().provider().toLowerCase(Locale.ROOT);
        return switch (p) {
            case "none" -> false;
            case "auto" -> secrets.openAiApiKey() != null || secrets.anthropicApiKey() != null;
            default -> true;
        };
    }

    Mode mode() {
        return mode;
    }

    /** The playground page is served unless the API is off (it holds no data; every answer goes through the API). */
    boolean playgroundServed() {
        return mode != Mode.OFF;
    }

    Optional<Denial> check(Caller c) {
        if (c.secFetchSite() != null) {
            String site = c.secFetchSite().trim().toLowerCase(Locale.ROOT);
            if (site.equals("cross-site") || site.equals("same-site")) {
                return Optional.of(new Denial(403, CROSS_SITE_MESSAGE));
            }
        }
        return switch (mode) {
            case OPEN -> Optional.empty();
            case OFF -> Optional.of(new Denial(403, OFF_MESSAGE));
            case LOCAL_ONLY -> isSameMachine(c) ? Optional.empty() : Optional.of(new Denial(403, LOCAL_ONLY_MESSAGE));
            case TOKEN -> tokenMatches(c.authorization()) ? Optional.empty() : Optional.of(new Denial(401, TOKEN_MESSAGE));
        };
    }

    private boolean tokenMatches(String authorization) {
        if (authorization == null) {
            return false;
        }
        String h = authorization.trim();
        if (h.length() < 7 || !h.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        String given = h.substring(7).trim();
        // Compare digests: constant time, and the length of the real token does not leak either.
        return !given.isEmpty() && MessageDigest.isEqual(sha256(given), tokenDigest);
    }

    static boolean isSameMachine(Caller c) {
        return !c.forwarded() && isLoopbackIp(c.remoteIp()) && isLoopbackHost(c.hostHeader());
    }

    private static boolean isLoopbackIp(String ip) {
        if (ip == null || ip.isBlank()) {
            return false;
        }
        String s = ip.trim();
        if (s.startsWith("[") && s.endsWith("]")) {
            s = s.substring(1, s.length() - 1);
        }
        if (!s.matches("[0-9a-fA-F:.]+")) {
            return false; // only literal addresses: never resolve a name here
        }
        try {
            return InetAddress.getByName(s).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** The Host header names this machine (guards against DNS rebinding to 127.0.0.1). */
    private static boolean isLoopbackHost(String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        String h = host.trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end > 0 && isLoopbackIp(h.substring(1, end));
        }
        int colon = h.lastIndexOf(':');
        String name = colon >= 0 ? h.substring(0, colon) : h;
        return name.equals("localhost") || (name.matches("[0-9.]+") && isLoopbackIp(name));
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
