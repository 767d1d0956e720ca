package org.thesisbot.core.grounding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which condition goes with which conclusion, for the guard's reversal check. A source that sets two cases side by
 * side ("A clear uptick would be evidence that the financing is working. Conversely, stagnant growth would suggest
 * the deal has not materialized") can be reversed without a single new word, by pairing one case's condition with
 * the other's conclusion ("Stagnant growth would show the financing is working"). Embeddings and word checks see
 * only the source's own words. A claim of the form "C would show/suggest/mean… Q" is crossed when C is the
 * condition of one source sentence and Q the conclusion of another. Generic English; stateless.
 */
final class Binding {
    /** A verb by which a condition points to a conclusion: "would be evidence that", "would suggest", "will show". */
    private static final Pattern EVIDENTIAL = Pattern.compile("(?i)\\b(?:would|will|could|might|may|should|can)\\s+"
            + "(?:also\\s+|likely\\s+|clearly\\s+)?(?:be\\s+(?:evidence|a\\s+sign|proof|a\\s+signal|a\\s+warning)|show|suggest|"
            + "signal|indicate|confirm|mean|prove|point\\s+to|demonstrate|raise|imply)\\w*\\b");
    /** Share of a part's words that must be found in a source part for the two to be the same part. */
    private static final double SAME = 0.5;
    /** How much better a part must match its own case than the other one ("rising orders" and "flat orders" share "orders"). */
    private static final double MARGIN = 0.25;

    private Binding() {
    }

    /**
     * The claim's condition and conclusion as "condition/conclusion" when they come from two different source
     * sentences, each a condition pointing to a conclusion; empty otherwise.
     */
    static List<String> crossed(String claim, String source, Thesaurus thesaurus) {
        Matcher c = EVIDENTIAL.matcher(Markers.strip(claim));
        if (!c.find()) {
            return List.of();
        }
        String claimText = Markers.strip(claim);
        List<String> condition = Terms.of(claimText.substring(0, c.start()));
        List<String> conclusion = Terms.of(claimText.substring(c.end()));
        if (condition.isEmpty() || conclusion.size() < 2) {
            return List.of();
        }
        List<String[]> cases = new ArrayList<>(); // each source sentence's condition and conclusion
        for (String sentence : Sentences.split(source)) {
            Matcher s = EVIDENTIAL.matcher(sentence);
            if (s.find()) {
                cases.add(new String[] {sentence.substring(0, s.start()), sentence.substring(s.end())});
            }
        }
        if (cases.size() < 2) {
            return List.of();
        }
        int bestCondition = -1;
        int bestConclusion = -1;
        double[] conditionShare = new double[cases.size()];
        double[] conclusionShare = new double[cases.size()];
        for (int i = 0; i < cases.size(); i++) {
            conditionShare[i] = share(condition, Set.copyOf(Terms.of(cases.get(i)[0])), thesaurus);
            conclusionShare[i] = share(conclusion, Set.copyOf(Terms.of(cases.get(i)[1])), thesaurus);
            if (bestCondition < 0 || conditionShare[i] > conditionShare[bestCondition]) {
                bestCondition = i;
            }
            if (bestConclusion < 0 || conclusionShare[i] > conclusionShare[bestConclusion]) {
                bestConclusion = i;
            }
        }
        if (bestCondition == bestConclusion || conditionShare[bestCondition] < SAME || conclusionShare[bestConclusion] < SAME
                || conclusionShare[bestConclusion] - conclusionShare[bestCondition] < MARGIN
                || conditionShare[bestCondition] - conditionShare[bestConclusion] < MARGIN) {
            return List.of();
        }
        return List.of(claimText.substring(0, c.start()).strip() + "/" + claimText.substring(c.end()).strip());
    }

    /** Share of {@code words} that {@code source} has, as itself, a thesaurus alternative or a word of the same root. */
    private static double share(List<String> words, Set<String> source, Thesaurus thesaurus) {
        long found = words.stream().filter(w -> source.contains(w) || Support.sharesRoot(w, source)
                || thesaurus.alternatives(w).stream().anyMatch(source::contains)).count();
        return (double) found / words.size();
    }
}
