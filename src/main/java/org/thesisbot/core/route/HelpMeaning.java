package org.thesisbot.core.route;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.thesisbot.core.grounding.SentenceEmbeddings;
import org.thesisbot.core.lexicon.Lexicon;
import org.thesisbot.core.scenario.Metric;

/**
 * "hey what can this bot do", "new here, how does this thing work": asking the bot what it does, in words
 * no help phrase names. Decided by meaning (the sentence-embedding model the sources use), against example
 * phrasings kept as data: the ways of asking what the bot does ({@code routing.help_examples} in
 * config/lexicon.yaml) and, for contrast, questions and requests that ask something else (the lexicon's
 * {@code routing.other_requests}, the metrics' example phrasings, the documents' anticipated questions), all
 * embedded once at start.
 *
 * <p>A question is compared part by part: as a whole and clause by clause ("hello! first time using thesisbot,
 * where do i start" asks for help in its last clause only). It asks for help when its most help-like part is
 * close to a help example ({@value #MIN}) and closer, by {@value #MARGIN}, than any of its parts is to a
 * question about something else: a question with a part about the deal or a metric is about the deal or the
 * metric.
 */
public final class HelpMeaning {
    /**
     * The cosine at or above which a part of a question is close to a help example (labelled sets: 65 of 67 help
     * questions at or above it with the margin; none of the other 2,953).
     */
    static final double MIN = 0.45;
    /** How much closer to a help example than to anything else the question must be. */
    static final double MARGIN = 0.05;
    private static final Pattern FIGURES = Pattern.compile("[-$]?\\d[\\d,.]*\\s?[a-z%]*");
    /** Where a question's clauses part: sentence ends, colons, semicolons, commas, dashes between spaces. */
    private static final Pattern CLAUSES = Pattern.compile("[?!;:]+|\\.(?:\\s|$)|\\s[-\u2013\u2014]+\\s|,\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final SentenceEmbeddings embeddings;
    private final List<float[]> help;
    private final List<float[]> other;

    /**
     * @param examples the ways of asking what the bot does
     * @param others   questions and requests that ask something else, embedded as questions
     */
    private HelpMeaning(SentenceEmbeddings embeddings, List<String> examples, List<float[]> others) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no help examples");
        }
        this.embeddings = embeddings;
        this.help = embeddings.embedQueries(examples.stream().map(HelpMeaning::words).toList());
        this.other = List.copyOf(others);
    }

    /**
     * @param examples the ways of asking what the bot does
     * @param others   questions and requests that ask something else
     */
    public static HelpMeaning of(SentenceEmbeddings embeddings, List<String> examples, List<String> others) {
        return new HelpMeaning(embeddings, examples, embeddings.embedQueries(others));
    }

    /**
     * Help by meaning as the bot reads it: the lexicon's ways of asking what the bot does, against its other requests,
     * the metrics' example phrasings and the documents' anticipated questions. The anticipated questions are looked up
     * in {@code index}, which embedded them when it indexed the documents (nothing to embed again at start); the rest
     * go through {@code embeddings}, whose cache outlives reloads.
     */
    public static HelpMeaning of(SentenceEmbeddings embeddings, SentenceEmbeddings index, Lexicon lexicon,
                                 Map<Metric, List<String>> metricExamples, List<String> anticipated) {
        List<String> others = new ArrayList<>(lexicon.routing().otherRequests());
        metricExamples.values().forEach(others::addAll);
        List<float[]> vectors = new ArrayList<>(embeddings.embedQueries(others));
        vectors.addAll(index.embedQueries(anticipated));
        return new HelpMeaning(embeddings, lexicon.routing().helpExamples(), vectors);
    }

    /**
     * How close the question is to asking for help.
     *
     * @param help  the closest help example's similarity to the question's most help-like part
     * @param other the closest other example's similarity to the question's most other-like part
     */
    public record Closeness(double help, double other) {
        public boolean asksForHelp() {
            return help >= MIN && help - other >= MARGIN;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.2f (else %.2f)", help, other);
        }
    }

    /** @param question the normalised question; its figures are left out */
    public Closeness closeness(String question) {
        List<String> parts = parts(question);
        if (parts.isEmpty()) {
            return new Closeness(0, 0);
        }
        double bestHelp = -1;
        double bestOther = -1;
        for (float[] q : embeddings.embedQueries(parts)) {
            bestHelp = Math.max(bestHelp, closest(q, help));
            bestOther = Math.max(bestOther, closest(q, other));
        }
        return new Closeness(bestHelp, bestOther);
    }

    /** True when the question asks what the bot does (see {@link Closeness#asksForHelp}). */
    public boolean asksForHelp(String question) {
        return closeness(question).asksForHelp();
    }

    /** A clause with no noun of its own, only a pronoun for what the clause before it named: "what is it exactly". */
    private static final java.util.regex.Pattern POINTS_BACK = java.util.regex.Pattern.compile(
            "(?:and |so |but |ok )?(?:what|why|how|which|who|where|when)(?:'s| is| was| are| were| does| do| did| would| will)? "
                    + "(?:it|that|this|they|them|those|these)(?: \\w+)?");

    /** The question without its figures, then each clause of two words or more, if it has more than one. */
    static List<String> parts(String question) {
        String whole = words(question);
        List<String> parts = new ArrayList<>();
        if (whole.isEmpty()) {
            return parts;
        }
        parts.add(whole);
        List<String> clauses = new ArrayList<>();
        for (String c : CLAUSES.split(whole)) {
            String t = c.trim();
            if (!clauses.isEmpty() && POINTS_BACK.matcher(t).matches()) {
                // "…one big risk w/ amzn backing both labs, what is it exactly": the pronoun is the clause before it
                clauses.set(clauses.size() - 1, clauses.get(clauses.size() - 1) + " " + t);
            } else if (SPACES.split(t).length >= 2) {
                clauses.add(t);
            }
        }
        if (clauses.size() > 1 || clauses.size() == 1 && !clauses.get(0).equals(whole)) {
            parts.addAll(clauses);
        }
        return parts;
    }

    private static String words(String text) {
        return SPACES.matcher(FIGURES.matcher(text).replaceAll(" ")).replaceAll(" ").trim();
    }

    private double closest(float[] q, List<float[]> examples) {
        double best = -1;
        for (float[] e : examples) {
            best = Math.max(best, embeddings.similarity(q, e));
        }
        return best;
    }
}
