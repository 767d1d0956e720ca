package org.thesisbot;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.thesisbot.config.Secrets;
import org.thesisbot.config.Settings;
import org.thesisbot.config.SettingsLoader;
import org.thesisbot.core.api.Telemetry;

/** The real brain, built from the repository's config/, prompts/ and documents/ with no LLM: one per JVM. */
public final class TestBrains {
    private static Thesisbot offline;

    private TestBrains() {
    }

    public static synchronized Thesisbot offline() {
        if (offline == null) {
            offline = build(Map.of());
        }
        return offline;
    }

    /** A fresh brain with settings overridden as environment variables would (e.g. THESISBOT_LLM_PROVIDER). */
    public static Thesisbot build(Map<String, String> env) {
        Settings settings = new SettingsLoader().load(Path.of("config", "thesisbot.yaml"), env);
        return Thesisbot.build(Path.of("").toAbsolutePath(), settings, Secrets.fromEnv(env), Telemetry.NOOP,
                Clock.systemUTC());
    }
}
