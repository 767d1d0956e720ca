package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
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

/**
 * {@link Assistant#draft}: the scenario core's answer, computed from the thread's state as this process holds it
 * ({@code peek}), remembered only when kept, and computed again at {@code keep} when the thread moved on meanwhile.
 */
class DraftTest {
    /** The thread store, watched: every load and save is seen; {@code events} says when a state was saved and shared. */
    private static final class Watched implements ThreadStore {
        final Map<String, ThreadState> saved = new ConcurrentHashMap<>();
        final List<String> events = new CopyOnWriteArrayList<>();
        int loads;
        int peeks;

        @Override
        public synchronized Optional<ThreadState> load(String thread) {
            loads++;
            return Optional.ofNullable(saved.get(thread));
        }

        @Override
        public synchronized Optional<ThreadState> peek(String thread) {
            peeks++;
            return Optional.ofNullable(saved.get(thread));
        }

        @Override
        public void save(String thread, ThreadState state) {
            saved.put(thread, state);
            events.add("saved and shared " + state.turns());
        }

        @Override
        public Share saveHere(String thread, ThreadState state) {
            saved.put(thread, state);
            events.add("saved here " + state.turns());
            return () -> events.add("shared " + state.turns());
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
        assertEquals(0, store.loads, "a draft loads no thread state (no round trip)");
        assertEquals(1, store.peeks, "it peeks at this process' copy");
        assertTrue(store.saved.isEmpty(), "a draft writes none until kept");

        Answer kept = d.keep(a -> store.events.add("delivered"));
        assertEquals(1, store.loads, "keeping checks the thread's state once");
        assertEquals(List.of("saved here 1", "delivered", "shared 1"), store.events,
                "the state is saved here before the answer is delivered, and shared with other replicas after it");
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
    void a_follow_up_is_drafted_from_the_thread_s_state() {
        brain.ask(new Question("what stake would $50B buy at $830B?", "C1:6", "U1", "test"));
        Draft d = brain.draft(new Question("what if it's a $1T post-money?", "C1:6", "U1", "test")).orElseThrow();
        assertEquals(1, store.saved.get("C1:6").turns(), "nothing written until kept");

        Answer kept = d.keep(a -> {
        });
        assertTrue(kept.text().contains("$50B / $1T = 5%"), kept.text());
        assertEquals(2, store.saved.get("C1:6").turns());
    }

    @Test
    void a_draft_kept_after_the_thread_moved_on_is_computed_again_from_the_newer_state() {
        brain.ask(new Question("what stake would $50B buy at $830B?", "C1:7", "U1", "test"));
        Draft d = brain.draft(new Question("and with a $40B check?", "C1:7", "U1", "test")).orElseThrow();
        // meanwhile (another replica, say) the thread moved on to a $1T post-money
        brain.ask(new Question("what if it's a $1T post-money?", "C1:7", "U1", "test"));

        Answer kept = d.keep(a -> store.events.add("delivered"));
        assertTrue(kept.text().contains("$40B / $1T = 4%"), kept.text());
        assertEquals(List.of("saved here 3", "delivered", "shared 3"), store.events.subList(2, 5), store.events.toString());
        assertEquals(3, store.saved.get("C1:7").turns());
    }

    @Test
    void a_delivery_that_fails_still_shares_the_state_kept_here() {
        Draft d = brain.draft(new Question("what stake would $50B buy at $830B?", "C1:8", "U1", "test")).orElseThrow();
        IllegalStateException failed = assertThrows(IllegalStateException.class, () -> d.keep(a -> {
            throw new IllegalStateException("Slack said no");
        }));
        assertEquals("Slack said no", failed.getMessage());
        assertEquals(List.of("saved here 1", "shared 1"), store.events, "this replica and the others agree on the thread");
    }

    @Test
    void a_question_for_the_sources_is_not_drafted() {
        assertEquals(Optional.empty(), brain.draft(new Question("what does the article say about Anthropic?", "C1:3", "U1", "test")));
        assertEquals(Optional.empty(), brain.draft(new Question("what stake would $50B buy, and is that realistic?", "C1:4",
                "U1", "test")), "a mixed question needs the narrator");
        assertTrue(store.saved.isEmpty());
    }

    @Test
    void a_question_at_two_values_or_two_amounts_side_by_side_is_answered_whole_not_drafted() {
        // the draft would answer one side; ask answers both (SlackShapedQuestionsTest)
        assertEquals(Optional.empty(), brain.draft(new Question("moic at a 1.2T exit vs 900b?", "C1:9", "U1", "test")));
        assertEquals(Optional.empty(), brain.draft(new Question("the circular ratio vs the breakeven capture share?", "C1:10", "U1", "test")));
        assertTrue(brain.draft(new Question("moic at a 1.2T exit?", "C1:11", "U1", "test")).isPresent());
    }

    @Test
    void a_question_whose_reading_ask_names_in_a_note_is_answered_whole_not_drafted() {
        // odds on the cases (the blend is a note), a level held (the level is a note), a growth path (its exit is a note)
        assertEquals(Optional.empty(), brain.draft(new Question("25 bull / 75 base: weighted moic?", "C1:12", "U1", "test")));
        assertEquals(Optional.empty(), brain.draft(new Question("margin drops to 30%: what capture keeps aws profit flat?", "C1:13", "U1", "test")));
        assertEquals(Optional.empty(), brain.draft(new Question("openai compounds 10% a year off the round for 3 years - stake value?",
                "C1:14", "U1", "test")));
    }

    @Test
    void flows_over_time_and_a_level_to_match_are_answered_whole_not_drafted() {
        // the draft is the scenario core's plain reading, which knows neither: ask reads them
        assertEquals(Optional.empty(), brain.draft(new Question("we sell half at 1T in year 2 and the other half at 1.6T in year 5 - blended moic?",
                "C1:14", "U1", "test")));
        assertEquals(Optional.empty(), brain.draft(new Question("what hold gets a 1.4T exit's irr level with bull's over 5 years", "C1:15", "U1", "test")));
        assertTrue(brain.draft(new Question("moic at a 1.6T exit?", "C1:16", "U1", "test")).isPresent());
    }

    @Test
    void unusable_input_fails_as_ask_does() {
        assertThrows(BadQuestionException.class, () -> brain.draft(new Question("   ", "C1:5", "U1", "test")));
    }
}
