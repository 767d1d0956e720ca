package org.thesisbot.core.grounding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The guard's support signals for one claim and the passages it cites, as a vector of numbers for a learned
 * combination ({@link GuardFitProbe}): every measurement of {@link Support.Assessment} (the hand-written rules'
 * findings as counts, the embedding similarities and the novel-word penalty), and some general ones the rules do
 * not use as such (similarity to the closest single sentence and to the whole cited text, shares of words and word
 * pairs in common, negation and hedging on either side, capitalised words the source lacks, lengths).
 */
final class GuardFeatures {
    static final List<String> NAMES = List.of(
            "sim_span", "support", "penalty", "sim_sentence", "sim_text",
            "novel", "novel_unaligned", "novel_max_weight",
            "names", "negation", "reversals", "advice", "persons", "meta", "overclaims", "events", "additions", "too_novel",
            "term_share", "source_coverage", "bigram_share", "longest_run_share", "claim_terms_log", "length_ratio",
            "claim_negates", "negation_unmatched", "claim_hedged", "source_modal_claim_not", "advice_words",
            "new_capitalised",
            "swap_elsewhere", "swap_unrelated", "swap_opposite", "closest_missing_share", "diff_sim", "swap_weight", "swap_max_weight",
            "rules_drop");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}]*(?:['\u2019-][\\p{L}\\p{N}]+)*");

    private static final Pattern CAPITALISED = Pattern.compile("(?<=[\\p{L}\\p{N},;:]\\s)\\p{Lu}[\\p{L}\\p{N}'\u2019-]*");

    private final Support support;
    private final SentenceEmbeddings embeddings;

    GuardFeatures(Support support, SentenceEmbeddings embeddings) {
        this.support = support;
        this.embeddings = embeddings;
    }

    double[] of(String claim, List<Passage> cited, Set<String> extraTerms) {
        Support.Assessment a = support.assess(claim, cited, extraTerms);
        String text = String.join(" ", cited.stream().map(Passage::text).toList());
        List<String> sentences = new ArrayList<>();
        cited.forEach(p -> sentences.addAll(Sentences.split(p.text())));

        double simSentence = 0;
        double simText = 0;
        String closest = text;
        if (embeddings != null && !sentences.isEmpty()) {
            List<String> batch = new ArrayList<>();
            batch.add(claim);
            batch.add(text);
            batch.addAll(sentences);
            List<float[]> v = embeddings.embed(batch);
            simText = embeddings.similarity(v.get(0), v.get(1));
            double best = -1;
            for (int i = 2; i < v.size(); i++) {
                double c = embeddings.similarity(v.get(0), v.get(i));
                if (c > best) {
                    best = c;
                    closest = sentences.get(i - 2);
                }
            }
            simSentence = best;
        }
        int unaligned = 0;
        double maxWeight = 0;
        for (Map.Entry<String, Double> e : a.novel().entrySet()) {
            if (a.alignment().getOrDefault(e.getKey(), 0.0) < Support.MIN_ALIGNMENT) {
                unaligned++;
                maxWeight = Math.max(maxWeight, e.getValue());
            }
        }
        List<String> claimTerms = Terms.of(claim).stream().filter(t -> Character.isLetter(t.charAt(0))).toList();
        List<String> sourceTermList = Terms.of(text).stream().filter(t -> Character.isLetter(t.charAt(0))).toList();
        Set<String> sourceTerms = new HashSet<>(sourceTermList);
        cited.forEach(p -> sourceTerms.addAll(Terms.of(p.title())));
        Set<String> claimSet = new HashSet<>(claimTerms);
        double termShare = claimSet.isEmpty() ? 1 : claimSet.stream().filter(sourceTerms::contains).count() / (double) claimSet.size();
        Set<String> sourceSet = new HashSet<>(sourceTermList);
        double coverage = sourceSet.isEmpty() ? 0 : claimSet.stream().filter(sourceSet::contains).count() / (double) sourceSet.size();
        Set<String> sourceBigrams = bigrams(sourceTermList);
        Set<String> claimBigrams = bigrams(claimTerms);
        double bigramShare = claimBigrams.isEmpty() ? 0 : claimBigrams.stream().filter(sourceBigrams::contains).count()
                / (double) claimBigrams.size();
        List<String> claimWords = Terms.words(claim);
        double runShare = claimWords.isEmpty() ? 0 : longestRun(claimWords, Terms.words(text)) / (double) claimWords.size();
        int closestTerms = Math.max(1, Terms.of(closest).size());
        boolean claimNegates = Polarity.negates(claim);
        boolean sourceNegates = Polarity.negates(text);
        boolean claimHedged = Modality.hedged(claim) || Modality.modal(claim);
        boolean sourceModal = Modality.modal(text);
        int newCapitalised = 0;
        String lowerSource = (text + " " + String.join(" ", cited.stream().map(Passage::title).toList())).toLowerCase(Locale.ROOT);
        Matcher m = CAPITALISED.matcher(claim);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT).replaceAll("['\u2019]s$", "");
            if (!lowerSource.contains(w)) {
                newCapitalised++;
            }
        }
        double[] swap = swaps(claim, closest, sourceSet);
        boolean rulesDrop = !a.names().isEmpty() || a.negation() || !a.reversals().isEmpty() || !a.advice().isEmpty()
                || !a.persons().isEmpty() || !a.meta().isEmpty() || !a.overclaims().isEmpty() || !a.events().isEmpty()
                || !a.additions().isEmpty() || a.novel().size() > Support.MAX_NOVEL
                || (embeddings != null && (a.similarity() < Support.MIN_SIMILARITY || a.support() < Support.MIN_SUPPORT));
        return new double[] {
                a.similarity(), a.support(), a.similarity() - a.support(), simSentence, simText,
                a.novel().size(), unaligned, maxWeight,
                a.names().size(), a.negation() ? 1 : 0, a.reversals().size(), a.advice().size(), a.persons().size(),
                a.meta().size(), a.overclaims().size(), a.events().size(), a.additions().size(),
                a.novel().size() > Support.MAX_NOVEL ? 1 : 0,
                termShare, coverage, bigramShare, runShare, Math.log(1 + claimSet.size()), claimSet.size() / (double) closestTerms,
                claimNegates ? 1 : 0, claimNegates && !sourceNegates ? 1 : 0, claimHedged ? 1 : 0, sourceModal && !claimHedged ? 1 : 0,
                Advice.actions(claim).size(), newCapitalised,
                swap[0], swap[1], swap[2], swap[3], swap[4], swap[5], swap[6],
                rulesDrop ? 1 : 0};
    }

    /**
     * How the claim differs from its closest source sentence, word by word: the claim's content words that sentence
     * lacks (no shared stem or root, nor in WordNet the same word or a synonym of one of its words), counted when the
     * cited text uses them elsewhere, when WordNet relates them to no word of the sentence, when WordNet makes them the
     * opposite of one; the share of the sentence's content words the claim leaves out; the cosine between the claim's
     * own words and the sentence's own words; and the meaning the claim's own words carry (1 - cosine of the claim
     * with and without each), summed and at most.
     */
    private double[] swaps(String claim, String closest, Set<String> sourceTerms) {
        List<String> closestWords = contentWords(closest);
        Set<String> closestStems = new HashSet<>();
        closestWords.forEach(w -> closestStems.addAll(Terms.of(w)));
        List<String> own = new ArrayList<>();
        int elsewhere = 0;
        int unrelated = 0;
        int opposite = 0;
        Set<String> claimStems = new HashSet<>();
        for (String w : contentWords(claim)) {
            List<String> stems = Terms.of(w);
            claimStems.addAll(stems);
            if (stems.isEmpty() || stems.stream().allMatch(t -> closestStems.contains(t) || Support.sharesRoot(t, closestStems))) {
                continue;
            }
            WordNet.Relation best = WordNet.Relation.NONE;
            for (String c : closestWords) {
                WordNet.Relation r = WordNet.shared().relation(w, c);
                if (r.ordinal() < best.ordinal()) {
                    best = r;
                }
            }
            if (best == WordNet.Relation.SAME || best == WordNet.Relation.SYNONYM) {
                continue;
            }
            own.add(w);
            if (stems.stream().anyMatch(sourceTerms::contains)) {
                elsewhere++;
            }
            if (best == WordNet.Relation.NONE) {
                unrelated++;
            }
            if (best == WordNet.Relation.OPPOSITE) {
                opposite++;
            }
        }
        List<String> theirs = closestWords.stream().filter(w -> Terms.of(w).stream().noneMatch(t -> claimStems.contains(t)
                || Support.sharesRoot(t, claimStems))).toList();
        double missing = closestStems.isEmpty() ? 0 : theirs.size() / (double) Math.max(1, closestWords.size());
        double diffSim = 1;
        double weight = 0;
        double maxWeight = 0;
        if (embeddings != null && !own.isEmpty()) {
            List<String> batch = new ArrayList<>();
            batch.add(claim);
            batch.add(String.join(" ", own));
            batch.add(theirs.isEmpty() ? claim : String.join(" ", theirs)); // a placeholder when the sentence has no words of its own
            List<String> limited = own.stream().limit(10).toList();
            for (String w : limited) {
                batch.add(claim.replaceAll("(?i)(?<![\\p{L}\\p{N}])" + Pattern.quote(w) + "(?![\\p{L}\\p{N}])", " ").replaceAll("\\s+", " "));
            }
            List<float[]> v = embeddings.embed(batch);
            diffSim = theirs.isEmpty() ? 0 : embeddings.similarity(v.get(1), v.get(2));
            for (int i = 0; i < limited.size(); i++) {
                double carried = 1 - embeddings.similarity(v.get(0), v.get(3 + i));
                weight += carried;
                maxWeight = Math.max(maxWeight, carried);
            }
        }
        return new double[] {elsewhere, unrelated, opposite, missing, diffSim, weight, maxWeight};
    }

    private static List<String> contentWords(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group().replaceAll("['\u2019]s$", "");
            if (!Terms.of(w).isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static Set<String> bigrams(List<String> terms) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 1 < terms.size(); i++) {
            out.add(terms.get(i) + " " + terms.get(i + 1));
        }
        return out;
    }

    /** The longest run of consecutive words of {@code a} that {@code b} also has in that order. */
    private static int longestRun(List<String> a, List<String> b) {
        int best = 0;
        int[] prev = new int[b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            int[] cur = new int[b.size() + 1];
            for (int j = 1; j <= b.size(); j++) {
                if (a.get(i - 1).equals(b.get(j - 1))) {
                    cur[j] = prev[j - 1] + 1;
                    best = Math.max(best, cur[j]);
                }
            }
            prev = cur;
        }
        return best;
    }
}
