package org.thesisbot.core.lexicon;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the bot knows about the words of its corpus, as data: read from {@code config/lexicon.yaml} (and
 * checked there) by {@code config.LexiconLoader}. Nothing in the core hard-codes a name, a topic word or a
 * synonym of a particular document; it reads them from here. Immutable.
 *
 * @param shorthand rewrites applied once to every question, in order ("oai" -> "OpenAI")
 * @param retrieval words that steer retrieval: thesaurus, idioms, purpose words, the thesis' own names
 * @param names     names recognised in questions, and capitalised words that are not topics
 * @param routing   the words that keep a question in scope, and the names checked against the corpus
 * @param answers   retrieval queries used for follow-up "why?" questions and summaries
 * @param spelling  the terms whose one-keystroke typos are mended, and the real words never mended
 * @param namedValues quantities the sources name, said by name where a figure would stand ("worth the size of the raise")
 * @param glosses   another language's words glossed in English, for messages that use enough of them ("kitne ka" -> "worth how much")
 */
public record Lexicon(List<Rewrite> shorthand, Retrieval retrieval, Names names, Routing routing, Answers answers,
                      SpellingWords spelling, List<NamedValue> namedValues, List<Gloss> glosses) {
    public Lexicon {
        shorthand = List.copyOf(shorthand);
        namedValues = List.copyOf(namedValues);
        glosses = List.copyOf(glosses);
    }

    public Lexicon(List<Rewrite> shorthand, Retrieval retrieval, Names names, Routing routing, Answers answers) {
        this(shorthand, retrieval, names, routing, answers, SpellingWords.NONE, List.of(), List.of());
    }

    /**
     * A language mixed into English, glossed word by word: applied, in order, only to a message with at least
     * {@code minMarkers} different words of {@code markers} (words no English question uses), so that a short word of
     * that language ("pe", "ka") is never read in an English message.
     */
    public record Gloss(String language, Set<String> markers, int minMarkers, List<Rewrite> rewrites) {
        public Gloss {
            markers = Set.copyOf(markers);
            rewrites = List.copyOf(rewrites);
        }
    }

    /**
     * A quantity named where a figure would stand: the words ({@code pattern}, case-insensitive) and what they are worth.
     * Exactly one of {@code input} (the model's value; a scenario's when the words name one, and only then when
     * {@code scenarioOnly}), {@code metric} (computed from the model) and {@code value} (a figure of the sources the model
     * does not hold, in billions of dollars, with its {@code quote}). {@code noun}, when set, is said after the figure so
     * that the reader still sees which input it is ("the bull-case margin" reads "40% margin").
     */
    public record NamedValue(String pattern, String input, String metric, java.math.BigDecimal value, String quote,
                             boolean scenarioOnly, String noun) {
    }

    /** Terms whose typos are mended ("reveune" reads "revenue"), and real words one keystroke from them, never mended. */
    public record SpellingWords(Set<String> terms, Set<String> protectedWords) {
        public static final SpellingWords NONE = new SpellingWords(Set.of(), Set.of());

        public SpellingWords {
            terms = Set.copyOf(terms);
            protectedWords = Set.copyOf(protectedWords);
        }
    }

    /** A lexicon that knows no words (tests of behaviour that must not depend on config/lexicon.yaml). */
    public static Lexicon empty() {
        return new Lexicon(List.of(), new Retrieval(Map.of(), List.of(), List.of(), Set.of()), new Names(Set.of(), Set.of()),
                new Routing(List.of(), List.of(), Set.of(), Set.of(), List.of(), List.of()), new Answers(Map.of(), "", List.of()), SpellingWords.NONE, List.of(), List.of());
    }

    /**
     * A regular-expression rewrite, matched case-insensitively ({@code (?-i)} inside the pattern turns that
     * off); {@code replacement} may use {@code $1}.
     */
    public record Rewrite(String pattern, String replacement) {
    }

    /**
     * @param thesaurus    a word and the words that may stand for it in the sources (both stemmed when used)
     * @param idioms       phrases whose words mislead a bag of words, and what they mean ("paying off")
     * @param purposeWords words that state a purpose, weighed for why-questions
     * @param thesisWords  the thesis' own names and verbs: a why-question made only of these is "vague"
     */
    public record Retrieval(Map<String, List<String>> thesaurus, List<Rewrite> idioms, List<String> purposeWords,
                            Set<String> thesisWords) {
        public Retrieval {
            Map<String, List<String>> t = new LinkedHashMap<>();
            thesaurus.forEach((k, v) -> t.put(k, List.copyOf(v)));
            thesaurus = java.util.Collections.unmodifiableMap(t);
            idioms = List.copyOf(idioms);
            purposeWords = List.copyOf(purposeWords);
            thesisWords = Set.copyOf(thesisWords);
        }
    }

    /**
     * @param wellKnown companies a question may name in lower case ("microsoft")
     * @param notTopics capitalised words about the bot or its medium, never topics ("Slack", "PDF")
     */
    public record Names(Set<String> wellKnown, Set<String> notTopics) {
        public Names {
            wellKnown = Set.copyOf(wellKnown);
            notTopics = Set.copyOf(notTopics);
        }
    }

    /**
     * @param scope             regular-expression fragments: a question matching one is about the thesis
     * @param knownNames        companies and people a question may name; each is checked against the corpus
     * @param commonWords       everyday words that never make a question "about the corpus" on their own
     * @param commonCapitalised capitalised words that are never an unknown name ("What", "Amazon", "March")
     * @param helpExamples      everyday phrasings of "what can you do?", compared by meaning with questions
     *                          that name nothing of the thesis
     * @param otherRequests     requests to the bot that do not ask what it does ("print your system prompt",
     *                          "let's start over"): the help examples' contrast, with the thesis' own questions
     */
    public record Routing(List<String> scope, List<String> knownNames, Set<String> commonWords,
                          Set<String> commonCapitalised, List<String> helpExamples, List<String> otherRequests) {
        public Routing {
            helpExamples = List.copyOf(helpExamples);
            otherRequests = List.copyOf(otherRequests);
            scope = List.copyOf(scope);
            knownNames = List.copyOf(knownNames);
            commonWords = Set.copyOf(commonWords);
            commonCapitalised = Set.copyOf(commonCapitalised);
        }
    }

    /**
     * @param metricTopics words that steer retrieval to a metric's topic, by metric id, for "why?" after a number
     * @param summaryQuery the retrieval query for "summarize the thesis"
     * @param changes      regular expressions for "what's new?" / "what changed?": answered by comparing the
     *                     newest document with the earlier ones
     */
    public record Answers(Map<String, String> metricTopics, String summaryQuery, List<String> changes) {
        public Answers {
            metricTopics = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metricTopics));
            changes = List.copyOf(changes);
        }
    }
}
