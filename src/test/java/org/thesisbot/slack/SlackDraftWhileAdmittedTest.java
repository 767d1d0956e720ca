package org.thesisbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.thesisbot.slack.testkit.Expect.contains;
import static org.thesisbot.slack.testkit.SlackFixtures.ALICE;
import static org.thesisbot.slack.testkit.SlackFixtures.CHANNEL;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.thesisbot.Thesisbot;
import org.thesisbot.config.Secrets;
import org.thesisbot.config.Settings;
import org.thesisbot.config.SettingsLoader;
import org.thesisbot.core.api.Telemetry;
import org.thesisbot.core.state.Admissions;
import org.thesisbot.core.state.StateStores;
import org.thesisbot.slack.testkit.SlackHarness;
import org.thesisbot.state.StateBackend;

/**
 * A question that opens its thread is computed while its admission (with Redis, a round trip) is still out: the real
 * Slack app and the real brain, on in-memory stores whose admission is held back until the test lets it decide (the
 * stand-in for a slow Redis; the decision itself is the real in-memory one). Nothing is posted and no thread state is
 * written before the admission says yes; a refused delivery posts nothing and writes nothing.
 */
class SlackDraftWhileAdmittedTest {
    private static final String QUESTION = "<@U0BOT> what stake would $50B buy at $830B?";

    private SlackHarness h;
    private StateStores stores;
    private HeldAdmissions held;
    private final Semaphore drafted = new Semaphore(0);

    private void start(Map<String, String> env) {
        Settings settings = new SettingsLoader().load(Path.of("config", "thesisbot.yaml"), env);
        StateStores memory = StateBackend.inMemory(settings, Clock.systemUTC());
        held = new HeldAdmissions(memory.admissions());
        stores = new StateStores(memory.threads(), memory.events(), memory.messages(), memory.repliedThreads(),
                memory.rateLimits(), held, memory.answers(), memory.feedback(), memory.health());
        Thesisbot bot = Thesisbot.build(Path.of("").toAbsolutePath(), settings, Secrets.fromEnv(Map.of()), Telemetry.NOOP,
                Clock.systemUTC(), stores.threads());
        SlackHarness.Builder b = SlackHarness.builder(new DraftCounting(bot.assistant(), drafted)).state(stores);
        env.forEach(b::setting);
        h = b.start();
    }

    @AfterEach
    void stop() {
        if (held != null) {
            held.release.countDown();
        }
        if (h != null) {
            h.close();
        }
    }

    @Test
    void the_answer_is_computed_before_the_admission_decides_and_posted_only_after() throws Exception {
        start(Map.of());
        String root = h.fixtures().nextTs();

        assertEquals(200, h.events().event(h.fixtures().appMention(ALICE, CHANNEL, QUESTION, root, null)).statusCode(),
                "acked while the admission is still out");
        assertTrue(drafted.tryAcquire(20, TimeUnit.SECONDS), "the answer was computed while the admission was held");
        assertEquals(0, h.slack().calls("chat.postMessage").size(), "nothing posted before the admission decides");
        assertTrue(stores.threads().load(CHANNEL + ":" + root).isEmpty(), "no thread state before the admission decides");

        held.release.countDown();
        contains(h.slack().awaitCalls("chat.postMessage", 1).get(0).jsonText("blocks"), "6.02%");
        assertEquals(1, stores.threads().load(CHANNEL + ":" + root).orElseThrow().turns(), "the kept draft's thread state");
    }

    @Test
    void a_refused_delivery_computes_but_posts_nothing_and_writes_no_state() throws Exception {
        start(Map.of());
        String root = h.fixtures().nextTs();
        ObjectNode mention = h.fixtures().appMention(ALICE, CHANNEL, QUESTION, root, null);

        // the mention and Slack's retry of it both arrive while neither admission has decided: both are drafted
        h.events().event(mention);
        h.events().event(mention, h.events().signedNow().retry(1, "http_timeout"));
        assertTrue(drafted.tryAcquire(2, 20, TimeUnit.SECONDS), "both deliveries drafted");
        assertEquals(0, h.slack().calls("chat.postMessage").size());

        held.release.countDown();
        contains(h.slack().awaitCalls("chat.postMessage", 1).get(0).jsonText("blocks"), "6.02%");
        awaitIdle();
        assertEquals(1, h.slack().calls("chat.postMessage").size(), "one reply per event: the repeat posted nothing");
        assertEquals(1, h.telemetry().count("thesisbot.slack.dedupe.hits"), "the repeat counted as a dedupe hit");
        assertEquals(1, stores.threads().load(CHANNEL + ":" + root).orElseThrow().turns(),
                "the thread has one turn: the refused draft wrote nothing");
    }

    @Test
    void a_rate_limited_question_gets_the_usual_note_and_its_draft_is_dropped() throws Exception {
        start(Map.of("THESISBOT_SLACK_RATE_LIMIT_PER_MINUTE", "1"));
        String first = h.fixtures().nextTs();
        String second = h.fixtures().nextTs();

        h.events().event(h.fixtures().appMention(ALICE, CHANNEL, QUESTION, first, null));
        h.events().event(h.fixtures().appMention(ALICE, CHANNEL, QUESTION, second, null));
        assertTrue(drafted.tryAcquire(2, 20, TimeUnit.SECONDS), "both questions drafted");

        held.release.countDown();
        h.slack().awaitCalls("chat.postMessage", 2);
        awaitIdle();
        var posts = h.slack().calls("chat.postMessage");
        assertEquals(2, posts.size(), "one answer and one note");
        long notes = posts.stream().filter(p -> p.allText().contains("asking faster than I can answer")).count();
        assertEquals(1, notes, "the rate-limit note, as without a draft");
        boolean firstAnswered = stores.threads().load(CHANNEL + ":" + first).isPresent();
        boolean secondAnswered = stores.threads().load(CHANNEL + ":" + second).isPresent();
        assertTrue(firstAnswered ^ secondAnswered, "only the answered question's thread has state");
    }

    private void awaitIdle() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!h.module().idle() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertTrue(h.module().idle(), "every job finished");
    }

    /** The real in-memory admission, decided only once the test releases it. */
    private static final class HeldAdmissions implements Admissions {
        final CountDownLatch release = new CountDownLatch(1);
        private final Admissions real;

        HeldAdmissions(Admissions real) {
            this.real = real;
        }

        @Override
        public Admission admit(Arrival arrival) {
            return real.admit(arrival);
        }

        @Override
        public Pending start(Arrival arrival) {
            return new Pending() {
                private Admission decided;

                @Override
                public synchronized Admission outcome() {
                    if (decided == null) {
                        try {
                            release.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        decided = real.admit(arrival);
                    }
                    return decided;
                }

                @Override
                public synchronized boolean decided() {
                    return decided != null;
                }
            };
        }
    }
}
