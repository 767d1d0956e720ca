package org.thesisbot.core.grounding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.AnswerListener;

/**
 * The answer writer that needs no model. It ranks the sentences of the retrieved passages by how well each
 * answers the question ({@link SentenceChooser}), puts the answering sentence first and up to two sentences
 * of context after it (the sentence it leans on, if it starts with "It", "Conversely" and the like, then
 * the next best in source order), quotes each word for word and cites it. For a yes/no question the
 * sentence that decides it comes first. When some sentences are close to the question but none answers it,
 * the answer says so and quotes the closest ("The sources don't say … directly; the closest they come:");
 * when none is even close, it says the sources don't cover the question. Deterministic and fast.
 */
public final class ExtractiveWriter implements AnswerWriter {
    public static final String NAME = "extractive";
    public static final String LABEL = "Drawn directly from the source text (no language model wrote this answer).";

    private static final int MAX_SENTENCES = 3;
    private static final int MAX_WORDS = 110;
    /** A context sentence must score this share of the answering sentence's score, or be close enough to answer on its own. */
    private static final double CONTEXT_FLOOR = 0.6;
    /** Term overlap above which two sentences say the same thing. */
    private static final double DUPLICATE = 0.6;
    /** With embeddings: a sentence this close to the question answers it; one below {@link #CLOSE_SEMANTIC} is not even close. */
    static final double ANSWER_SEMANTIC = 0.40;
    /** A question this close to one the sentence is known to answer ({@link Anticipations}; 0..1 as the chooser rescales it) is answered by it. */
    static final double ANSWER_ANTICIPATED = 0.6;
    static final double CLOSE_SEMANTIC = 0.25;
    /** The share of the question's terms (idf-weighted) a sentence must have to answer it, or to be close, with and without embeddings. */
    static final double ANSWER_LEXICAL = 0.40;
    static final double CLOSE_LEXICAL = 0.20;
    static final double ANSWER_LEXICAL_ONLY = 0.30;
    static final double CLOSE_LEXICAL_ONLY = 0.15;
    /** A sentence this close answers even a question with a word the sources never use (a paraphrase, not a new topic). */
    static final double SURE_SEMANTIC = 0.6;
    /** A close sentence answers when the next best sentence (saying something else) scores at most this share of its score. */
    static final double STANDS_OUT = 0.65;
    /** A sentence that says what a question asks for leads one that does not when it scores at least this share of it. */
    static final double NAMES_IT = 0.9;
    static final int STANDS_OUT_AMONG = 5;
    /** A sentence whose subject names what a wh-question asks for this closely ({@link SentenceChooser} focus, 0..1) says what it is. */
    static final double ANSWER_FOCUS = 0.5;
    /**
     * A sentence naming a party this rare in the sources ({@link SourceVocabulary#rarity}) that a question asking for other
     * parties ("who else …", {@link QuestionForm#others}) does not name answers it.
     */
    static final double ANSWER_PARTY = SentenceChooser.RARE_PARTY;

    private final SentenceChooser chooser;
    private final SourceVocabulary vocabulary;
    private final Names names;
    private final Thesaurus thesaurus;

    /** Chooses sentences on lexical evidence alone (no embeddings), without a vocabulary of the sources or a lexicon. */
    public ExtractiveWriter() {
        this(null, null, org.thesisbot.core.lexicon.Lexicon.empty());
    }

    /** Lexical evidence alone, with the corpus' words ({@code config/lexicon.yaml}). */
    public ExtractiveWriter(org.thesisbot.core.lexicon.Lexicon lexicon) {
        this(null, null, lexicon);
    }

    /** {@link #ExtractiveWriter(SentenceEmbeddings, SourceVocabulary, org.thesisbot.core.lexicon.Lexicon)} without a lexicon. */
    public ExtractiveWriter(SentenceEmbeddings embeddings, SourceVocabulary vocabulary) {
        this(embeddings, vocabulary, org.thesisbot.core.lexicon.Lexicon.empty());
    }

    /**
     * @param embeddings sentence embeddings (the sources' sentences embedded at index time), or null for lexical evidence only
     * @param vocabulary the words of all the sources, so a question about a name they never use ("Trainium
     *                   chips") gets what they come closest to saying, not an answer; may be null
     * @param lexicon    the corpus' words: thesaurus, idioms and names ({@code config/lexicon.yaml})
     */
    public ExtractiveWriter(SentenceEmbeddings embeddings, SourceVocabulary vocabulary,
                            org.thesisbot.core.lexicon.Lexicon lexicon) {
        this(embeddings, vocabulary, lexicon, Anticipations.none());
    }

    /**
     * As above, with the questions the sources' sentences answer ({@link Anticipations}) as evidence for choosing
     * the answering sentence.
     */
    public ExtractiveWriter(SentenceEmbeddings embeddings, SourceVocabulary vocabulary,
                            org.thesisbot.core.lexicon.Lexicon lexicon, Anticipations anticipations) {
        this.thesaurus = new Thesaurus(lexicon.retrieval());
        this.chooser = new SentenceChooser(embeddings, thesaurus, anticipations, vocabulary);
        this.vocabulary = vocabulary;
        this.names = new Names(lexicon.names());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Draft write(WriteRequest request, AnswerListener listener) {
        return draft(chooser.rank(request), request);
    }

    /** A draft and the request it was written from (its passages are what its [n] markers point at). */
    record Written(WriteRequest request, Draft draft) {
    }

    /**
     * Writes from {@code narrow} (the top k passages) when one of its sentences answers the question, else from
     * {@code wide} (the extractive pool, {@code narrow}'s passages first). With {@code weak} (no passage is relevant
     * as a whole), only a sentence that answers outright counts, not one that merely stands out from the others
     * ({@link #standsOut}), and when none does there is no draft: null.
     */
    Written write(WriteRequest narrow, WriteRequest wide, boolean weak) {
        SentenceChooser.Ranking ranking = chooser.rank(narrow);
        if (answersOutright(ranking, narrow, !weak)) {
            if (ranking.form().namesFocus() && lead(ranking).evidence().focus() < ANSWER_FOCUS
                    && wide.passages().size() > narrow.passages().size()) {
                // the question names what it asks for ("which kpi", "what's the actual point") and the best sentence of the
                // top k does not say what that is: a sentence whose subject names it, in a passage retrieval ranked lower,
                // answers better when it also outscores every sentence of the top k
                SentenceChooser.Ranking wider = chooser.rank(wide);
                if (lead(wider).evidence().focus() >= ANSWER_FOCUS && answersOutright(wider, wide, !weak)) {
                    return new Written(wide, draft(wider, wide));
                }
            }
            return new Written(narrow, draft(ranking, narrow));
        }
        WriteRequest used = narrow;
        if (wide.passages().size() > narrow.passages().size()) {
            used = wide;
            ranking = chooser.rank(wide);
        }
        if (weak && !answersOutright(ranking, used, false)) {
            return null;
        }
        return new Written(used, draft(ranking, used));
    }

    private Draft draft(SentenceChooser.Ranking ranking, WriteRequest request) {
        if (ranking.isEmpty()) {
            return new Draft("", NAME, List.of());
        }
        SentenceChooser.Candidate best = lead(ranking);
        if (!close(ranking)) {
            return new Draft("The sources don't cover that.", NAME, List.of(LABEL));
        }
        boolean unknown = !unknownNames(request.question()).isEmpty();
        if (!unknown && namesAbsent(best, request.question())) {
            return new Draft("The sources never mention " + quoted(absentFocus(request.question()).get(0))
                    + ", so they don't cover that; the closest they come:\n" + cite(best.sentence(), best.passage() + 1), NAME, List.of(LABEL));
        }
        if (!answers(best, ranking, true) || unknown && !(chooser.semantic() && best.semantic() >= SURE_SEMANTIC)) {
            return new Draft("The sources don't say " + topic(ranking.form()) + " directly; the closest they come:\n"
                    + cite(best.sentence(), best.passage() + 1), NAME, List.of(LABEL));
        }
        List<SentenceChooser.Candidate> chosen = new ArrayList<>();
        chosen.add(best);
        int words = best.words();
        SentenceChooser.Candidate before = best.dangling() ? ranking.before(best) : null;
        if (before != null) {
            chosen.add(before);
            words += before.words();
        }
        List<SentenceChooser.Candidate> context = new ArrayList<>();
        for (SentenceChooser.Candidate c : ranking.bestFirst()) {
            if (chosen.size() + context.size() == MAX_SENTENCES) {
                break;
            }
            boolean relevant = c.score() >= CONTEXT_FLOOR * best.score() || chooser.semantic() && c.semantic() >= ANSWER_SEMANTIC;
            if (chosen.contains(c) || !relevant || words + c.words() > MAX_WORDS
                    || c.dangling() && !chosen.contains(ranking.before(c))) {
                continue;
            }
            if (chosen.stream().anyMatch(o -> overlap(o.terms(), c.terms()) >= DUPLICATE)
                    || context.stream().anyMatch(o -> overlap(o.terms(), c.terms()) >= DUPLICATE)) {
                continue;
            }
            context.add(c);
            words += c.words();
        }
        context.sort(Comparator.comparingInt(SentenceChooser.Candidate::passage).thenComparingInt(SentenceChooser.Candidate::position));
        chosen.addAll(context);
        StringBuilder text = new StringBuilder();
        for (SentenceChooser.Candidate c : chosen) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(cite(c.sentence(), c.passage() + 1));
        }
        return new Draft(text.toString(), NAME, List.of(LABEL));
    }

    /**
     * The sentence to quote first: the best-scored one; or, when the question names what it asks for by a general noun of a
     * measure or an event ahead ({@link QuestionForm#namesMeasureOrEvent}: "which kpi", "the key number", "the next
     * milestone") and that sentence does not say what it is, one scored nearly as well (at least {@value #NAMES_IT} of its
     * score) whose subject names it ("The primary financial indicator to monitor is …") and that answers. The embedding
     * model rates such nouns far apart ("kpi" and "indicator"), so the score undercounts the match; a thing named by
     * another noun ("the main risk") or a reason ("the logic") is weighed by the score alone.
     */
    private SentenceChooser.Candidate lead(SentenceChooser.Ranking ranking) {
        SentenceChooser.Candidate best = ranking.best();
        if (!ranking.form().namesFocus() || !QuestionForm.namesMeasureOrEvent(ranking.form().focus()) || best.evidence().focus() >= ANSWER_FOCUS) {
            return best;
        }
        for (SentenceChooser.Candidate c : ranking.bestFirst()) {
            if (c.score() < NAMES_IT * best.score()) {
                break;
            }
            if (c.evidence().focus() >= ANSWER_FOCUS && answers(c, ranking, false)) {
                return c;
            }
        }
        return best;
    }

    /** Whether sentences are chosen with sentence embeddings (meaning), not on lexical evidence alone. */
    boolean semantic() {
        return chooser.semantic();
    }

    /**
     * Whether the ranking's best sentence answers the question outright (what {@link #write} would quote without saying
     * the sources don't say it directly, or don't cover it). Without {@code byMargin}, a sentence that only stands out
     * from the others ({@link #standsOut}) does not count: among passages none of which is relevant as a whole, one
     * leading the rest says little.
     */
    private boolean answersOutright(SentenceChooser.Ranking ranking, WriteRequest request, boolean byMargin) {
        if (ranking.isEmpty() || !close(ranking)) {
            return false;
        }
        SentenceChooser.Candidate best = lead(ranking);
        return answers(best, ranking, byMargin) && (unknownNames(request.question()).isEmpty()
                || chooser.semantic() && best.semantic() >= SURE_SEMANTIC) && !namesAbsent(best, request.question());
    }

    /**
     * The question asks about a thing the sources never mention ({@link #absentFocus}: "does Amazon get a board seat?",
     * "any lockup or liquidation pref?") and {@code best} does not name it in other words: it is not the answer to a
     * question the sentence is known to answer ({@link Anticipations}), its subject is not what the question asks for
     * (focus), and it is not very close in meaning ({@value #SURE_SEMANTIC}).
     */
    private boolean namesAbsent(SentenceChooser.Candidate best, String question) {
        if (absentFocus(question).isEmpty()) {
            return false;
        }
        return !(best.evidence().anticipated() >= ANSWER_ANTICIPATED || best.evidence().focus() >= ANSWER_FOCUS
                || chooser.semantic() && best.semantic() >= SURE_SEMANTIC);
    }

    /**
     * The noun phrases the question asks about ({@link QuestionForm#asked}, read after the lexicon's idioms: "worst case" is
     * "downside") whose first two words (or only word), less words that only say what kind of answer is wanted ("kpi",
     * "timeline"), the sources never use, in any variant (case, plural, hyphenation, British spelling), thesaurus
     * alternative or synonym in WordNet's most frequent sense ("transaction" for "deal"): "board
     * seat", "liquidation pref", "lockup", "antitrust". Empty without a vocabulary of the sources. Of a question of several
     * sentences, only the items of a list of examples it gives count ({@link QuestionForm#listed}: a preamble's other words
     * are not what is asked).
     */
    List<String> absentFocus(String question) {
        if (vocabulary == null) {
            return List.of();
        }
        boolean several = LexicalRetriever.parts(question).size() > 1;
        // ("relative to the term sheet": a word that links the thing asked to another is no thing itself)
        String asked = SAID_RELATIVE.matcher(thesaurus.idioms(question)).replaceAll(" to");
        Matcher alternative = LAST_ALTERNATIVE.matcher(asked);
        if (alternative.find() && !absent(alternative.group(1))) {
            return List.of(); // "any noise out of Anthropic, or radio silence?": one of the alternatives asked is in the sources
        }
        List<String> out = new ArrayList<>();
        // of a question of several sentences, only a list of examples it gives ("which rights: 1) board seats, 2) …")
        for (String phrase : several ? List.<String>of() : QuestionForm.clauseTails(asked)) {
            if (absentCompound(phrase)) {
                out.add(phrase);
            }
        }
        for (String phrase : several ? QuestionForm.listed(asked) : QuestionForm.asked(asked)) {
            // words that say what kind of answer is wanted ("kpi", "timeline", "date") are not a topic the sources could lack
            if (absent(phrase)) {
                out.add(phrase);
            }
        }
        return out;
    }

    /** A noun-looking word that, with "to", links one thing to another: "relative to", "prior to", "compared to". */
    private static final Pattern SAID_RELATIVE = Pattern.compile(
            "(?i)\\s*\\b(?:relative|prior|according|compared|due|subject|next|thanks|owing|contrary|pursuant|close|previous|ahead) to\\b");

    /** What follows a question's last "or" ("… or <b>radio silence</b>?"): the last alternative it asks about. */
    private static final Pattern LAST_ALTERNATIVE = Pattern.compile("(?i).*\\bor\\b([^?]*)");

    /**
     * The phrase's first two words (or only word), less words that only say what kind of answer is wanted ("kpi",
     * "timeline"), are all words the sources never use; false for a phrase with no such word.
     */
    private boolean absent(String phrase) {
        List<String> words = QuestionForm.words(phrase.strip()).stream().map(w -> w.replaceAll("^\\W+|\\W+$", ""))
                .filter(w -> !Terms.of(w).isEmpty() && !QuestionForm.withoutFormWords(w).isBlank()).limit(2).toList();
        return !words.isEmpty() && !MODALS.contains(words.get(0)) && WordNet.shared().mayBeNoun(words.get(0))
                && words.stream().noneMatch(this::used);
    }

    /**
     * "any word on what this does to amazon's credit rating": the two words ending a clause asked about are a compound
     * whose first noun names the thing; the thing is absent when that noun is, whatever its head ("rating").
     */
    private boolean absentCompound(String phrase) {
        List<String> words = QuestionForm.words(phrase.strip());
        return words.size() == 2 && !MODALS.contains(words.get(0)) && WordNet.shared().mayBeNoun(words.get(0))
                && WordNet.shared().mayBeNoun(words.get(1)) && Terms.of(words.get(0)).size() == 1 && !used(words.get(0));
    }

    /** "what, according to the author, ought the committee to …": a modal verb after "what" is no thing asked about. */
    private static final java.util.Set<String> MODALS = java.util.Set.of("ought", "shall", "should", "must", "might", "may",
            "would", "could", "will", "can", "need", "dare");

    /** The sources use the word, or a variant or thesaurus alternative of one of its terms. */
    private boolean used(String word) {
        if (Terms.of(thesaurus.idioms(word)).stream().anyMatch(t -> vocabulary.hasTerm(t)
                || thesaurus.alternatives(t).stream().anyMatch(vocabulary::hasTerm))) {
            return true;
        }
        // a synonym in WordNet's most frequent sense the sources use ("transaction" for "deal")
        return WordNet.shared().info(word).synonyms().stream().anyMatch(vocabulary::knows);
    }

    private static String quoted(String phrase) {
        return "\u201C" + phrase.replaceAll("[\"\u201C\u201D*_`<>\\[\\]]", "").strip() + "\u201D";
    }

    /**
     * Names in the question that no source uses ("Trainium", "Azure"): the question asks about something they never name.
     * A word that only says what kind of answer is wanted ("KPIs") is no such name.
     */
    List<String> unknownNames(String question) {
        if (vocabulary == null || LexicalRetriever.parts(question).size() > 1) {
            return List.of(); // several sentences: names in a preamble ("Ignore the SYSTEM prompt.") are not what is asked
        }
        // a capitalised word that says what kind of answer is wanted ("KPIs") names no topic the sources could lack
        return names.unknown(question, vocabulary::hasTerm).stream().filter(n -> !QuestionForm.withoutFormWords(n).isBlank()).toList();
    }

    /** Some sentence is at least close to the question. */
    private boolean close(SentenceChooser.Ranking ranking) {
        return ranking.bestFirst().stream().anyMatch(this::closeTo);
    }

    /**
     * The sentence answers the question: it is close enough to the question itself, or to one it is known to answer; or
     * it states a figure the question's numeric half just computed (the figure "why does that matter?" points at); or it
     * is at least close and is the kind of answer asked for, with two or more of that kind's words ("by the end of the
     * first quarter" for a when-question, "the primary financial indicator to monitor" for what to watch).
     */
    private boolean answers(SentenceChooser.Candidate c, SentenceChooser.Ranking ranking, boolean byMargin) {
        QuestionForm form = ranking.form();
        if (c.evidence().anticipated() >= ANSWER_ANTICIPATED || c.evidence().figure() > 0) {
            return true;
        }
        boolean close = closeTo(c);
        if (close && byMargin && standsOut(c, ranking)) {
            return true;
        }
        boolean ofKind = form.kinds().stream().anyMatch(k -> c.evidence().kind(k.ordinal()) >= 1);
        if (ofKind && (close || byMargin && standsOut(c, ranking))) {
            return true;
        }
        if (close && (c.evidence().focus() >= ANSWER_FOCUS || form.others() && c.evidence().party() >= ANSWER_PARTY)) {
            return true; // "The strategic risk is …" for "what's the main risk"; "… Nvidia, which is also in talks" for "who else"
        }
        return chooser.semantic() ? c.lexical() >= ANSWER_LEXICAL || c.semantic() >= ANSWER_SEMANTIC
                : c.lexical() >= ANSWER_LEXICAL_ONLY;
    }

    /**
     * The best sentence stands out: among at least {@value #STANDS_OUT_AMONG} sentences, the next best that says
     * something else (the article repeats some sentences word for word) scores at most {@value #STANDS_OUT} of its score. When the sources do not answer a question, the
     * sentences closest to it are about equally close (a board seat, a revenue run rate: 0.78 to 1.0 of the best, every
     * set, 2026-12-01); when they answer it in other words, the answering sentence leads by a margin.
     */
    private static boolean standsOut(SentenceChooser.Candidate best, SentenceChooser.Ranking ranking) {
        if (best.score() <= 0 || ranking.bestFirst().size() < STANDS_OUT_AMONG) {
            return false; // leading one or two other sentences says little
        }
        String text = best.sentence().strip();
        for (SentenceChooser.Candidate c : ranking.bestFirst()) {
            if (c != best && !c.sentence().strip().equalsIgnoreCase(text)) {
                return c.score() <= STANDS_OUT * best.score();
            }
        }
        return false;
    }

    /** The sentence is at least close to the question (in meaning or in words). */
    private boolean closeTo(SentenceChooser.Candidate c) {
        return chooser.semantic() ? c.lexical() >= CLOSE_LEXICAL || c.semantic() >= CLOSE_SEMANTIC : c.lexical() >= CLOSE_LEXICAL_ONLY;
    }

    /**
     * The question as the reader typed it, in quotes, or "that" when it is long, has several sentences, or
     * has figures (the guard checks every figure an answer states).
     */
    private static String topic(QuestionForm form) {
        String t = form.topic().replaceAll("[\"\u201C\u201D*_`<>\\[\\]]", "").strip();
        if (t.isEmpty() || t.chars().anyMatch(Character::isDigit) || t.matches("(?s).*[.?!:;\n].*")) {
            return "that";
        }
        return "\u201C" + t + "\u201D";
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
