package org.thesisbot.web;

import io.javalin.http.Handler;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.thesisbot.config.Secrets;
import org.thesisbot.config.Settings;
import org.thesisbot.config.SettingsLoader;
import org.thesisbot.core.api.Assistant;

/** A real {@link WebServer} on an ephemeral port, configured from the repository's config/thesisbot.yaml. */
final class TestServer implements AutoCloseable {
    final AtomicBoolean ready = new AtomicBoolean(true);
    final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    final MicrometerTelemetry telemetry = new MicrometerTelemetry(registry);
    final Settings settings;
    final WebServer server;

    private TestServer(Map<String, String> env, Assistant assistant, Handler slack) {
        Map<String, String> all = new HashMap<>(env);
        all.putIfAbsent("PORT", "0");
        this.settings = new SettingsLoader().load(Path.of("config/thesisbot.yaml"), all);
        Readiness readiness = new Readiness() {
            @Override
            public boolean ready() {
                return ready.get();
            }

            @Override
            public String detail() {
                return ready.get() ? "index built from 1 document" : "building the source index";
            }
        };
        this.server = new WebServer(settings, Secrets.fromEnv(all), assistant, readiness, registry, slack).start();
    }

    static TestServer local(Assistant assistant) {
        return new TestServer(Map.of(), assistant, null);
    }

    static TestServer withEnv(Map<String, String> env, Assistant assistant) {
        return new TestServer(env, assistant, null);
    }

    static TestServer withEnv(Map<String, String> env, Assistant assistant, Handler slack) {
        return new TestServer(env, assistant, slack);
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + server.port() + path);
    }

    @Override
    public void close() {
        server.close();
        registry.close();
    }
}
