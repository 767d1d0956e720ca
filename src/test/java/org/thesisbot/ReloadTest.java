package org.thesisbot;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Question;
import org.thesisbot.core.api.Route;
import org.thesisbot.sources.CorpusWatcher;

/** Hot reload on a real brain in a temporary home: build beside, swap atomically, keep serving on a bad file. */
class ReloadTest {
    private static final List<String> QUESTIONS = List.of("Why would Amazon invest in OpenAI?",
            "What stake would $50B buy at $830B?", "What should investors watch after the deal?",
            "What is the Indiana campus for?", "Compare the bull, base and bear cases");

    @Test
    void a_reload_under_a_stream_of_questions_swaps_in_the_new_documents_with_zero_errors(@TempDir Path home) throws Exception {
        TestHomes.create(home);
        Thesisbot bot = TestHomes.bot(home);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger answered = new AtomicInteger();
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        ExecutorService askers = Executors.newFixedThreadPool(4);
        CountDownLatch started = new CountDownLatch(4);
        for (int t = 0; t < 4; t++) {
            int offset = t;
            askers.submit(() -> {
                started.countDown();
                for (int i = offset; !stop.get(); i++) {
                    try {
                        Answer a = bot.assistant().ask(Question.of(QUESTIONS.get(i % QUESTIONS.size())));
                        if (a.text().isBlank() || a.route() == Route.OUT_OF_SCOPE) {
                            errors.add(new AssertionError("bad answer to " + QUESTIONS.get(i % QUESTIONS.size()) + ": " + a.text()));
                        }
                        answered.incrementAndGet();
                    } catch (Throwable e) {
                        errors.add(e);
                    }
                }
            });
        }
        started.await();
        Thread.sleep(200);
        int before = answered.get();
        TestHomes.add(home, "documents/amazon-openai-term-sheet.html");
        TestHomes.add(home, "documents/amazon-q4-2025-call.pdf");
        Thesisbot.ReloadReport r = bot.reload("test");
        Thread.sleep(200);
        stop.set(true);
        askers.shutdown();
        assertTrue(askers.awaitTermination(30, TimeUnit.SECONDS));
        assertAll(
                () -> assertEquals(List.of(), new ArrayList<>(errors)),
                () -> assertTrue(r.ok(), r.toString()),
                () -> assertEquals(List.of("added amazon-openai-term-sheet", "added amazon-q4-2025-call", "config/scenario.yaml")
                        .subList(0, 2), r.changes(), r.toString()),
                () -> assertTrue(answered.get() > before, "questions kept being answered during the reload"),
                () -> assertEquals(3, bot.library().documents().size()),
                () -> assertTrue(bot.assistant().ask(Question.of("When was the term sheet signed?")).citations().stream()
                        .anyMatch(c -> c.document().equals("amazon-openai-term-sheet"))),
                () -> assertTrue(bot.model().require("investment").provenance().isFlagged(), "inputs re-checked on reload"));
    }

    @Test
    void a_malformed_pdf_is_refused_and_the_previous_state_keeps_serving(@TempDir Path home) {
        TestHomes.create(home);
        Thesisbot bot = TestHomes.bot(home);
        Thesisbot.Brain before = bot.brain();
        TestHomes.add(home, "bad/broken.pdf");

        Thesisbot.ReloadReport r = bot.reload("test");

        String sources = bot.assistant().command("sources", null).text();
        Answer still = bot.assistant().ask(Question.of("Why would Amazon invest in OpenAI?"));
        assertAll(
                () -> assertFalse(r.ok()),
                () -> assertEquals(1, r.problems().size(), r.problems().toString()),
                () -> assertTrue(r.problems().get(0).startsWith("documents/broken.pdf: "), r.problems().get(0)),
                () -> assertTrue(r.problems().get(0).contains("PDF") || r.problems().get(0).contains("no text"), r.problems().get(0)),
                () -> assertTrue(before == bot.brain(), "the same brain serves"),
                () -> assertTrue(bot.readinessDetail().contains("last reload refused") && bot.readinessDetail()
                        .contains("documents/broken.pdf"), bot.readinessDetail()),
                () -> assertTrue(sources.contains("*Last reload refused*") && sources.contains("documents/broken.pdf"), sources),
                () -> assertEquals(Route.NARRATIVE, still.route()),
                () -> assertFalse(still.citations().isEmpty()));

        // fixing it (here: removing it) clears the refusal
        try {
            Files.delete(home.resolve("documents/broken.pdf"));
            Files.delete(home.resolve("documents/broken.pdf.meta.yaml"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Thesisbot.ReloadReport fixed = bot.reload("test");
        assertTrue(fixed.ok(), fixed.toString());
        assertFalse(bot.readinessDetail().contains("refused"), bot.readinessDetail());
    }

    @Test
    void a_bad_scenario_or_lexicon_is_refused_with_its_line_and_changes_nothing(@TempDir Path home) throws IOException {
        TestHomes.create(home);
        Thesisbot bot = TestHomes.bot(home);
        Path scenario = home.resolve("config/scenario.yaml");
        String good = Files.readString(scenario);
        Files.writeString(scenario, good.replaceFirst("value: 50\n", "value: fifty\n"));

        Thesisbot.ReloadReport r = bot.reload("test");

        assertAll(
                () -> assertFalse(r.ok()),
                () -> assertTrue(r.problems().get(0).contains("scenario.yaml: line ") && r.problems().get(0)
                        .contains("'fifty' is not a number"), r.problems().toString()),
                () -> assertEquals(0, bot.model().require("investment").value().compareTo(java.math.BigDecimal.valueOf(50))));

        Files.writeString(scenario, good.replaceFirst("value: 50\n", "value: 45\n"));
        Path lexicon = home.resolve("config/lexicon.yaml");
        Files.writeString(lexicon, Files.readString(lexicon).replace("'\\bq1\\b'", "'\\bq1(\\b'"));
        Thesisbot.ReloadReport both = bot.reload("test");
        assertFalse(both.ok(), "one bad file blocks the whole reload");
        assertTrue(both.problems().get(0).contains("lexicon.yaml: line "), both.problems().toString());
        assertEquals(0, bot.model().require("investment").value().compareTo(java.math.BigDecimal.valueOf(50)));
    }

    @Test
    void an_input_whose_quote_disappears_is_flagged_and_still_serves(@TempDir Path home) throws IOException {
        TestHomes.create(home);
        Thesisbot bot = TestHomes.bot(home);
        Path seed = home.resolve("documents/amazon-openai-50b-bet.md");
        Files.writeString(seed, Files.readString(seed).replace("$11 billion data center campus in Indiana",
                "$11 billion campus in Indiana"));

        Thesisbot.ReloadReport r = bot.reload("test");

        Answer a = bot.assistant().ask(Question.of("What is Amazon's total Anthropic commitment?"));
        assertAll(
                () -> assertTrue(r.ok(), r.toString()),
                () -> assertEquals(List.of("changed amazon-openai-50b-bet"), r.changes()),
                () -> assertTrue(bot.model().require("anthropic_campus").provenance().flag().startsWith(
                        "its quote \"$11 billion data center campus in Indiana\" is no longer in document 'amazon-openai-50b-bet'"),
                        bot.model().require("anthropic_campus").provenance().flag()),
                () -> assertTrue(a.text().contains("$19B"), a.text()),
                () -> assertTrue(a.text().contains("flagged: its quote"), a.text()));
    }

    @Test
    void reload_is_for_admins_only(@TempDir Path home) {
        TestHomes.create(home);
        Thesisbot bot = TestHomes.bot(home);
        Answer refused = bot.assistant().command("reload", "UOTHER0001");
        Answer cli = bot.assistant().command("reload", null);
        Answer done = bot.assistant().command("reload", TestHomes.ADMIN);
        assertAll(
                () -> assertTrue(refused.text().contains("is for the admins listed in `slack.admins`"), refused.text()),
                () -> assertTrue(cli.text().contains("is for the admins"), cli.text()),
                () -> assertEquals("Nothing changed: documents/ and config/ are what is serving.", done.text()),
                () -> assertFalse(bot.assistant().isInstant("reload")));
    }

    @Test
    void a_document_about_a_subject_the_code_has_never_seen_is_answered_from(@TempDir Path home) {
        TestHomes.create(home);
        Thesisbot bot = TestHomes.bot(home);
        Answer before = bot.assistant().ask(Question.of("What does the graphite note say about fluorine emissions?"));
        TestHomes.add(home, "new-subject/graphite-anodes-quebec.md");
        assertTrue(bot.reload("test").ok());

        Answer fluorine = bot.assistant().ask(Question.of("What does the graphite note say about fluorine emissions?"));
        Answer customer = bot.assistant().ask(Question.of("Who is the anode plant's main customer?"));
        assertAll(
                () -> assertTrue(before.route() == Route.OUT_OF_SCOPE || before.citations().isEmpty(), before.text()),
                () -> assertEquals(Route.NARRATIVE, fluorine.route(), fluorine.text()),
                () -> assertTrue(fluorine.text().contains("closed-loop scrubber"), fluorine.text()),
                () -> assertTrue(fluorine.citations().stream().allMatch(c -> c.document().equals("graphite-anodes-quebec")
                        && c.published().toString().equals("2026-03-04")), fluorine.citations().toString()),
                () -> assertTrue(customer.text().contains("battery cell maker in Ontario"), customer.text()));
    }

    @Test
    void the_watcher_reloads_once_after_a_burst_of_changes(@TempDir Path home) throws Exception {
        TestHomes.create(home);
        ConcurrentLinkedQueue<String> reasons = new ConcurrentLinkedQueue<>();
        CountDownLatch fired = new CountDownLatch(1);
        try (CorpusWatcher w = new CorpusWatcher(home.resolve("documents"), home.resolve("config"), Duration.ofMillis(300),
                r -> {
                    reasons.add(r);
                    fired.countDown();
                }).start()) {
            TestHomes.add(home, "documents/amazon-openai-term-sheet.html");
            Files.writeString(home.resolve("config/thesisbot.yaml"), Files.readString(home.resolve("config/thesisbot.yaml")));
            assertTrue(fired.await(20, TimeUnit.SECONDS), "a reload within the debounce time of the last change");
            Thread.sleep(500);
        }
        assertEquals(1, reasons.size(), reasons.toString());
        assertTrue(reasons.peek().contains("documents/amazon-openai-term-sheet.html"), reasons.toString());
        assertFalse(reasons.peek().contains("thesisbot.yaml"), "settings are read at start only");
    }
}
