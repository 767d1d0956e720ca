package org.thesisbot.slack;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.webhook.WebhookResponse;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thesisbot.core.api.Telemetry;

/**
 * Every Slack Web API call of the app goes through here, on worker threads only (never on the ack path).
 *
 * <ul>
 *   <li>HTTP 429: waits the {@code Retry-After} seconds Slack asks for (capped), then retries;
 *       counted as {@code thesisbot.slack.api.ratelimited}.</li>
 *   <li>Slack unreachable (connection refused, DNS) or a 502/503/504 from its edge: retried with a short
 *       backoff, so a brief outage costs a few seconds rather than a reply.</li>
 *   <li>A read timeout is ambiguous (Slack may have posted the message), so it is retried only for
 *       idempotent methods: a retried {@code chat.postMessage} could post the answer twice.</li>
 *   <li>A final failure or an {@code ok:false} reply is counted as {@code thesisbot.slack.api.errors}
 *       (tag {@code method}) and thrown as {@link SlackCallException}.</li>
 * </ul>
 * Nothing here logs a request: the token travels in the Authorization header, bodies are user content.
 */
final class SlackApi {
    private static final Logger log = LoggerFactory.getLogger(SlackApi.class);
    private static final int MAX_ATTEMPTS = 4;
    private static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);
    private static final Set<String> NOT_IDEMPOTENT = Set.of(
            "chat.postMessage", "chat.postEphemeral", "chat.startStream", "chat.appendStream", "response_url",
            "files.completeUploadExternal");

    /** Waits between attempts; a port so tests can record waits instead of sleeping. */
    interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    /** One Web API call. */
    @FunctionalInterface
    interface Call<T extends SlackApiTextResponse> {
        T run(MethodsClient client) throws IOException, SlackApiException;
    }

    private final Slack slack;
    private final MethodsClient client;
    private final Telemetry telemetry;
    private final Sleeper sleeper;

    SlackApi(Slack slack, String botToken, Telemetry telemetry, Sleeper sleeper) {
        this.slack = slack;
        this.client = new ReusingGsonMethodsClient(slack, botToken); // the SDK would build a Gson per response
        this.telemetry = telemetry;
        this.sleeper = sleeper;
    }

    <T extends SlackApiTextResponse> T call(String method, Call<T> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                T response = call.run(client);
                if (response == null) {
                    throw failed(method, "no response", null);
                }
                if (!response.isOk()) {
                    throw failed(method, response.getError(), null);
                }
                return response;
            } catch (SlackApiException e) {
                int status = e.getResponse().code();
                if (status == 429) {
                    rateLimited(method, e.getResponse().header("Retry-After"), attempt);
                } else if (status >= 502 && status <= 504 && attempt < MAX_ATTEMPTS) {
                    backoff(method, "HTTP " + status, attempt);
                } else {
                    String error = e.getError() != null && e.getError().getError() != null
                            ? e.getError().getError() : "HTTP " + status;
                    throw failed(method, error, e);
                }
            } catch (IOException e) {
                if (attempt < MAX_ATTEMPTS && retryable(method, e)) {
                    backoff(method, e.getClass().getSimpleName(), attempt);
                } else {
                    throw failed(method, transport(e), e);
                }
            }
        }
    }

    /** POSTs a JSON message to an interaction's {@code response_url}, with the same rate-limit handling. */
    void respond(String responseUrl, String json) {
        String method = "response_url";
        for (int attempt = 1; ; attempt++) {
            try {
                WebhookResponse r = slack.send(responseUrl, json);
                int code = r.getCode() == null ? 0 : r.getCode();
                if (code == 200) {
                    return;
                }
                if (code == 429) {
                    rateLimited(method, header(r.getHeaders(), "Retry-After"), attempt);
                } else if (code >= 502 && code <= 504 && attempt < MAX_ATTEMPTS) {
                    backoff(method, "HTTP " + code, attempt);
                } else {
                    throw failed(method, "HTTP " + code + (r.getBody() == null ? "" : " " + SlackText.truncate(r.getBody(), 80)), null);
                }
            } catch (IOException e) {
                if (attempt < MAX_ATTEMPTS && retryable(method, e)) {
                    backoff(method, e.getClass().getSimpleName(), attempt);
                } else {
                    throw failed(method, transport(e), e);
                }
            }
        }
    }

    /**
     * POSTs a file's bytes to the {@code upload_url} that {@code files.getUploadURLExternal} returned (step two
     * of Slack's upload flow). The URL is pre-signed: no token is sent. Retried like any idempotent call: the
     * same bytes to the same URL.
     */
    void upload(String uploadUrl, byte[] bytes, String contentType) {
        String method = "files.upload_url";
        okhttp3.OkHttpClient http = slack.getHttpClient().getOkHttpClient();
        okhttp3.Request request = new okhttp3.Request.Builder().url(uploadUrl)
                .post(okhttp3.RequestBody.create(bytes, okhttp3.MediaType.parse(contentType))).build();
        for (int attempt = 1; ; attempt++) {
            try (okhttp3.Response r = http.newCall(request).execute()) {
                int code = r.code();
                if (code == 200) {
                    return;
                }
                if (code == 429) {
                    rateLimited(method, r.header("Retry-After"), attempt);
                } else if (code >= 500 && code <= 504 && attempt < MAX_ATTEMPTS) {
                    backoff(method, "HTTP " + code, attempt);
                } else {
                    throw failed(method, "HTTP " + code, null);
                }
            } catch (IOException e) {
                if (attempt < MAX_ATTEMPTS && (retryable(method, e) || e instanceof InterruptedIOException)) {
                    backoff(method, e.getClass().getSimpleName(), attempt);
                } else {
                    throw failed(method, transport(e), e);
                }
            }
        }
    }

    private void rateLimited(String method, String retryAfter, int attempt) {
        telemetry.increment("thesisbot.slack.api.ratelimited");
        if (attempt >= MAX_ATTEMPTS) {
            throw failed(method, "ratelimited", null);
        }
        Duration wait = retryAfter(retryAfter);
        log.warn("Slack rate-limited {} (attempt {}); waiting {} s as Retry-After asks", method, attempt, wait.toSeconds());
        pause(method, wait);
    }

    private void backoff(String method, String why, int attempt) {
        Duration wait = Duration.ofSeconds(1L << (attempt - 1));
        log.warn("Slack call {} failed ({}), attempt {}; retrying in {} s", method, why, attempt, wait.toSeconds());
        pause(method, wait);
    }

    private void pause(String method, Duration wait) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed(method, "interrupted", e);
        }
    }

    private SlackCallException failed(String method, String error, Throwable cause) {
        telemetry.increment("thesisbot.slack.api.errors", "method", method);
        return new SlackCallException(method, error == null ? "unknown error" : error, cause);
    }

    static Duration retryAfter(String header) {
        long seconds = 1;
        if (header != null) {
            try {
                seconds = Long.parseLong(header.trim());
            } catch (NumberFormatException e) {
                seconds = 1;
            }
        }
        Duration d = Duration.ofSeconds(Math.max(1, seconds));
        return d.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : d;
    }

    private static boolean retryable(String method, IOException e) {
        if (e instanceof ConnectException || e instanceof UnknownHostException || e instanceof NoRouteToHostException) {
            return true; // the request never reached Slack
        }
        return e instanceof InterruptedIOException && !NOT_IDEMPOTENT.contains(method);
    }

    private static String transport(IOException e) {
        return "Slack unreachable (" + e.getClass().getSimpleName() + ")";
    }

    private static String header(Map<String, List<String>> headers, String name) {
        if (headers == null) {
            return null;
        }
        for (Map.Entry<String, List<String>> h : headers.entrySet()) {
            if (h.getKey() != null && h.getKey().equalsIgnoreCase(name) && !h.getValue().isEmpty()) {
                return h.getValue().get(0);
            }
        }
        return null;
    }
}
