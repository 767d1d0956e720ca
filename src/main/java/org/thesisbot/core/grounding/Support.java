package org.thesisbot.core.grounding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a sentence is supported by the passages it cites. In order, a claim is unsupported when it:
 * <ol>
 * <li>names someone or something the cited passages (and their documents' titles) never mention;</li>
 * <li>negates what the source asserts ({@link Polarity});</li>
 * <li>gives advice the source does not give ({@link Advice});</li>
 * <li>speaks in the first or second person ("I", "my", "you", "we") where the source does not: the
 * sources report, so a claim about the bot or the reader is not theirs;</li>
 * <li>with a sentence-embedding model: is far in meaning from every source span (each sentence of the
 * cited passages, each pair of neighbouring sentences, each whole passage), or close only once the words
 * the documents never use are discounted. A novel word's weight is how much the claim's meaning moves
 * when the word is taken out (1 - cosine), so "possibly" or "put" weigh little and "sue" or "cancelled" a
 * lot, and a word whose own embedding is close to a word of the passage ("quiet", "silent") is aligned with it and
 * costs nothing. Each clause of the claim with two or more words the passages lack is also compared alone with
 * every source span, so that a copied sentence with an invented clause ("…, after which the board will vote") is
 * not carried by the copied part. Without a model this step is skipped (the guard's share-of-words check stands
 * in).</li>
 * </ol>
 * The constants were chosen on the tune half of {@code src/test/resources/grounding/guard-fixtures} (grid
 * search for the best worse-of-two rate: bad sentences dropped, faithful ones kept) with the bundled
 * all-MiniLM-L6-v2 (quantized); another model needs them chosen again. Thread-safe.
 */
final class Support {
    /** Below this cosine to every source span a claim is unsupported, whatever its words. */
    static final double MIN_SIMILARITY = 0.40;
    /** The claim's similarity, less the penalty for novel words, must reach this. */
    static final double MIN_SUPPORT = 0.35;
    /** Penalty per unit of meaning carried by a word no document uses. */
    static final double NOVEL_WEIGHT = 6.0;
    /** Meaning a word may carry for free (articles and fillers move the embedding by about this much). */
    static final double NOVEL_FLOOR = 0.03;
    /** More novel words than this and the claim is not a paraphrase; also bounds the embedding work. */
    static final int MAX_NOVEL = 8;
    /**
     * A clause of the claim with at least this many content words its cited passages lack (no synonym, no shared
     * root) is an addition to be checked on its own: "…, after which OpenAI's board will vote to approve the terms".
     */
    static final int CLAUSE_NOVEL = 2;
    /** Clauses of fewer content words are not judged alone. */
    static final int CLAUSE_TERMS = 3;
    /**
     * An added clause must be at least this close in meaning to some span of its cited passages. On the tune half
     * every faithful sentence's clauses reach 0.45 or more (but one the guard drops anyway); 0.40 leaves a margin
     * for paraphrases, which short clauses make noisy.
     */
    static final double MIN_CLAUSE_SIMILARITY = 0.40;
    /**
     * A novel word whose embedding is at least this close to a word of the cited passages is aligned with it. The
     * tune halves score the same from 0.50 to 0.70; the middle was taken. Single-word embeddings are coarse, so this
     * frees only near-synonyms ("quiet" for "silent"); antonyms embed close too, which is why {@link Opposites} is
     * judged first.
     */
    static final double MIN_ALIGNMENT = 0.60;
    /** Distinct words of the cited passages a novel word is compared with (bounds the embedding work). */
    static final int MAX_ALIGN_WORDS = 160;
    private static final Set<String> MAGNITUDES = Set.of("thousand", "million", "billion", "trillion", "percent", "bn");

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}]*(?:['\u2019-][\\p{L}\\p{N}]+)*");
    private static final Set<String> PERSONS = Set.of("i", "me", "my", "mine", "myself", "we", "us", "our", "ours",
            "ourselves", "you", "your", "yours", "yourself", "yourselves", "i'm", "i've", "i'd", "i'll", "we're", "we've",
            "you're", "you've", "you'll", "you'd");
    /**
     * Words that attribute a claim to its source rather than add to it ("the article calls this…", "the author
     * describes…"). Generic English, stemmed like index terms.
     */
    private static final Set<String> ATTRIBUTION = stems("article", "author", "writer", "piece", "report", "reports",
            "describes", "described", "calls", "called", "notes", "argues", "frames", "characterizes", "characterises",
            "views", "sees", "reads", "explains", "points", "highlights", "stresses", "emphasizes", "emphasises",
            "observes", "according", "source", "sources", "text", "passage");

    /** Why a claim is unsupported. */
    enum Reason {
        NAME, NEGATION, REVERSAL, ADVICE, PERSON, META, OVERCLAIM, EVENT, ADDITION, MEANING
    }

    private final SentenceEmbeddings embeddings;
    private final Predicate<String> corpusTerm;
    private final Thesaurus thesaurus;
    private final Names names;

    /**
     * @param embeddings null for the lexical check only (no model available)
     * @param corpusTerm true for an index term some document uses (a word from elsewhere in the sources
     *                   weighs nothing: "the deal" where the cited passage says "the investment")
     */
    Support(SentenceEmbeddings embeddings, Predicate<String> corpusTerm, Thesaurus thesaurus, Names names) {
        this.thesaurus = thesaurus;
        this.names = names;
        this.embeddings = embeddings;
        this.corpusTerm = corpusTerm == null ? t -> false : corpusTerm;
    }

    /**
     * What was measured about one claim.
     *
     * @param similarity cosine to the closest source span (0 without embeddings)
     * @param novel      content words the cited passages lack and no document uses, with the meaning each
     *                   carries in the claim (0 without embeddings)
     * @param names      names the cited passages and titles lack
     * @param negation   the claim negates what the source asserts
     * @param advice     advised actions the cited passages do not support
     * @param persons    first- or second-person words the cited passages lack
     * @param overclaims words the claim asserts more strongly than the cited passages ({@link Modality})
     * @param reversals  words of the claim whose opposite the cited passages state ({@link Opposites})
     * @param events     verbs of events the claim reports and the cited passages do not ({@link Events})
     * @param meta       words about the answering itself (instructions, citations, users) the passages lack
     * @param alignment  for each novel word, the cosine of its embedding with the closest word of the cited passages: a
     *                   word that aligns with one ("wager" with "bet") is a paraphrase and costs nothing
     * @param additions  clauses of the claim with words the cited passages lack that are far in meaning from every
     *                   span of them (empty without embeddings)
     */
    record Assessment(double similarity, Map<String, Double> novel, List<String> names, boolean negation,
                      List<String> advice, List<String> persons, List<String> overclaims,
                      List<String> reversals, List<String> events, List<String> meta, List<String> additions,
                      Map<String, Double> alignment) {
        double support() {
            double penalty = 0;
            for (Map.Entry<String, Double> e : novel.entrySet()) {
                if (alignment.getOrDefault(e.getKey(), 0.0) < MIN_ALIGNMENT) {
                    penalty += NOVEL_WEIGHT * Math.max(0, e.getValue() - NOVEL_FLOOR);
                }
            }
            return similarity - penalty;
        }
    }

    /** Why {@code claim} (markers removed) is not supported by {@code cited}, or empty if it is. */
    Optional<Reason> judge(String claim, List<Passage> cited, Set<String> extraTerms) {
        Assessment a = assess(claim, cited, extraTerms);
        if (!a.names().isEmpty()) {
            return Optional.of(Reason.NAME);
        }
        if (a.negation()) {
            return Optional.of(Reason.NEGATION);
        }
        if (!a.reversals().isEmpty()) {
            return Optional.of(Reason.REVERSAL);
        }
        if (!a.advice().isEmpty()) {
            return Optional.of(Reason.ADVICE);
        }
        if (!a.persons().isEmpty()) {
            return Optional.of(Reason.PERSON);
        }
        if (!a.meta().isEmpty()) {
            return Optional.of(Reason.META);
        }
        if (!a.overclaims().isEmpty()) {
            return Optional.of(Reason.OVERCLAIM);
        }
        if (!a.events().isEmpty()) {
            return Optional.of(Reason.EVENT);
        }
        if (!a.additions().isEmpty()) {
            return Optional.of(Reason.ADDITION);
        }
        if (a.novel().size() > MAX_NOVEL) {
            return Optional.of(Reason.MEANING);
        }
        if (embeddings == null) {
            return Optional.empty(); // words alone cannot tell a paraphrase from an invention: the share-of-words check stands in
        }
        if (a.similarity() < MIN_SIMILARITY || a.support() < MIN_SUPPORT) {
            return Optional.of(Reason.MEANING);
        }
        return Optional.empty();
    }

    Assessment assess(String claim, List<Passage> cited, Set<String> extraTerms) {
        String text = String.join(" ", cited.stream().map(Passage::text).toList());
        Set<String> known = new HashSet<>(Terms.of(text));
        cited.forEach(p -> known.addAll(Terms.of(p.title())));
        known.addAll(extraTerms);
        Set<String> allowed = new HashSet<>(known);
        allowed.addAll(ATTRIBUTION);

        Map<String, Double> novel = new LinkedHashMap<>();
        Matcher m = WORD.matcher(claim);
        while (m.find()) {
            String surface = m.group().replaceAll("['\u2019]s$", "");
            for (String stem : Terms.of(surface)) {
                if (!allowed.contains(stem) && thesaurus.alternatives(stem).stream().noneMatch(allowed::contains)
                        && !sharesRoot(stem, allowed) && !corpusTerm.test(stem)) {
                    novel.putIfAbsent(surface, 0.0);
                }
            }
        }
        List<String> names = new ArrayList<>();
        for (String n : this.names.in(claim)) {
            List<String> t = Terms.of(n);
            if (!t.isEmpty() && !t.stream().allMatch(known::contains)) {
                names.add(n);
            }
        }
        List<String> persons = persons(claim, text);
        List<String> advice = new ArrayList<>();
        for (String action : Advice.actions(claim)) {
            boolean supported = action.equals("recommend") ? Advice.recommends(text) : Terms.of(action).stream()
                    .allMatch(s -> known.contains(s) || thesaurus.alternatives(s).stream().anyMatch(known::contains))
                    || usesWord(action, text) || advisesLikewise(action, text);
            if (!supported) {
                advice.add(action);
            }
        }

        List<String> sentences = new ArrayList<>();
        List<String> wider = new ArrayList<>(); // neighbouring pairs and whole passages
        for (Passage p : cited) {
            List<String> ss = Sentences.split(p.text());
            sentences.addAll(ss);
            for (int i = 0; i + 1 < ss.size(); i++) {
                wider.add(ss.get(i) + " " + ss.get(i + 1));
            }
            for (String s : ss) {
                wider.addAll(clauses(s));
            }
            if (ss.size() > 2) {
                wider.add(p.text());
            }
        }
        double similarity = 0;
        String closest = text;
        List<String> additions = new ArrayList<>();
        Map<String, Double> alignment = new LinkedHashMap<>();
        if (embeddings != null && !sentences.isEmpty() && novel.size() <= MAX_NOVEL) {
            List<String> words = new ArrayList<>(novel.keySet());
            List<String> candidates = addedClauses(claim, allowed);
            List<String> batch = new ArrayList<>();
            batch.add(claim);
            batch.addAll(sentences);
            batch.addAll(wider);
            batch.addAll(candidates);
            for (String w : words) {
                batch.add(claim.replaceAll("(?i)(?<![\\p{L}\\p{N}])" + Pattern.quote(w) + "(?:['\u2019]s)?(?![\\p{L}\\p{N}])", " ")
                        .replaceAll("\\s+", " "));
            }
            List<float[]> v = embeddings.embed(batch);
            double closestSimilarity = -1;
            int spans = sentences.size() + wider.size();
            for (int i = 1; i <= spans; i++) {
                double c = embeddings.similarity(v.get(0), v.get(i));
                similarity = Math.max(similarity, c);
                if (i <= sentences.size() && c > closestSimilarity) {
                    closestSimilarity = c;
                    closest = batch.get(i);
                }
            }
            for (int i = 0; i < candidates.size(); i++) {
                double best = -1;
                for (int j = 1; j <= spans; j++) {
                    best = Math.max(best, embeddings.similarity(v.get(spans + 1 + i), v.get(j)));
                }
                if (best < MIN_CLAUSE_SIMILARITY) {
                    additions.add(candidates.get(i));
                }
            }
            int wordsAt = spans + 1 + candidates.size();
            for (int i = 0; i < words.size(); i++) {
                novel.put(words.get(i), 1 - embeddings.similarity(v.get(0), v.get(wordsAt + i)));
            }
            alignment = align(words, text);
        }
        boolean negation = Polarity.reverses(claim, text, closest);
        return new Assessment(similarity, novel, names, negation, advice, persons, Modality.overclaims(claim, text),
                reversals(claim, text), Events.unreported(claim, text, thesaurus), Events.meta(claim, text), additions, alignment);
    }

    private static final Pattern CLAUSE_BREAK = Pattern.compile("\\s*(?:[,;:()]|\\s[\u2013\u2014-]\\s|\u2014)\\s*");

    /**
     * The clauses of a source sentence, so that a claim that restates one clause of a long sentence is compared
     * with that clause: each stretch between commas, semicolons, colons, brackets and dashes of at least three
     * words, and the sentence's first stretch (its subject, usually) joined to each later one ("The deal, expected
     * to close by the end of the first quarter, will test…" gives "The deal expected to close by the end of the
     * first quarter" and "The deal will test…"). Empty for a sentence with no such break.
     */
    static List<String> clauses(String sentence) {
        String[] parts = CLAUSE_BREAK.split(sentence.strip());
        List<String> out = new ArrayList<>();
        if (parts.length < 2) {
            return out;
        }
        String head = parts[0].strip();
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].strip();
            if (part.split("\\s+").length >= 3) {
                out.add(part);
            }
            if (i > 0 && !part.isEmpty() && head.split("\\s+").length <= 6) {
                out.add(head + " " + part);
            }
        }
        return out;
    }

    /**
     * Where a claim adds a clause of its own: before a comma, semicolon, colon, bracket or dash, and before a word
     * that joins a clause or qualifier ("and", "which", "after which", "with", "pending", "since", "because", "by",
     * "while", "so").
     */
    private static final Pattern CLAIM_CLAUSE = Pattern.compile("(?i)\\s*(?:[,;:()]|\\s[\u2013\u2014-]\\s|\u2014)\\s*"
            + "|\\s+(?=(?:and|which|after which|with|pending|since|because|while|whereby|including)\\s)");
    /** "both Anthropic and OpenAI", "between 2025 and 2029": an "and" that joins words, not clauses. */
    private static final Pattern JOINS_WORDS = Pattern.compile("(?i).*\\b(?:both|between)\\s+(?:\\S+\\s+){0,3}\\S+$");

    /**
     * The claim's clauses that carry at least {@value #CLAUSE_NOVEL} content words that neither the cited passages
     * (with their titles and the scenario's words) nor a thesaurus alternative nor a word of the same root supply.
     * A word from elsewhere in the documents counts as novel here: a clause is judged against what it cites.
     */
    private List<String> addedClauses(String claim, Set<String> allowed) {
        List<String> parts = new ArrayList<>();
        for (String part : CLAIM_CLAUSE.split(claim)) {
            String p = part.strip();
            if (!parts.isEmpty() && p.regionMatches(true, 0, "and ", 0, 4) && JOINS_WORDS.matcher(parts.get(parts.size() - 1)).matches()) {
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + " " + p);
            } else if (!p.isEmpty()) {
                parts.add(p);
            }
        }
        List<String> out = new ArrayList<>();
        for (String clause : parts) {
            List<String> terms = Terms.of(clause);
            if (terms.size() < CLAUSE_TERMS) {
                continue; // "Taken together", "Without the deal": too short to mean much alone
            }
            int novelTerms = 0;
            for (String stem : terms) {
                if (Character.isDigit(stem.charAt(0)) || allowed.contains(stem)
                        || thesaurus.alternatives(stem).stream().anyMatch(allowed::contains) || sharesRoot(stem, allowed)) {
                    continue;
                }
                novelTerms++;
            }
            if (novelTerms >= CLAUSE_NOVEL) {
                out.add(clause);
            }
        }
        return out;
    }

    /**
     * Words swapped for their opposites ({@link Opposites}: the claim's word is not the source's, nor in WordNet a
     * derivation or synonym of one of its words), and conditions paired with another case's conclusion ({@link Binding}).
     */
    private List<String> reversals(String claim, String text) {
        List<String> out = new ArrayList<>();
        for (String r : Opposites.reversals(claim, text)) {
            if (!usesWord(r.substring(0, r.indexOf('/')), text)) {
                out.add(r);
            }
        }
        out.addAll(Binding.crossed(claim, text, thesaurus));
        return out;
    }

    /**
     * True if {@code text} uses {@code word} itself in WordNet's eyes: the same base form, a derivation, or a word whose
     * most frequent sense {@code word} shares ("silent" where the text says "the silence from Anthropic", "weaken" where it
     * says "undermine"). Such a word is the source's own, whatever opposite of it the source also uses elsewhere.
     */
    private boolean usesWord(String word, String text) {
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            WordNet.Relation r = WordNet.shared().relation(word, m.group().replaceAll("['\u2019]s$", ""));
            if (r == WordNet.Relation.SAME || r == WordNet.Relation.SYNONYM) {
                return true;
            }
        }
        return false;
    }

    /**
     * True if {@code text} itself advises an action WordNet relates to {@code action}: "investors should look for…"
     * where the source says "investors must watch for…".
     */
    private boolean advisesLikewise(String action, String text) {
        for (String theirs : Advice.actions(text)) {
            WordNet.Relation r = WordNet.shared().relation(action, theirs);
            if (r != WordNet.Relation.NONE && r != WordNet.Relation.OPPOSITE) {
                return true;
            }
        }
        return false;
    }

    /**
     * Each novel word's alignment with the cited text: the highest cosine between the word's embedding and the
     * embedding of a content word of the text (each word embedded alone, so a passage's words are embedded once and
     * cached). Antonyms embed close too; the reversal check ({@link Opposites}) has judged them before this.
     */
    private Map<String, Double> align(List<String> words, String text) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (words.isEmpty()) {
            return out;
        }
        Set<String> sourceWords = new java.util.LinkedHashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find() && sourceWords.size() < MAX_ALIGN_WORDS) {
            String w = m.group().toLowerCase(Locale.ROOT).replaceAll("['\u2019]s$", "");
            if (!Terms.of(w).isEmpty()) {
                sourceWords.add(w);
            }
        }
        List<String> batch = new ArrayList<>();
        words.forEach(w -> batch.add(w.toLowerCase(Locale.ROOT)));
        batch.addAll(sourceWords);
        List<float[]> v = embeddings.embed(batch);
        for (int i = 0; i < words.size(); i++) {
            if (MAGNITUDES.contains(words.get(i).toLowerCase(Locale.ROOT))) {
                out.put(words.get(i), 0.0); // "trillion" for "billion" changes a figure; the figure checks judge those
                continue;
            }
            double best = 0;
            for (int j = words.size(); j < batch.size(); j++) {
                best = Math.max(best, embeddings.similarity(v.get(i), v.get(j)));
            }
            out.put(words.get(i), best);
        }
        return out;
    }

    /** First- and second-person words of {@code claim} that {@code source} does not use. */
    private static List<String> persons(String claim, String source) {
        Set<String> sourceWords = new HashSet<>();
        Matcher sw = WORD.matcher(source.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        while (sw.find()) {
            sourceWords.add(sw.group());
        }
        List<String> out = new ArrayList<>();
        Matcher cw = WORD.matcher(claim.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        while (cw.find()) {
            if (PERSONS.contains(cw.group()) && !sourceWords.contains(cw.group())) {
                out.add(cw.group());
            }
        }
        return out;
    }

    /** Derivations share a root: "expand" and "expansion", "failed" and "failure" (the first five letters, four of a short stem). */
    static boolean sharesRoot(String stem, Set<String> known) {
        int n = stem.length() <= 5 ? Math.min(4, stem.length()) : 5;
        if (n < 4 || !Character.isLetter(stem.charAt(0))) {
            return false;
        }
        String root = stem.substring(0, n);
        return known.stream().anyMatch(k -> k.startsWith(root));
    }

    private static Set<String> stems(String... words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.addAll(Terms.of(w));
        }
        return out;
    }
}
