package org.thesisbot.bench.sources;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.thesisbot.TestHomes;
import org.thesisbot.Thesisbot;
import org.thesisbot.config.Secrets;
import org.thesisbot.config.Settings;
import org.thesisbot.config.SettingsLoader;
import org.thesisbot.core.api.Question;
import org.thesisbot.core.api.Telemetry;
import org.thesisbot.core.grounding.GroundingFixtures;

/** Times the parts of a narrative answer at 200 documents (for profiling with JFR); args: home dir, rounds. */
public final class NarrativeProfile {
    private NarrativeProfile() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args.length > 0 ? args[0] : "/tmp/thesisbot-profile-home");
        if (!Files.exists(home.resolve("documents"))) {
            TestHomes.create(home);
            GeneratedCorpus.write(home.resolve("documents"), 200, 12);
        }
        Settings settings = new SettingsLoader().load(home.resolve("config").resolve("thesisbot.yaml"),
                Map.of("THESISBOT_SOURCES_WATCH", "false"));
        Thesisbot bot = Thesisbot.build(home, settings, Secrets.none(), Telemetry.NOOP, Clock.systemUTC());
        List<String> qs = GroundingFixtures.narrativeQuestions().stream().map(GroundingFixtures.NarrativeQuestion::question).toList();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        for (int r = 0; r < rounds; r++) {
            long tr = 0;
            long ta = 0;
            for (String q : qs) {
                long t0 = System.nanoTime();
                bot.retriever().retrieve(q, 4);
                long t1 = System.nanoTime();
                bot.assistant().ask(Question.of(q));
                long t2 = System.nanoTime();
                tr += t1 - t0;
                ta += t2 - t1;
            }
            System.out.printf("round %d: retrieve %.1f ms/q, whole answer %.1f ms/q%n", r, tr / 1e6 / qs.size(), ta / 1e6 / qs.size());
        }
        System.exit(0);
    }
}
