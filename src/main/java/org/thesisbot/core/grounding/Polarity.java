package org.thesisbot.core.grounding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Negation in English prose, for the guard's polarity check: a sentence that negates ("Amazon is not in
 * talks…") needs a source sentence that negates too, or that states the negative in other words ("the
 * silence from Anthropic", "failure to finalize"). Embeddings cannot see this: "X is not Y" and "X is Y"
 * are near neighbours.
 */
final class Polarity {
    /** Explicit negation: not, no, never, n't, cannot, none, nothing, neither, nor, nobody, non-. */
    private static final Pattern EXPLICIT = Pattern.compile(
            "(?i)\\b(?:not|no|never|cannot|none|nothing|nobody|neither|nor|nowhere)\\b|n['\u2019]t\\b|\\bnon-\\p{L}");
    /** "not only … but also", "not just", "no longer than": negation words that do not negate the claim. */
    private static final Pattern NOT_A_NEGATION = Pattern.compile("(?i)\\bnot (?:only|just|merely|simply)\\b");
    /**
     * Words that state a negative without a negation word (negative implicatives and absences). A source
     * sentence with one of them can support a claim written with "not": "failure to finalize" supports
     * "if the deal is not finalized".
     */
    private static final Pattern IMPLICIT = Pattern.compile(
            "(?i)\\b(?:fail|fails|failed|failing|failure|lack|lacks|lacked|lacking|absent|absence|without|silence|silent|"
                    + "refuse|refuses|refused|deny|denies|denied|unable|stagnant|halt|halted|stall|stalled|instead|"
                    + "rather than|avoid|avoids|prevent|prevents|unlike)\\b");

    /**
     * Words that set aside what follows them ("rather than diverge", "without strengthening", "instead of AWS", "other
     * than Amazon's"): a claim that sets aside what its source asserts, and never sets anything aside itself, reverses it.
     */
    private static final Pattern CONTRAST = Pattern.compile("(?i)\\b(?:rather than|instead of|without(?=\\s+\\p{L}+ing\\b)|other than)\\b");

    /** A negation that says something has not happened so far: "not yet", "has yet to", "so far", "still not". */
    private static final Pattern PENDING = Pattern.compile("(?i)\\b(?:yet|so far|still|for now|as of now|to date|thus far)\\b");
    /** A source that speaks of something still to come: a plan, an expectation, a possibility, talks. */
    private static final Pattern PROSPECTIVE = Pattern.compile("(?i)\\b(?:expected|expects?|could|may|might|would|will|"
            + "potential(?:ly)?|plans?|planned|seeking|seeks?|in talks|negotiat\\w*|coming|upcoming|pending|proposed|"
            + "if|whether|aims?|intends?|target)\\b");

    private static final Pattern COMPOUND = Pattern.compile("(?i)non-\\p{L}+");

    private Polarity() {
    }

    /** True if {@code text} negates something with an explicit negation word. */
    static boolean negates(String text) {
        String t = NOT_A_NEGATION.matcher(text).replaceAll(" ");
        return EXPLICIT.matcher(t).find();
    }

    /** Words after a negation that belong to its scope ("not in talks", "isn't a new relationship"). */
    private static final int SCOPE = 4;
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}]*(?:['\u2019-][\\p{L}\\p{N}]+)*");

    /**
     * True if {@code claim} negates what {@code source} asserts. The claim's negation is followed to its head,
     * the first content word in its scope ("is not <b>in talks</b>" gives "talks"). If the source has that word
     * only outside any negation, the claim reverses it ("does not counter the risk" against "counters this
     * risk"). If the source lacks the word, the claim's negation needs a negative in {@code closest}, the
     * source sentence nearest in meaning, that the claim does not itself repeat.
     */
    static boolean reverses(String claim, String source, String closest) {
        String c = NOT_A_NEGATION.matcher(claim).replaceAll(" ");
        Matcher contrast = CONTRAST.matcher(c);
        while (contrast.find()) {
            String head = head(c.substring(contrast.end()));
            if (head != null && !CONTRAST.matcher(source).find()) {
                String root = head.length() > 5 ? head.substring(0, 5) : head; // "diverge" and "divergence"
                int[] uses = uses(head, source);
                boolean asserted = uses[0] > 0 || uses[1] == 0 && head.length() >= 5 && !EXPLICIT.matcher(source).find()
                        && Terms.of(source).stream().anyMatch(t -> t.startsWith(root));
                // what the source sets aside as a risk averted ("mitigates the risk of the startup building its own
                // proprietary infrastructure") is not asserted: "instead of on proprietary infrastructure" restates it
                asserted &= !averted(root, source);
                if (asserted && uses[1] == 0) {
                    return true; // "would reinforce, rather than diverge from, …" against "risks creating a costly divergence"
                }
            }
        }
        Matcher neg = EXPLICIT.matcher(c);
        while (neg.find()) {
            Matcher compound = COMPOUND.matcher(c).region(neg.start(), c.length());
            if (compound.lookingAt() && source.toLowerCase(Locale.ROOT).contains(compound.group().toLowerCase(Locale.ROOT))) {
                continue; // "a non-negotiable partner" quoted from the source
            }
            String head = head(c.substring(neg.end()));
            if (head == null) {
                continue;
            }
            int[] uses = uses(head, source);
            if (uses[1] > 0 || uses[0] == 0 && scope(c.substring(neg.end())).stream().anyMatch(t -> uses(t, source)[1] > 0)) {
                continue; // the source negates it too, or another word of its scope ("does not start a new relationship": "isn't a new relationship")
            }
            if (PENDING.matcher(c).find() && PROSPECTIVE.matcher(source).find()) {
                continue; // "has not closed yet" where the source expects it to close: what is still to come has not happened
            }
            if (Opposites.opposes(headWord(c.substring(neg.end())), source)) {
                continue; // "does not loosen" where the source says "tightens"
            }
            if (uses[0] > 0 || !negativeFor(closest, claim)) {
                return true;
            }
        }
        return false;
    }

    /** The first content word (as an index term) within the scope after a negation, or null. */
    private static String head(String after) {
        Matcher w = WORD.matcher(after);
        for (int i = 0; i < SCOPE && w.find(); i++) {
            List<String> t = Terms.of(w.group());
            if (!t.isEmpty()) {
                return t.get(0);
            }
        }
        return null;
    }

    /** A risk or threat that is averted: "mitigates the risk of", "avoids the danger that", "reduces the threat of". */
    private static final Pattern AVERTED = Pattern.compile("(?i)\\b(?:mitigat|avoid|avert|prevent|reduc|lower|eliminat|remov|"
            + "counter|guard(?:s|ed|ing)? against|hedg(?:e|es|ed|ing) against)\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}"
            + "(?:risks?|threats?|dangers?|possibility|chance)\\s+(?:of|that)\\s+((?:[\\p{L}'\u2019-]+\\s+){0,6}[\\p{L}'\u2019-]+)");

    /** True if {@code source} speaks of a word with {@code root} only as a risk it averts, within six words of "risk of". */
    private static boolean averted(String root, String source) {
        Matcher m = AVERTED.matcher(source);
        while (m.find()) {
            if (Terms.of(m.group(1)).stream().anyMatch(t -> t.startsWith(root))) {
                return true;
            }
        }
        return false;
    }

    /** The content words (as index terms) within the scope after a negation. */
    private static List<String> scope(String after) {
        List<String> out = new ArrayList<>();
        Matcher w = WORD.matcher(after);
        for (int i = 0; i < SCOPE && w.find(); i++) {
            out.addAll(Terms.of(w.group()));
        }
        return out;
    }

    /** The first content word within the scope after a negation, as written, or "". */
    private static String headWord(String after) {
        Matcher w = WORD.matcher(after);
        for (int i = 0; i < SCOPE && w.find(); i++) {
            if (!Terms.of(w.group()).isEmpty()) {
                return w.group();
            }
        }
        return "";
    }

    /** How often {@code term} occurs in {@code text} outside ([0]) and inside ([1]) the scope of a negative. */
    private static int[] uses(String term, String text) {
        int[] out = new int[2];
        for (String sentence : Sentences.split(NOT_A_NEGATION.matcher(text).replaceAll(" "))) {
            List<String> words = new ArrayList<>();
            Matcher w = WORD.matcher(sentence);
            while (w.find()) {
                words.add(w.group());
            }
            int lastNegative = -SCOPE - 1;
            boolean lastNegativeImplicit = false;
            for (int i = 0; i < words.size(); i++) {
                String word = words.get(i);
                boolean explicit = EXPLICIT.matcher(word).find();
                if (explicit || IMPLICIT.matcher(word.toLowerCase(Locale.ROOT)).matches()) {
                    lastNegative = i;
                    lastNegativeImplicit = !explicit; // an implicit negative governs its complement only: "failure to finalize"
                    continue;
                }
                if (Terms.of(word).contains(term)) {
                    out[i - lastNegative <= (lastNegativeImplicit ? 2 : SCOPE) ? 1 : 0]++;
                }
            }
        }
        return out;
    }

    /**
     * True if {@code source} states a negative that {@code claim} could be restating with a negation word: an
     * explicit negation, or an implicit negative that the claim does not itself repeat ("the silence from
     * Anthropic is notable" supports "Anthropic has not responded", not "Anthropic's silence is not notable").
     */
    static boolean negativeFor(String source, String claim) {
        String s = NOT_A_NEGATION.matcher(source).replaceAll(" ");
        if (EXPLICIT.matcher(s).find()) {
            return true;
        }
        String c = claim.toLowerCase(Locale.ROOT);
        Matcher m = IMPLICIT.matcher(s.toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (!c.contains(m.group())) {
                return true;
            }
        }
        return false;
    }
}
