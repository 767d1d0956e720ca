package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.thesisbot.Thesisbot;
import org.thesisbot.config.Secrets;
import org.thesisbot.config.Settings;
import org.thesisbot.config.SettingsLoader;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.BadQuestionException;
import org.thesisbot.core.api.Draft;
import org.thesisbot.core.api.Question;
import org.thesisbot.core.api.Telemetry;
import org.thesisbot.core.state.ThreadState;
import org.thesisbot.core.state.ThreadStore;

/** {@link Assistant#draft}: the scenario core's answer to a thread's first question, remembered only when kept. */
class DraftTest {
    /** The thread store, watched: every load and save is seen. */
    private static final class Watched implements ThreadStore {
        final Map<String, ThreadState> saved = new ConcurrentHashMap<>();
        int loads;

        @Override
        public synchronized Optional<ThreadState> load(String thread) {
            loads++;
            return Optional.ofNullable(saved.get(thread));
        }

        @Override
        public void save(String thread, ThreadState state) {
            saved.put(thread, state);
        }
    }

    private final Watched store = new Watched();
    private final Assistant brain = brain(store);

    private static Assistant brain(ThreadStore store) {
        Settings settings = new SettingsLoader().load(Path.of("config", "thesisbot.yaml"), Map.of());
        return Thesisbot.build(Path.of("").toAbsolutePath(), settings, Secrets.fromEnv(Map.of()), Telemetry.NOOP,
                Clock.systemUTC(), store).assistant();
    }

    @Test
    void a_numeric_question_is_drafted_without_touching_the_store_and_kept_as_ask_would_remember_it() {
        Draft d = brain.draft(new Question("what stake would $50B buy at $830B?", "C1:1", "U1", "test")).orElseThrow();
        assertEquals(0, store.loads, "a draft reads no thread state");
        assertTrue(store.saved.isEmpty(), "a draft writes none until kept");

        Answer kept = d.keep();
        Answer asked = brain.ask(new Question("what stake would $50B buy at $830B?", "C1:2", "U1", "test"));
        assertEquals(asked.text(), kept.text());
        assertEquals(asked.results(), kept.results());
        ThreadState a = store.saved.get("C1:1");
        ThreadState b = store.saved.get("C1:2");
        assertEquals(1, a.turns());
        assertEquals(b.metrics(), a.metrics());
        assertEquals(b.overrides(), a.overrides());
        assertEquals(b.scenarios(), a.scenarios());
    }

    @Test
    void a_question_for_the_sources_is_not_drafted() {
        assertEquals(Optional.empty(), brain.draft(new Question("what does the article say about Anthropic?", "C1:3", "U1", "test")));
        assertEquals(Optional.empty(), brain.draft(new Question("what stake would $50B buy, and is that realistic?", "C1:4",
                "U1", "test")), "a mixed question needs the narrator");
        assertTrue(store.saved.isEmpty());
    }

    @Test
    void unusable_input_fails_as_ask_does() {
        assertThrows(BadQuestionException.class, () -> brain.draft(new Question("   ", "C1:5", "U1", "test")));
    }
}
