package org.thesisbot.core.grounding;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How sure a sentence is, for the guard's overclaim check. Embeddings cannot see this either: "could value
 * it at $830 billion" and "values it at $830 billion" are near neighbours. A claim overclaims its source when
 * <ul>
 * <li>it states as a fact what the source only hedges: a word the source uses only within the reach of a
 * hedge ("could", "may", "would", "potential", "expected to", "plans to", "in talks", "if", "whether", "the
 * risk is that", "forecast"…) appears in a claim that hedges nothing (no modal, no condition, no attribution:
 * "the article argues…"), or in the future or past tense;</li>
 * <li>it uses a word of exclusivity ("only", "sole"), totality ("all", "every", "always", "entire"), certainty
 * ("guarantees", "definitely", "proves") or rank ("largest", "first", "best") when the cited passages have no
 * word of the same kind (outside a negation: "not just" is not "only").</li>
 * </ul>
 * Generic English: no word of a particular document. Stateless.
 */
final class Modality {
    /** Words that put the predicate after them (its next content word, and more weakly the two after) out of the realm of fact. */
    private static final Pattern HEDGE = Pattern.compile("(?i)\\b(?:could|may|might|would|should|potential|potentially|"
            + "possible|possibly|perhaps|maybe|likely|unlikely|probably|expected|expects?|expecting|anticipated|projected|"
            + "forecasts?|forecasted|estimated|plans?|planned|planning|seeks?|seeking|aims?|aimed|aiming|intends?|intended|"
            + "hopes?|hoping|looking to|trying to|attempting to|meant to|designed to|talks|negotiat\\w*|proposed|prospective|"
            + "risks?|suggests?|indicates?|hinges?|wants?|assum\\w*|if|whether|unless|"
            + "bet(?:s|ting)?(?: is)?:? that|wager(?:s|ing)?(?: is)?:? that|gambl(?:e|es|ing)(?: is)?:? that|projects?|projecting|bet:|wager:)(?=\\W|$)");
    /** A relative clause that hedges the events named before it: ", which sources indicate could happen…". */
    private static final Pattern BACKWARD = Pattern.compile("(?i),?\\s*\\bwhich\\s+(?:\\p{L}+\\s+){0,3}?(?:could|may|might|would|"
            + "(?:is|are) (?:expected|likely|set) to)\\s+(?:happen|occur|come|take place|materiali[sz]e|follow|close|be completed)\\b");
    /** Hedges of a noun: "the potential investment" hedges the event "investment" names, not the word. */
    private static final Pattern NOMINAL_HEDGE = Pattern.compile("(?i)potential|possible|prospective|proposed");
    /** A verb's ending, or the auxiliary before it: the claim asserts the event ("invested", "will invest"). */
    private static final Pattern VERBAL = Pattern.compile("ed$"); // "-ing" asserts only after an auxiliary: "is investing", not "signing a term sheet is…"
    private static final Pattern AUXILIARY = Pattern.compile("will|would|to|is|are|was|were|has|have|had|be|been|already|now|did|does|do");
    /** Hedges whose reach is the rest of their clause ("if OpenAI's valuation is realized", "the bet is that…"). */
    private static final Pattern CLAUSE_HEDGE = Pattern.compile("(?i)if|whether|unless|assum\\w*|bet.*");
    /** Content words a phrase hedge reaches: "could value it at $830 billion", "would represent a massive return". */
    private static final int REACH = 3;
    /** Where a hedge's reach ends: the end of its clause. */
    private static final Pattern CLAUSE_END = Pattern.compile("[,;.!?()\u2014]|\\s[\u2013-]\\s|\\b(?:but|while|whereas)\\b");
    /** Words by which a claim reports what someone says or bets rather than stating it ("the article argues that…"). */
    private static final Pattern ATTRIBUTION = Pattern.compile("(?i)\\b(?:argues?|argued|says?|said|claims?|warns?|"
            + "notes?|describes?|described|calls?|called|frames?|framed|sees?|views?|believes?|thesis|case|premise|"
            + "according|reportedly|sources?|article|author|analysts?|view|reading|presented|presents|portrayed|portrays|"
            + "depicted|depicts|characteri[sz]ed|characteri[sz]es|mentioned|cites|cited|raises the possibility)\\b");
    /**
     * Words by which a claim speaks about a proposition without asserting it ("will test whether…", "the ultimate test", "the question is…",
     * "depends on…"); "question" and "test" as verbs of a party ("both partners now openly question its loyalty") assert.
     */
    private static final Pattern ABOUT = Pattern.compile("(?i)\\b(?:(?:tests?|determines?|decides?|questions?)(?:\\s+\\p{L}+){0,2}\\s+"
            + "(?:whether|if|how|what|who|which|when)|(?:the|a|an|its|this|that|their|one)\\s+(?:\\p{L}+\\s+){0,2}(?:tests?|questions?)|depends?|"
            + "hinges?|uncertain|open|unclear|ability|chance|targets?|goals?|intentions?)\\b");
    /** Tense that states a fact about the future or the past: "will", "has", "had", "was". */
    private static final Pattern FACTUAL = Pattern.compile("(?i)\\b(?:will|won['\u2019]t|shall|has|have|had|was|were|did|"
            + "already|now)\\b");
    private static final Set<String> MAGNITUDES = Set.of("thousand", "million", "billion", "trillion", "percent");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}]*(?:['\u2019-][\\p{L}\\p{N}]+)*|\\$?\\d[\\d,.]*%?");

    /** Kinds of strong word a claim may use only when its source uses one of the same kind. */
    enum Strength {
        EXCLUSIVE("only", "sole", "solely", "exclusively", "exclusive", "alone", "uniquely", "unique", "purely", "merely",
                "just"),
        TOTAL("all", "every", "everything", "everyone", "always", "entire", "entirely", "whole", "completely", "fully",
                "totally", "never"),
        CERTAIN("certainly", "definitely", "guarantee", "guarantees", "guaranteed", "surely", "undoubtedly", "inevitably",
                "inevitable", "certain", "assured", "ensure", "ensures", "ensured", "prove", "proves", "proved", "proven",
                "confirm", "confirms", "confirmed", "clearly", "undeniably"),
        RANK("largest", "biggest", "highest", "greatest", "strongest", "fastest", "best", "worst", "lowest", "smallest",
                "weakest", "slowest", "first", "top", "leading", "record", "unprecedented", "dominant", "primary",
                "most", "least", "ever");

        private final Set<String> words;

        Strength(String... words) {
            this.words = Set.of(words);
        }

        /** Words a source may use to support a claim of this kind, beyond the claim's own words. */
        boolean supportedBy(String word) {
            return words.contains(word);
        }
    }

    /** Claim words that only trigger the check (a source's "just" supports "only", a claim's "just" means little). */
    private static final Set<String> WEAK_TRIGGERS = Set.of("just", "never", "most", "leading", "primary",
            "ever", "top", "dominant");

    private Modality() {
    }

    /**
     * What {@code claim} states more strongly than {@code source}: the words it asserts that the source only
     * hedges, and its strong words of a kind the source lacks. Empty if none.
     */
    static List<String> overclaims(String claim, String source) {
        List<String> out = new ArrayList<>();
        out.addAll(strongWords(claim, source));
        if (!hedged(claim) && !Polarity.negates(claim)) { // a negated claim asserts nothing; the polarity check reads it
            out.addAll(assertedHedges(claim, source));
        }
        return out;
    }

    /** True if the claim itself hedges or attributes what it says. */
    static boolean hedged(String claim) {
        String c = Markers.strip(claim);
        return HEDGE.matcher(c).find() || ATTRIBUTION.matcher(c).find() || ABOUT.matcher(c).find();
    }

    /** True if the claim speaks of what may or would happen, or under a condition: a modal verb, "if", "whether". */
    static boolean modal(String claim) {
        return MODAL.matcher(Markers.strip(claim)).find();
    }

    private static final Pattern MODAL = Pattern.compile("(?i)\\b(?:could|may|might|would|should|if|whether|unless|possibly|"
            + "perhaps|maybe|likely|probably)\\b");

    /** Claim terms whose every use in the source lies within a hedge's reach. */
    static List<String> assertedHedges(String claim, String source) {
        Map<String, Double> hedgedTerms = new HashMap<>(); // term -> how firmly a hedge holds it: 1 its head, 0.5 after
        Set<String> nominal = new HashSet<>(); // terms held only by "potential", "possible"…: the event a noun names
        Set<String> plainTerms = new HashSet<>();
        Set<String> claimNames = names(Markers.strip(claim));
        for (SourceTerm st : sourceTerms(source)) {
            String t = root(st.term());
            if (st.weight() > 0) {
                hedgedTerms.merge(t, st.weight(), Math::max);
                if (st.nominal()) {
                    nominal.add(t);
                }
            } else if (claimNames.containsAll(st.names())) {
                plainTerms.add(t); // a plain use about someone the claim does not name ("its investment in Anthropic") leaves the hedge
            }
        }
        plainTerms.forEach(hedgedTerms::remove);
        List<String> out = new ArrayList<>();
        double total = 0;
        String c = Markers.strip(claim);
        Matcher w = WORD.matcher(c);
        String previous = "";
        while (w.find()) {
            String surface = w.group().toLowerCase(Locale.ROOT);
            for (String t : Terms.of(surface).stream().map(Modality::root).toList()) {
                // "the potential investment" is not asserted by "the investment is a bet", but by "Amazon invested"
                boolean asserted = !nominal.contains(t) || VERBAL.matcher(surface).find() || AUXILIARY.matcher(previous).matches();
                if (hedgedTerms.containsKey(t) && asserted && !out.contains(t)) {
                    out.add(t);
                    total += hedgedTerms.get(t);
                }
            }
            previous = surface;
        }
        return total >= 1 ? out : List.of();
    }

    /**
     * One index term of a source and how firmly a hedge holds it.
     *
     * @param weight  0 outside any hedge; 1 for the head of a hedged phrase, 0.5 for the words after it
     * @param nominal held only by a hedge of a noun ("the potential investment")
     */
    record SourceTerm(String term, double weight, boolean nominal, Set<String> names) {
    }

    private static final Pattern NAME = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}\\p{N}]*");

    /** The capitalised words of {@code text} but its first word, lower case: "Amazon", "OpenAI" (the names it speaks of). */
    static Set<String> names(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = NAME.matcher(text.strip());
        while (m.find()) {
            if (m.start() > 0) {
                out.add(m.group().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** The index terms of {@code source} (figures left out), each with how firmly a hedge holds it. */
    static List<SourceTerm> sourceTerms(String source) {
        List<SourceTerm> out = new ArrayList<>();
        for (String sentence : Sentences.split(source)) {
            List<int[]> reaches = new ArrayList<>(); // start, end, content words left, 1 before its head, nominal
            Matcher h = HEDGE.matcher(sentence);
            while (h.find()) {
                Matcher end = CLAUSE_END.matcher(sentence);
                int stop = end.find(h.end()) ? end.start() : sentence.length();
                boolean clause = CLAUSE_HEDGE.matcher(h.group()).matches();
                reaches.add(new int[] {h.end(), stop, clause ? Integer.MAX_VALUE : REACH, clause ? 0 : 1,
                        NOMINAL_HEDGE.matcher(h.group()).matches() ? 1 : 0});
            }
            Matcher back = BACKWARD.matcher(sentence);
            while (back.find()) {
                int start = 0;
                Matcher end = CLAUSE_END.matcher(sentence.substring(0, back.start()));
                while (end.find()) {
                    start = end.end();
                }
                // "the signing of a term sheet…, which sources indicate could happen in the coming weeks": the events
                // the relative clause hedges are named before it
                reaches.add(new int[] {start, back.start(), Integer.MAX_VALUE, 0, 1});
            }
            Matcher w = WORD.matcher(sentence);
            Matcher ends = CLAUSE_END.matcher(sentence);
            List<int[]> clauses = new ArrayList<>();
            int from = 0;
            while (ends.find()) {
                clauses.add(new int[] {from, ends.start()});
                from = ends.end();
            }
            clauses.add(new int[] {from, sentence.length()});
            List<Set<String>> clauseNames = clauses.stream().map(c -> names(" " + sentence.substring(c[0], c[1]))).toList();
            while (w.find()) {
                Set<String> here = Set.of();
                for (int k = 0; k < clauses.size(); k++) {
                    if (w.start() >= clauses.get(k)[0] && w.start() < clauses.get(k)[1]) {
                        here = clauseNames.get(k);
                    }
                }
                List<String> terms = Terms.of(w.group()).stream()
                        .filter(t -> !Character.isDigit(t.charAt(0)) && !MAGNITUDES.contains(t)).toList();
                double weight = 0;
                boolean byNoun = true;
                for (int[] r : reaches) {
                    if (w.start() >= r[0] && w.start() < r[1] && r[2] > 0) {
                        weight = Math.max(weight, r[3] == 1 ? 1.0 : 0.5);
                        byNoun &= r[4] == 1;
                        if (!terms.isEmpty()) {
                            r[2]--;
                            r[3] = r[3] == 1 ? 2 : r[3];
                        }
                    }
                }
                for (String t : terms) {
                    out.add(new SourceTerm(t, weight, weight > 0 && byNoun, here));
                }
            }
        }
        return out;
    }

    /** The index terms {@code source} uses outside any hedge. */
    static Set<String> plainTerms(String source) {
        Set<String> out = new HashSet<>();
        sourceTerms(source).stream().filter(t -> t.weight() == 0).forEach(t -> out.add(t.term()));
        return out;
    }

    /** A term's first six letters, so that derivations meet: "contribute" and "contribution", "valued" and "valuation". */
    private static String root(String term) {
        return term.length() > 6 ? term.substring(0, 6) : term;
    }

    /** The claim's strong words (outside a negation) of a kind the source has no word of, outside a negation. */
    static List<String> strongWords(String claim, String source) {
        Set<Strength> sourceKinds = EnumSet.noneOf(Strength.class);
        Set<String> sourceWords = new HashSet<>();
        for (String w : plainWords(source)) {
            sourceWords.add(w);
            for (Strength s : Strength.values()) {
                if (s.supportedBy(w)) {
                    sourceKinds.add(s);
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (String w : plainWords(Markers.strip(claim))) {
            if (WEAK_TRIGGERS.contains(w) || sourceWords.contains(w)) {
                continue;
            }
            for (Strength s : Strength.values()) {
                if (s.supportedBy(w) && !sourceKinds.contains(s)) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    /**
     * Lower-case words of {@code text} that stand alone (not part of a hyphenated compound: "first-mover" has no
     * "first") and are not negated ("not just", "not the only", "not all", "rather than merely", "more than just").
     */
    private static List<String> plainWords(String text) {
        List<String> out = new ArrayList<>();
        Matcher w = Pattern.compile("\\p{L}[\\p{L}\\p{N}'\u2019]*(?:-[\\p{L}\\p{N}]+)*").matcher(text.toLowerCase(Locale.ROOT));
        String previous = "";
        String beforePrevious = "";
        while (w.find()) {
            String word = w.group();
            boolean negated = previous.equals("not") || previous.endsWith("n't") || previous.endsWith("n\u2019t")
                    || beforePrevious.equals("not") && (previous.equals("the") || previous.equals("a"))
                    || previous.equals("than") && (beforePrevious.equals("rather") || beforePrevious.equals("more")); // "rather than merely"
            if (!word.contains("-") && !negated) {
                out.add(word);
            }
            beforePrevious = previous;
            previous = word;
        }
        return out;
    }
}
