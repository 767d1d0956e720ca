package org.thesisbot.slack;

import com.google.gson.Gson;
import com.slack.api.Slack;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.impl.MethodsClientImpl;
import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okhttp3.FormBody;
import okhttp3.Headers;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The SDK's Web API client, parsing form-posted methods' responses with one reused Gson.
 *
 * <p>The SDK (1.48.0) builds a new Gson for every response it parses, so Gson rebuilds its reflective type
 * adapters for the whole response class graph each time: for {@code chat.postMessage} that measured about
 * 240 µs of CPU and 415 KB of garbage per call on the benchmark machine (a reused Gson: under 2 µs, 3 KB),
 * more than the brain spends on a numeric answer, and about half of all allocation while the bot answers
 * (see docs/benchmarks.md, "Where the ack's time went"). This client overrides the one protected hook behind every
 * form-posted method ({@code chat.postMessage}, {@code chat.update}, {@code assistant.threads.*}...) to send the same request
 * and parse with a Gson built once from the same configuration. Statistics and the SDK's response
 * listeners are off in this app ({@link SlackModule#slackConfig}), so nothing else changes: an HTTP error
 * still surfaces as {@link SlackApiException} (429 with its {@code Retry-After}), which {@link SlackApi} handles.
 */
final class ReusingGsonMethodsClient extends MethodsClientImpl {
    private final Slack slack;
    private final Gson gson;

    ReusingGsonMethodsClient(Slack slack, String token) {
        super(slack.getHttpClient(), token);
        this.slack = slack;
        this.gson = GsonFactory.createSnakeCase(slack.getConfig());
        setEndpointUrlPrefix(slack.getConfig().getMethodsEndpointUrlPrefix());
    }

    @Override
    protected <T extends SlackApiTextResponse> T postFormWithTokenAndParseResponse(
            FormBody.Builder form, String methodName, String token, Class<T> clazz) throws IOException, SlackApiException {
        try (Response response = runPostFormWithToken(form, methodName, token)) {
            ResponseBody responseBody = response.body();
            String body = responseBody == null ? "" : responseBody.string();
            if (!response.isSuccessful()) {
                throw new SlackApiException(slack.getConfig(), response, body);
            }
            T parsed = gson.fromJson(body, clazz);
            if (parsed == null) {
                throw new IOException("empty response body from " + methodName);
            }
            parsed.setHttpResponseHeaders(lowerCased(response.headers()));
            return parsed;
        }
    }

    private static Map<String, List<String>> lowerCased(Headers headers) {
        Map<String, List<String>> out = new HashMap<>();
        for (String name : headers.names()) {
            out.put(name.toLowerCase(Locale.ROOT), new ArrayList<>(headers.values(name)));
        }
        return out;
    }
}
