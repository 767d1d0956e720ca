package org.thesisbot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.thesisbot.config.Secrets;
import org.thesisbot.config.Settings;
import org.thesisbot.config.SettingsLoader;
import org.thesisbot.core.api.Telemetry;

/**
 * A bot home in a temporary directory: a copy of the repository's config/ and prompts/, a documents/ folder
 * holding the seed article, and the test corpus (src/test/resources/corpus) to copy in as a test needs.
 */
public final class TestHomes {
    public static final Path CORPUS = Path.of("src", "test", "resources", "corpus");
    public static final String ADMIN = "UADMIN0001";

    private TestHomes() {
    }

    /** A home with config/, prompts/ and the seed article. */
    public static Path create(Path dir) {
        try {
            copyTree(Path.of("config"), dir.resolve("config"));
            copyTree(Path.of("prompts"), dir.resolve("prompts"));
            Files.createDirectories(dir.resolve("documents"));
            Files.copy(Path.of("documents", "amazon-openai-50b-bet.md"), dir.resolve("documents").resolve("amazon-openai-50b-bet.md"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a file of the test corpus (and its .meta.yaml sidecar, if any) into the home's documents/. */
    public static void add(Path home, String corpusPath) {
        try {
            Path from = CORPUS.resolve(corpusPath);
            Path to = home.resolve("documents").resolve(from.getFileName().toString());
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
            Path sidecar = from.resolveSibling(from.getFileName() + ".meta.yaml");
            if (Files.exists(sidecar)) {
                Files.copy(sidecar, to.resolveSibling(to.getFileName() + ".meta.yaml"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bot of that home: lexical retrieval unless asked otherwise, {@link #ADMIN} as the one admin. */
    public static Thesisbot bot(Path home, Map<String, String> overrides) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("THESISBOT_GROUNDING_EMBEDDINGS", "false");
        env.put("THESISBOT_SOURCES_WATCH", "false");
        env.put("THESISBOT_SLACK_ADMINS", ADMIN);
        env.putAll(overrides);
        Settings settings = new SettingsLoader().load(home.resolve("config").resolve("thesisbot.yaml"), env);
        return Thesisbot.build(home, settings, Secrets.fromEnv(Map.of()), Telemetry.NOOP, Clock.systemUTC());
    }

    public static Thesisbot bot(Path home) {
        return bot(home, Map.of());
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                if (Files.isRegularFile(f)) {
                    Files.copy(f, to.resolve(f.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
