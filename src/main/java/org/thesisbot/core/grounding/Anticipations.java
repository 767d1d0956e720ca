package org.thesisbot.core.grounding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The questions each source sentence answers ("anticipated questions", the doc2query idea): written once per
 * document, in {@code <file>.questions.yaml} beside it, by someone (or a model) who read only that document.
 * A reader's question worded unlike the text ("what's the make-or-break date?" for "expected to close by the
 * end of the first quarter") is often worded like a question the sentence answers; question-to-question
 * closeness is what sentence embeddings are best at. {@link SentenceChooser} weighs it as one more piece of
 * evidence, never as the answer by itself.
 *
 * <p>Each entry is matched to the library's sentence it was written for by its words (at least
 * {@value #MATCH} of the longer one's words shared), so cleaning that the document went through (ticker
 * artefacts, quotes, spacing) does not lose it. Entries that match no sentence are listed by
 * {@link #unmatched()} for the loader to report. Immutable.
 */
public final class Anticipations {
    /** The share of words an entry's sentence must share with a library sentence to be its questions. */
    static final double MATCH = 0.8;
    private static final Anticipations NONE = new Anticipations(Map.of(), List.of());

    private final Map<String, List<String>> bySentence;
    private final List<String> unmatched;

    private Anticipations(Map<String, List<String>> bySentence, List<String> unmatched) {
        this.bySentence = bySentence;
        this.unmatched = unmatched;
    }

    public static Anticipations none() {
        return NONE;
    }

    /** The anticipated questions of every document of {@code library}, matched to its passages' sentences. */
    public static Anticipations of(List<SourceDocument> documents, List<Passage> passages) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> unmatched = new ArrayList<>();
        Map<String, List<String>> sentencesByDocument = new HashMap<>();
        for (Passage p : passages) {
            sentencesByDocument.computeIfAbsent(p.document(), d -> new ArrayList<>()).addAll(Sentences.split(p.text()));
        }
        for (SourceDocument d : documents) {
            if (d.anticipated().isEmpty()) {
                continue;
            }
            List<String> sentences = sentencesByDocument.getOrDefault(d.id(), List.of());
            List<Set<String>> words = sentences.stream().map(Anticipations::words).toList();
            for (Map.Entry<String, List<String>> e : d.anticipated().entrySet()) {
                Set<String> w = words(e.getKey());
                int best = -1;
                double bestShare = 0;
                for (int i = 0; i < sentences.size(); i++) {
                    double share = share(w, words.get(i));
                    if (share > bestShare) {
                        bestShare = share;
                        best = i;
                    }
                }
                if (best < 0 || bestShare < MATCH) {
                    unmatched.add(d.id() + ": " + e.getKey());
                    continue;
                }
                out.computeIfAbsent(key(sentences.get(best)), k -> new ArrayList<>()).addAll(e.getValue());
            }
        }
        Map<String, List<String>> frozen = new LinkedHashMap<>();
        out.forEach((k, v) -> frozen.put(k, List.copyOf(new LinkedHashSet<>(v))));
        return new Anticipations(java.util.Collections.unmodifiableMap(frozen), List.copyOf(unmatched));
    }

    /** The questions {@code sentence} (as the library split it) answers; empty when none were written for it. */
    public List<String> questions(String sentence) {
        return bySentence.isEmpty() ? List.of() : bySentence.getOrDefault(key(sentence), List.of());
    }

    /** Every anticipated question, once each (to embed at index time). */
    public List<String> all() {
        return List.copyOf(new LinkedHashSet<>(bySentence.values().stream().flatMap(List::stream).toList()));
    }

    public boolean isEmpty() {
        return bySentence.isEmpty();
    }

    /** The number of sentences that have anticipated questions. */
    public int sentences() {
        return bySentence.size();
    }

    /** "document: sentence" of every entry that matched no sentence of its document (edited or removed since). */
    public List<String> unmatched() {
        return unmatched;
    }

    private static String key(String sentence) {
        return sentence.strip().replaceAll("\\s+", " ");
    }

    private static Set<String> words(String s) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static double share(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        long common = a.stream().filter(b::contains).count();
        return (double) common / Math.max(a.size(), b.size());
    }
}
