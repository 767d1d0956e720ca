package org.thesisbot.slack.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.AnswerListener;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.BadQuestionException;
import org.thesisbot.core.api.Question;

/**
 * A deterministic {@link Assistant} for adapter tests (our own port, so a hand-written implementation is
 * fair). It routes on keywords and returns {@link SampleAnswers}:
 * <ul>
 *   <li>"stake" -> numeric; "aws" -> numeric with an assumption; "compare" -> three scenarios;</li>
 *   <li>"why" -> LLM narrative, streamed sentence by sentence through {@link AnswerListener#chunk};</li>
 *   <li>"risk" -> extractive narrative (no chunks); "mixed" -> numbers and a streamed narrative;</li>
 *   <li>"swap" -> streams one text, then returns a different narrative (the brain's fallback);</li>
 *   <li>"flood" -> streams 320 sentences with mrkdwn bold (a model that ignores max_tokens);</li>
 *   <li>"boom" -> throws an internal error; "empty" -> throws {@link BadQuestionException};</li>
 *   <li>"slow-stake" (command) -> instant by {@link #isInstant}, but takes 2.5 s;</li>
 *   <li>anything else -> help.</li>
 * </ul>
 * It records every question and command, and can hold answers until released ({@link #hold()}).
 */
public final class ScriptedAssistant implements Assistant {
    private final List<Question> questions = new ArrayList<>();
    private final List<String> commands = new ArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();
    private volatile CountDownLatch gate;
    private final AtomicInteger waiting = new AtomicInteger();

    @Override
    public Answer ask(Question question, AnswerListener listener) {
        synchronized (this) {
            questions.add(question);
            notifyAll();
        }
        awaitGate();
        return answer(question.text(), listener);
    }

    @Override
    public Answer command(String text, String user) {
        synchronized (this) {
            commands.add(text);
            notifyAll();
        }
        if (text.toLowerCase(Locale.ROOT).startsWith("slow-stake")) {
            try {
                Thread.sleep(2_500); // "instant" by its grammar, but slow: the ack must not wait for it
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return answer(text, AnswerListener.NONE);
    }

    @Override
    public boolean isInstant(String commandText) {
        String t = commandText.toLowerCase(Locale.ROOT);
        return t.startsWith("stake") || t.startsWith("compare") || t.startsWith("aws") || t.startsWith("boom-instant")
                || t.startsWith("slow-stake");
    }

    public synchronized List<Question> questions() {
        return List.copyOf(questions);
    }

    public synchronized List<String> commands() {
        return List.copyOf(commands);
    }

    /** Blocks every ask() until the returned latch is counted down. */
    public CountDownLatch hold() {
        gate = new CountDownLatch(1);
        return gate;
    }

    /** How many ask() calls are currently held. */
    public int held() {
        return waiting.get();
    }

    /** Waits (up to 15 s) until {@code n} asks are held at the gate. */
    public void awaitHeld(int n) {
        long deadline = System.currentTimeMillis() + 15_000;
        while (waiting.get() < n) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("expected " + n + " held questions, got " + waiting.get());
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void awaitGate() {
        CountDownLatch g = gate;
        if (g == null) {
            return;
        }
        waiting.incrementAndGet();
        try {
            if (!g.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("test gate never opened");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            waiting.decrementAndGet();
        }
    }

    private Answer answer(String text, AnswerListener listener) {
        String t = text.toLowerCase(Locale.ROOT);
        String id = String.format("q-%010x", 0xa000 + ids.incrementAndGet());
        if (t.contains("boom")) {
            throw new IllegalStateException("the scripted brain failed on purpose");
        }
        if (t.isBlank() || t.contains("empty")) {
            throw new BadQuestionException("Ask a question: the message was empty.");
        }
        if (t.contains("compare")) {
            return SampleAnswers.comparison(id);
        }
        if (t.contains("mixed")) {
            listener.status("Checking the scenario model…");
            stream(listener, SampleAnswers.NARRATIVE);
            return SampleAnswers.mixed(id);
        }
        if (t.contains("stake")) {
            return SampleAnswers.numeric(id);
        }
        if (t.contains("aws")) {
            return SampleAnswers.withAssumption(id);
        }
        if (t.contains("flood")) {
            String flood = SampleAnswers.flood(320);
            stream(listener, flood);
            return SampleAnswers.narrative(id, "llm:gpt-4o-mini", flood);
        }
        if (t.contains("swap")) {
            listener.status("Writing a cited answer…");
            stream(listener, "A first draft that the guard will replace. ");
            return SampleAnswers.narrative(id, "extractive");
        }
        if (t.contains("why")) {
            listener.status("Reading the sources…");
            stream(listener, SampleAnswers.NARRATIVE);
            return SampleAnswers.narrative(id, "llm:gpt-4o-mini");
        }
        if (t.contains("risk")) {
            return SampleAnswers.narrative(id, "extractive");
        }
        return SampleAnswers.help(id);
    }

    private static void stream(AnswerListener listener, String text) {
        for (String sentence : text.split("(?<=\\. )")) {
            listener.chunk(sentence);
        }
    }
}
