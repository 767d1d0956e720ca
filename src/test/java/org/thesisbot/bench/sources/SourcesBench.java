package org.thesisbot.bench.sources;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.thesisbot.TestHomes;
import org.thesisbot.Thesisbot;
import org.thesisbot.config.Secrets;
import org.thesisbot.config.Settings;
import org.thesisbot.config.SettingsLoader;
import org.thesisbot.core.api.Telemetry;

/**
 * Issue 12's index numbers over 200 generated documents, in one fresh JVM: the index built cold (empty
 * embedding cache, the model loaded first), built again with the cache warm (a restart: a new bot in the same
 * JVM, reading the cache file), and a reload after one document changed (5 times, each a different document).
 * Prints one line per measure and a summary line.
 *
 * <pre>
 * bash bench/sources.sh     (or: mvn -q -B exec:java -Dexec.classpathScope=test -Dmain.class=org.thesisbot.bench.sources.SourcesBench)
 * </pre>
 */
public final class SourcesBench {
    private SourcesBench() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        Path home = Files.createTempDirectory("thesisbot-sources-bench");
        TestHomes.create(home);
        GeneratedCorpus.write(home.resolve("documents"), count, 12);
        Map<String, String> env = Map.of("THESISBOT_SOURCES_WATCH", "false", "THESISBOT_GROUNDING_EMBEDDINGS", "true");
        Settings settings = new SettingsLoader().load(home.resolve("config").resolve("thesisbot.yaml"), env);

        long t0 = System.nanoTime();
        Thesisbot cold = Thesisbot.build(home, settings, Secrets.none(), Telemetry.NOOP, Clock.systemUTC());
        double coldMs = ms(System.nanoTime() - t0);
        int passages = cold.library().passages().size();

        long t1 = System.nanoTime();
        Thesisbot warm = Thesisbot.build(home, settings, Secrets.none(), Telemetry.NOOP, Clock.systemUTC());
        double warmMs = ms(System.nanoTime() - t1);

        List<Double> reloads = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            Path doc = home.resolve("documents").resolve(String.format("generated-%03d.md", i * 17));
            Files.writeString(doc, Files.readString(doc).replaceFirst("billion", "billion (revised " + i + ")"));
            Thesisbot.ReloadReport r = warm.reload("bench");
            if (!r.ok() || r.changes().size() != 1) {
                throw new IllegalStateException("unexpected reload: " + r);
            }
            reloads.add(ms(r.took().toNanos()));
        }
        Collections.sort(reloads);
        System.out.printf("documents=%d passages=%d%n", cold.library().documents().size(), passages);
        System.out.printf("index_cold_ms=%.0f (model load + parse + embed all passages; target < 60000)%n", coldMs);
        System.out.printf("index_warm_ms=%.0f (new bot, embeddings from the cache file; target < 5000)%n", warmMs);
        System.out.printf("reload_one_changed_ms median=%.0f max=%.0f of %s (target < 2000)%n", reloads.get(2),
                reloads.get(reloads.size() - 1), reloads);
        System.out.printf("sources-bench documents=%d passages=%d cold_ms=%.0f warm_ms=%.0f reload_median_ms=%.0f reload_max_ms=%.0f%n",
                count, passages, coldMs, warmMs, reloads.get(2), reloads.get(reloads.size() - 1));
        System.exit(0);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
