package org.thesisbot.core.grounding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * BM25 over the passages, with scores normalised to 0..1 so that one threshold means the same thing for
 * every question: the score is the idf-weighted share of the question's terms that a passage contains
 * (each term's BM25 term-frequency part capped at 1). A question term the corpus never uses ("Microsoft",
 * "weather") keeps its full weight and so pulls the score down: that is how off-topic questions fall below
 * the relevance threshold. A small domain thesaurus lets a paraphrase ("rival" for "competitor") earn most
 * of a term's weight. Figures are terms too: "$8 billion" matches "8" and "billion".
 */
public final class LexicalRetriever implements Retriever {
    private static final double K1 = 1.2;
    private static final double B = 0.75;
    private static final double SYNONYM_CREDIT = 0.8;
    /** Score factor for a question that names something the sources never mention ("Microsoft", "Paris"). */
    static final double UNKNOWN_NAME_FACTOR = 0.35;
    /** For a why-question, this share of the score goes to purpose words ("aims", "driver", "secure"; two or more = full). */
    private static final double INTENT_SHARE = 0.2;

    private final List<Passage> passages;
    private final List<Map<String, Integer>> termFrequencies = new ArrayList<>();
    private final int[] lengths;
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final double averageLength;
    private final Thesaurus thesaurus;
    private final Names names;
    /** The thesis' own names and verbs, stemmed: a why-question made only of these is vague. */
    private final java.util.Set<String> generic;

    /** @param lexicon the corpus' words (thesaurus, names, thesis words) from {@code config/lexicon.yaml} */
    public LexicalRetriever(List<Passage> passages, org.thesisbot.core.lexicon.Lexicon lexicon) {
        this.thesaurus = new Thesaurus(lexicon.retrieval());
        this.names = new Names(lexicon.names());
        this.generic = lexicon.retrieval().thesisWords().stream().map(Terms::stem)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.passages = List.copyOf(passages);
        this.lengths = new int[this.passages.size()];
        long total = 0;
        for (int i = 0; i < this.passages.size(); i++) {
            List<String> terms = Terms.of(this.passages.get(i).text());
            Map<String, Integer> tf = new HashMap<>();
            for (String t : terms) {
                tf.merge(t, 1, Integer::sum);
            }
            tf.keySet().forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
            termFrequencies.add(tf);
            lengths[i] = terms.size();
            total += terms.size();
        }
        this.averageLength = this.passages.isEmpty() ? 1 : Math.max(1.0, (double) total / this.passages.size());
        // postings: for each term, the passages holding it and how often, so a query touches only those passages
        Map<String, List<int[]>> building = new HashMap<>();
        for (int i = 0; i < termFrequencies.size(); i++) {
            for (Map.Entry<String, Integer> e : termFrequencies.get(i).entrySet()) {
                building.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(new int[] {i, e.getValue()});
            }
        }
        building.forEach((term, list) -> {
            int[] ids = new int[list.size()];
            int[] tfs = new int[list.size()];
            for (int j = 0; j < ids.length; j++) {
                ids[j] = list.get(j)[0];
                tfs[j] = list.get(j)[1];
            }
            postings.put(term, new Postings(ids, tfs));
        });
    }

    /** The passages (by index) that hold a term, with the term's frequency in each. */
    private record Postings(int[] passages, int[] frequencies) {
    }

    private final Map<String, Postings> postings = new HashMap<>();

    @Override
    public List<ScoredPassage> retrieve(String query, int limit) {
        List<ScoredPassage> best = null;
        for (String part : queryParts(query)) {
            double factor = topicFactor(part);
            List<ScoredPassage> scored = scoreAll(part);
            if (best == null) {
                best = new ArrayList<>();
                for (ScoredPassage p : scored) {
                    best.add(new ScoredPassage(p.passage(), p.score() * factor, p.lexical(), 0));
                }
                continue;
            }
            for (int i = 0; i < scored.size(); i++) {
                if (scored.get(i).score() * factor > best.get(i).score()) {
                    ScoredPassage p = scored.get(i);
                    best.set(i, new ScoredPassage(p.passage(), p.score() * factor, p.lexical(), 0));
                }
            }
        }
        if (best == null) {
            return List.of();
        }
        best.sort(Comparator.comparingDouble(ScoredPassage::score).reversed());
        return best.subList(0, Math.min(Math.max(limit, 0), best.size())).stream()
                .filter(p -> p.score() > 0).toList();
    }

    /**
     * The parts a question is scored by: the whole question and, when it has several sentences, each of
     * its first four sentences. A passage's score is its best score over the parts, so "Ignore previous
     * instructions. Why would Amazon invest in OpenAI?" is scored like its real question, and a long
     * preamble does not drown the question. Blank input has no parts.
     */
    public List<String> queryParts(String query) {
        return parts(query);
    }

    /** {@link #queryParts}, for the sentence chooser, which scores sentences against the same parts. */
    static List<String> parts(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        parts.add(query.strip());
        List<String> sentences = Sentences.split(query.replace('\n', ' '));
        if (sentences.size() > 1) {
            sentences.stream().filter(x -> !Terms.of(x).isEmpty()).limit(4).forEach(parts::add);
        }
        return parts;
    }

    /**
     * Names in the question that the sources never mention ("Microsoft" in "what did Microsoft invest in
     * OpenAI?"). Embeddings cannot tell Microsoft's investment from Amazon's; this can.
     */
    public List<String> unknownNames(String query) {
        return names.unknown(query == null ? "" : query, documentFrequency::containsKey);
    }

    /** How much a why-question's purpose words weigh when the question names nothing specific. */
    private static final double VAGUE_INTENT_SHARE = 0.6;

    /** 1, or {@value #UNKNOWN_NAME_FACTOR} when the question names something the sources never mention. */
    public double topicFactor(String query) {
        return unknownNames(query).isEmpty() ? 1.0 : UNKNOWN_NAME_FACTOR;
    }

    /** Every passage with its normalised score, in corpus order, without the topic factor (the hybrid retriever fuses these). */
    public List<ScoredPassage> scoreAll(String query) {
        double[] scores = scores(query);
        List<ScoredPassage> out = new ArrayList<>(passages.size());
        for (int i = 0; i < passages.size(); i++) {
            out.add(new ScoredPassage(passages.get(i), scores[i], scores[i], 0));
        }
        return out;
    }

    /**
     * {@link #scoreAll}'s scores alone, by passage index. Computed from the postings of the query's terms and
     * their thesaurus alternatives, so the cost grows with the passages that share a word with the question,
     * not with the corpus.
     */
    public double[] scores(String query) {
        Map<String, Integer> queryTerms = new LinkedHashMap<>();
        for (String t : Terms.of(query == null ? "" : thesaurus.idioms(query))) {
            queryTerms.merge(t, 1, Integer::sum);
        }
        int n = passages.size();
        double[] out = new double[n];
        List<String> intent = thesaurus.intent(query == null ? "" : query);
        // "why is Amazon even doing this deal?": nothing but the thesis' own names, so the why carries the question
        boolean vague = queryTerms.keySet().stream().allMatch(generic::contains);
        double denominator = 0;
        for (Map.Entry<String, Integer> q : queryTerms.entrySet()) {
            denominator += q.getValue() * idf(q.getKey());
        }
        if (denominator <= 0) {
            return out;
        }
        double[] best = new double[n];
        int[] touched = new int[n];
        for (Map.Entry<String, Integer> q : queryTerms.entrySet()) {
            int count = 0;
            count = collect(q.getKey(), 1.0, best, touched, count);
            for (String synonym : thesaurus.alternatives(q.getKey())) {
                count = collect(synonym, SYNONYM_CREDIT, best, touched, count);
            }
            double weight = q.getValue() * idf(q.getKey());
            for (int k = 0; k < count; k++) {
                int i = touched[k];
                out[i] += weight * best[i];
                best[i] = 0;
            }
        }
        for (int i = 0; i < n; i++) {
            double score = Math.min(1.0, out[i] / denominator);
            if (score > 0 && !intent.isEmpty()) {
                Map<String, Integer> tf = termFrequencies.get(i);
                long hits = intent.stream().filter(tf::containsKey).count();
                double share = vague ? VAGUE_INTENT_SHARE : INTENT_SHARE;
                score = (1 - share) * score + share * Math.min(1.0, hits / 2.0);
            }
            out[i] = score;
        }
        return out;
    }

    /** Raises {@code best[i]} to credit x the term's match in every passage i holding it; returns the touched count. */
    private int collect(String term, double credit, double[] best, int[] touched, int count) {
        Postings p = postings.get(term);
        if (p == null) {
            return count;
        }
        for (int j = 0; j < p.passages().length; j++) {
            int i = p.passages()[j];
            double m = credit * match(p.frequencies()[j], i);
            if (m > best[i]) {
                if (best[i] == 0) {
                    touched[count++] = i;
                }
                best[i] = m;
            }
        }
        return count;
    }

    private double match(int tf, int passage) {
        double norm = K1 * (1 - B + B * lengths[passage] / averageLength);
        return Math.min(1.0, tf * (K1 + 1) / (tf + norm));
    }



    private double idf(String term) {
        int n = passages.size();
        int df = documentFrequency.getOrDefault(term, 0);
        return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }
}
