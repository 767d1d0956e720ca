package org.thesisbot.core.grounding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.thesisbot.core.api.AnswerListener;

/**
 * The answer writer that needs no model: picks the sentences of the best passages that best match the
 * question, quotes them word for word in source order, and cites every one. Deterministic and fast.
 */
public final class ExtractiveWriter implements AnswerWriter {
    public static final String NAME = "extractive";
    public static final String LABEL = "Drawn directly from the source text (no language model wrote this answer).";

    private static final int MAX_SENTENCES = 3;
    private static final int MAX_WORDS = 110;
    private static final double PASSAGE_FLOOR = 0.5;   // passages scoring below half the best one are not used
    private static final double SENTENCE_FLOOR = 0.55; // a further sentence must score this share of the best one
    private static final double DUPLICATE = 0.6;       // term overlap above which two sentences say the same thing
    private static final double SYNONYM_CREDIT = 0.8;
    /** Sentences that lean on the one before ("It strains...", "Conversely, ...") read badly on their own. */
    private static final Pattern DANGLING = Pattern.compile(
            "^(It|Its|They|Their|Them|Yet|But|And|Conversely|More critically|On the other|However|Still|Also|"
                    + "This is|This isn't|That is|That's|These|Those|Such)\\b");

    private final Thesaurus thesaurus;

    /** @param lexicon the corpus' words; its thesaurus and purpose words help pick sentences */
    public ExtractiveWriter(org.thesisbot.core.lexicon.Lexicon lexicon) {
        this.thesaurus = new Thesaurus(lexicon.retrieval());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Draft write(WriteRequest request, AnswerListener listener) {
        List<Candidate> candidates = candidates(request);
        if (candidates.isEmpty()) {
            return new Draft("", NAME, List.of());
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparingInt(Candidate::passage).thenComparingInt(Candidate::position));
        double best = candidates.get(0).score();
        List<Candidate> chosen = new ArrayList<>();
        int words = 0;
        for (Candidate c : candidates) {
            if (chosen.size() == MAX_SENTENCES) {
                break;
            }
            boolean first = chosen.isEmpty();
            if (!first && (c.score() < SENTENCE_FLOOR * best || words + c.words() > MAX_WORDS)) {
                continue;
            }
            if (chosen.stream().anyMatch(o -> overlap(o.terms(), c.terms()) >= DUPLICATE)) {
                continue;
            }
            chosen.add(c);
            words += c.words();
        }
        chosen.sort(Comparator.comparingInt(Candidate::passage).thenComparingInt(Candidate::position));
        StringBuilder text = new StringBuilder();
        for (Candidate c : chosen) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(cite(c.sentence(), c.passage() + 1));
        }
        return new Draft(text.toString(), NAME, List.of(LABEL));
    }

    private record Candidate(int passage, int position, String sentence, Set<String> terms, int words, double score) {
    }

    private List<Candidate> candidates(WriteRequest request) {
        List<ScoredPassage> passages = request.passages();
        if (passages.isEmpty()) {
            return new ArrayList<>();
        }
        double top = Math.max(passages.stream().mapToDouble(ScoredPassage::score).max().orElse(0), 1e-9);
        Set<String> question = new HashSet<>(Terms.of(request.question()));
        List<String> purpose = thesaurus.intent(request.question());
        List<int[]> index = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            if (i > 0 && passages.get(i).score() < PASSAGE_FLOOR * top) {
                continue;
            }
            List<String> ss = Sentences.split(passages.get(i).passage().text());
            for (int j = 0; j < ss.size(); j++) {
                index.add(new int[] {i, j});
                sentences.add(ss.get(j));
            }
        }
        Map<String, Integer> df = new HashMap<>();
        List<Set<String>> termSets = new ArrayList<>();
        for (String s : sentences) {
            Set<String> t = new HashSet<>(Terms.of(s));
            termSets.add(t);
            t.forEach(term -> df.merge(term, 1, Integer::sum));
        }
        double questionWeight = 0;
        for (String q : question) {
            questionWeight += weight(q, df, sentences.size());
        }
        List<Candidate> out = new ArrayList<>();
        for (int k = 0; k < sentences.size(); k++) {
            int p = index.get(k)[0];
            int pos = index.get(k)[1];
            Set<String> terms = termSets.get(k);
            double matched = 0;
            for (String q : question) {
                double m = terms.contains(q) ? 1 : 0;
                for (String alt : thesaurus.alternatives(q)) {
                    m = Math.max(m, terms.contains(alt) ? SYNONYM_CREDIT : 0);
                }
                matched += m * weight(q, df, sentences.size());
            }
            double overlap = questionWeight > 0 ? matched / questionWeight : 0;
            double cue = purpose.isEmpty() ? 0 : Math.min(1.0, purpose.stream().filter(terms::contains).count() / 2.0);
            double passageScore = passages.get(p).score() / top;
            double lead = pos == 0 ? 0.05 : 0; // a passage's first sentence usually states its point
            String sentence = sentences.get(k);
            int words = sentence.split("\\s+").length;
            double penalty = (words < 6 ? 0.5 : 1) * (DANGLING.matcher(sentence).find() ? 0.75 : 1);
            out.add(new Candidate(p, pos, sentence, terms, words,
                    penalty * (0.5 * passageScore + 0.4 * overlap + 0.1 * cue + lead)));
        }
        return out;
    }

    private static double weight(String term, Map<String, Integer> df, int n) {
        return Math.log(1 + n / (df.getOrDefault(term, 0) + 0.5));
    }

    private static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        long common = a.stream().filter(b::contains).count();
        return (double) common / Math.min(a.size(), b.size());
    }

    /** "... of the bet." -> "... of the bet [2]."; a sentence not ending in . ! or ? gets the marker appended. */
    private static String cite(String sentence, int n) {
        String s = sentence.strip();
        char last = s.charAt(s.length() - 1);
        if (".!?".indexOf(last) >= 0 && s.length() > 1) {
            return s.substring(0, s.length() - 1) + " [" + n + "]" + last;
        }
        return s + " [" + n + "]";
    }
}
