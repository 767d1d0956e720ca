package org.thesisbot.core.grounding;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.thesisbot.core.api.AnswerListener;
import org.thesisbot.core.api.BadQuestionException;
import org.thesisbot.core.api.Citation;
import org.thesisbot.core.api.Telemetry;
import org.thesisbot.core.api.MetricResult;

/**
 * Narrative answers from the sources: retrieve, decide whether the sources cover the question, have the
 * writer draft an answer, let the guard check it sentence by sentence (falling back to the extractive
 * answer if nothing survives), and number the citations 1..m in order of first use. A writer that streams
 * (calls {@code chunk}) has each sentence checked as it completes; only checked sentences reach the
 * listener, and what reaches it is exactly the answer's text. Thread-safe.
 */
public final class Grounding {
    public static final int DEFAULT_MAX_QUESTION_CHARS = 2000;
    private static final int QUOTE_WORDS = 30;
    private static final int MAX_DISAGREEMENTS = 2;

    private final Retriever retriever;
    private final AnswerWriter writer;
    private final ExtractiveWriter extractive;
    private final GroundingGuard guard;
    private final int topK;
    /** Passages the extractive writer chooses its sentences from (at least {@link #topK}). */
    private final int extractivePool;
    private final double minRelevance;
    private final String coverage;
    private final Telemetry telemetry;
    private final int maxQuestionChars;
    private final Claims claims;

    public Grounding(Retriever retriever, AnswerWriter writer, ExtractiveWriter extractive, GroundingGuard guard,
                     int topK, double minRelevance, String coverage, Telemetry telemetry) {
        this(retriever, writer, extractive, guard, topK, minRelevance, coverage, telemetry, DEFAULT_MAX_QUESTION_CHARS);
    }

    /** @param maxQuestionChars longer questions are refused with a {@link BadQuestionException} (server.question_max_chars) */
    public Grounding(Retriever retriever, AnswerWriter writer, ExtractiveWriter extractive, GroundingGuard guard,
                     int topK, double minRelevance, String coverage, Telemetry telemetry, int maxQuestionChars) {
        this(retriever, writer, extractive, guard, topK, minRelevance, coverage, telemetry, maxQuestionChars,
                new Claims(List.of()));
    }

    /**
     * @param claims the figures the documents state: when a cited passage states a figure that another document
     *               states differently, the answer says so, newer source first
     */
    public Grounding(Retriever retriever, AnswerWriter writer, ExtractiveWriter extractive, GroundingGuard guard,
                     int topK, double minRelevance, String coverage, Telemetry telemetry, int maxQuestionChars,
                     Claims claims) {
        this(retriever, writer, extractive, guard, topK, minRelevance, coverage, telemetry, maxQuestionChars, claims, topK);
    }

    /**
     * @param extractivePool how many passages the extractive writer chooses its sentences from (the LLM writer gets the
     *                       top {@code topK}): the writer scores every sentence of them by how well it answers, so a
     *                       sentence that answers in a passage retrieval ranked lower is still found; at least topK
     */
    public Grounding(Retriever retriever, AnswerWriter writer, ExtractiveWriter extractive, GroundingGuard guard,
                     int topK, double minRelevance, String coverage, Telemetry telemetry, int maxQuestionChars,
                     Claims claims, int extractivePool) {
        this.claims = Objects.requireNonNull(claims, "claims");
        this.retriever = Objects.requireNonNull(retriever, "retriever");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.extractive = Objects.requireNonNull(extractive, "extractive");
        this.guard = Objects.requireNonNull(guard, "guard");
        if (topK < 1) {
            throw new IllegalArgumentException("topK must be at least 1");
        }
        this.topK = topK;
        this.extractivePool = Math.max(topK, extractivePool);
        this.minRelevance = minRelevance;
        this.coverage = Objects.requireNonNull(coverage, "coverage");
        this.telemetry = telemetry == null ? Telemetry.NOOP : telemetry;
        this.maxQuestionChars = maxQuestionChars;
    }

    /** The top-k passages for the question, best first; empty for a blank question. */
    public List<ScoredPassage> retrieve(String question) {
        if (question == null || question.isBlank()) {
            return List.of();
        }
        checkLength(question);
        return retriever.retrieve(question.strip(), extractivePool);
    }

    public double minRelevance() {
        return minRelevance;
    }

    /**
     * Answers from {@code retrieved} (normally {@link #retrieve}'s result). Below the relevance threshold
     * the answer says the sources don't cover the question and no writer is called. The validated text is
     * also sent once to {@code listener.chunk}.
     *
     * @param numbers the scenario core's results for a mixed question (figures the answer may use); may be empty
     */
    public GroundedAnswer answer(String question, List<ScoredPassage> retrieved, List<MetricResult> numbers,
                                 AnswerListener listener) {
        return answer(question, retrieved, numbers, listener, List.of());
    }

    /** As {@link #answer(String, List, List, AnswerListener)}, with the lines the asker pasted from the sources (a quote). */
    public GroundedAnswer answer(String question, List<ScoredPassage> retrieved, List<MetricResult> numbers,
                                 AnswerListener listener, List<String> pasted) {
        if (question == null || question.isBlank()) {
            throw new BadQuestionException("The question is empty. Ask something about the sources, e.g. \"Why would Amazon invest in OpenAI?\"");
        }
        checkLength(question);
        AnswerListener out = listener == null ? AnswerListener.NONE : listener;
        List<ScoredPassage> passages = retrieved == null ? List.of() : retrieved.stream().limit(extractivePool).toList();
        if (numbers != null && !numbers.isEmpty() && REFERS_BACK.matcher(question).find()) {
            passages = withFigures(question.strip(), passages, numbers);
        }
        if (passages.isEmpty()) {
            return uncovered(out, List.of());
        }
        // a writer reads the top k passages; when no sentence of them answers, the extractive writer looks for one in
        // the wider pool (a sentence that answers in a passage retrieval ranked lower)
        WriteRequest wide = new WriteRequest(question.strip(), passages, numbers == null ? List.of() : numbers, pasted);
        WriteRequest narrow = new WriteRequest(wide.question(), passages.subList(0, Math.min(topK, passages.size())), wide.numbers(),
                pasted);
        // no passage is relevant as a whole: a sentence may still answer ("which kpi goes on the dashboard" and "the
        // primary financial indicator to monitor"), and then the extractive writer quotes it; no model is called
        // (with sentence embeddings only: without them the passage score is all there is to go on)
        boolean weak = passages.get(0).score() < minRelevance;
        if (weak && !extractive.semantic()) {
            return uncovered(out, List.of());
        }
        out.status("Writing an answer from the sources…");
        List<String> notes = new ArrayList<>();
        WriteRequest request;
        GuardedStream stream;
        Draft draft;
        if (weak || writer == extractive) {
            ExtractiveWriter.Written written = extractive.write(narrow, wide, weak);
            if (written == null) {
                return uncovered(out, List.of());
            }
            request = written.request();
            draft = written.draft();
            stream = new GuardedStream(guard, request, out);
        } else {
            request = narrow;
            stream = new GuardedStream(guard, request, out);
            draft = draft(writer, request, out, stream, notes);
        }
        if (stream.received() && !stream.shownAnything() && !stream.rawText().strip().equals(draft.text().strip())) {
            stream = new GuardedStream(guard, request, out); // the writer streamed, then answered differently (a fallback)
        }
        if (!stream.received()) {
            stream.append(draft.text());
        }
        GuardedStream.Result result = stream.finish();
        count(result);
        if (result.noCoverage()) {
            return uncovered(out, List.of());
        }
        if (result.isEmpty() && !ExtractiveWriter.NAME.equals(draft.answerer())) {
            telemetry.increment("thesisbot.llm.fallbacks");
            notes.add("The model's answer did not pass the citation check, so this answer is drawn directly from the sources.");
            notes.addAll(repairNotes(result));
            ExtractiveWriter.Written written = extractive.write(narrow, wide, false);
            request = written.request();
            draft = written.draft();
            stream = new GuardedStream(guard, request, out);
            stream.append(draft.text());
            result = stream.finish();
            count(result);
        } else {
            notes.addAll(repairNotes(result));
        }
        if (result.isEmpty() || result.noCoverage()) {
            return uncovered(out, notes);
        }
        notes.addAll(draft.notes());
        List<Citation> citations = new ArrayList<>();
        Map<String, Citation> byPassage = new java.util.LinkedHashMap<>();
        for (Map.Entry<Integer, Integer> e : sorted(result.renumber())) {
            Passage p = request.passages().get(e.getKey() - 1).passage();
            Citation c = new Citation(e.getValue(), p.document(), guard.links().clean(p.title()), p.paragraph(),
                    guard.links().clean(quote(p, result.original(), e.getKey())), p.publisher(), p.published(), p.url());
            citations.add(c);
            byPassage.put(p.id(), c);
        }
        String text = result.shown();
        String disagreements = disagreements(byPassage, request.passages());
        if (!disagreements.isEmpty()) {
            out.chunk("\n" + disagreements);
            text = text + "\n" + disagreements;
            citations = List.copyOf(byPassage.values());
        }
        return new GroundedAnswer(true, text, citations, draft.answerer(), notes);
    }

    /**
     * "_Sources disagree:_ As of 2026-03-02 (Northbridge Wire): $40B [2]; earlier (AInvest, 2026-02-10): $50B [1]" for
     * each figure of a cited passage that another document states differently (at most two), newest first.
     * Passages not cited yet are added to {@code byPassage} with the next numbers.
     */
    private String disagreements(Map<String, Citation> byPassage, List<ScoredPassage> given) {
        List<Passage> cited = given.stream().map(ScoredPassage::passage).filter(p -> byPassage.containsKey(p.id())).toList();
        StringBuilder sb = new StringBuilder();
        for (Claims.Disagreement d : claims.disagreements(cited, MAX_DISAGREEMENTS)) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append("_Sources disagree:_ ").append(d.describe(c -> " " + Changes.marker(c.passage(), c.sentence(), byPassage)))
                    .append('.');
        }
        return sb.toString();
    }

    /** "why does that matter?", "is it working?", "why are they willing to…": the clause is about something said before it. */
    private static final Pattern REFERS_BACK = Pattern.compile(
            "(?i)\\b(?:it|they|them|their)\\b|\\b(?:that|this)\\b\\s*(?:$|[?,.!]|(?:a|an|the|is|was|'s|so|really|just|supposed|"
                    + "mean|means|matter|matters|work|works|end|leave|leaves|do|does|signal|signals|tell|tells|imply)\\b)");

    /**
     * The narrative clause of a mixed question often points at the figures ("…and why does that matter?"):
     * retrieve again with the computed metrics' names and keep the best passages of both retrievals.
     */
    private List<ScoredPassage> withFigures(String question, List<ScoredPassage> passages, List<MetricResult> numbers) {
        StringBuilder q = new StringBuilder(question);
        numbers.stream().map(MetricResult::label).distinct().forEach(l -> q.append(' ').append(l));
        Map<String, ScoredPassage> best = new java.util.LinkedHashMap<>();
        for (ScoredPassage p : passages) {
            best.put(p.passage().id(), p);
        }
        for (ScoredPassage p : retrieve(q.length() > maxQuestionChars ? question : q.toString())) {
            best.merge(p.passage().id(), p, (a, b) -> a.score() >= b.score() ? a : b);
        }
        return best.values().stream().sorted(java.util.Comparator.comparingDouble(ScoredPassage::score).reversed())
                .limit(extractivePool).toList();
    }

    /**
     * Runs a writer. Its status lines go to the reader; its chunks go to {@code stream} (the guard), never
     * straight to the reader. A writer that throws is replaced by the extractive writer.
     */
    private Draft draft(AnswerWriter w, WriteRequest request, AnswerListener out, GuardedStream stream, List<String> notes) {
        AnswerListener guarded = new AnswerListener() {
            @Override
            public void status(String status) {
                out.status(status);
            }

            @Override
            public void chunk(String raw) {
                if (stream != null) {
                    stream.append(raw);
                }
            }
        };
        try {
            return w.write(request, guarded);
        } catch (RuntimeException e) {
            if (w == extractive) {
                throw e;
            }
            telemetry.increment("thesisbot.llm.fallbacks");
            notes.add("The answer writer failed, so this answer is drawn directly from the sources.");
            return extractive.write(request, AnswerListener.NONE);
        }
    }

    private static List<Map.Entry<Integer, Integer>> sorted(Map<Integer, Integer> renumber) {
        return renumber.entrySet().stream().sorted(Map.Entry.comparingByValue()).toList();
    }

    private GroundedAnswer uncovered(AnswerListener out, List<String> notes) {
        telemetry.increment("thesisbot.grounding.uncovered");
        String text = "The sources don't cover that. " + guard.links().clean(coverage);
        out.chunk(text);
        return new GroundedAnswer(false, text, List.of(), "none", notes);
    }

    /** The passage sentence closest to what the answer says with marker {@code n}, shortened to a quote. */
    private static String quote(Passage passage, String answer, int n) {
        Set<String> claimed = new HashSet<>();
        for (String line : answer.split("\n")) {
            for (String s : Sentences.split(line)) {
                if (Markers.cited(s).contains(n)) {
                    claimed.addAll(Terms.of(Markers.strip(s)));
                }
            }
        }
        String best = null;
        double bestScore = -1;
        for (String s : Sentences.split(passage.text())) {
            List<String> terms = Terms.of(s);
            double score = terms.isEmpty() ? 0 : terms.stream().filter(claimed::contains).count() / Math.sqrt(terms.size());
            if (score > bestScore) {
                best = s;
                bestScore = score;
            }
        }
        String[] words = (best == null ? passage.text() : best).split("\\s+");
        if (words.length <= QUOTE_WORDS) {
            return String.join(" ", words);
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, 0, QUOTE_WORDS)) + "…";
    }

    private void count(GuardedStream.Result result) {
        for (GroundingGuard.Repair r : result.repairs()) {
            telemetry.increment("thesisbot.grounding.repairs", "kind", r.kind().tag());
        }
    }

    private static List<String> repairNotes(GuardedStream.Result checked) {
        Map<GroundingGuard.Kind, Integer> dropped = new EnumMap<>(GroundingGuard.Kind.class);
        int markers = 0;
        for (GroundingGuard.Repair r : checked.repairs()) {
            if (r.dropped()) {
                dropped.merge(r.kind(), 1, Integer::sum);
            } else {
                markers++;
            }
        }
        List<String> notes = new ArrayList<>();
        dropped.forEach((kind, count) -> notes.add("Removed " + count + (count == 1 ? " sentence " : " sentences ") + switch (kind) {
            case BAD_CITATION -> "whose citation did not check out (a source it was not given, or one that does not say it).";
            case UNCITED -> "that cited no source.";
            case UNSUPPORTED_NUMBER -> "with a figure that is not in the sources it cited.";
            case LEAK -> "that repeated the bot's instructions or a credential.";
            case UNSUPPORTED_NAME -> "that named someone or something its source does not mention.";
            case NEGATION -> "that negated what its source says.";
            case REVERSAL -> "that said the opposite of its source (falls for rises, weakens for strengthens, after for before).";
            case ADVICE -> "that gave advice its source does not give.";
            case OVERCLAIM -> "that stated more firmly than its source (as certain what it only expects, or an only, all or first it lacks).";
            case UNSUPPORTED -> "that its source does not support.";
        }));
        if (markers > 0) {
            notes.add("Removed " + markers + (markers == 1 ? " citation" : " citations") + " to a source the model was not given.");
        }
        return notes;
    }

    private void checkLength(String question) {
        if (question.length() > maxQuestionChars) {
            throw new BadQuestionException("That question is " + String.format(java.util.Locale.ROOT, "%,d", question.length())
                    + " characters long; the limit is " + String.format(java.util.Locale.ROOT, "%,d", maxQuestionChars)
                    + ". Please shorten it.");
        }
    }
}
