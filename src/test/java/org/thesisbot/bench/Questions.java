package org.thesisbot.bench;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.thesisbot.core.grounding.GroundingFixtures;

/**
 * What the benchmarks ask: numeric questions with varied figures (so every answer is computed, none is the
 * same string twice in a row), narrative questions from the grounding golden set, and slash-command
 * numeric queries. Seeded, so every run asks the same sequence.
 */
final class Questions {
    private static final String[] NUMERIC = {
            "what stake would $%dB buy at $%dB?",
            "what stake would $%dB buy at an $%dB valuation?",
            "how much is Amazon's stake worth at a $%2$dB valuation?",
            "what is the MOIC if OpenAI is worth $%2$dB?",
    };
    /** Follow-ups without a mention: each changes one figure and keeps the thread's others. */
    private static final String[] FOLLOW_UPS = {
            "what if it's a $%2$dB post-money?",
            "and with a $%dB check?",
    };
    private static final String[] COMMANDS = {
            "stake investment=%d post_money_valuation=%d",
            "moic exit_valuation=%2$d",
            "stake_value investment=%d exit_valuation=%d",
    };

    private final SplittableRandom random;
    private final List<String> narrative;

    Questions(long seed) {
        this.random = new SplittableRandom(seed);
        this.narrative = GroundingFixtures.narrativeQuestions().stream()
                .map(GroundingFixtures.NarrativeQuestion::question).toList();
    }

    /** A numeric question, e.g. "what stake would $37B buy at $910B?". */
    String numeric() {
        return String.format(Locale.ROOT, NUMERIC[random.nextInt(NUMERIC.length)], investment(), valuation());
    }

    /** A numeric follow-up in a thread, e.g. "and with a $40B check?" (the thread's valuation is kept). */
    String followUp() {
        return String.format(Locale.ROOT, FOLLOW_UPS[random.nextInt(FOLLOW_UPS.length)], investment(), valuation());
    }

    /** A narrative question ("why is Amazon doing this?"), answered by retrieval and the extractive writer. */
    String narrative() {
        return narrative.get(random.nextInt(narrative.size()));
    }

    /** The text of a numeric {@code /scenario} command, e.g. "stake investment=40 post_money_valuation=1200". */
    String command() {
        return String.format(Locale.ROOT, COMMANDS[random.nextInt(COMMANDS.length)], investment(), valuation());
    }

    /** Investments of $10B..$100B. */
    private int investment() {
        return 10 + random.nextInt(91);
    }

    /** Valuations of $400B..$1,600B. */
    private int valuation() {
        return 400 + 10 * random.nextInt(121);
    }
}
