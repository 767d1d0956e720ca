package org.thesisbot.core.reading;

import static org.thesisbot.core.reading.Words.ASKS_FOR_YEARS;
import static org.thesisbot.core.reading.Words.PER_YEAR;
import static org.thesisbot.core.reading.Words.VALUATION;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.Format;
import org.thesisbot.core.api.Unit;
import org.thesisbot.core.scenario.Amount;
import org.thesisbot.core.scenario.Amounts;
import org.thesisbot.core.scenario.Calculator;
import org.thesisbot.core.scenario.InputId;
import org.thesisbot.core.scenario.Metric;
import org.thesisbot.core.scenario.ScenarioModel;
import org.thesisbot.core.text.Screen;
import org.thesisbot.core.state.ThreadState;

/**
 * Reads a question into a {@link Reading}. Each figure becomes a mention with its unit, sign and position;
 * each input it could set is scored on evidence (cue words in its clause and their distance, unit, a plausible
 * magnitude for that input, whether the asked metric uses the input, and the thread's state); the best
 * reading wins, and a close second is kept as an ambiguity for the reply to show or ask about. Targets
 * ("what exit gives a 3x?") are found by their shape: a value the question wants a metric to reach, and the
 * input it asks for. The words come from {@link Vocabulary} (config/understanding.yaml), not from this class.
 *
 * <p>This class reads one question from start to end; its parts are {@link MetricPhrases} (the metrics and
 * scenarios named), {@link Targets} (with {@link Goals} and {@link AskedInputs}), {@link InputLookups},
 * {@link Roles} (with {@link RoleScoring} and {@link Window}) and {@link PointingBack}, over one {@link Work}.
 */
public final class Reader {
    /** "profit not revenue", "revenue, not profit": the question sets one metric against another. */
    private static final Pattern CONTRAST = Pattern.compile("\\b\\w+,? not (?:the )?\\w+|\\bnot \\w+,? (?:but |just )?\\w+");

    /** The question drops what the thread set and starts again ("start over", "forget all that", "back to the default numbers"). */
    public static boolean resets(String text) {
        return text != null && text.length() <= 4_000 && RESET.matcher(text.toLowerCase(java.util.Locale.ROOT)).find();
    }

    private static final Pattern RESET = Pattern.compile(
            "\\bstart (?:over|again|fresh|afresh)|\\bafresh\\b|from scratch|from the top|\\breset\\b|forget (?:that|those|it|all|everything|my|the earlier)"
                    + "|\\bdefault (?:assumptions|numbers|figures|inputs|case|model)\\b|\\bwithout (?:any|my|those|the) (?:changes|overrides|tweaks)\\b"
                    + "|(?:back to|use) (?:the )?(?:default|original|article'?s?|model'?s?|sourced)(?: own| base)? (?:numbers|figures|assumptions|inputs|case)"
                    // "scrap all of that", "ditch those changes": what the thread changed, dropped
                    + "|\\b(?:scrap|ditch|drop|bin|undo|clear|kill|junk|lose) (?:all (?:of )?)?(?:that|those|them|everything|the (?:changes|overrides|tweaks)|my (?:changes|overrides|tweaks))\\b(?! (?:\\$?\\d|to\\b))"
                    + "|clean slate|\\bno overrides\\b"
                    // "wipe the slate", "on your own numbers": the model's figures, none of the thread's
                    + "|\\bwipe (?:the |that )?slate\\b|\\bslate (?:clean|wiped)\\b"
                    + "|\\b(?:on|with|use|using|from) (?:your|the model'?s?|the bot'?s?) own (?:numbers|figures|assumptions|inputs|base case)\\b");

    /** A metric asked beside the thread's, not instead of it: "the irr as well", "and the moic too". */
    private static final Pattern AS_WELL = Pattern.compile("\\bas well\\b|\\btoo(?=\\W*(?:,|$))|\\bin addition\\b|\\balongside\\b|\\bon top of (?:that|it|those)\\b");
    private static final Pattern PER_YEAR_ONLY = Pattern.compile(
            "^(?:and |what about |how about |ok |so |what'?s that |what is that |that )?(?:per year|a year|each year|annual(?:ly)?|yearly|per annum|annualised|annualized|annuali[sz]ed? (?:that|it|this))(?: please| thanks| pls)?\\??$");
    /** "per yr, and with capture at 40 pct instead": the yearly figure asked first, a change after it. */
    private static final Pattern PER_YEAR_FIRST = Pattern.compile(
            "^(?:and |what about |how about |ok |so )?(?:per year|a year|each year|annual(?:ly)?|yearly|per annum|annuali[sz]ed)(?: please)?\\s*(?:[,;:]|and\\b|with\\b|at\\b|if\\b|assuming\\b)");
    /** The worth of what the thread computed: "how much is that worth", "what's it worth". */
    private static final Pattern WORTH_OF_IT = Pattern.compile(
            "\\bhow much (?:is|would be|will be|'s) (?:that|it|this)(?: stake| position| slice| piece| share)? worth\\b|\\bwhat(?:'s| is| would be) (?:that|it|this)(?: stake| position| slice| piece)? worth\\b"
                    // the same in a statement's word order, as many write it: "how much that is worth", "what it would be worth"
                    + "|\\b(?:how much|what) (?:that|it|this)(?: stake| position| slice| piece| share)? (?:is|would be|will be|'s|'d be) worth\\b"
                    // chat's clipped form, the verb left out: "and worth what if oai exits 2T", "worth how much then?"
                    + "|^(?:and |so |ok |then )?(?:it'?s |that'?s |its )?worth (?:what|how much)\\b");
    private static final Pattern IN_DOLLARS = Pattern.compile(
            "^(?:and |so |ok |but |ok but |ok,? )?(?:(?:i (?:need|want|'d like)|can i (?:get|have)|give me|show me|make|put|let'?s (?:see|have)) (?:it|that|this|them) )?"
                    + "(?:in (?:dollars|\\$|usd|dollar terms|\\$ terms)|how much is that(?: worth)?(?: in dollars)?|dollar value|what'?s that worth)"
                    + "(?:,? (?:please|pls|plz|thanks|thx|instead|not (?:as )?(?:a )?(?:%|percent|pct|share)|rather than (?:a )?(?:%|percent|pct|share)))*\\W*$");

    /** "as a multiple", "in multiple terms", "expressed as a ratio": the form an answer is asked in, not a metric. */
    private static final Pattern AS_A_FORM = Pattern.compile(
            "\\b(?:as an?|in|expressed as an?|in terms of an?|in) (?:multiples?|ratio|x)(?: terms)?$");

    /** A question that asks for a quantity, whatever it names. */
    private static final Pattern NUMERIC_ASK = Pattern.compile(
            "\\bhow (?:much|many|big|large)\\b|\\bwhat(?:'s| is| are) (?:the )?(?:number|figure|value|amount|size|total)\\b"
                    + "|\\bcalculate\\b|\\bquantif|\\bwhat (?:%|percent|percentage|share|fraction|proportion|portion|part|chunk|slice)\\b|\\bin dollars\\b");

    private final ScenarioModel model;
    private final Vocabulary vocab;
    private final Map<Metric, Set<InputId>> reads;
    private final MetricSemantics semantics;
    /** Rules out, by their literal words, the vocabulary patterns that cannot match a text (most, for any question). */
    private final Screen screen;
    private final Knowledge knowledge;
    private final MetricPhrases phrases;
    private final AskedInputs inputs;
    private final Targets targets;
    private final InputLookups inputLookups;
    private final Roles roles;
    private final Dates dates;
    private final PointingBack pointingBack;

    public Reader(ScenarioModel model, Vocabulary vocab) {
        this(model, vocab, null);
    }

    /** @param semantics evidence by meaning for questions no phrase names a metric in; null without an embedding model */
    public Reader(ScenarioModel model, Vocabulary vocab, MetricSemantics semantics) {
        this.model = model;
        this.vocab = vocab;
        this.semantics = semantics;
        Calculator calculator = new Calculator(model);
        Map<Metric, Set<InputId>> r = new EnumMap<>(Metric.class);
        // (with a tax rate set: at the model's default of none the calculator does not list it, but the taxed metrics read it)
        Map<String, java.math.BigDecimal> taxed = model.input(InputId.TAX_RATE.id()).isPresent()
                ? Map.of(InputId.TAX_RATE.id(), new java.math.BigDecimal("0.25")) : Map.of();
        for (Metric m : Metric.values()) {
            Set<InputId> ids = EnumSet.noneOf(InputId.class);
            calculator.compute(m, ScenarioModel.BASE, taxed).inputs().forEach(i -> ids.add(InputId.of(i.id())));
            r.put(m, ids);
        }
        this.reads = r;
        List<Pattern> all = new ArrayList<>();
        vocab.phrases().forEach(p -> all.add(p.pattern()));
        for (InputId id : InputId.values()) {
            all.addAll(vocab.input(id).names());
            all.addAll(vocab.input(id).cues());
        }
        all.addAll(MetricPhrases.SCENARIO_WORDS.values());
        vocab.rests().names().values().forEach(all::addAll);
        all.addAll(List.of(PER_YEAR, MetricPhrases.SCENARIO_COMPARE, RoleScoring.ENTRY_WORDS, RoleScoring.EXIT_WORDS, VALUATION,
                RoleScoring.AT, NUMERIC_ASK, MetricPhrases.SHARE_OF_IT));
        this.screen = new Screen(all);
        this.knowledge = new Knowledge(model, vocab, reads, calculator, screen);
        this.phrases = new MetricPhrases(knowledge);
        this.inputs = new AskedInputs(knowledge);
        this.targets = new Targets(knowledge, inputs);
        this.inputLookups = new InputLookups(knowledge);
        this.roles = new Roles(knowledge, new RoleScoring(knowledge));
        this.dates = new Dates(knowledge);
        this.pointingBack = new PointingBack(knowledge);
    }

    /** A question's working state; its metric phrases found once, here. */
    private Work work(String s, ThreadState state, Force force) {
        List<Hit> hits = phrases.metricHits(s);
        Matcher quoted = Words.QUOTED_PASSAGE.matcher(s);
        while (quoted.find()) {
            // the metric words of a pasted passage ("… would represent a massive return on investment") are the source's
            hits = outside(hits, quoted.start(), quoted.end());
        }
        Matcher evidence = EVIDENCE_THAT.matcher(s);
        if (!evidence.find()) {
            evidence = SOURCE_CALLS.matcher(s);
        }
        if (evidence.find(0) && Amounts.find(s).isEmpty()) {
            // "the best indicator that the aws revenue is showing up": what would show it, from the sources; the metric
            // named after it is what the evidence is about, not a number asked
            int from = evidence.end();
            hits = outside(hits, from, Words.sentenceEnd(s, from));
        }
        Matcher when = WHEN_VALUED.matcher(s);
        while (when.find()) {
            // "if its valuation climbs to 1.6T by the time the stake is valued": when the exit is, not the stake asked
            hits = outside(hits, when.start(), when.end());
        }
        Matcher holder = WHEN_HOLDER_VALUES.matcher(s);
        while (holder.find()) {
            int from = holder.start(), to = holder.end();
            if (outside(hits, from, to).stream().anyMatch(Hit::strong)) {
                // "…worth half a trillion when we mark the stake, how far underwater are we": another metric is asked; the
                // stake named in the exit's time is not ("how many yrs till you mark the stake?" still asks about it)
                hits = outside(hits, from, to);
            }
        }
        Matcher premise = PREMISE.matcher(s);
        int premiseEnd = 0;
        if (premise.lookingAt()) {
            premiseEnd = premise.end();
            // "The article calls AWS's compute revenue high-margin. If AWS kept 40 cents on the dollar, how much profit…":
            // the metric the source's sentence names is its subject; the question after it names its own
            int to = premise.end();
            if (hits.stream().anyMatch(h -> h.start() >= to)) {
                hits = hits.stream().filter(h -> h.start() >= to).toList();
            }
        }
        Work w = new Work(s, state, force, model, hits);
        w.premiseEnd = premiseEnd;
        return w;
    }

    /** The metric phrases that lie wholly outside the span. */
    private static List<Hit> outside(List<Hit> hits, int from, int to) {
        return hits.stream().filter(h -> h.end() <= from || h.start() >= to).toList();
    }

    /**
     * A sentence of context before the question, ending in a full stop: what a source says ("The piece says the round
     * could value OpenAI at $830 billion.") or what the asker is trying to do ("I'm trying to understand the upside.").
     * It asks nothing of its own; the question follows it.
     */
    public static final Pattern PREMISE = Pattern.compile(
            "^(?:(?:the|this) " + Reader.SOURCE_NOUN + "(?:'s)? (?:says?|said|calls?|notes?|mentions?|argues?|claims?"
                    + "|describes?|reports?|puts?|suggests?|states?|writes?|frames?|quotes?|has|points out|thinks?|reckons?)\\b"
                    + "|(?:i'm|i am|we're|we are) (?:just )?trying to (?:understand|figure out|get (?:a|my) (?:sense|feel|handle|head) (?:of|for|on|around)"
                    + "|work out|size up|gauge|think through)\\b)[^?!]*?[.!]\\s+(?=\\S)");

    /** The exit's time said in words: "by the time the stake is valued", "when amazon's position gets marked". */
    static final Pattern WHEN_VALUED = Pattern.compile(
            "\\b(?:when|once|by the time|until|till|before|at the point(?: at which| where| when)?) (?:the |amazon'?s? |its |our |their )?(?:stake|position|holding|shares|equity)"
                    + " (?:is |gets |get |are |will be |would be |comes to be |come to be |is to be |finally gets |eventually gets )?(?:valued|marked|sold|exited|cashed out)\\b");
    /**
     * The exit's time said of whoever holds the stake: "when we mark it", "by the time amazon sells the stake". A cue for the
     * exit only: the stake it names may still be what is asked about ("how many yrs till you mark the stake?").
     */
    static final Pattern WHEN_HOLDER_VALUES = Pattern.compile(
            "\\b(?:when|once|by the time|until|till|before) (?:we|they|amazon|you|u) (?:come to |finally |eventually |get to )?"
                    + "(?:mark|value|sell|exit|cash out(?: of)?) (?:it|that|the stake|our stake|its stake|the position|our position|the holding)\\b");

    /** Evidence of something, asked for: "indicator that", "a sign of", "proof that", "how would we know whether". */
    private static final Pattern EVIDENCE_THAT = Pattern.compile(
            "\\b(?:(?:leading )?indicators?|signs?|signals?|evidence|proof|tell-?tale|early warning|way to (?:tell|know|see)"
                    + "|how (?:would|will|do|can|could) (?:we|i|you|investors|analysts) (?:know|tell|see))"
                    + " (?:that|of|whether|if)\\b");

    /** The words for a source document or its writer. */
    private static final String SOURCE_NOUN = "\\b(?:article|piece|author|source|report|writer|story)";
    /** A source's own: "the author's worst case", "the article's bull case". */
    private static final Pattern SOURCES_OWN = Pattern.compile(SOURCE_NOUN + "(?:'s|s') ");
    /** What a source calls something: "the piece calls the stake a massive return" (the metric is the source's subject). */
    private static final Pattern SOURCE_CALLS = Pattern.compile(
            SOURCE_NOUN + "(?:'s)? (?:calls?|describes?|labels?|frames?|characteri[sz]es?|paints?|sells?)\\b");

    /** Which inputs a metric reads (as the calculator reports them). */
    public Set<InputId> reads(Metric m) {
        return reads.get(m);
    }

    /** A scenario named against another: "vs bear", "compared with the base case", "difference to bull". */
    private static final Pattern AGAINST_SCENARIO = Pattern.compile(
            "^(?:and |so |ok,? )?(?:(?:the )?difference |delta |change )?(?:vs\\.?|versus|against|compared (?:to|with)|relative to|(?:to|from))\\s+(?:the\\s+)?(?:bull|bear|base|upside|downside)\\b(?: case| scenario)?\\W*$"
                    + "|^(?:and |so )?(?:the )?difference (?:vs\\.?|versus|to|from|with|against) (?:the )?(?:bull|bear|base|upside|downside)\\b(?: case| scenario)?\\W*$");

    /** The whole compute window rather than a year of it: "over the whole window", "in total", "all five years". */
    private static final Pattern WHOLE_WINDOW = Pattern.compile(
            "\\b(?:over|across|for) the (?:whole|full|entire) (?:window|period|five years|5 years|2025-2029|term)\\b|\\bin total\\b|\\bcumulative(?:ly)?\\b|\\ball (?:five|5) years\\b");

    /** A match by meaning this close, and this far ahead of the next metric, is read as that metric (with a note). */
    private static final double CLEARLY = 0.80;
    private static final double CLEARLY_AHEAD = 0.20;

    public Reading read(String question, ThreadState state) {
        Quarterly.Rewritten yearly = Quarterly.rewrite(headed(withoutRestatingTags(Amounts.normalise(question))));
        Work first = work(yearly.text(), state, null);
        first.used.addAll(yearly.notes());
        Reading r = read(first);
        Force force = targets.reverse(first, r);
        if (force == null) {
            return targets.unanswered(first, first.choices.isEmpty() ? r : targets.choose(first, r));
        }
        Work again = work(first.s, state, force);
        again.used.addAll(yearly.notes());
        Reading second = read(again);
        // (the share at which AWS's profit repays the check, found on the second reading, is a metric of its own)
        boolean breakeven = second.target() == null && force.solveFor() == InputId.AWS_CAPTURE_SHARE
                && second.metrics().contains(Metric.BREAKEVEN_CAPTURE_SHARE);
        if (!breakeven && (second.target() == null || second.target().solveFor() != force.solveFor())) {
            return targets.unanswered(first, r);
        }
        List<String> cues = new ArrayList<>(second.cues());
        cues.add(0, "re-read as a target: " + force.why());
        return new Reading(second.metrics(), second.target(), second.changes(), second.scenarios(), second.reset(),
                second.lookups(), second.used(), second.unused(), second.rejected(), second.ambiguity(), second.candidates(),
                second.confidence(), cues).withUnplaced(second.unplaced());
    }

    /** Words that relate one quantity to another (a share, a comparison, the deal set against it), or ask the sources. */
    private static final Pattern RELATES = Pattern.compile(
            "%|=|\\b(?:share|percent|pct|fraction|portion|proportion|relative|compared?|comparison|vs\\.?|versus|against|chunk|bite"
                    + "|slice|eats?|swallows?|dwarfs?|ratio|multiple|times|deal|check|cheque|investment|bet|stake|openai|oai"
                    // (or the sources' words about it: "what the article says about the capex plan")
                    + "|article|piece|author|says?|said|frames?|report(?:s|ed)?|sources?|why|line)\\b");

    /** Tags after the question, "… pre has to be? #pre_money #bull" (the shorthand has made "pre_money" two words). */
    private static final Pattern TRAILING_TAGS = Pattern.compile("(?:\\s*#[^#]+)+$");
    private static final Pattern TAG = Pattern.compile("#([^#]+)");
    private static final Pattern TAG_PERIOD = Pattern.compile("(?<!\\bper)\\s(?:year|yr|yearly|annual)(\\s*)$");

    /**
     * A tag after the question that names a metric the question already names ("our 50 gets 5.5%, pre has to be? #pre_money")
     * labels the message, as tags do; read as a second mention, it would turn the question into a request for that metric.
     * Such a tag is blanked. A tag naming anything else stays: it may be all the question says of its metric ("1.2T exit, 5y
     * #irr") or name its scenario ("#bull").
     */
    String withoutRestatingTags(String s) {
        Matcher tags = TRAILING_TAGS.matcher(s);
        if (!tags.find() || tags.start() == 0) {
            return s;
        }
        java.util.Set<Metric> body = new java.util.HashSet<>();
        phrases.metricHits(s.substring(0, tags.start())).forEach(h -> body.add(h.metric()));
        StringBuilder out = new StringBuilder(s.substring(0, tags.start()));
        Matcher tag = TAG.matcher(s);
        tag.region(tags.start(), s.length());
        int at = tags.start();
        while (tag.find()) {
            out.append(s, at, tag.start());
            at = tag.end();
            // a tag's last word for a period is per that period, as "_yr" ends a name in a spreadsheet ("#aws_rev_yr")
            String words = TAG_PERIOD.matcher(tag.group(1)).replaceAll(" per year$1");
            List<Hit> own = phrases.metricHits(words);
            // (the revenue per year restates the revenue named with a figure per year, "aws rev 15b/yr …"; without a period in
            // the message, the tag is what says per year)
            boolean restates = !own.isEmpty() && own.stream().allMatch(h -> body.contains(h.metric())
                    || h.metric() == Metric.AWS_COMPUTE_REVENUE_PER_YEAR && body.contains(Metric.AWS_COMPUTE_REVENUE)
                    && Words.PER_YEAR.matcher(s.substring(0, tags.start())).find());
            out.append(restates ? " " : "#" + words);
        }
        return out.append(s.substring(at)).toString();
    }

    /** A clause that is only a few words and a question mark: "exit?", "check size?", "hold yrs?". */
    private static final Pattern HEAD = Pattern.compile("(?:^|(?<=[;.!?:]\\s{0,3}))([A-Za-z][A-Za-z' -]{0,30}?)\\s?\\?");
    /** Words a short question opens with that already say what it asks, or that name nothing ("now?", "and moic?"). */
    private static final Pattern HEAD_ASKS = Pattern.compile(
            "(?i)(?:what|whats|what's|how|which|why|when|where|who|whose|is|are|was|were|does|do|did|can|could|would|will|should|"
                    + "and|or|so|ok|okay|now|right|really|same|any|anything|thoughts|pass|fail|yes|no|the)\\b.*");

    /**
     * "exit?\n+ need 3x on the check": a message that names what it wants in a word or two with a question mark, and gives
     * the conditions after it, asks for that quantity ("what exit? need 3x on the check"). Only a clause that names a metric or
     * an input of the model is read so; "now?" and "and moic?" are read as typed.
     */
    String headed(String s) {
        Matcher m = HEAD.matcher(s);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String head = m.group(1).strip();
            if (head.split("\\s+").length > 3 || HEAD_ASKS.matcher(head).matches() || !mentionsModel("what " + head.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder();
            }
            out.append(s, last, m.start(1)).append("what ");
            last = m.start(1);
        }
        return out == null ? s : out.append(s.substring(last)).toString();
    }

    /**
     * "aws revenue from the openai compute, per one year please": for a metric asked per year that no holding period
     * changes, the one year is what "per year" says, not a figure for the hold.
     */
    private void oneYearIsPerYear(Work w, List<Metric> metrics) {
        boolean yearly = metrics.contains(Metric.AWS_COMPUTE_REVENUE_PER_YEAR) || metrics.contains(Metric.COMPUTE_SPEND_PER_YEAR);
        if (!yearly || metrics.stream().anyMatch(m -> reads(m).contains(InputId.HOLDING_YEARS))) {
            return;
        }
        Matcher y = PER_YEAR.matcher(w.s);
        while (y.find()) {
            for (Mention m : w.mentions) {
                if (!m.consumed && m.amount.kind() == Amount.Kind.YEARS && m.amount.value().compareTo(BigDecimal.ONE) == 0
                        && m.start() >= y.start() && m.end() <= y.end()) {
                    m.consumed = true;
                    w.cues.add("figure " + m.amount.text() + " says per year");
                }
            }
        }
    }

    /** True when the text asks to check a figure ("is that right?", "confirm", "does that hold up?"). */
    public static boolean checks(String text) {
        return Claims.CHECKING.matcher(text).find();
    }

    /** True when the text asks which of the cases a figure belongs to ("which world is that"). */
    public static boolean asksWhichCase(String text) {
        return Claims.WHICH_CASE.matcher(text).find();
    }

    /** True when the text reports what someone said ("a friend said we put 12bn into anthropic", "i've heard …"). */
    public static boolean reports(String text) {
        return Claims.SAID_BY.matcher(text).find() || HEARSAY.matcher(text).find();
    }

    /** Anyone's words reported: "a woman from aws strategy told me", "banker at the dinner swore", "a guy kept saying". */
    private static final Pattern HEARSAY = Pattern.compile(
            "\\b(?:told (?:me|us)|tells (?:me|us)|swore|swears|kept (?:saying|calling)|keeps (?:saying|calling)|reckons|reckoned|mentioned"
                    + "|heard|was told|were told|apparently|according to)\\b");

    /** True when the text asks for an input by name ("what's the longest we can hold"): a number, not words. */
    public boolean asksForInput(String text) {
        return inputs.askedInput(work(Amounts.normalise(text), null, null)) != null;
    }

    /**
     * The inputs the text names without a figure of their own, in the order named ("… what oai exit + how many yrs": the
     * exit and the hold): the inputs a question may ask for. Names in the premise or next to a figure are not counted.
     */
    public List<InputId> namedWithoutFigure(String text) {
        return inputs.namedWithoutFigure(work(Amounts.normalise(text), null, null));
    }

    private Reading read(Work w) {
        ThreadState state = w.state;
        w.contrast = CONTRAST.matcher(w.s).find();
        w.scenarios = phrases.scenarios(w.s, w.cues);
        if (w.scenarios.size() < 3 && Claims.WHICH_CASE.matcher(w.s).find()) {
            // "heard aws pockets ~30bn … which of your cases does that line up with": each case's number, to set the figure against
            w.scenarios = model.scenarios().stream().map(org.thesisbot.core.scenario.Scenario::name).toList();
            w.cues.add("which case: every case");
        }
        if (state != null && state.scenarios().size() == 1 && w.scenarios.size() == 1 && !state.scenarios().equals(w.scenarios)
                && AGAINST_SCENARIO.matcher(w.s).find()) {
            // "Δ vs bear?" after bull: the thread's scenario and the one named, side by side
            List<String> both = new ArrayList<>(state.scenarios());
            both.addAll(w.scenarios);
            w.scenarios = both;
            w.cues.add("against the thread's scenario");
        }
        boolean reset = RESET.matcher(w.s).find();
        if (reset) {
            w.cues.add("reset");
        }
        Claims.guesses(w);
        Claims.stated(w);
        Claims.setAside(w);
        Solve askedInput = inputs.askedInput(w);
        Claims.bars(w, askedInput);
        if (askedInput == null || w.hits.stream().anyMatch(h -> h.strong() && h.start() <= askedInput.start() && h.end() >= askedInput.end())) {
            // (a question for an input compares to set a goal: "the longest hold where the irr is over 15%"; an input's name
            // inside a metric's, "breakeven capture share", asks for the metric)
            Claims.comparisons(w);
        }
        ThreadState.Target target = targets.target(w);
        if (target != null && target.level() == null && org.thesisbot.core.scenario.Rests.has(target.metric())
                && (restNamed(w, target.metric()) || vocab.rests().cues().stream().anyMatch(p -> p.matcher(w.s).find()))) {
            // a goal for the rest of a whole: "what exit gets everyone else's piece of oai to 1T"
            w.cues.add("the goal is the rest of the whole " + target.metric().id() + " is part of");
            target = target.asRest();
        }
        if (target == null) {
            // two of the model's numbers set level around an input asked for: the other number is the goal
            target = Legs.target(w, askedInput, reads::get);
        }
        if (target == null && state != null && state.target() != null && askedInput != null && askedInput.input() != null
                && askedInput.input() != state.target().solveFor() && GOAL_AGAIN.matcher(w.s).find()
                && w.hits.stream().noneMatch(Hit::strong)) {
            // "what margin would get there instead": the thread's goal, reached by another input
            ThreadState.Target t = state.target();
            target = new ThreadState.Target(t.metric(), t.value(), askedInput.input(), t.level(), t.offsetting(), t.rest());
            w.cues.add("the thread's goal, now solved for " + askedInput.input().id());
        }
        List<Metric> metrics = phrases.metrics(w, target);
        if (target == null && !w.barMetrics.isEmpty() && !metrics.isEmpty()) {
            // bars checked beside named metrics: "does that clear our 2x and a 15% irr" asks the MOIC as well as the IRR
            List<Metric> more = new ArrayList<>(metrics);
            w.barMetrics.stream().filter(m -> !more.contains(m)).forEach(more::add);
            metrics = more;
        }
        Metric ratio = target == null ? ratioOfThreadMetric(w) : null;
        if (ratio != null) {
            metrics = List.of(ratio);
        }
        oneYearIsPerYear(w, metrics);
        if (metrics.contains(Metric.MOIC) && metrics.stream().anyMatch(m -> m != Metric.MOIC && m.unit() == Unit.MULTIPLE)
                && w.hits.stream().filter(h -> h.metric() == Metric.MOIC).allMatch(h -> AS_A_FORM.matcher(w.s.substring(
                        Math.max(0, h.start() - 12), h.end())).find())) {
            // "as a multiple, how does the openai cheque compare with the anthropic one": the form of another ratio's answer
            metrics = metrics.stream().filter(m -> m != Metric.MOIC).toList();
            w.cues.add("\"multiple\" is the answer's form");
        }
        boolean derived = ratio != null; // (a ratio of the thread's metric is as sure as the words that ask it)
        if (metrics.isEmpty() && target == null) {
            Metric share = phrases.shareOfInput(w);
            if (share != null) {
                metrics = List.of(share);
                derived = true;
            }
        }
        if (state != null && !state.metrics().isEmpty() && target == null && !metrics.isEmpty()
                && w.hits.stream().noneMatch(Hit::strong) && w.mentions.stream().anyMatch(x -> !x.consumed)) {
            // "what if the margin on that revenue were 30%?": a plain word describes the figure; the thread's metric stays
            w.cues.add("weak metric words " + metrics + " with a figure in a thread: the thread's metric");
            metrics = List.of();
        }
        if (state != null && state.metrics().contains(Metric.AWS_COMPUTE_REVENUE) && target == null
                && PER_YEAR_ONLY.matcher(w.s).matches()) {
            metrics = List.of(); // "annualised?" after AWS revenue asks for it per year, not for an annualised return
        }
        if (metrics.isEmpty() && target == null && state != null && !state.metrics().isEmpty()) {
            // "per year?" after AWS revenue is the revenue per year, after a multiple the annual return; "in dollars?" after
            // the stake is its value
            List<Metric> variants = new ArrayList<>();
            for (Metric m : state.metrics()) {
                boolean perYearAsk = PER_YEAR_ONLY.matcher(w.s).matches() || PER_YEAR_FIRST.matcher(w.s).lookingAt()
                        || (knowledge.perYear(w.s) && w.hits.isEmpty() && w.mentions.stream().allMatch(x -> x.amount.kind() == Amount.Kind.CALENDAR_YEAR));
                if (perYearAsk && m == Metric.AWS_COMPUTE_REVENUE) {
                    variants.add(Metric.AWS_COMPUTE_REVENUE_PER_YEAR);
                } else if (perYearAsk && m == Metric.MOIC && (PER_YEAR_ONLY.matcher(w.s).matches() || PER_YEAR_FIRST.matcher(w.s).lookingAt())) {
                    variants.add(Metric.IRR); // "per year?" after a multiple: the multiple as an annual return
                } else if (m == Metric.AWS_COMPUTE_REVENUE_PER_YEAR && WHOLE_WINDOW.matcher(w.s).find()) {
                    variants.add(Metric.AWS_COMPUTE_REVENUE); // "and over the whole window?" after the yearly revenue
                } else if ((IN_DOLLARS.matcher(w.s).matches() || WORTH_OF_IT.matcher(w.s).find()) && m == Metric.STAKE) {
                    // ("and how much is that worth at the bull exit?" after a share: the share's value)
                    variants.add(Metric.STAKE_VALUE);
                }
            }
            if (!variants.isEmpty()) {
                metrics = variants;
                derived = true;
                w.cues.add("follow-up variant " + variants);
            }
        }
        if (state != null && !state.metrics().isEmpty() && target == null && !metrics.isEmpty() && AS_WELL.matcher(w.s).find()) {
            // "and give me the irr as well": the thread's metrics, and this one beside them
            List<Metric> both = new ArrayList<>(state.metrics());
            metrics.stream().filter(m -> !both.contains(m)).forEach(both::add);
            if (both.size() > metrics.size()) {
                w.cues.add("as well as the thread's " + state.metrics());
                metrics = both;
            }
        }
        List<InputId> lookups = target == null && metrics.isEmpty() ? inputLookups.lookups(w, false) : List.of();
        if (lookups.isEmpty() && target == null) {
            remarkOnAskedInput(w);
        }
        if (lookups.isEmpty() && target == null
                && w.mentions.stream().allMatch(m -> m.consumed || m.amount.kind() == Amount.Kind.CALENDAR_YEAR)) {
            // "what capex number are you using?" names the input and the metric both: the lookup cue decides
            List<InputId> cued = inputLookups.lookups(w, true);
            if (cued.isEmpty() && ASKS_FOR_YEARS.matcher(w.s).find() && !metrics.isEmpty()
                    && metrics.stream().noneMatch(m -> m.unit() == Unit.YEARS)) {
                // the asked quantity is a number of years and no metric found is one ("how many years till you mark
                // the stake?"): the question is about a period the model assumes, and "stake" only says which
                cued = inputLookups.namedYearInputs(w);
                if (cued.isEmpty()) {
                    cued = inputLookups.yearsTheMetricsRead(w, metrics);
                }
                if (cued.size() == 1) {
                    w.cues.add("asks for years: input lookup " + cued.get(0).id());
                } else {
                    cued = List.of();
                }
            }
            if (!cued.isEmpty() && !metrics.isEmpty() && cued.stream().allMatch(id -> namedOnlyInStrongHits(w, id))) {
                // "the all-in number: stake value plus aws profit, minus the check": the check is a part of the metric's
                // own formula, not an input asked for
                w.cues.add("input " + cued.stream().map(InputId::id).toList() + " named only inside a metric's words");
                cued = List.of();
            }
            if (!cued.isEmpty()) {
                lookups = cued;
                metrics = List.of();
            }
        }
        if (lookups.isEmpty() && target == null && metrics.size() == 1 && state == null
                && w.mentions.stream().allMatch(m -> m.amount.kind() == Amount.Kind.CALENDAR_YEAR) && !RELATES.matcher(w.s).find()) {
            // "what's amazon's 2026 capex forecast?": a metric named only by an input's name (the share of capex by "capex"),
            // with nothing it relates the input to, asks for the input's value: a share of an amount, named by the amount alone
            Metric only = metrics.get(0);
            List<Hit> its = w.hits.stream().filter(h -> h.metric() == only).toList();
            Optional<InputId> input = knowledge.namedInputs(w).stream()
                    .filter(n -> its.stream().allMatch(h -> h.start() >= n.start() && h.end() <= n.end()))
                    .map(Named::id).filter(id -> only.unit() == Unit.RATIO && model.require(id.id()).unit() == Unit.USD_BILLIONS).findFirst();
            if (!its.isEmpty() && its.size() == w.hits.size() && input.isPresent()) {
                w.cues.add(only.id() + " named only by the name of " + input.get().id() + ", related to nothing: input lookup");
                lookups = List.of(input.get());
                metrics = List.of();
            }
        }
        roles.assign(w, metrics, target);
        target = relativeTarget(w, target);
        restShares(w);
        dates.apply(w, metrics, target);
        pointingBack.pointBack(w, target);
        if (metrics.size() > 1 || (metrics.size() == 1 && w.state != null && !w.state.metrics().isEmpty())) {
            // "stake if the pre-money is $900B": "pre-money" described the figure; the stake is what is asked
            List<Metric> onlyContext = new ArrayList<>();
            for (Metric m : metrics) {
                List<Hit> mh = w.hits.stream().filter(h -> h.metric() == m).toList();
                // (not the metric a goal implies: "what capture share makes the compute profit repay the investment" asks for
                // the breakeven share, whose own words are the goal's)
                if (!mh.isEmpty() && mh.stream().allMatch(h -> w.isSpent(h.start(), h.end())) && (target == null || m != target.metric())
                        && m != w.implied) {
                    onlyContext.add(m);
                }
            }
            if (onlyContext.size() < metrics.size()) {
                metrics = new ArrayList<>(metrics);
                metrics.removeAll(onlyContext);
            } else if (!onlyContext.isEmpty() && w.state != null) {
                metrics = List.of(); // "what about a $1T pre-money?": the thread's metric
            }
        }
        metrics = withoutSubjectOfGrowth(w, metrics);
        metrics = withoutTakenBack(w, metrics);
        boolean keyMetrics = false;
        boolean noThreadMetric = state == null || !state.hasNumbers();
        if (metrics.isEmpty() && target == null && lookups.isEmpty() && noThreadMetric) {
            if (!w.changes.isEmpty()) {
                // "what if OpenAI is worth $2T?": the numbers that figure changes
                List<Metric> shown = new ArrayList<>();
                w.changes.keySet().forEach(id -> {
                    if (!shown.contains(Metric.showing(id))) {
                        shown.add(Metric.showing(id));
                    }
                });
                metrics = shown;
                keyMetrics = true;
                w.cues.add("figures without a metric -> " + shown);
                w.used.add(0, "You named no metric, so this shows what your figure changes: "
                        + String.join(", ", shown.stream().map(Metric::label).toList()) + ".");
            } else if (!w.scenarios.isEmpty() && !(lookups = inputLookups.namedAlone(w)).isEmpty()) {
                // "what exit valuation is built into the bull case?": no metric, no figure, one input named: its value
                w.cues.add("scenario question naming an input -> input lookup " + lookups.stream().map(InputId::id).toList());
            } else if (!w.scenarios.isEmpty() && !SOURCES_OWN.matcher(w.s).find()) {
                // (not "the author's worst case": the sources' words for it)
                metrics = Metric.KEY; // "bull case?": the scenario's key numbers
                keyMetrics = true;
                w.cues.add("scenario question without a metric -> key metrics");
            }
        }
        List<Metric> candidates = List.of();
        if (metrics.isEmpty() && target == null && lookups.isEmpty() && noThreadMetric && semantics != null
                && NUMERIC_ASK.matcher(w.s).find()) {
            // no phrase names a metric, but the question asks for a number: offer the closest by meaning, never assume one
            MetricSemantics.Match match = semantics.closest(w.s).orElse(null);
            if (match != null && match.score() >= CLEARLY && match.score() - match.secondScore() >= CLEARLY_AHEAD) {
                // far closer to one metric's phrasings than to any other's: that metric, said to be read by meaning
                metrics = List.of(match.metric());
                derived = true;
                w.cues.add(String.format(Locale.ROOT, "by meaning, clearly: %s %.2f (next %s %.2f)", match.metric().id(), match.score(),
                        match.second().id(), match.secondScore()));
                w.used.add("No words I know name a number here; by meaning you are asking for " + match.metric().label() + ".");
            } else if (match != null && match.score() >= MetricSemantics.MIN) {
                candidates = List.of(match.metric(), match.second());
                w.cues.add(String.format(Locale.ROOT, "by meaning: %s %.2f, %s %.2f", match.metric().id(), match.score(),
                        match.second().id(), match.secondScore()));
            }
        }
        double confidence;
        List<Metric> asked = metrics;
        boolean perYearAsked = knowledge.perYear(w.s);
        boolean strong = w.hits.stream().anyMatch(h -> h.strong() && (asked.contains(h.metric())
                || (perYearAsked && h.metric() == Metric.AWS_COMPUTE_REVENUE && asked.contains(Metric.AWS_COMPUTE_REVENUE_PER_YEAR))));
        if (target != null || w.implied != null && metrics.contains(w.implied) || !lookups.isEmpty() || derived) {
            confidence = 0.9;
        } else if (keyMetrics) {
            confidence = 0.8;
        } else if (!candidates.isEmpty()) {
            confidence = 0.6;
        } else if (metrics.isEmpty()) {
            confidence = 0.0;
        } else {
            confidence = strong ? 0.9 : 0.5;
        }
        for (Metric m : asked) {
            w.hits.stream().filter(h -> h.metric() == m).findFirst().ifPresent(h ->
                    w.cues.add("metric " + m.id() + " <- \"" + h.phrase() + "\"" + (h.strong() ? "" : " (weak)")));
        }
        List<Metric> shown = asked;
        if (target != null && w.alsoShow != null && !asked.contains(w.alsoShow)) {
            shown = new ArrayList<>(asked);
            shown.add(w.alsoShow);
        }
        List<InputId> cleared = undone(w);
        if (!cleared.isEmpty()) {
            lookups = List.of(); // "undo the margin" names the margin to take back, not to look up
        }
        excluded(w, asked, cleared);
        List<Metric> rests = target == null ? rests(w, shown, derived || !PART_OWNER.matcher(w.s).find() ? state : null) : List.of();
        for (InputId id : lookups) {
            // an input asked as the rest of its whole ("what cut of compute are you leaving for the non-aws clouds"): the
            // rest of the metric it shows
            Metric of = Metric.showing(id);
            if (org.thesisbot.core.scenario.Rests.has(id) && !rests.contains(of) && (restNamed(w, of)
                    || vocab.rests().cues().stream().anyMatch(p -> p.matcher(w.s).find()))) {
                rests = new ArrayList<>(rests);
                rests.add(of);
                w.cues.add(id.id() + " asked as the rest of its whole");
            }
        }
        return new Reading(shown, target, w.changes, w.scenarios, reset, lookups, w.used, w.unused, w.rejected,
                w.ambiguity, candidates, confidence, w.cues).withCleared(cleared).withUnplaced(w.unplaced).withRests(rests);
    }

    /**
     * A share given as the rest of its whole: "if 45% of it walks to other clouds" gives the share that leaves AWS, so AWS's
     * share is 55%. The figure sets the capture share when words naming the rest of AWS's revenue follow it closely.
     */
    private static void restShares(Work w) {
        Mention m = w.setBy.get(InputId.AWS_CAPTURE_SHARE);
        BigDecimal v = w.changes.get(InputId.AWS_CAPTURE_SHARE);
        if (m == null || v == null || v.compareTo(BigDecimal.ONE) > 0 || v.signum() < 0) {
            return;
        }
        int to = Math.min(w.s.length(), m.end() + 30);
        Hit said = w.hits.stream().filter(h -> h.rest() && sameWhole(h.metric(), Metric.AWS_COMPUTE_REVENUE)
                && h.start() >= m.end() && h.start() < to && w.s.substring(m.end(), h.start()).matches("[^,;.?!]*")).findFirst().orElse(null);
        if (said != null) {
            // (its words, to the clause's end, describe the figure, not a number asked: "leaks to" and "other clouds")
            int end = w.clauseEnd(said.end());
            w.hits.stream().filter(h -> h.rest() && sameWhole(h.metric(), Metric.AWS_COMPUTE_REVENUE) && h.start() >= m.end() && h.end() <= end)
                    .forEach(h -> w.spent.add(new int[] {h.start(), h.end()}));
            BigDecimal share = BigDecimal.ONE.subtract(v);
            w.changes.put(InputId.AWS_CAPTURE_SHARE, share);
            String fig = Figures.display(m.amount);
            w.used.removeIf(u -> u.contains(fig)); // (the note that read it as AWS's own share no longer holds)
            w.used.add("Reading " + fig + " as the share of OpenAI's compute that goes to other clouds, so AWS's share is "
                    + org.thesisbot.core.api.Format.percent(share) + ".");
            w.cues.add(Figures.display(m.amount) + " is the rest of the capture share");
        }
    }

    private static boolean restNamed(Work w, Metric m) {
        // (not words that only described a figure: "if 40% of it leaks to other clouds")
        return w.hits.stream().anyMatch(h -> h.rest() && sameWhole(h.metric(), m) && !w.isSpent(h.start(), h.end()));
    }

    /** The thread's goal pointed at: "what margin would get there instead", "which exit does the same", "hit it". */
    private static final Pattern GOAL_AGAIN = Pattern.compile(
            "\\b(?:gets?|getting) (?:us |amazon |aws |it )?there\\b|\\b(?:does|do|would do|will do) the (?:same|trick|job)\\b"
                    + "|\\b(?:hits?|reach(?:es)?|gets?) (?:it|that|the same (?:goal|target|level|mark))\\b(?! \\$?\\d)");

    /**
     * The part named by its owner or its own noun: "our stake", "amazon's %", "the stake worth at 1.5T": the part itself is
     * asked, not the rest the thread asked.
     */
    private static final Pattern PART_OWNER = Pattern.compile("\\b(?:our|ours|we|us|amazon'?s?|amzn'?s?|aws'?s?|stake|position|holding)\\b");

    /** Two metrics of one whole: the stake and its value, AWS's revenue over the window and per year. */
    private static boolean sameWhole(Metric a, Metric b) {
        java.util.Set<Metric> stake = java.util.EnumSet.of(Metric.STAKE, Metric.STAKE_VALUE);
        java.util.Set<Metric> revenue = java.util.EnumSet.of(Metric.AWS_COMPUTE_REVENUE, Metric.AWS_COMPUTE_REVENUE_PER_YEAR);
        return a == b || stake.contains(a) && stake.contains(b) || revenue.contains(a) && revenue.contains(b);
    }

    /**
     * The metrics asked as the rest of their whole: those whose words name the rest ("everybody but amazon", "leaks to other
     * clouds"), or the one part asked when a cue turns it ("what pct of it is NOT the oai cheque").
     */
    private List<Metric> rests(Work w, List<Metric> shown, ThreadState from) {
        List<Metric> out = new ArrayList<>();
        if (from != null && !from.rests().isEmpty()) {
            // a variant of the thread's metric ("per yr?", "as a % of the company?") after its rest was asked, without naming
            // the part's owner: the rest's
            for (Metric m : shown) {
                if (org.thesisbot.core.scenario.Rests.has(m) && from.rests().stream().anyMatch(t -> sameWhole(t, m))) {
                    out.add(m);
                }
            }
        }
        for (Metric m : shown) {
            if (!out.contains(m) && org.thesisbot.core.scenario.Rests.has(m) && restNamed(w, m)) {
                out.add(m);
            }
        }
        List<Metric> parts = shown.stream().filter(org.thesisbot.core.scenario.Rests::has).toList();
        if (out.isEmpty() && parts.size() == 1 && vocab.rests().cues().stream().anyMatch(p -> p.matcher(w.s).find())) {
            out.add(parts.get(0));
        }
        if (!out.isEmpty()) {
            w.cues.add("asked as the rest of the whole: " + out.stream().map(Metric::id).toList());
        }
        return out;
    }

    /** A verb that takes a change back, right before a metric's words ("undo the exit markdown"); not "back to profit". */
    private static final Pattern TAKES_BACK_METRIC = Pattern.compile(
            "\\b(?:undo|drop|remove|scrap|scratch|revert|ditch|reset|take out|taking out|strip out|leave out|leaving out)"
                    + "(?: the| my| that| our| your)?\\s*$");

    /**
     * Words that leave a number out of what is asked: "ex any aws profit", "excluding the aws side", "not counting …", and a
     * contrast ("annual run-rate, not the whole window", "profit rather than revenue", "in dollars – not the percentage").
     */
    private static final Pattern LEFT_OUT_METRIC = Pattern.compile(
            "(?:\\b(?:ex|excluding|exclude|not counting|not including|leaving out|leave out|ignoring|ignore|w/o|without|setting aside|minus"
                    + "|rather than|instead of|as opposed to)|(?:^|[,;:(]|\\s[-\u2013\u2014])\\s*not)"
                    + "(?: any| all| the| our| its| amazon'?s| aws'?s?| a| an)?\\s*$");

    /**
     * Metric words left out ("ex any aws profit", beside another metric) or, in a thread, taken back ("and now undo the exit
     * markdown too"): they name what is not asked, or the change taken back; the thread's metric stays.
     */
    private static List<Metric> withoutTakenBack(Work w, List<Metric> metrics) {
        boolean thread = w.state != null && !w.state.metrics().isEmpty();
        if (metrics.size() < (thread ? 1 : 2)) {
            return metrics; // (outside a thread, only beside another metric: "the gain on the equity, ex any aws profit")
        }
        // (a metric no words name, a thread's variant such as "per yr?", stays)
        List<Metric> kept = metrics.stream().filter(m -> w.hits.stream().noneMatch(h -> h.metric() == m) || w.hits.stream()
                .filter(h -> h.metric() == m).anyMatch(h -> {
                    String before = w.s.substring(Math.max(0, h.start() - 40), h.start());
                    return !LEFT_OUT_METRIC.matcher(before).find() && !(thread && TAKES_BACK_METRIC.matcher(before).find());
                }))
                .toList();
        if (kept.isEmpty() && !thread) {
            return metrics;
        }
        if (kept.size() < metrics.size()) {
            w.cues.add("metric words taken back, not asked: " + metrics.stream().filter(m -> !kept.contains(m)).map(Metric::id).toList());
        }
        return kept;
    }

    /** True when every place the question names {@code id} lies well inside a phrase that names a metric outright. */
    private boolean namedOnlyInStrongHits(Work w, InputId id) {
        List<Named> named = knowledge.namedInputs(w).stream().filter(n -> n.id() == id).toList();
        // (strictly inside: "capex" is both the input's name and the capex share's, and the lookup cue decides between them)
        return !named.isEmpty() && named.stream().allMatch(n -> w.hits.stream().anyMatch(h -> h.strong()
                && h.start() <= n.start() && n.end() <= h.end() && h.end() - h.start() > n.end() - n.start() + 6));
    }

    /** Between a thing and the verb of its growth: "the stake grow", "the stake will grow", "our holding would compound". */
    private static final Pattern SUBJECT_GAP = Pattern.compile("^\\s*(?:(?:will|would|could|can|should|might|must|to|does|do|did)\\s+)?$");

    /**
     * "how much will amazon's stake grow per year": the stake is what grows, the annual return is asked. A stake (or its
     * value) named right before the words of a return is the return's subject, not a second number asked.
     */
    private static List<Metric> withoutSubjectOfGrowth(Work w, List<Metric> metrics) {
        if (!metrics.contains(Metric.IRR) || metrics.size() < 2) {
            return metrics;
        }
        List<Metric> out = new ArrayList<>(metrics);
        for (Hit irr : w.hits) {
            if (irr.metric() != Metric.IRR) {
                continue;
            }
            for (Hit h : w.hits) {
                if ((h.metric() == Metric.STAKE || h.metric() == Metric.STAKE_VALUE) && h.end() <= irr.start()
                        && SUBJECT_GAP.matcher(w.s.substring(h.end(), irr.start())).matches()
                        && w.hits.stream().filter(x -> x.metric() == h.metric()).count() == 1) {
                    out.remove(h.metric());
                    w.cues.add("\"" + h.phrase() + "\" is what grows: the return is asked");
                }
            }
        }
        return out;
    }

    /**
     * A goal said against the number as it stands ("what capture share adds 5bn of aws profit on top of base", "what hold
     * drops the irr 2 pts below the 5y number"): the number in force (the thread's figures and this question's, the solved
     * input at its value in force), moved by the figure, is the goal. The reply says so.
     */
    private ThreadState.Target relativeTarget(Work w, ThreadState.Target target) {
        if (target == null || w.relativeSign == 0 || target.level() != null || target.rest()) {
            return target;
        }
        Map<String, BigDecimal> in = new java.util.HashMap<>();
        if (w.state != null) {
            w.state.overrides().forEach((id, v) -> in.put(id.id(), v));
        }
        w.changes.forEach((id, v) -> in.put(id.id(), v));
        // (the solved input at the value the thread has for it: "what exit gets that 10bn higher" is 10bn above the number at
        // the exit in force)
        String scenario = w.onlyScenario() != null ? w.onlyScenario() : ScenarioModel.BASE;
        BigDecimal now;
        try {
            now = knowledge.calculator.compute(target.metric(), scenario, in).value();
        } catch (RuntimeException e) {
            return target; // the number as it stands cannot be computed: the goal as said, and the reply computes nothing new
        }
        BigDecimal goal = now.add(w.relativeSign > 0 ? target.value() : target.value().negate());
        Unit unit = target.metric().unit();
        w.used.add("Reading the goal as " + target.metric().label() + " " + Format.value(target.value(), unit)
                + (w.relativeSign > 0 ? " above" : " below") + " where it stands (" + Format.value(now, unit) + "): "
                + Format.value(goal, unit) + ".");
        w.cues.add("relative goal: " + target.metric().id() + " " + (w.relativeSign > 0 ? "+" : "-")
                + target.value().stripTrailingZeros().toPlainString() + " from " + now.stripTrailingZeros().toPlainString());
        return new ThreadState.Target(target.metric(), goal, target.solveFor(), target.level(), target.offsetting(), target.rest());
    }

    /** "undo the margin", "go back to the base hold period", "margin back to default": takes back a figure set earlier. */
    static final Pattern UNDO_BEFORE = Pattern.compile(
            // "use bear's own exit", "go with the scenario's own margin": the scenario's value again
            "\\b(?:use|take|go with|back to|on|at|with) (?:the )?(?:bear|bull|base|scenario|model|case)(?:'s| case'?s?)? own\\s*$|"
                    // "now bear, w/o my exit": the thread's figure left out, the scenario's own used
                    + "\\b(?:undo|drop|remove|scrap|scratch|revert|ditch|forget|lose|go back to|back to|reset|restore|put back|without|w/o"
                    + "|dropping|removing|leaving out|leave out|minus)(?: the| my| that| our| your)?"
                    + "(?: (?:base|default|original|model'?s?|scenario'?s?|usual|old|standard|normal|sourced))?(?: case'?s?)?\\s*$");
    private static final Pattern UNDO_AFTER = Pattern.compile(
            "^\\s*(?:back to (?:the )?(?:base|default|original|model|normal|usual|standard)|(?:override )?(?:undone|removed|reset))\\b");
    /** "put the campus back", "bring the margin back in": a verb before the name and "back" after it. */
    private static final Pattern PUT_BEFORE = Pattern.compile(
            "\\b(?:put|bring|add|stick|slot|plug|switch|turn)(?: the| my| that| our| your| its)?(?: \\w+)?\\s*$");
    private static final Pattern BACK_AFTER = Pattern.compile("^\\s*back\\b");
    /** "take the exit flex back out", "pull the margin change out": a verb before the name and "out" after it. */
    private static final Pattern TAKE_BEFORE = Pattern.compile("\\b(?:take|taking|took|pull|pulling|strip|stripping)(?: the| my| that| our| your| its)?\\s*$");
    private static final Pattern OUT_AFTER = Pattern.compile(
            "^\\s*(?:(?:flex|flexes|change|changes|tweak|tweaks|bump|haircut|override|overrides|move)\\s+)?(?:back\\s+)?out\\b");

    /**
     * Words that leave an amount out of a sum: "not counting the indiana campus", "ex the campus", "without the compute
     * spend". With one word of the name's own before it ("the indiana campus").
     */
    private static final Pattern EXCLUDE_BEFORE = Pattern.compile(
            "\\b(?:not counting|not including|excluding|exclude|ex|without|w/o|leaving out|leave out|leaving aside|leave aside|minus"
                    + "|net of|less|ignoring|ignore|forgetting|forget|stripping out|strip out|taking out|take out|dropping|drop)"
                    + "(?: the| my| that| our| your| its| amazon'?s| amzn'?s)?(?: \\w+)?\\s*$");

    /**
     * "not counting the indiana campus" after Amazon's total AI commitment: an amount the asked metric (or the thread's)
     * adds up, left out, counts as zero, with a note. Only an amount that may be zero ({@link InputRules}): an investment or
     * a valuation is divided by, and leaving it out means another question.
     */
    private void excluded(Work w, List<Metric> asked, List<InputId> cleared) {
        List<Metric> metrics = !asked.isEmpty() ? asked : w.state == null ? List.of() : w.state.metrics();
        for (Named n : knowledge.namedInputs(w)) {
            InputId id = n.id();
            org.thesisbot.core.scenario.Input input = model.require(id.id());
            if (w.changes.containsKey(id) || cleared.contains(id) || input.unit() != Unit.USD_BILLIONS
                    || org.thesisbot.core.scenario.InputRules.check(id.id(), null, input.unit(), BigDecimal.ZERO).isPresent()
                    || metrics.stream().noneMatch(m -> reads(m).contains(id))
                    || !EXCLUDE_BEFORE.matcher(w.s.substring(Math.max(0, n.start() - 40), n.start())).find()) {
                continue;
            }
            w.changes.put(id, BigDecimal.ZERO);
            w.used.add("Leaving out " + knowledge.label(id) + ": counted as $0.");
            w.cues.add("leaves out " + id.id());
        }
    }

    private List<InputId> undone(Work w) {
        if (w.state == null || w.state.overrides().isEmpty()) {
            return List.of();
        }
        List<InputId> out = new ArrayList<>();
        for (InputId id : w.takenBack) {
            if (!out.contains(id) && !w.changes.containsKey(id)) {
                takeBack(w, id, out);
            }
        }
        for (Named n : knowledge.namedInputs(w)) {
            InputId id = n.id();
            if (out.contains(id) || w.changes.containsKey(id) || !w.state.overrides().containsKey(id)) {
                continue;
            }
            int at = n.start();
            for (Mention m : w.mentions) {
                // "drop the 1.3T exit": the thread's own figure between the verb and the name says which one
                if (m.end() <= at && w.s.substring(m.end(), at).isBlank() && Figures.unitOf(m.amount) == model.require(id.id()).unit()
                        && m.amount.value().compareTo(w.state.overrides().get(id)) == 0) {
                    at = m.start();
                    m.consumed = true;
                }
            }
            String before = w.s.substring(Math.max(0, at - 40), at);
            if (UNDO_BEFORE.matcher(before).find() || UNDO_AFTER.matcher(w.s.substring(n.end())).lookingAt()
                    || PUT_BEFORE.matcher(before).find() && BACK_AFTER.matcher(w.s.substring(n.end())).lookingAt()
                    || TAKE_BEFORE.matcher(before).find() && OUT_AFTER.matcher(w.s.substring(n.end())).lookingAt()) {
                takeBack(w, id, out);
            }
        }
        // "drop the 1.2T - bear payoff": the thread's own figure alone, after a word that takes it back, names what it set
        for (Mention m : w.mentions) {
            if (m.consumed || !UNDO_BEFORE.matcher(w.s.substring(Math.max(0, m.start() - 40), m.start())).find()) {
                continue;
            }
            for (Map.Entry<InputId, BigDecimal> o : w.state.overrides().entrySet()) {
                InputId id = o.getKey();
                if (!out.contains(id) && !w.changes.containsKey(id) && Figures.unitOf(m.amount) == model.require(id.id()).unit()
                        && m.amount.value().compareTo(o.getValue()) == 0) {
                    m.consumed = true;
                    takeBack(w, id, out);
                    break;
                }
            }
        }
        return out;
    }

    /** The thread's figure for an input taken back: the scenario's own value again, and the reply says so. */
    private void takeBack(Work w, InputId id, List<InputId> out) {
        out.add(id);
        w.used.add("Taking back your " + knowledge.label(id) + " (" + Format.value(w.state.overrides().get(id),
                model.require(id.id()).unit()) + "): the scenario's own value is used again.");
        w.cues.add("undo " + id.id());
    }

    /** True when the text asks for a quantity ("how much", "what share of it", "what %"), whatever it names. */
    public boolean asksQuantity(String s) {
        return knowledge.finds(NUMERIC_ASK, s) || knowledge.finds(MetricPhrases.SHARE_OF_IT, s);
    }

    /** True when the (normalised) text names any metric or any input of the model ("what share of it is the check"). */
    public boolean mentionsModel(String s) {
        if (!phrases.metricHits(s).isEmpty()) {
            return true;
        }
        for (InputId id : InputId.values()) {
            for (Pattern p : vocab.input(id).names()) {
                if (screen.mayFind(p, s) && p.matcher(s).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when the text names a metric outright with words that are not just an input's name: "the irr",
     * "compute revenue", not "capex" or "the indiana campus" (which name inputs the sources state as facts).
     */
    public boolean namesMetricBeyondInputs(String s) {
        for (Hit h : phrases.metricHits(s)) {
            if (!h.strong()) {
                continue;
            }
            boolean input = false;
            for (InputId id : InputId.values()) {
                for (Pattern p : vocab.input(id).names()) {
                    if (!screen.mayFind(p, s)) {
                        continue;
                    }
                    Matcher m = p.matcher(s);
                    while (m.find()) {
                        input |= m.start() <= h.start() && h.end() <= m.end();
                    }
                }
            }
            if (!input) {
                return true;
            }
        }
        return false;
    }

    /** True when the (normalised) text names one of the scenarios by its words ("bull", "worst case", "baseline"). */
    public boolean namesScenario(String s) {
        return MetricPhrases.SCENARIO_WORDS.values().stream().anyMatch(p -> screen.mayFind(p, s) && p.matcher(s).find());
    }

    /**
     * True when {@code left} names one amount of a metric that divides two and {@code right} the other, either way round
     * ("aws compute revenue" and "the 50b check, as a multiple"): the two said side by side are that ratio.
     */
    public boolean namesRatioAcross(String left, String right) {
        String l = Amounts.normalise(left);
        String r = Amounts.normalise(right);
        return vocab.ratios().stream().anyMatch(x -> x.over().matcher(l).find() && x.under().matcher(r).find()
                || x.under().matcher(l).find() && x.over().matcher(r).find());
    }

    /** The metrics the (normalised) text names outright and asks, in the order it names them, each once. */
    public List<Metric> metricsNamed(String s) {
        List<Metric> out = new ArrayList<>();
        // (a metric's words after a figure are that figure's unit, "a 950 pre", not the metric asked)
        phrases.metricHits(s).stream().filter(Hit::strong).filter(h -> !s.substring(0, h.start()).matches("(?s).*\\d\\s?[a-z]{0,2}\\s?$"))
                .sorted(java.util.Comparator.comparingInt(Hit::start))
                .map(Hit::metric).filter(m -> !out.contains(m)).forEach(out::add);
        return out;
    }

    /** True when the (normalised) text names a metric outright. */
    public boolean namesMetric(String s) {
        return phrases.metricHits(s).stream().anyMatch(Hit::strong);
    }

    /** The input whose name begins {@code s} ("capture. payoff only": the capture share), if one does. */
    public java.util.Optional<InputId> inputNamedFirst(String s) {
        String t = Amounts.normalise(s);
        for (InputId id : InputId.values()) {
            for (Pattern p : vocab.input(id).names()) {
                if (p.matcher(t).lookingAt()) {
                    return java.util.Optional.of(id);
                }
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * The input a span of a question is about ("10pts of capture above base", "5pts off aws's margin", "the check"): the one
     * whose name starts first in it, else the one whose cue word does; empty when neither names one.
     */
    public java.util.Optional<InputId> inputIn(String s) {
        String t = Amounts.normalise(s);
        for (boolean names : new boolean[] {true, false}) {
            InputId best = null;
            int at = Integer.MAX_VALUE;
            for (InputId id : InputId.values()) {
                for (Pattern p : names ? vocab.input(id).names() : vocab.input(id).cues()) {
                    Matcher m = p.matcher(t);
                    if (m.find() && m.start() < at) {
                        at = m.start();
                        best = id;
                    }
                }
            }
            if (best != null) {
                return java.util.Optional.of(best);
            }
        }
        return java.util.Optional.empty();
    }

    /** "OpenAI's post-money valuation" — the input's label as the model names it. */
    public String label(InputId id) {
        return knowledge.label(id);
    }
    /** A ratio asked of what comes before it: "as a multiple of the check?", "how many times the investment is that?". */
    private static final Pattern AS_RATIO_OF = Pattern.compile(
            "\\b(?:as an? (?:multiple|ratio|fraction|share|proportion|percent(?:age)?|%|x) of|(?:multiple|ratio|fraction|proportion|percent(?:age)?) of"
                    + "|how many (?:times|x)(?: over)?|divided by|relative to|per dollar of)\\s+");
    /** The two names in a metric's formula when it is one divided by the other: "…: aws_compute_revenue / investment". */
    private static final Pattern DIVISION = Pattern.compile(":\\s*([a-z_ ]+?) / ([a-z_0-9]+)$");

    /**
     * A follow-up that asks the thread's number as a ratio of an input ("as a multiple of the check?" after the compute
     * revenue): the metric whose formula divides the thread's metric by the input named, read from the model's formulas
     * (the compute revenue over the investment is the circular return; the stake value over it, the MOIC). Only when the
     * follow-up names no metric of its own before the ratio's words.
     */
    private Metric ratioOfThreadMetric(Work w) {
        if (w.state == null || w.state.metrics().size() != 1) {
            return null;
        }
        Matcher asked = AS_RATIO_OF.matcher(w.s);
        if (!asked.find() || w.hits.stream().anyMatch(h -> h.start() < asked.start())) {
            return null;
        }
        String thread = w.state.metrics().get(0).id();
        String rest = w.s.substring(asked.end());
        for (Metric r : Metric.values()) {
            Matcher f = DIVISION.matcher(r.definition());
            if (!f.find() || !f.group(1).replace(' ', '_').equals(thread)) {
                continue;
            }
            Optional<InputId> under = InputId.byId(f.group(2));
            if (under.isPresent() && vocab.input(under.get()).names().stream().anyMatch(n -> n.matcher(rest).lookingAt())) {
                w.cues.add("the thread's " + thread + " as a ratio of " + f.group(2));
                return r;
            }
        }
        return null;
    }
    /**
     * "what hold period is the irr built on? tell me it's not just 5 for convenience": a question for one input's value,
     * then a remark after it with a figure the input could have (a guess at the answer, or a doubt). The figure is the
     * one to check, so the lookup is answered; a figure in the asking sentence itself ("the irr if we hold 5?") is not
     * this, nor a remark that names a metric.
     */
    private void remarkOnAskedInput(Work w) {
        int asked = w.s.indexOf('?');
        List<Mention> open = w.mentions.stream().filter(m -> !m.consumed && m.amount.kind() != Amount.Kind.CALENDAR_YEAR).toList();
        if (asked < 0 || open.isEmpty() || open.stream().anyMatch(m -> m.start() < asked)
                || w.hits.stream().anyMatch(h -> h.start() > asked)) {
            return;
        }
        open.forEach(m -> m.consumed = true); // (asked as if the remark's figures were not there)
        List<InputId> cued = inputLookups.lookups(w, true);
        open.forEach(m -> m.consumed = false);
        if (cued.size() != 1) {
            return;
        }
        Vocabulary.InputWords words = vocab.input(cued.get(0));
        boolean plausible = open.stream().allMatch(m -> m.amount.kind() == Amount.Kind.PLAIN
                && (words.plausible(m.amount.value()) || words.plausible(m.amount.value().movePointLeft(2))));
        if (plausible) {
            open.forEach(m -> Claims.claim(w, m));
        }
    }
}
