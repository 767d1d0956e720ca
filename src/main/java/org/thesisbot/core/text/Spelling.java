package org.thesisbot.core.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mends the one-keystroke typos people make in Slack ("reveune", "investmnet", "anthropci", "valution") in the
 * words the bot's rules are written in, so a misspelt term is read like the term. A word is mended only when
 * <ul>
 * <li>it is at least {@value #MIN_LENGTH} letters long and is not itself a term; a word one letter shorter is mended
 * only by swapping two neighbours back ("moci" reads "moic": the same letters, so no other short word is taken for a
 * term);</li>
 * <li>it is not a protected word: a real English word one keystroke from a term ("revenge", "evaluation", "sending"),
 * listed with the terms in {@code config/lexicon.yaml} (generated from WordNet; see there);</li>
 * <li>exactly one term is one keystroke away (one letter added, dropped or changed, or two neighbours swapped);</li>
 * <li>it is no other real word either, when a dictionary is given ({@code realWord}): the running bot gives WordNet and
 * the sources' words, and mends to its whole reading vocabulary, so "negtaive" reads "negative" and "whose" stays whose.</li>
 * </ul>
 * A hand-written edit-distance check rather than a spelling library: the vocabulary is a few thousand words compared by
 * length, and what may be mended is this class's whole policy. Immutable and thread-safe.
 */
public final class Spelling {
    static final int MIN_LENGTH = 5;
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    /** A word mended: what was typed and the term read instead. */
    public record Mend(String typed, String term) {
    }

    /** The text with its typos mended, and what was mended (empty when nothing was). */
    public record Result(String text, List<Mend> mends) {
    }

    private final List<String> terms;
    private final Set<String> termSet;
    /** The terms by length, so a word is compared only with terms one letter shorter, as long, or one letter longer. */
    private final Map<Integer, List<String>> byLength;
    private final Set<String> protectedWords;
    private final Predicate<String> realWord;

    /**
     * @param terms          the words typos are mended to, lower case
     * @param protectedWords real words never mended, lower case
     */
    public Spelling(Set<String> terms, Set<String> protectedWords) {
        this(terms, protectedWords, w -> false);
    }

    /**
     * @param terms          the words typos are mended to, lower case
     * @param protectedWords real words never mended, lower case
     * @param realWord       true for any other word that is no typo (an English word by the dictionary, a word of the sources):
     *                       with it, the terms can be a whole vocabulary, since a real word is never mended into another
     */
    public Spelling(Set<String> terms, Set<String> protectedWords, Predicate<String> realWord) {
        // sorted: the same list on every start, whatever order the set iterates in (Set.copyOf's is salted per JVM start)
        this.terms = terms.stream().map(t -> t.toLowerCase(Locale.ROOT)).filter(t -> t.length() >= MIN_LENGTH - 1).distinct()
                .sorted().toList();
        this.termSet = Set.copyOf(this.terms);
        Map<Integer, List<String>> lengths = new HashMap<>();
        this.terms.forEach(t -> lengths.computeIfAbsent(t.length(), k -> new ArrayList<>()).add(t));
        this.byLength = Map.copyOf(lengths);
        this.protectedWords = protectedWords.stream().map(t -> t.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.realWord = realWord;
    }

    /** Mends nothing. */
    public static Spelling none() {
        return new Spelling(Set.of(), Set.of());
    }

    public Result mend(String text) {
        if (terms.isEmpty()) {
            return new Result(text, List.of());
        }
        Matcher m = WORD.matcher(text);
        StringBuilder out = null;
        List<Mend> mends = new ArrayList<>();
        int last = 0;
        while (m.find()) {
            String typed = m.group();
            if (typed.length() < MIN_LENGTH - 1) {
                continue;
            }
            String lower = typed.toLowerCase(Locale.ROOT);
            String term = termFor(lower);
            if (term != null && typed.length() < MIN_LENGTH && !swapped(lower, term)) {
                continue;
            }
            if (term == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 8);
            }
            out.append(text, last, m.start()).append(term);
            last = m.end();
            mends.add(new Mend(typed, term));
        }
        if (out == null) {
            return new Result(text, List.of());
        }
        out.append(text, last, text.length());
        return new Result(out.toString(), List.copyOf(mends));
    }

    private String termFor(String word) {
        if (termSet.contains(word) || protectedWords.contains(word)) {
            return null;
        }
        List<String> near = new ArrayList<>(2);
        String swappedTerm = null;
        for (int length = word.length() - 1; length <= word.length() + 1; length++) {
            for (String t : byLength.getOrDefault(length, List.of())) {
                if (oneKeystroke(word, t)) {
                    near.add(t);
                    if (swapped(word, t)) {
                        swappedTerm = swappedTerm == null || swappedTerm.equals(t) ? t : "";
                    }
                }
            }
        }
        String found = near.size() == 1 ? near.get(0) : null;
        if (near.size() > 1) {
            // two terms are as near: not a typo anyone could mend, unless one of them has the very letters typed, two of
            // them swapped, the commonest slip ("assumde" is "assumed", not "assume" with a d added), or only one of them is
            // a real word ("amazn" is "amazon", not the ticker "amzn")
            List<String> real = near.stream().filter(realWord).toList();
            found = swappedTerm != null && !swappedTerm.isEmpty() ? swappedTerm : real.size() == 1 ? real.get(0) : null;
        }
        // asked last, and only of a word a term is near: the dictionary is the slowest check
        return found == null || realWord.test(word) ? null : found;
    }

    /** True if {@code a} is {@code b} with two neighbouring letters swapped. */
    static boolean swapped(String a, String b) {
        if (a.length() != b.length() || a.equals(b)) {
            return false;
        }
        for (int i = 0; i + 1 < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                return a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                        && a.substring(i + 2).equals(b.substring(i + 2));
            }
        }
        return false;
    }

    /** True if {@code a} becomes {@code b} by one letter added, dropped or changed, or two neighbours swapped. */
    static boolean oneKeystroke(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1 || a.equals(b)) {
            return false;
        }
        if (la == lb) {
            int first = -1;
            int diffs = 0;
            for (int i = 0; i < la; i++) {
                if (a.charAt(i) != b.charAt(i)) {
                    if (++diffs > 2) {
                        return false;
                    }
                    if (first < 0) {
                        first = i;
                    } else if (i != first + 1 || a.charAt(first) != b.charAt(i) || a.charAt(i) != b.charAt(first)) {
                        return false;
                    }
                }
            }
            return true;
        }
        String shorter = la < lb ? a : b;
        String longer = la < lb ? b : a;
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        return shorter.regionMatches(i, longer, i + 1, shorter.length() - i);
    }
}
