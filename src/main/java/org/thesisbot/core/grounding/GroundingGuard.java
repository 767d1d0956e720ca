package org.thesisbot.core.grounding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.Format;
import org.thesisbot.core.api.InputUsed;
import org.thesisbot.core.api.LinkPolicy;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.api.Unit;

/**
 * Checks a draft sentence by sentence and keeps only what checks out:
 * <ul>
 * <li>every [n] must point at a passage the writer was given; other markers are removed (bad_citation);</li>
 * <li>a cited sentence must share at least a quarter of its words with the passages it cites, or the
 * citation is decorative and the sentence is dropped (bad_citation);</li>
 * <li>a sentence with no valid citation is dropped (uncited), unless it only says the sources don't cover
 * something;</li>
 * <li>every figure in a sentence must appear in a passage that sentence cites, or in the scenario core's
 * results, possibly rounded; otherwise the sentence is dropped (unsupported_number);</li>
 * <li>a cited sentence must be supported by the passages it cites ({@link Support}): no name they lack
 * (unsupported_name), no negation of what they assert (negation), no advice they do not give (advice), and,
 * with a sentence-embedding model, close enough to them in meaning once the words no document uses are
 * discounted (unsupported);</li>
 * <li>a sentence that repeats the bot's instructions or anything that looks like a credential is dropped
 * (leak).</li>
 * </ul>
 * Slack broadcast mentions and user mentions (&lt;!channel&gt;, &lt;@U123&gt;) are removed from any answer.
 * The guard is stateless and thread-safe.
 */
public final class GroundingGuard {
    private static final int SHINGLE = 6;
    private static final double MIN_SHARED = 0.25;
    private static final Set<String> MAGNITUDES = Set.of("thousand", "million", "billion", "trillion", "percent");
    private static final Pattern MENTION = Pattern.compile("<[!@#][^>\\n]{0,80}>");
    private static final List<Pattern> SECRET_SHAPES = List.of(
            Pattern.compile("\\b(?:sk|pk|rk)-[A-Za-z0-9_-]{16,}"),
            Pattern.compile("\\bxox[abposr]-[A-Za-z0-9-]{8,}"),
            Pattern.compile("\\bxapp-[A-Za-z0-9-]{8,}"),
            Pattern.compile("\\bAKIA[0-9A-Z]{16}\\b"),
            Pattern.compile("(?i)\\bbearer\\s+[A-Za-z0-9._~+/-]{16,}"),
            Pattern.compile("\\b[A-Za-z0-9+/_-]{40,}={0,2}"));
    private static final List<Pattern> NO_COVERAGE = List.of(
            Pattern.compile("(?i)\\b(sources?|documents?|articles?|material|passages?)\\b.{0,60}"
                    + "\\b(do(es)?n['\u2019]?t|do(es)? not|never|not)\\b.{0,40}"
                    + "\\b(cover|say|said|mention|address|discuss|contain|include|state|specify|give|provide|answer)"),
            Pattern.compile("(?i)\\b(sources?|documents?|articles?)\\b.{0,30}\\b(say|says|said|mention|mentions)\\s+nothing\\b"),
            Pattern.compile("(?i)\\bnot (covered|addressed|mentioned|discussed|answered)\\b.{0,40}\\b(sources?|documents?|articles?)\\b"));

    private final Set<String> secretValues = new HashSet<>();
    private final Set<String> confidentialShingles = new HashSet<>();
    private final Support support;
    private final SupportJudge supportJudge;
    private final LinkPolicy links;
    private final Thesaurus thesaurus;

    /** Decides whether a claim that passed the citation, figure and leak checks is supported by what it cites. */
    @FunctionalInterface
    interface SupportJudge {
        /** Why {@code claim} (markers removed) is not supported by {@code cited}, or empty if it is. */
        Optional<Support.Reason> judge(String claim, List<Passage> cited, Set<String> extraTerms);
    }

    /** A guard that recognises credentials by their shape only, and checks support lexically. */
    public GroundingGuard() {
        this(List.of());
    }

    /** A guard that checks support lexically (no sentence-embedding model). */
    public GroundingGuard(Collection<String> confidential) {
        this(confidential, null, null);
    }

    /**
     * @param confidential texts that must never reach a reader: the LLM prompts (matched as any run of six
     *                     words that the sources don't also contain) and secret values (matched exactly)
     * @param embeddings   sentence embeddings for the meaning check; null checks words only
     * @param corpusTerm   true for an index term ({@link Terms}) that some source document uses; null if unknown
     */
    public GroundingGuard(Collection<String> confidential, SentenceEmbeddings embeddings, Predicate<String> corpusTerm) {
        this(confidential, embeddings, corpusTerm, LinkPolicy.NONE);
    }

    /**
     * @param links which links an answer may show; every other link in the writer's text or a quote is made
     *              unclickable before the sentence is judged
     */
    public GroundingGuard(Collection<String> confidential, SentenceEmbeddings embeddings, Predicate<String> corpusTerm,
                          LinkPolicy links) {
        this(confidential, embeddings, corpusTerm, links, null);
    }

    /**
     * @param lexicon the corpus' words ({@code config/lexicon.yaml}): the thesaurus alternatives a cited sentence
     *                may use for a passage's words, and the names it recognises; null credits no synonyms
     */
    public GroundingGuard(Collection<String> confidential, SentenceEmbeddings embeddings, Predicate<String> corpusTerm,
                          LinkPolicy links, org.thesisbot.core.lexicon.Lexicon lexicon) {
        this.thesaurus = lexicon == null ? Thesaurus.none() : new Thesaurus(lexicon.retrieval());
        Names names = new Names(lexicon == null ? new org.thesisbot.core.lexicon.Lexicon.Names(Set.of(), Set.of())
                : lexicon.names());
        this.support = new Support(embeddings, corpusTerm, thesaurus, names);
        this.supportJudge = support::judge;
        this.links = java.util.Objects.requireNonNull(links, "links");
        for (String c : confidential) {
            if (c == null || c.isBlank()) {
                continue;
            }
            String t = c.strip();
            if (!t.contains(" ") && !t.contains("\n")) {
                if (t.length() >= 8) {
                    secretValues.add(t);
                }
            } else {
                confidentialShingles.addAll(shingles(t.replaceAll("\\{\\{[^}]*}}", " ")));
            }
        }
    }

    /** Which links answers may show. */
    public LinkPolicy links() {
        return links;
    }

    private GroundingGuard(GroundingGuard base, SupportJudge supportJudge) {
        this.support = base.support;
        this.supportJudge = supportJudge;
        this.links = base.links;
        this.thesaurus = base.thesaurus;
        this.secretValues.addAll(base.secretValues);
        this.confidentialShingles.addAll(base.confidentialShingles);
    }

    /** This guard with another support decision (made from this guard's {@link Support}); every other check unchanged. */
    GroundingGuard withSupportJudge(java.util.function.Function<Support, SupportJudge> judge) {
        return new GroundingGuard(this, judge.apply(support));
    }

    /** The index terms the documents use, for {@link #GroundingGuard(Collection, SentenceEmbeddings, Predicate)}. */
    public static Predicate<String> corpusTerms(List<Passage> passages) {
        Set<String> terms = new HashSet<>();
        for (Passage p : passages) {
            terms.addAll(Terms.of(p.text()));
            terms.addAll(Terms.of(p.title()));
        }
        return Set.copyOf(terms)::contains;
    }

    public enum Kind {
        BAD_CITATION, UNSUPPORTED_NUMBER, UNCITED, LEAK, UNSUPPORTED_NAME, NEGATION, REVERSAL, ADVICE, OVERCLAIM, UNSUPPORTED;

        /** The telemetry tag value: "bad_citation", "unsupported_number", "uncited", "leak", "unsupported_name", …. */
        public String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One repair: what was wrong, and the sentence it was found in. {@code dropped} is false when only a marker was removed. */
    public record Repair(Kind kind, String sentence, boolean dropped) {
    }

    /**
     * The checked draft.
     *
     * @param text       what survived, still numbered like the request's passages
     * @param repairs    every repair made, in order
     * @param noCoverage true when what survived cites nothing and only says the sources don't cover the question
     */
    public record Checked(String text, List<Repair> repairs, boolean noCoverage) {
        public Checked {
            repairs = List.copyOf(repairs);
        }

        public boolean isEmpty() {
            return text.isBlank();
        }
    }

    /** Checks a whole draft. The text keeps the request's numbering; see {@link Grounding} for renumbering. */
    public Checked check(Draft draft, WriteRequest request) {
        GuardedStream stream = new GuardedStream(this, request, null);
        stream.append(draft.text());
        GuardedStream.Result r = stream.finish();
        return new Checked(r.original(), r.repairs(), r.noCoverage());
    }

    /** What the guard knows about one request's passages and computed figures, computed once. */
    final class Context {
        private final int passages;
        private final List<Figures.Figure> numberFigures;
        private final List<List<Figures.Figure>> passageFigures;
        private final List<Set<String>> passageTerms;
        private final String passagesText;
        private final List<Passage> passageList;
        private final Set<String> numberTerms;

        Context(WriteRequest request) {
            passages = request.passages().size();
            numberFigures = figuresOf(request.numbers());
            passageFigures = request.passages().stream().map(p -> Figures.in(p.passage().text())).toList();
            numberTerms = termsOf(request.numbers());
            passageList = request.passages().stream().map(ScoredPassage::passage).toList();
            passageTerms = request.passages().stream().map(p -> {
                Set<String> t = new HashSet<>(Terms.of(p.passage().text()));
                t.addAll(numberTerms);
                return t;
            }).toList();
            passagesText = normaliseWords(String.join(" ", request.passages().stream().map(p -> p.passage().text()).toList()));
        }
    }

    /**
     * The guard's decision on one sentence.
     *
     * @param kept       the sentence as it may be shown (bad markers removed), or null when dropped
     * @param noCoverage the kept sentence cites nothing and only says the sources don't cover something
     */
    record Verdict(String kept, List<Repair> repairs, boolean noCoverage) {
    }

    Context context(WriteRequest request) {
        return new Context(request);
    }

    /** Judges one sentence (mentions already removed). */
    Verdict judge(String sentence, Context ctx) {
        boolean shortNoCoverage = saysNotCovered(sentence) && sentence.split("\\s+").length <= 15;
        if (leak(sentence, ctx.passagesText, !shortNoCoverage).isPresent()) {
            return dropped(Kind.LEAK, sentence);
        }
        int k = ctx.passages;
        boolean bad = Markers.cited(sentence).stream().anyMatch(n -> n < 1 || n > k);
        String fixed = bad ? Markers.rewrite(sentence, ns -> ns.stream().filter(n -> n >= 1 && n <= k).toList()) : sentence;
        Set<Integer> valid = new LinkedHashSet<>(Markers.cited(fixed));
        String claim = Markers.strip(fixed);
        if (valid.isEmpty()) {
            if (saysNotCovered(claim) && Figures.firstUnbacked(claim, all(ctx.passageFigures, ctx.numberFigures)).isEmpty()) {
                return new Verdict(fixed, List.of(), true);
            }
            return dropped(bad ? Kind.BAD_CITATION : Kind.UNCITED, sentence);
        }
        List<Figures.Figure> backing = new ArrayList<>(ctx.numberFigures);
        valid.forEach(n -> backing.addAll(ctx.passageFigures.get(n - 1)));
        if (COMBINES.matcher(claim).find()) {
            backing.addAll(sums(backing)); // "together they add up to $19 billion" of $8 billion and $11 billion
        }
        if (Figures.firstUnbacked(claim, backing).isPresent()) {
            return dropped(Kind.UNSUPPORTED_NUMBER, sentence);
        }
        String citedText = String.join("\n", valid.stream().map(n -> ctx.passageList.get(n - 1).text()).toList());
        if (FigureSense.firstMisread(claim, citedText).isPresent() || unbackedCount(claim, citedText, backing)) {
            return dropped(Kind.UNSUPPORTED_NUMBER, sentence);
        }
        if (!sharesWords(claim, valid, ctx.passageTerms)) {
            return dropped(Kind.BAD_CITATION, sentence);
        }
        List<Passage> cited = valid.stream().map(n -> ctx.passageList.get(n - 1)).toList();
        Optional<Support.Reason> unsupported = supportJudge.judge(plain(FigureSense.quartersInWords(claim)), cited, ctx.numberTerms);
        if (unsupported.isPresent()) {
            return dropped(switch (unsupported.get()) {
                case NAME -> Kind.UNSUPPORTED_NAME;
                case NEGATION -> Kind.NEGATION;
                case REVERSAL -> Kind.REVERSAL;
                case ADVICE -> Kind.ADVICE;
                case OVERCLAIM, EVENT -> Kind.OVERCLAIM;
                case META -> Kind.LEAK;
                case PERSON, ADDITION, MEANING -> Kind.UNSUPPORTED;
            }, sentence);
        }
        List<Repair> repairs = bad ? List.of(new Repair(Kind.BAD_CITATION, sentence, false)) : List.of();
        return new Verdict(fixed, repairs, false);
    }

    /** The words of a sentence without emphasis marks and list bullets: "*AWS* is" reads as "AWS is". */
    private static String plain(String claim) {
        return claim.replaceAll("[*_~`]+", "").strip();
    }

    /** Removes Slack broadcasts and mentions, and the doubled spaces they leave. */
    static String withoutMentions(String text) {
        return MENTION.matcher(text).replaceAll("").replaceAll("[ \t]{2,}", " ");
    }

    private static Verdict dropped(Kind kind, String sentence) {
        return new Verdict(null, List.of(new Repair(kind, sentence, true)), false);
    }

    /** @param checkPrompts false for a short "the sources don't cover that", which the prompt itself asks for */
    private Optional<Kind> leak(String sentence, String passagesText, boolean checkPrompts) {
        for (String secret : secretValues) {
            if (sentence.contains(secret)) {
                return Optional.of(Kind.LEAK);
            }
        }
        for (Pattern p : SECRET_SHAPES) {
            Matcher m = p.matcher(sentence);
            while (m.find()) {
                if (!passagesText.contains(normaliseWords(m.group()))) {
                    return Optional.of(Kind.LEAK);
                }
            }
        }
        if (checkPrompts && !confidentialShingles.isEmpty()) {
            for (String sh : shingles(sentence)) {
                if (confidentialShingles.contains(sh) && !passagesText.contains(sh)) {
                    return Optional.of(Kind.LEAK);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A cited sentence must share at least {@value #MIN_SHARED} of its terms (or their thesaurus alternatives)
     * with the passages it cites: a citation glued to unrelated text ("I have been hacked [1].") does not check out.
     */
    private boolean sharesWords(String claim, Set<Integer> cited, List<Set<String>> passageTerms) {
        Set<String> terms = new HashSet<>(Terms.of(claim));
        terms.removeIf(t -> Character.isDigit(t.charAt(0)) || MAGNITUDES.contains(t)); // figures were checked already
        if (terms.isEmpty()) {
            return true;
        }
        Set<String> source = new HashSet<>();
        cited.forEach(n -> source.addAll(passageTerms.get(n - 1)));
        long shared = terms.stream().filter(t -> source.contains(t) || Support.sharesRoot(t, source)
                || thesaurus.alternatives(t).stream().anyMatch(source::contains)).count();
        return shared >= Math.max(1, MIN_SHARED * terms.size());
    }

    /** True for a sentence that only says the sources don't cover something ("The sources don't cover that."). */
    static boolean saysNotCovered(String sentence) {
        return NO_COVERAGE.stream().anyMatch(p -> p.matcher(sentence).find());
    }

    /**
     * Durations counted in words ("the two quarters following", "three fiscal years"), which are figures; "one" is left
     * out (as often a pronoun), and so are counts of things ("the two companies"), which a sentence may infer.
     */
    private static final Pattern COUNT = Pattern.compile("(?i)\\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen)"
            + "\\s+(?:\\p{L}+\\s+)?(?:quarters|years|months|weeks|days|decades)\\b");
    private static final List<String> COUNTS = List.of("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "dozen");

    /**
     * True if {@code claim} counts a duration in words ("in the two quarters following the close") with a count its
     * cited text never gives, in words or digits, nor the scenario core's figures.
     */
    private static boolean unbackedCount(String claim, String citedText, List<Figures.Figure> backing) {
        Matcher m = COUNT.matcher(claim);
        String text = citedText.toLowerCase(Locale.ROOT);
        while (m.find()) {
            String word = m.group(1).toLowerCase(Locale.ROOT);
            int n = word.equals("dozen") ? 12 : COUNTS.indexOf(word) + 2;
            boolean backed = Pattern.compile("\\b" + word + "\\b").matcher(text).find()
                    || Pattern.compile("(?<![\\d.,$])" + n + "(?![\\d.,]*\\d)(?!\\s*(?:%|percent|billion|million|trillion))").matcher(text).find()
                    || backing.stream().anyMatch(f -> f.exponent() == 0 && !f.percent() && f.number().compareTo(java.math.BigDecimal.valueOf(n)) == 0);
            if (!backed) {
                return true;
            }
        }
        return false;
    }

    /** Words by which a sentence adds figures up: "add up to", "combined", "together", "in total". */
    private static final Pattern COMBINES = Pattern.compile("(?i)\\b(?:adds? up|added up|combined|together|in total|"
            + "totals?|totalling|totaling|in all|sum)\\b");

    /** The sums of every two amounts (money with a magnitude) among {@code figures}, as figures of the larger magnitude. */
    private static List<Figures.Figure> sums(List<Figures.Figure> figures) {
        List<Figures.Figure> amounts = figures.stream().filter(f -> !f.percent() && f.exponent() > 0).limit(12).toList();
        List<Figures.Figure> out = new ArrayList<>();
        for (int i = 0; i < amounts.size(); i++) {
            for (int j = i + 1; j < amounts.size(); j++) {
                Figures.Figure a = amounts.get(i);
                Figures.Figure b = amounts.get(j);
                int e = Math.max(a.exponent(), b.exponent());
                java.math.BigDecimal sum = a.number().scaleByPowerOfTen(a.exponent() - e).add(b.number().scaleByPowerOfTen(b.exponent() - e));
                out.add(new Figures.Figure(sum, e, false, a.text() + " + " + b.text()));
            }
        }
        return out;
    }

    private static List<Figures.Figure> all(List<List<Figures.Figure>> passageFigures, List<Figures.Figure> numbers) {
        List<Figures.Figure> out = new ArrayList<>(numbers);
        passageFigures.forEach(out::addAll);
        return out;
    }

    /** Figures the scenario core computed or used, as exact values and as displayed. */
    private static List<Figures.Figure> figuresOf(List<MetricResult> results) {
        List<Figures.Figure> out = new ArrayList<>();
        for (MetricResult r : results) {
            out.addAll(asFigures(r.value(), r.unit()));
            out.addAll(Figures.in(r.display()));
            if (r.formula() != null) {
                out.addAll(Figures.in(r.formula()));
            }
            if (r.explanation() != null) {
                out.addAll(Figures.in(r.explanation()));
            }
            for (InputUsed in : r.inputs()) {
                out.addAll(asFigures(in.value(), in.unit()));
            }
        }
        return out;
    }

    /** The words of the scenario core's results (labels, formulas), which a mixed answer may use. */
    private static Set<String> termsOf(List<MetricResult> results) {
        Set<String> out = new HashSet<>();
        for (MetricResult r : results) {
            out.addAll(Terms.of(r.label() + " " + r.metric() + " " + (r.formula() == null ? "" : r.formula()) + " "
                    + (r.explanation() == null ? "" : r.explanation())));
            r.inputs().forEach(in -> out.addAll(Terms.of(in.label())));
        }
        return out;
    }

    private static List<Figures.Figure> asFigures(java.math.BigDecimal value, Unit unit) {
        List<Figures.Figure> out = new ArrayList<>();
        java.math.BigDecimal abs = value.abs();
        switch (unit) {
            case USD_BILLIONS -> out.add(new Figures.Figure(abs, 9, false, Format.money(value)));
            case RATIO -> out.add(new Figures.Figure(abs.movePointRight(2), 0, true, Format.percent(value)));
            case MULTIPLE, YEARS -> out.add(new Figures.Figure(abs, 0, false, abs.toPlainString()));
        }
        return out;
    }

    static List<String> shingles(String text) {
        String[] words = normaliseWords(text).split(" ");
        List<String> out = new ArrayList<>();
        for (int i = 0; i + SHINGLE <= words.length; i++) {
            out.add(String.join(" ", java.util.Arrays.copyOfRange(words, i, i + SHINGLE)));
        }
        return out;
    }

    private static String normaliseWords(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
