package org.thesisbot.core.reading;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.thesisbot.core.scenario.Scenario;
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
 */
public final class Reader {
    private static final MathContext MC = new MathContext(34);
    /** Two readings closer than this (in evidence points) are an ambiguity. */
    static final double CLOSE = 0.5;

    private static final Pattern BOUNDARY = Pattern.compile(
            "[,;?!()]|: |\\. |\\s[-\u2014]\\s|\\s\\+\\s|\\s(?:and|but|while|whereas|then|so|also|plus)\\s");
    private static final Pattern NEGATION = Pattern.compile(
            "(?:\\bnot|n't|\\binstead of|\\brather than|\\bexcluding|\\bexcept|\\bwithout|\\bother than|\\bignore|\\bforget) (?:the |just |only |about |about the )?$");
    /** "profit not revenue", "revenue, not profit": the question sets one metric against another. */
    private static final Pattern CONTRAST = Pattern.compile("\\b\\w+,? not (?:the )?\\w+|\\bnot \\w+,? (?:but |just )?\\w+");
    /** "revenue, not profit": the phrase just before a "not" is set aside too. */
    private static final Pattern NOT_AFTER = Pattern.compile("^,? ?(?:isn't|is not)\\b");
    private static final Pattern PER_YEAR = Pattern.compile(
            "per year|a year|each year|every year|per annum|annual(?:ly)?|yearly|/ ?y(?:ea)?r|\\bp\\.?a\\.?\\b|\\bper-year"
                    + "|in (?:a|one) (?:single |given |typical |normal |average )?year\\b");
    private static final Pattern SCENARIO_COMPARE = Pattern.compile(
            "\\bcompar\\w* (?:the |all |all the |our )?(?:three |3 )?(?:scenarios|cases|bull|bear|base)|side[- ]by[- ]side|across (?:the |all )?(?:three |3 )?(?:scenarios|cases)|all (?:three |3 )?(?:scenarios|cases)"
                    + "|each (?:scenario|case)|every (?:scenario|case)|\\bscenarios\\b|bull (?:vs\\.?|versus|and|or|to) bear|bear (?:vs\\.?|versus|and|or|to) bull"
                    + "|range of outcomes|(?:best|worst)[- ] ?(?:and|to|vs\\.?) ?(?:best|worst)");
    private static final Map<String, Pattern> SCENARIO_WORDS = Map.of(
            "bull", Pattern.compile("\\bbull(?:ish)?\\b|upside (?:case|scenario)|optimistic|best[- ]case|blue[- ]sky"
                    + "|\\b(?:rosy|upbeat|sunny|good|great|happy|strong|high) (?:case|scenario)\\b"
                    + "|\\b(?:things|it|everything|this|the deal) (?:go(?:es)?|turns? out|works? out) (?:well|right|great|brilliantly)\\b"),
            "bear", Pattern.compile("\\bbear(?:ish)?\\b|downside (?:case|scenario)|pessimistic|worst[- ]case"
                    + "|\\b(?:gloomy|grim|downbeat|bad|dire|tough|weak|low|sad) (?:case|scenario)\\b"
                    + "|\\b(?:things|it|everything|this|the deal) (?:go(?:es)?|turns? out|goes) (?:badly|wrong|south|sideways|pear[- ]shaped)\\b"),
            "base", Pattern.compile("\\bbase(?:line)?\\b|central case|middle case"
                    + "|\\b(?:normal|standard|default|central|middle|expected|main|usual|regular) (?:case|scenario)\\b"));
    private static final Pattern RESET = Pattern.compile(
            "\\bstart (?:over|again|fresh|afresh)|\\bafresh\\b|from scratch|from the top|\\breset\\b|forget (?:that|those|it|all|everything|my|the earlier)"
                    + "|\\bdefault (?:assumptions|numbers|figures|inputs|case|model)\\b|\\bwithout (?:any|my|those|the) (?:changes|overrides|tweaks)\\b"
                    + "|(?:back to|use) (?:the )?(?:default|original|article'?s?|model'?s?|sourced) (?:numbers|figures|assumptions|inputs|case)"
                    + "|clean slate|\\bno overrides\\b");
    private static final Pattern SUPERLATIVE = Pattern.compile(
            "\\b(?:biggest|largest|highest|lowest|smallest|maximum|minimum|max|min|most|least)\\s+(?:\\w+\\s+)?$");
    private static final Pattern TIMES_THE_INVESTMENT = Pattern.compile(
            " ?(?:times )?(?:the|amazon'?s?|its|their|our|what amazon) ?(?:investment|check|cheque|outlay|stake|invests|put in|puts in)\\b");
    private static final Pattern SUPERLATIVE_NAME = Pattern.compile(
            "(?:longest|shortest|biggest|largest|highest|lowest|smallest|maximum|minimum|max|min|most|least)\\b");
    private static final Pattern INTERROGATIVE = Pattern.compile(
            "\\b(?:what|which|how (?:much|big|high|low|large|many|long|far)|at what)\\b");
    private static final Pattern SOLVE_AFTER_NAME = Pattern.compile(
            "^ ?(?:would |do |does |will )?(?:[\\w%]+ ){0,2}?(?:needed|required|is needed|for an?\\b|for the\\b|for it\\b|for amazon\\b|for\\b|to (?:just |actually |still |exactly )?(?:get|reach|hit|make|clear|be|break|cover|pay|turn|stay|keep|repay|offset)\\b"
                    + "|that (?:gets|gives|makes|turns)|gets\\b|gives\\b|makes\\b|would\\b|needs?\\b|has to|have to|must\\b|can\\b|could\\b|before\\b|so (?:that|the)\\b|turns?\\b"
                    + "|where\\b|such that|at which|for which|so\\b)");
    /** A value the question wants a metric to reach: "to be worth $120B", "of $30B", "down to 100%". */
    private static final Pattern LINK_TO_VALUE = Pattern.compile(
            "^(?: ?(?:alone|by itself|itself|on (?:the|that|its) \\w+|to|would|will|could|should|must|needs? to|has to|have to|be|is|are|reach(?:es)?|hits?|gets? to|get|clear|of|at|=|equals?|equal to|down to|up to|exactly|at least|worth|come to|total(?:s|ing)?|around|about|roughly|hit|goes|go|turn|turns|from (?:the|it|that)|(?:from|off|on) (?:the |that |its )?\\w+(?:'s)?|the|a|an|just|only|still|(?:drops?|falls?|dips?|slips?|sinks?|goes|gets) (?:below|under|beneath|to)|stays? (?:above|over|at)|clears?|beats?|tops?))* ?$");
    private static final Pattern FILLER_BEFORE_METRIC = Pattern.compile(
            "^(?: ?(?:of|in|a|an|the|operating|annual|compute|aws|aws's|amazon's|its|their|per year|a year|a yr|of operating|from (?:it|that|openai)|on (?:the|that)|20\\d\\d|yearly|total))* ?$");
    private static final Pattern MONEY_OBJECT = Pattern.compile(
            "^(?: of)?(?: its| their| the| amazon'?s?| that| this)? (?:money|investment|capital|cash|bet|outlay)\\b"
                    + "|^(?: of)? what (?:it|they|amazon) (?:put|puts|invested|invests|paid|pays|spent)(?: in)?\\b");
    private static final Pattern LOSE = Pattern.compile("\\blos(?:e|es|ing)\\s*$");
    private static final Pattern THRESHOLD = Pattern.compile(
            "^[^.?!;]{0,70}?(?:(?:back )?to zero|\\b(?:at|to) 0\\b|at zero|\\b(?:is|be|are|equals?|comes? to|=) (?:nil|zero|0)\\b|negative|below zero|under water|underwater|break[- ]?even|breakeven"
                    + "|no gain,? (?:and |or )?no loss|neither gain\\w* nor los\\w*|(?:stays?|turns?|goes|remains?|comes? out|ends? up) (?:positive|in the black|above water|above zero))\\b");
    /** A threshold in words, said before the metric it applies to: "breaks even", "doesn't lose money", "comes out ahead". */
    private static final String THRESHOLD_SAID = "(?:break[- ]?even|breaks? even|broke even"
            + "|(?:doesn'?t|does not|don'?t|won'?t|wouldn'?t|not) los(?:e|es|ing)(?: any)? money"
            + "|(?:stays?|turns?|comes? out|ends? up) (?:positive|ahead|in the black|above water))";
    /** That threshold joined to its metric by a counting word a few words on: "breaks even overall, counting …". */
    private static final Pattern THRESHOLD_BEFORE = Pattern.compile(THRESHOLD_SAID + "\\b(?:[\\s,]+[^\\s,]+){0,3}?[\\s,]+"
            + "(?:once|after|when|with|counting|including|incl|if|on)\\b[^.?!;]{0,40}$");
    /** A metric phrase that starts with its own counting word: "once you add in the cloud profits". */
    private static final Pattern COUNTING_START = Pattern.compile("(?:once|after|counting|including|incl|with|when|plus|adding)\\b");
    /** The threshold right before such a phrase: "break even [once you add …]". */
    private static final Pattern THRESHOLD_RIGHT_BEFORE = Pattern.compile(THRESHOLD_SAID + "(?: overall| in total)?[\\s,]*$");
    private static final Pattern REPAY = Pattern.compile(
            "^(?: ?(?:alone|by itself|itself|on its own|on their own|in itself|would|will|to|needs? to|has to|have to|fully|actually|enough to|be enough to|just|exactly|precisely|be required to|be needed to))*"
                    + " ?(?:repay|pay back|pays back|cover|covers|recoup|recoups|equal|equals|match|matches|earn back|return|offset|offsets|make back|makes back|wipe out|wipes out|wash out|washes out|net out|nets out)s?(?: (?:vs\\.?|versus|against|with|on))?"
                    + " (?:the |its |amazon'?s? |all of the |the whole |the full |the entire |full |entire )*(?:\\$?50 ?(?:billion|bn|b)?\\b(?: dollars?)? ?|investment|check|cheque|money|cost|outlay|bet|contribution)+");
    /** The question asks for a number of years. */
    private static final Pattern ASKS_FOR_YEARS = Pattern.compile("\\bhow many years?\\b|\\bhow long\\b");
    private static final Pattern LOOKUP_CUE = Pattern.compile(
            "(?:do|did|are|were|does|is) (?:you|u|we|the model|it) (?:assum|us|using|run|put|giv|have|got|plug)|\\bassum(?:e|ed|es|ing|ption)s?\\b"
                    + "|in the model|in (?:the|your|our) (?:model|numbers|math|inputs|assumptions|case)|\\busing\\b|\\bused\\b|\\buses\\b|\\b(?:does|do|did) (?:\\w+ ){1,3}?(?:use|plug in|pencil in|bake in)\\b|\\b(?:you|we|u) (?:use|assume|plug in|pencil in)\\b|\\bmodel'?s?\\b|(?:=|:) ?\\?*$|you'?ve got|\\bput on\\b"
                    + "|\\bmodel(?:l?ing|l?ed)\\b|\\bnumber\\b|\\bfigure\\b|\\bplugged\\b|\\bbak(?:e|es|ed|ing) in|do (?:you|u) (?:reckon|think|expect|have)\\b|\\bcarry(?:ing)?\\b|\\bpencil(?:l?ed|l?ing)? in\\b|according to (?:the|your) model");
    private static final Pattern CONTEXT_PREPOSITION = Pattern.compile(
            "\\b(?:in|for|of|on|at|from|during|within|per|with|under)\\s+(?:(?:the|an?|its|our|your|their|this|that)\\s+)?(?:[a-z]+\\s+)?$");
    private static final Pattern LOOKUP_FILLER = Pattern.compile(
            "\\b(?:what|what's|whats|which|is|are|the|a|an|of|for|in|on|at|to|amazon'?s?|openai'?s?|aws'?s?|its|their|our|your"
                    + "|case|scenario|base|bull|bear|2026|exactly|again|remind me|quick q|so|and|ok|okay|please|total|current|currently"
                    + "|now|size|value|level|rate|how|big|large|much|long|do|does|did|has|have|had|been|so far|you|we|u|there|that|this|it|one"
                    + "|altogether|in total|overall|all told|again|roughly|approximately|about|cost|costs|costing|worth|spent|spend|raised"
                    + "|raising|invested|put|paid|reckon|think|expect|figure|currently|right now|actually|really|over|across|spread|split"
                    + "|spread out|openai|anthropic|aws|amazon|deal|for|with|by|from|pct|percent|versus|vs|compared?|comparison|side by side)\\b|[?!.,:=%]");
    private static final Pattern ENTRY_WORDS = Pattern.compile("\\bstake|\\bown|ownership|\\bbuy|\\bbought|entry|\\bprice|post[- ]?money|dilut|got in|get in|buying in");
    private static final Pattern EXIT_WORDS = Pattern.compile("\\bworth|\\bexit|reach|\\bhits?\\b|ends? up|\\bgrows?\\b|multiple|moic|return|\\birr\\b|payoff|\\bgain|value of|\\blater|\\bipo|gets? to");
    /** A valuation word on its own: "valued at", "a $1T valuation"; not the second word of "exit valuation" or "post-money valuation". */
    private static final Pattern VALUATION = Pattern.compile(
            "(?<!exit |post-money |post money |postmoney |post |pre-money |pre money |pre |entry |round |exit-)(?:valuations?|valued|valuing|\\bvalue\\b|market cap|\\bmark\\b)");
    /** "a $900B pre-money": the post-money is that plus the round. */
    // "is 830 pre or post money?" asks which it is: naming both says neither
    private static final Pattern PRE = Pattern.compile("(?<!post or )(?<!post-money or )(?:pre[- ]?money(?! or post)|\\bpre\\b(?! ?-? ?(?:deal|close|closing|signing|ipo|or post|/ ?post)))"
            + "|\\bbefore (?:the |amazon'?s? |any )?(?:new |fresh |round |round'?s? )?(?:money|cash|capital|investment|funding|raise|check|cheque)"
            + "(?: (?:goes|comes|is put|gets put|arrives|lands) in)?");
    private static final Pattern PER_YEAR_ONLY = Pattern.compile(
            "^(?:and |what about |how about |ok |so |what'?s that |what is that |that )?(?:per year|a year|each year|annual(?:ly)?|yearly|per annum|annualised|annualized)(?: please| thanks)?\\??$");
    private static final Pattern IN_DOLLARS = Pattern.compile(
            "^(?:and |so |ok )?(?:in (?:dollars|\\$|usd|dollar terms|\\$ terms)|how much is that(?: worth)?(?: in dollars)?|dollar value|what'?s that worth)\\??$");
    private static final Pattern MAKE_ON = Pattern.compile("\\b(?:make|makes|making|made|earn|earns|earning|net|nets|pocket|pockets|clear|clears|gain|gains|profit)\\s*$");
    private static final Pattern LOSE_MONEY = Pattern.compile("\\b(?:lose|loses|losing|lost)\\s*$");
    private static final Pattern ON_DEAL = Pattern.compile("^ ?(?:on|from|off|out of) (?:the |its |that |this |amazon'?s? )?(?:stake|investment|deal|position|equity|bet|openai)");
    private static final Pattern AT = Pattern.compile("\\bat\\b");
    private static final Pattern OPENAI_SUBJECT = Pattern.compile("openai|\\bit\\b|valuation|\\bexit");
    private static final Set<Metric> SUBSUMED_BY_BREAKEVEN = EnumSet.of(Metric.AWS_COMPUTE_PROFIT, Metric.AWS_COMPUTE_REVENUE);
    private static final Map<Metric, Set<Metric>> SUBSUMES = Map.of(
            Metric.BREAKEVEN_CAPTURE_SHARE, SUBSUMED_BY_BREAKEVEN,
            Metric.CIRCULAR_RETURN_RATIO, EnumSet.of(Metric.AWS_COMPUTE_REVENUE, Metric.MOIC),
            Metric.COMBINED_PAYOFF, EnumSet.of(Metric.AWS_COMPUTE_PROFIT, Metric.STAKE_VALUE, Metric.STAKE, Metric.MOIC),
            Metric.OPENAI_VS_ANTHROPIC_RATIO, EnumSet.of(Metric.ANTHROPIC_COMMITMENT, Metric.MOIC),
            Metric.TOTAL_AI_COMMITMENT, EnumSet.of(Metric.ANTHROPIC_COMMITMENT),
            Metric.ANTHROPIC_COMMITMENT, EnumSet.of(Metric.TOTAL_AI_COMMITMENT),
            Metric.STAKE_VALUE, EnumSet.of(Metric.STAKE),
            Metric.GAIN, EnumSet.of(Metric.STAKE));
    private static final Pattern PROFIT_WORDS = Pattern.compile("\\bprofits?\\b|operating|\\bmargins?\\b|bottom[- ]line|\\bnet\\b");
    private static final Pattern EARN_VERB = Pattern.compile("\\b(?:earn|make|get|bring in|book|collect|bill|pull)s?\\b");
    /** A question that asks for a quantity, whatever it names. */
    private static final Pattern NUMERIC_ASK = Pattern.compile(
            "\\bhow (?:much|many|big|large)\\b|\\bwhat(?:'s| is| are) (?:the )?(?:number|figure|value|amount|size|total)\\b"
                    + "|\\bcalculate\\b|\\bquantif|\\bwhat (?:%|percent|percentage|share|fraction|proportion)\\b|\\bin dollars\\b");
    /** "makes the circular return ratio 1.5x": a verb that sets the metric to the value that follows it. */
    private static final Pattern GOAL_VERB_BEFORE = Pattern.compile(
            "\\b(?:makes?|gets?|brings?|takes?|pushes?|turns?|puts?|leaves?|lifts?|drives?) (?:the |our |amazon'?s? |its |aws'?s? )?$");
    private static final Pattern PARENTHESES = Pattern.compile("\\([^()]*\\)");
    private static final Pattern DECIMALS = Pattern.compile("\\d+(?:\\.(\\d+))?");
    private static final Pattern CONJUNCTION = Pattern.compile("\\band\\b|,|\\+|&|;|\\balso\\b|\\bplus\\b|/");

    /** Inputs a figure of each kind can set. */
    private static final List<InputId> MONEY_INPUTS = List.of(InputId.INVESTMENT, InputId.ROUND_SIZE,
            InputId.POST_MONEY_VALUATION, InputId.CAPEX_2026, InputId.OPENAI_COMPUTE_SPEND, InputId.ANTHROPIC_INVESTMENT,
            InputId.ANTHROPIC_CAMPUS, InputId.EXIT_VALUATION);
    private static final List<InputId> RATIO_INPUTS = List.of(InputId.AWS_CAPTURE_SHARE, InputId.AWS_OPERATING_MARGIN);
    private static final List<InputId> YEAR_INPUTS = List.of(InputId.HOLDING_YEARS, InputId.COMPUTE_YEARS);

    private final ScenarioModel model;
    private final Vocabulary vocab;
    private final Map<Metric, Set<InputId>> reads;
    private final Calculator calculator;
    private final MetricSemantics semantics;
    /** Rules out, by their literal words, the vocabulary patterns that cannot match a text (most, for any question). */
    private final Screen screen;

    public Reader(ScenarioModel model, Vocabulary vocab) {
        this(model, vocab, null);
    }

    /** @param semantics evidence by meaning for questions no phrase names a metric in; null without an embedding model */
    public Reader(ScenarioModel model, Vocabulary vocab, MetricSemantics semantics) {
        this.model = model;
        this.vocab = vocab;
        this.semantics = semantics;
        this.calculator = new Calculator(model);
        Map<Metric, Set<InputId>> r = new EnumMap<>(Metric.class);
        for (Metric m : Metric.values()) {
            Set<InputId> ids = EnumSet.noneOf(InputId.class);
            calculator.compute(m, ScenarioModel.BASE, Map.of()).inputs().forEach(i -> ids.add(InputId.of(i.id())));
            r.put(m, ids);
        }
        this.reads = r;
        List<Pattern> all = new ArrayList<>();
        vocab.phrases().forEach(p -> all.add(p.pattern()));
        for (InputId id : InputId.values()) {
            all.addAll(vocab.input(id).names());
            all.addAll(vocab.input(id).cues());
        }
        all.addAll(SCENARIO_WORDS.values());
        all.addAll(List.of(PER_YEAR, SCENARIO_COMPARE, ENTRY_WORDS, EXIT_WORDS, VALUATION, AT, NUMERIC_ASK, SHARE_OF_IT));
        this.screen = new Screen(all);
    }

    /** {@code p.matcher(s).find()}, skipped when the screen says it cannot match. */
    private boolean finds(Pattern p, String s) {
        return screen.mayFind(p, s) && p.matcher(s).find();
    }

    /** Which inputs a metric reads (as the calculator reports them). */
    public Set<InputId> reads(Metric m) {
        return reads.get(m);
    }

    // --- one question ------------------------------------------------------------------------------

    /** Positions of a figure and what became of it. */
    private static final class Mention {
        final Amount amount;
        boolean consumed;

        Mention(Amount a) {
            this.amount = a;
        }

        int start() {
            return amount.start();
        }

        int end() {
            return amount.end();
        }
    }

    /** A metric phrase in the text. */
    record Hit(Metric metric, int start, int end, boolean strong, String phrase) {
    }

    /** Everything known about one question while it is read. */
    private final class Work {
        final String s;
        final ThreadState state;
        final List<Mention> mentions = new ArrayList<>();
        final List<Hit> hits = new ArrayList<>();
        final List<int[]> boundaries = new ArrayList<>();
        final List<int[]> spent = new ArrayList<>();
        final List<String> cues = new ArrayList<>();
        final List<String> used = new ArrayList<>();
        final List<String> unused = new ArrayList<>();
        final List<String> rejected = new ArrayList<>();
        /** Where the question names inputs: found once, on first use (the text never changes). */
        List<Named> named;
        final Map<InputId, BigDecimal> changes = new EnumMap<>(InputId.class);
        List<String> scenarios = List.of();
        Reading.Ambiguity ambiguity;
        Metric implied;
        boolean contrast;
        /** A target to read the question with (the second reading), or null. */
        final Force force;
        /** A metric to show beside the solved input (the pre-money when it was asked for), or null. */
        Metric alsoShow;
        /** The goal the target was made from, or null. */
        Goal goal;
        /** The target's input was the metric's default, not named by the question. */
        boolean solvedByDefault;
        /** Targets to offer as a choice (see {@link #choose}), the figure they are about and how it is written. */
        final List<ThreadState.Target> choices = new ArrayList<>();
        int choiceFigure = -1;
        String choiceText = "";
        /** The figure that set each input. */
        final Map<InputId, Mention> setBy = new EnumMap<>(InputId.class);
        /** Figures given to an input on no cue, only because the asked metric reads it. */
        final Set<Mention> uncued = new java.util.HashSet<>();

        Work(String s, ThreadState state, Force force) {
            this.s = s;
            this.state = state;
            this.force = force;
            for (Amount a : Amounts.find(s)) {
                mentions.add(new Mention(a));
            }
            hits.addAll(metricHits(s));
            // a remark in parentheses ("(capex? I think that's the word)") does not end the clause it sits in
            Matcher b = BOUNDARY.matcher(PARENTHESES.matcher(s).replaceAll(x -> " ".repeat(x.group().length())));
            while (b.find()) {
                boundaries.add(new int[] {b.start(), b.end()});
            }
        }

        int clauseStart(int at) {
            int start = 0;
            for (int[] b : boundaries) {
                if (b[1] <= at) {
                    start = b[1];
                }
            }
            return start;
        }

        int clauseEnd(int at) {
            for (int[] b : boundaries) {
                if (b[0] >= at) {
                    return b[0];
                }
            }
            return s.length();
        }

        boolean isSpent(int start, int end) {
            for (int[] sp : spent) {
                if (start < sp[1] && sp[0] < end) {
                    return true;
                }
            }
            return false;
        }

        /** The value an input has for this question before its own figures: thread, then scenario, then model. */
        BigDecimal current(InputId id) {
            if (state != null && state.overrides().containsKey(id)) {
                return state.overrides().get(id);
            }
            List<String> sc = !scenarios.isEmpty() ? scenarios : state != null ? state.scenarios() : List.of();
            if (sc.size() == 1) {
                Scenario s = model.scenario(sc.get(0)).orElse(null);
                if (s != null && s.overrides().containsKey(id.id())) {
                    return s.overrides().get(id.id());
                }
            }
            return model.require(id.id()).value();
        }
    }

    public Reading read(String question, ThreadState state) {
        Work first = new Work(Amounts.normalise(question), state, null);
        Reading r = read(first);
        Force force = reverse(first, r);
        if (force == null) {
            return first.choices.isEmpty() ? r : choose(first, r);
        }
        Work again = new Work(first.s, state, force);
        Reading second = read(again);
        if (second.target() == null || second.target().solveFor() != force.solveFor()) {
            return r;
        }
        List<String> cues = new ArrayList<>(second.cues());
        cues.add(0, "re-read as a target: " + force.why());
        return new Reading(second.metrics(), second.target(), second.changes(), second.scenarios(), second.reset(),
                second.lookups(), second.used(), second.unused(), second.rejected(), second.ambiguity(), second.candidates(),
                second.confidence(), cues);
    }

    /**
     * A second reading, as a target, of a question the first reading answered forwards although it asks for an
     * input. "at what post-money does the 50b only buy 4 pct" names an input to find (the post-money) and holds a
     * figure that no input took (4 pct); "at what exit does amazon walk away with 2.5x" sets the very input it asks
     * for. Either way the figure is the value some metric must reach: the metric that reads the asked input and has
     * the figure's unit, preferring one the question (or else the thread) names. Only one such metric may fit;
     * otherwise the first reading stands, with its "I didn't use" note.
     */
    private Force reverse(Work w, Reading r) {
        boolean candidate = r.target() != null ? w.solvedByDefault : w.mentions.stream().anyMatch(m ->
                m.amount.kind() != Amount.Kind.CALENDAR_YEAR && (!m.consumed || w.uncued.contains(m)
                        || multiple(m.amount) || pointedGoal(w, m)));
        if (!candidate) {
            return null; // most questions: every figure has a cued role, or there is none (no second look needed)
        }
        Solve asked = askedInput(w);
        if (asked == null) {
            return null;
        }
        for (Hit h : w.hits) {
            if (h.strong() && h.end() <= asked.start() && INTERROGATIVE.matcher(h.phrase()).lookingAt()) {
                return null; // "how many times bigger would the openai cheque be": the metric is what is asked
            }
        }
        ThreadState.Target t = r.target();
        if (t != null) {
            // the target's default input, when the question names another one the metric reads ("what size raise
            // makes the 50b 40% of the round": the round, not the investment)
            if (w.goal == null || !w.solvedByDefault || asked.input() == null || asked.input() == t.solveFor()
                    || !reads.get(t.metric()).contains(asked.input()) || r.changes().containsKey(asked.input())) {
                return null;
            }
            Mention f = w.goal.figures().isEmpty() ? null : w.goal.figures().get(0);
            return new Force(t.metric(), t.value(), w.goal.start(), w.goal.end(), f == null ? -1 : f.start(), asked.input(),
                    asked.start(), asked.end(), asked.preMoney(), "the question asks for " + asked.input().id() + ", not " + t.solveFor().id());
        }
        if (!r.lookups().isEmpty()) {
            return null;
        }
        for (Mention m : w.mentions) {
            if (m.amount.kind() == Amount.Kind.CALENDAR_YEAR) {
                continue;
            }
            // a multiple read as a valuation ("2.5x" as 2.5 times the post-money) is the weakest reading a figure has:
            // when it sets the very input the question asks for, it is the multiple to reach
            // so is a figure after a pronoun pointing at a metric ("what capture share gets it to exactly zero")
            boolean setsAsked = (multiple(m.amount) || pointedGoal(w, m)) && asked.input() != null && w.setBy.get(asked.input()) == m;
            // a figure given to an input on no cue at all ("30b" as the compute spend in "margin aws would need for the
            // compute profit to come in at 30b") may be the value of the metric the question names instead
            if (REPLACED.matcher(w.s.substring(w.clauseStart(m.start()), m.start())).find()) {
                continue; // "10bn instead of 8": the figure replaced is nobody's target
            }
            boolean weak = w.uncued.contains(m);
            // a figure after a pronoun goal ("flip it: what exit gets that to 30%") is the goal's, whatever input took it
            if (m.consumed && !setsAsked && !weak && !(asked.input() != null && pointedGoal(w, m) && w.setBy.containsValue(m))) {
                continue;
            }
            List<InputId> wanted = asked.input() != null ? List.of(asked.input())
                    : List.of(InputId.POST_MONEY_VALUATION, InputId.EXIT_VALUATION);
            List<Metric> fit = targetMetrics(w, m, wanted, weak && !setsAsked);
            if (fit.size() > 1 && fit.size() <= MAX_CHOICES && w.choices.isEmpty()) {
                for (Metric f : fit) {
                    InputId fx = asked.input() != null ? asked.input() : defaultSolveFor(f, w.s, true);
                    if (fx != null && wanted.contains(fx) && reads.get(f).contains(fx)) {
                        w.choices.add(new ThreadState.Target(f, value(f, m.amount), fx));
                    }
                }
                if (w.choices.size() < 2) {
                    w.choices.clear();
                } else {
                    w.choiceFigure = m.start();
                    w.choiceText = display(m.amount);
                }
            }
            Metric metric = fit.size() == 1 ? fit.get(0) : null;
            if (metric == null) {
                continue;
            }
            InputId x = asked.input() != null ? asked.input() : defaultSolveFor(metric, w.s, true);
            if (x == null || !reads.get(metric).contains(x) || (r.changes().containsKey(x) && !setsAsked)) {
                continue;
            }
            return new Force(metric, value(metric, m.amount), m.start(), m.end(), m.start(), x, asked.start(), asked.end(),
                    asked.preMoney(), m.amount.text() + (setsAsked ? " set the asked " + x.id() : " was unused") + "; " + metric.id() + " = it, solve "
                            + x.id());
        }
        return null;
    }

    /** "at that exit", "that margin", "at that level": a word pointing back at something named before. */
    private static final Pattern POINTER = Pattern.compile("\\b(?:that|this|the same|those|these|the solved|the required|the needed)\\s+(?:\\w+\\s+)?$");
    private static final Pattern AT_THAT = Pattern.compile("\\bat (?:that|this|those|these)(?: (?:level|number|figure|value|price|point|one))?\\b|\\bthere\\??$");

    /**
     * "irr at that exit?" after "what exit doubles amazon's money?": the follow-up points back at the value the last
     * answer solved for, so it is used as if the question gave it (and the thread keeps it from then on). Only when
     * the question points at it ("that exit", "at that level"); a figure the question gives itself wins.
     */
    private void pointBack(Work w, ThreadState.Target target) {
        if (w.state == null || w.state.solved().isEmpty()) {
            return;
        }
        for (Map.Entry<InputId, BigDecimal> e : w.state.solved().entrySet()) {
            InputId id = e.getKey();
            if (w.changes.containsKey(id) || (target != null && target.solveFor() == id)) {
                continue;
            }
            boolean pointed = AT_THAT.matcher(w.s).find() || vocab.input(id).names().stream().anyMatch(p -> pointedAt(w.s, p))
                    || ((id == InputId.EXIT_VALUATION || id == InputId.POST_MONEY_VALUATION) && pointedAt(w.s, VALUATION_WORD));
            if (pointed) {
                w.changes.put(id, e.getValue());
                w.used.add("Using " + label(id) + " = " + Format.value(e.getValue(), model.require(id.id()).unit())
                        + ", as solved in the last answer.");
                w.cues.add("points back at the solved " + id.id());
            }
        }
    }

    /** Some match of {@code p} has a pointing word right before it ("that exit"). */
    private static boolean pointedAt(String s, Pattern p) {
        Matcher m = p.matcher(s);
        while (m.find()) {
            if (POINTER.matcher(s.substring(Math.max(0, m.start() - 30), m.start())).find()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern VALUATION_WORD = Pattern.compile("\\b(?:valuation|val|value|price|level|mark)\\b");

    /** Words that put a figure in place of another: "10bn instead of 8", "12bn rather than 8", "150b, up from 100". */
    private static final String REPLACING = "instead of|rather than|in place of|not|up from|down from";
    private static final Pattern REPLACED = Pattern.compile("\\b(?:" + REPLACING + "|vs\\.?|versus)\\s*\\$?$");

    /**
     * The metrics a figure can be the target of, given the inputs asked for, at the first level that has any: a metric
     * the question names decides (and one that does not fit the figure's unit rules the figure out); else the thread's
     * metric when the question points at it ("get that to 70b"); else every metric of that unit (one is the goal; two
     * or three are offered as a choice).
     *
     * @param namedOnly the figure was given to an input on no cue: only a metric the question names (or points at) may claim it
     */
    private List<Metric> targetMetrics(Work w, Mention m, List<InputId> wanted, boolean namedOnly) {
        List<Metric> reading = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            if (metric != Metric.BREAKEVEN_CAPTURE_SHARE && wanted.stream().anyMatch(x -> reads.get(metric).contains(x))) {
                reading.add(metric);
            }
        }
        List<Metric> named = new ArrayList<>();
        boolean perYear = perYear(w.s);
        for (Hit h : w.hits) {
            Metric hm = h.metric() == Metric.AWS_COMPUTE_REVENUE && perYear ? Metric.AWS_COMPUTE_REVENUE_PER_YEAR : h.metric();
            if (hm == Metric.STAKE && m.amount.kind() == Amount.Kind.MONEY) {
                hm = Metric.STAKE_VALUE; // "the stake a 120bn position": a stake in dollars is its value
            }
            if (reading.contains(hm) && !named.contains(hm)) {
                named.add(hm);
            }
        }
        if (!named.isEmpty()) {
            List<Metric> fit = named.stream().filter(x -> targetFits(x, m.amount)).toList();
            return fit.size() == 1 ? fit : List.of();
        }
        if (w.state != null && (pointedGoal(w, m) || !namedOnly)) {
            List<Metric> thread = w.state.metrics().stream().filter(reading::contains).filter(x -> targetFits(x, m.amount)).toList();
            if (thread.size() == 1) {
                return thread;
            }
        }
        if (namedOnly && !w.hits.isEmpty()) {
            return List.of();
        }
        List<Metric> plain = reading.stream().filter(x -> targetFits(x, m.amount))
                .filter(x -> x != Metric.IRR || m.amount.kind() != Amount.Kind.RATIO)
                .filter(x -> x != Metric.AWS_COMPUTE_REVENUE_PER_YEAR || perYear).toList();
        if (multiple(m.amount) && plain.contains(Metric.MOIC)) {
            return List.of(Metric.MOIC); // "2.5x on the check": a multiple on the money is the MOIC, as everywhere else
        }
        // a figure given to an input on no cue, in a question that names no metric at all, is only a goal when one
        // metric is the obvious one; with several, they are offered
        return plain;
    }

    /** A figure's unit fits the metric; zero is zero in any unit ("combined payoff is 0"). */
    private static boolean targetFits(Metric metric, Amount a) {
        return unitFits(metric, a) || (a.kind() == Amount.Kind.PLAIN && a.value().signum() == 0);
    }

    /** A multiple of the money, or of a valuation ("2.5x", "doubles"). */
    private static boolean multiple(Amount a) {
        return a.kind() == Amount.Kind.MULTIPLE || a.kind() == Amount.Kind.VALUATION_FACTOR;
    }

    /** The figure follows a pronoun goal in its clause ("get that to 70b"). */
    private static boolean pointedGoal(Work w, Mention m) {
        return POINTED_GOAL.matcher(w.s.substring(w.clauseStart(m.start()), m.start())).find();
    }

    /** "get that to 70b", "gets it to exactly zero": the goal is the value of something named before. */
    private static final Pattern POINTED_GOAL = Pattern.compile(
            "\\b(?:that|it|this|them)\\s+(?:\\w+\\s+){0,2}?(?:to|at|=|is|be|hit|reach|equal)\\s+(?:exactly |just |only |about |around )?\\$?$");

    /** True when the text asks for an input by name ("what's the longest we can hold"): a number, not words. */
    public boolean asksForInput(String text) {
        return askedInput(new Work(Amounts.normalise(text), null, null)) != null;
    }

    /** The input the question explicitly asks for ("at what post-money", "how many yrs", "what size raise"), or null. */
    private Solve askedInput(Work w) {
        Solve s = solveFor(w, new Goal(null, BigDecimal.ZERO, -1, -1, List.of(), ""));
        if ((s == null || s.start() < 0) && ASKS_FOR_YEARS.matcher(w.s).find()) {
            // "until how many years the irr stays at least 15%": a question for a number of years asks for the one period it names
            List<Named> years = namedInputs(w).stream().filter(n -> model.require(n.id().id()).unit() == Unit.YEARS).toList();
            if (years.stream().map(Named::id).distinct().count() == 1) {
                return new Solve(years.get(0).id(), false, years.get(0).start(), years.get(0).end(), false);
            }
        }
        return s == null || s.start() < 0 ? null : s;
    }

    /**
     * "what exit gets amazon to 40b": the question asks for an input and holds a figure several metrics could be the
     * goal of. No number is assumed: the targets are offered as a choice, and the figure sets no input meanwhile.
     */
    private Reading choose(Work w, Reading r) {
        Map<InputId, BigDecimal> changes = new EnumMap<>(InputId.class);
        changes.putAll(r.changes());
        w.setBy.forEach((id, m) -> {
            if (m.start() == w.choiceFigure) {
                changes.remove(id);
            }
        });
        List<String> used = r.used().stream().filter(u -> !u.contains(w.choiceText)).toList();
        List<String> cues = new ArrayList<>(r.cues());
        cues.add("targets to choose from: " + w.choices.stream().map(t -> t.metric().id() + "=" + t.value().stripTrailingZeros()
                .toPlainString() + " -> " + t.solveFor().id()).toList());
        return new Reading(List.of(), null, changes, r.scenarios(), r.reset(), List.of(), used, List.of(), r.rejected(), null,
                List.of(), 0.7, cues, w.choices);
    }

    /** At most this many targets are offered for one figure; beyond, the question is too open to guess at. */
    private static final int MAX_CHOICES = 3;

    /** A target the first reading missed, to read the question with: the goal's span and figure, and what to solve for. */
    private record Force(Metric metric, BigDecimal value, int start, int end, int figure, InputId solveFor, int solveStart,
                         int solveEnd, boolean preMoney, String why) {
    }

    private Reading read(Work w) {
        ThreadState state = w.state;
        w.contrast = CONTRAST.matcher(w.s).find();
        w.scenarios = scenarios(w.s, w.cues);
        boolean reset = RESET.matcher(w.s).find();
        if (reset) {
            w.cues.add("reset");
        }
        ThreadState.Target target = target(w);
        List<Metric> metrics = metrics(w, target);
        boolean derived = false;
        if (metrics.isEmpty() && target == null) {
            Metric share = shareOfInput(w);
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
            // "per year?" after AWS revenue is the revenue per year; "in dollars?" after the stake is its value
            List<Metric> variants = new ArrayList<>();
            for (Metric m : state.metrics()) {
                boolean perYearAsk = PER_YEAR_ONLY.matcher(w.s).matches()
                        || (perYear(w.s) && w.hits.isEmpty() && w.mentions.stream().allMatch(x -> x.amount.kind() == Amount.Kind.CALENDAR_YEAR));
                if (perYearAsk && m == Metric.AWS_COMPUTE_REVENUE) {
                    variants.add(Metric.AWS_COMPUTE_REVENUE_PER_YEAR);
                } else if (IN_DOLLARS.matcher(w.s).matches() && m == Metric.STAKE) {
                    variants.add(Metric.STAKE_VALUE);
                }
            }
            if (!variants.isEmpty()) {
                metrics = variants;
                derived = true;
                w.cues.add("follow-up variant " + variants);
            }
        }
        List<InputId> lookups = target == null && metrics.isEmpty() ? lookups(w, false) : List.of();
        if (lookups.isEmpty() && target == null
                && w.mentions.stream().allMatch(m -> m.consumed || m.amount.kind() == Amount.Kind.CALENDAR_YEAR)) {
            // "what capex number are you using?" names the input and the metric both: the lookup cue decides
            List<InputId> cued = lookups(w, true);
            if (cued.isEmpty() && ASKS_FOR_YEARS.matcher(w.s).find() && !metrics.isEmpty()
                    && metrics.stream().noneMatch(m -> m.unit() == Unit.YEARS)) {
                // the asked quantity is a number of years and no metric found is one ("how many years till you mark
                // the stake?"): the question is about a period the model assumes, and "stake" only says which
                cued = namedYearInputs(w);
                if (cued.size() == 1) {
                    w.cues.add("asks for years: input lookup " + cued.get(0).id());
                } else {
                    cued = List.of();
                }
            }
            if (!cued.isEmpty()) {
                lookups = cued;
                metrics = List.of();
            }
        }
        roles(w, metrics, target);
        pointBack(w, target);
        if (metrics.size() > 1 || (metrics.size() == 1 && w.state != null && !w.state.metrics().isEmpty())) {
            // "stake if the pre-money is $900B": "pre-money" described the figure; the stake is what is asked
            List<Metric> onlyContext = new ArrayList<>();
            for (Metric m : metrics) {
                List<Hit> mh = w.hits.stream().filter(h -> h.metric() == m).toList();
                if (!mh.isEmpty() && mh.stream().allMatch(h -> w.isSpent(h.start(), h.end())) && (target == null || m != target.metric())) {
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
            } else if (!w.scenarios.isEmpty()) {
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
            if (match != null && match.score() >= MetricSemantics.MIN) {
                candidates = List.of(match.metric(), match.second());
                w.cues.add(String.format(Locale.ROOT, "by meaning: %s %.2f, %s %.2f", match.metric().id(), match.score(),
                        match.second().id(), match.secondScore()));
            }
        }
        double confidence;
        List<Metric> asked = metrics;
        boolean perYearAsked = perYear(w.s);
        boolean strong = w.hits.stream().anyMatch(h -> h.strong() && (asked.contains(h.metric())
                || (perYearAsked && h.metric() == Metric.AWS_COMPUTE_REVENUE && asked.contains(Metric.AWS_COMPUTE_REVENUE_PER_YEAR))));
        if (target != null || !lookups.isEmpty() || derived) {
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
        return new Reading(shown, target, w.changes, w.scenarios, reset, lookups, w.used, w.unused, w.rejected,
                w.ambiguity, candidates, confidence, w.cues);
    }

    // --- metrics -----------------------------------------------------------------------------------

    /** "what portion of it is Amazon covering" after "OpenAI's round": the share of an input named before it. */
    private static final Pattern SHARE_OF_IT = Pattern.compile(
            "\\b(?:share|portion|part|chunk|fraction|percentage|percent|proportion|%|bite|slice) of (?:it|that|this|them|those)\\b");
    /** "share of the 125b capex", "what % of amazon's $125B capex": a share word, then (a figure and) a named input. */
    private static final Pattern SHARE_OF_FIGURE = Pattern.compile(
            "\\b(?:share|portion|part|chunk|fraction|percentage|percent|proportion|%|bite|slice) of (?:the |amazon'?s? |its |their |our |openai'?s? )?"
                    + "(?:\\$?\\d[\\d.,]* ?(?:b|bn|billion|t|tn|trillion)?\\b )");

    /** The share metric of the input named right after a share word and a figure ("share of the 125b capex"), or null. */
    private Metric shareOfNamedInput(Work w) {
        Matcher m = SHARE_OF_FIGURE.matcher(w.s);
        while (m.find()) {
            String after = w.s.substring(m.end());
            for (Map.Entry<InputId, Metric> e : SHARE_BY_DENOMINATOR.entrySet()) {
                for (Pattern p : vocab.input(e.getKey()).names()) {
                    Matcher n = p.matcher(after);
                    if (n.lookingAt() && n.end() > 0) {
                        w.cues.add("\"" + m.group() + n.group() + "\" -> the share of " + e.getKey().id());
                        return e.getValue();
                    }
                }
            }
        }
        return null;
    }

    private static final Map<InputId, Metric> SHARE_BY_DENOMINATOR = Map.of(InputId.CAPEX_2026, Metric.CAPEX_SHARE,
            InputId.ROUND_SIZE, Metric.ROUND_SHARE, InputId.POST_MONEY_VALUATION, Metric.STAKE);

    private Metric shareOfInput(Work w) {
        Metric named = shareOfNamedInput(w);
        if (named != null) {
            return named;
        }
        Matcher m = SHARE_OF_IT.matcher(w.s);
        if (!m.find()) {
            return null;
        }
        InputId last = null;
        int lastAt = -1;
        for (InputId id : SHARE_BY_DENOMINATOR.keySet()) {
            String before = w.s.substring(0, m.start());
            for (Pattern p : vocab.input(id).names()) {
                if (!screen.mayFind(p, before)) {
                    continue;
                }
                Matcher n = p.matcher(before);
                while (n.find()) {
                    if (n.start() > lastAt) {
                        lastAt = n.start();
                        last = id;
                    }
                }
            }
            for (Pattern p : vocab.input(id).cues()) {
                if (!screen.mayFind(p, before)) {
                    continue;
                }
                Matcher n = p.matcher(before);
                while (n.find()) {
                    if (n.start() > lastAt) {
                        lastAt = n.start();
                        last = id;
                    }
                }
            }
        }
        if (last == null) {
            return null;
        }
        w.cues.add("\"" + m.group() + "\" -> the share of " + last.id());
        return SHARE_BY_DENOMINATOR.get(last);
    }

    /** True when the text asks for a quantity ("how much", "what share of it", "what %"), whatever it names. */
    public boolean asksQuantity(String s) {
        return finds(NUMERIC_ASK, s) || finds(SHARE_OF_IT, s);
    }

    /** True when the (normalised) text names any metric or any input of the model ("what share of it is the check"). */
    public boolean mentionsModel(String s) {
        if (!metricHits(s).isEmpty()) {
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
        for (Hit h : metricHits(s)) {
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

    /** True when the (normalised) text names a metric outright. */
    public boolean namesMetric(String s) {
        return metricHits(s).stream().anyMatch(Hit::strong);
    }

    /** Non-overlapping metric phrases, longest and strongest first, in text order; negated ones dropped. */
    List<Hit> metricHits(String s) {
        List<Hit> all = new ArrayList<>();
        for (Vocabulary.Phrase p : vocab.phrases()) {
            if (!screen.mayFind(p.pattern(), s)) {
                continue;
            }
            Matcher m = p.pattern().matcher(s);
            while (m.find()) {
                if (m.end() > m.start()) {
                    all.add(new Hit(p.metric(), m.start(), m.end(), p.strong(), m.group()));
                }
            }
        }
        all.sort(Comparator.comparing((Hit h) -> !h.strong()).thenComparing(h -> -(h.end() - h.start()))
                .thenComparingInt(Hit::start));
        List<Hit> kept = new ArrayList<>();
        for (Hit h : all) {
            if (kept.stream().noneMatch(k -> h.start() < k.end() && k.start() < h.end())) {
                kept.add(h);
            }
        }
        kept.removeIf(h -> NEGATION.matcher(s.substring(Math.max(0, h.start() - 20), h.start())).find());
        kept.removeIf(h -> NOT_AFTER.matcher(s.substring(h.end(), Math.min(s.length(), h.end() + 12))).lookingAt());
        kept.sort(Comparator.comparingInt(Hit::start));
        return kept;
    }

    private List<Metric> metrics(Work w, ThreadState.Target target) {
        List<Hit> open = w.hits.stream().filter(h -> !w.isSpent(h.start(), h.end())).toList();
        Map<Metric, List<Hit>> named = new LinkedHashMap<>();
        boolean perYear = perYear(w.s);
        for (Hit h : open) {
            Metric m = h.metric();
            if (m == Metric.AWS_COMPUTE_REVENUE && perYear) {
                m = Metric.AWS_COMPUTE_REVENUE_PER_YEAR;
            }
            named.computeIfAbsent(m, k -> new ArrayList<>()).add(h);
        }
        List<Metric> out = new ArrayList<>(named.keySet());
        // "profit, not revenue": a contrast names the metric outright even with a plain word
        boolean strong = open.stream().anyMatch(Hit::strong) && !w.contrast;
        if (strong) {
            out.removeIf(m -> named.get(m).stream().noneMatch(Hit::strong));
        }
        SUBSUMES.forEach((outer, inner) -> {
            if (out.contains(outer)) {
                out.removeIf(m -> inner.contains(m) && !separatelyAsked(w.s, named.get(outer), named.get(m)));
            }
        });
        if (target != null) {
            out.remove(target.metric());
            out.add(0, target.metric());
        }
        if (w.implied != null) {
            out.removeAll(SUBSUMES.getOrDefault(w.implied, Set.of()));
            out.remove(w.implied);
            out.add(0, w.implied);
        }
        // "what does AWS earn (profit) ...": an earning verb beside profit words asks for the profit
        if (out.contains(Metric.AWS_COMPUTE_REVENUE) && !out.contains(Metric.AWS_COMPUTE_PROFIT)
                && PROFIT_WORDS.matcher(w.s).find() && named.get(Metric.AWS_COMPUTE_REVENUE) != null
                && named.get(Metric.AWS_COMPUTE_REVENUE).stream().allMatch(h -> EARN_VERB.matcher(h.phrase()).find())) {
            out.set(out.indexOf(Metric.AWS_COMPUTE_REVENUE), Metric.AWS_COMPUTE_PROFIT);
        }
        return out;
    }

    private boolean perYear(String s) {
        Matcher m = PER_YEAR.matcher(s);
        boolean may = screen.mayFind(PER_YEAR, s);
        while (may && m.find()) {
            if (!NEGATION.matcher(s.substring(Math.max(0, m.start() - 20), m.start())).find()) {
                return true;
            }
        }
        return false;
    }

    /** Two metric phrases joined by "and", "+" or a comma are two questions. */
    private static boolean separatelyAsked(String s, List<Hit> outer, List<Hit> inner) {
        if (inner == null) {
            return false;
        }
        for (Hit o : outer) {
            for (Hit i : inner) {
                int from = Math.min(o.end(), i.end());
                int to = Math.max(o.start(), i.start());
                if (from < to && CONJUNCTION.matcher(s.substring(from, to)).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<String> scenarios(String s, List<String> cues) {
        if (finds(SCENARIO_COMPARE, s)) {
            cues.add("compare scenarios");
            return model.scenarios().stream().map(Scenario::name).toList();
        }
        record Pos(String name, int at) {
        }
        List<Pos> found = new ArrayList<>();
        SCENARIO_WORDS.forEach((name, p) -> {
            Matcher m = p.matcher(s);
            if (screen.mayFind(p, s) && m.find() && model.scenario(name).isPresent()) {
                found.add(new Pos(name, m.start()));
            }
        });
        found.sort(Comparator.comparingInt(Pos::at));
        List<String> out = new ArrayList<>();
        for (Pos p : found) {
            out.add(p.name());
            cues.add("scenario " + p.name());
        }
        return out;
    }

    // --- targets -----------------------------------------------------------------------------------

    /** A goal: the value the question wants a metric to reach, and the words it occupies. */
    private record Goal(Metric metric, BigDecimal value, int start, int end, List<Mention> figures, String text) {
    }

    private ThreadState.Target target(Work w) {
        if (w.force != null) {
            Force f = w.force;
            List<Mention> figures = w.mentions.stream().filter(m -> m.start() == f.figure()).toList();
            return target(w, new Goal(f.metric(), f.value(), f.start(), f.end(), figures, w.s.substring(f.start(), f.end())));
        }
        // goals that name their metric first, then bare ones ("for a 3x", "25% of it"); the first that makes a target wins
        for (Goal goal : goals(w)) {
            ThreadState.Target t = target(w, goal);
            if (t != null || w.implied != null) {
                return t;
            }
        }
        return null;
    }

    private ThreadState.Target target(Work w, Goal goal) {
        Solve solve = w.force != null ? new Solve(w.force.solveFor(), false, w.force.solveStart(), w.force.solveEnd(), w.force.preMoney())
                : solveFor(w, goal);
        if (solve == null) {
            w.rejected.add("\"" + goal.text() + "\" reads like a target, but the question names nothing to solve for");
            return null;
        }
        InputId x = solve.input();
        Metric metric = goal.metric() != null ? goal.metric() : defaultMetric(x, goal);
        if (metric == null) {
            return null;
        }
        if (x == null) {
            x = defaultSolveFor(metric, w.s, solve.valuationWord());
            w.solvedByDefault = true;
        }
        if (x == null) {
            // "what gets the combined payoff to zero?": the exit or AWS's share could move it; both are offered
            InputId first = InputId.EXIT_VALUATION;
            w.ambiguity = new Reading.Ambiguity(goal.text(), goal.value(), first, InputId.AWS_CAPTURE_SHARE);
            x = first;
        }
        for (Mention m : goal.figures()) {
            m.consumed = true;
        }
        w.spent.add(new int[] {goal.start(), goal.end()});
        if (metric == Metric.AWS_COMPUTE_PROFIT && x == InputId.AWS_CAPTURE_SHARE
                && goal.value().compareTo(w.current(InputId.INVESTMENT)) == 0) {
            // the share at which compute profit repays the investment is a metric of its own
            w.implied = Metric.BREAKEVEN_CAPTURE_SHARE;
            w.cues.add("target " + metric.id() + " = the investment -> " + w.implied.id());
            return null;
        }
        if (solve.start() >= 0) {
            w.spent.add(new int[] {solve.start(), solve.end()});
        }
        w.cues.add("target " + metric.id() + " = " + goal.value().stripTrailingZeros().toPlainString() + " -> solve " + x.id());
        w.goal = goal;
        if (solve.preMoney()) {
            w.alsoShow = Metric.PRE_MONEY_VALUATION;
        }
        return new ThreadState.Target(metric, goal.value(), x);
    }

    private List<Goal> goals(Work w) {
        List<Goal> named = new ArrayList<>();
        List<Goal> bare = new ArrayList<>();
        for (Mention m : w.mentions) {
            Goal g = goalAt(w, m);
            if (g != null) {
                (g.metric() != null ? named : bare).add(g);
            }
        }
        Goal threshold = thresholdGoal(w);
        if (threshold != null) {
            // "plus aws profit equal the 50b": the figure is what is covered (the threshold's), not a goal of its own
            named.removeIf(g -> g.figures().stream().anyMatch(threshold.figures()::contains));
            named.add(threshold);
        }
        named.sort(Comparator.comparingInt(Goal::start));
        bare.sort(Comparator.comparingInt(Goal::start));
        named.addAll(bare);
        return named;
    }

    /** A goal with no figure of its own: "break even", "back to zero", "repay the investment". */
    private Goal thresholdGoal(Work w) {
        for (Hit h : w.hits) {
            if (!h.strong() || h.metric() == Metric.BREAKEVEN_CAPTURE_SHARE) {
                continue; // "break even" as a metric is itself a threshold: "to just break even overall" sets no goal for it
            }
            String after = unbracket(w.s.substring(h.end()));
            Matcher t = THRESHOLD.matcher(after);
            if (t.find() && t.start() == 0) {
                // "back to zero": the word is the goal's, not a figure for an input
                List<Mention> inPhrase = new ArrayList<>();
                for (Mention m : w.mentions) {
                    if (m.start() >= h.end() && m.end() <= h.end() + t.end()) {
                        inPhrase.add(m);
                    }
                }
                return new Goal(h.metric(), BigDecimal.ZERO, h.start(), h.end() + t.end(), inPhrase, h.phrase() + after.substring(0, t.end()));
            }
            int sentence = Math.max(0, h.start() - 90);
            for (int i = h.start() - 1; i >= sentence; i--) {
                if (".?!;".indexOf(w.s.charAt(i)) >= 0) {
                    sentence = i + 1;
                    break;
                }
            }
            String before = w.s.substring(sentence, h.start()); // raw: positions below count in w.s
            // "break even once you add in the cloud profits": the metric's own phrase may carry the counting word
            Matcher tb = (COUNTING_START.matcher(h.phrase()).lookingAt() ? THRESHOLD_RIGHT_BEFORE : THRESHOLD_BEFORE).matcher(before);
            if ((h.metric() == Metric.COMBINED_PAYOFF || h.metric() == Metric.GAIN) && tb.find()
                    && w.mentions.stream().noneMatch(m -> m.start() >= h.start() - before.length() + tb.start() && m.end() <= h.start())) {
                // "where amzn breaks even overall counting the stake and the aws profit": the threshold is said first
                return new Goal(h.metric(), BigDecimal.ZERO, h.start() - before.length() + tb.start(), h.end(), List.of(),
                        before.substring(tb.start()) + h.phrase());
            }
            Matcher r = REPAY.matcher(after);
            if (r.find() && r.start() == 0 && h.metric().unit() == Unit.USD_BILLIONS) {
                List<Mention> restated = new ArrayList<>();
                for (Mention m : w.mentions) {
                    if (m.start() >= h.end() && m.end() <= h.end() + r.end()) {
                        restated.add(m);
                    }
                }
                // the combined payoff already takes the investment off: covering it is a payoff of zero
                BigDecimal goal = h.metric() == Metric.COMBINED_PAYOFF ? BigDecimal.ZERO : w.current(InputId.INVESTMENT);
                return new Goal(h.metric(), goal, h.start(), h.end() + r.end(), restated,
                        h.phrase() + after.substring(0, r.end()));
            }
        }
        return null;
    }

    /** A goal around one figure: "25% irr", "stake worth $120B", "3x its money", "lose half its money". */
    private Goal goalAt(Work w, Mention m) {
        Amount a = m.amount;
        String s = w.s;
        String after = s.substring(a.end());
        String before = s.substring(w.clauseStart(a.start()), a.start());
        BigDecimal value = a.value();
        boolean multiple = multiple(a);
        // "compute revenue to come to 1.5 times the investment": a money metric at a multiple of the investment
        Matcher times = TIMES_THE_INVESTMENT.matcher(after);
        if (multiple && times.lookingAt()) {
            for (Hit h : w.hits) {
                if (h.end() <= a.start() && h.metric().unit() == Unit.USD_BILLIONS
                        && LINK_TO_VALUE.matcher(unbracket(s.substring(h.end(), a.start()))).matches()) {
                    BigDecimal v = value.multiply(w.current(InputId.INVESTMENT), MC);
                    return new Goal(h.metric(), v, h.start(), a.end() + times.end(), List.of(m), s.substring(h.start(), a.end() + times.end()));
                }
            }
        }
        // "3x its money", "lose half its money"
        if ((multiple || a.kind() == Amount.Kind.RATIO) && MONEY_OBJECT.matcher(after).find()) {
            BigDecimal moic = value;
            if (LOSE.matcher(before).find()) {
                moic = BigDecimal.ONE.subtract(a.kind() == Amount.Kind.RATIO ? value : BigDecimal.ONE.divide(value, MC));
            } else if (a.kind() == Amount.Kind.RATIO) {
                return null;
            }
            Matcher obj = MONEY_OBJECT.matcher(after);
            obj.find();
            return new Goal(Metric.MOIC, moic, a.start(), a.end() + obj.end(), List.of(m), a.text() + after.substring(0, obj.end()));
        }
        // "make $30B on the stake", "lose $10B on it": a gain (or a loss) on the stake
        if (a.kind() == Amount.Kind.MONEY && ON_DEAL.matcher(after).find()
                && (MAKE_ON.matcher(before).find() || LOSE_MONEY.matcher(before).find())) {
            BigDecimal v = LOSE_MONEY.matcher(before).find() ? value.negate() : value;
            Matcher on = ON_DEAL.matcher(after);
            on.find();
            return new Goal(Metric.GAIN, v, a.start(), a.end() + on.end(), List.of(m), a.text() + after.substring(0, on.end()));
        }
        // the figure, then the metric: "25% irr", "$40B gain", "35B of profit", "0.8x circular return"
        for (Hit h : w.hits) {
            boolean tail = h.start() > a.start() && h.start() < a.end() && h.end() > a.end();
            String between = tail ? "" : h.start() >= a.end() ? unbracket(s.substring(a.end(), h.start())) : null;
            if (between != null && FILLER_BEFORE_METRIC.matcher(between).matches() && unitFits(h.metric(), a)
                    && !INTERROGATIVE.matcher(h.phrase()).lookingAt() && !h.phrase().startsWith("what")) {
                Metric metric = perYearVariant(h.metric(), between + " " + h.phrase());
                return new Goal(metric, value(metric, a), a.start(), h.end(), List.of(m), a.text() + s.substring(a.end(), h.end()));
            }
        }
        // the metric, then the figure: "stake to be worth $120B", "payoff of $30B", "breakeven share down to 100%"
        for (Hit h : w.hits) {
            // "total ai commitments (incl anthropic) to hit 80b": a plural ending of the metric's word is not a link word
            String rawLink = h.end() <= a.start() ? unbracket(s.substring(h.end(), a.start())).replaceFirst("^s\\b", "") : null;
            if (rawLink != null && LINK_TO_VALUE.matcher(rawLink).matches()) {
                String link = rawLink;
                if (link.matches(".*\\b(?:at|if|when|with)\\b.*")) {
                    continue; // "worth at $1T", "irr if it hits 2x": a given, not a target
                }
                boolean verbInHit = h.phrase().matches(".*\\b(?:worth|own|owns|valued|be|of|at|to|reach|hit)$")
                        || GOAL_VERB_BEFORE.matcher(s.substring(Math.max(0, h.start() - 30), h.start())).find();
                if (!verbInHit && !link.matches(".*\\b(?:to|be|reach|hit|get|clear|clears|of|=|equal|down|up|worth|exactly|come|total|below|under|beneath|above|over|beats?|tops?)\\b.*")) {
                    continue;
                }
                // "revenue to be 2x the $50B": a multiple of a figure the question restates
                if (multiple) {
                    Mention next = next(w, m);
                    if (next != null && next.amount.kind() == Amount.Kind.MONEY
                            && s.substring(a.end(), next.start()).matches("^ ?(?:the|of the|of|amazon'?s?|its)? ?$")) {
                        BigDecimal v = a.value().multiply(next.amount.value(), MC);
                        return new Goal(h.metric(), v, h.start(), next.end(), List.of(m, next), s.substring(h.start(), next.end()));
                    }
                }
                if (unitFits(h.metric(), a)) {
                    return new Goal(h.metric(), value(h.metric(), a), h.start(), a.end(), List.of(m), s.substring(h.start(), a.end()));
                }
                if (h.metric() == Metric.STAKE && a.kind() == Amount.Kind.MONEY) {
                    // "for the stake to be a 100bn position": a stake in dollars is the stake's value
                    return new Goal(Metric.STAKE_VALUE, a.value(), h.start(), a.end(), List.of(m), s.substring(h.start(), a.end()));
                }
            }
        }
        // a bare multiple: "for a 3x", "gets amazon to 2x", "turn a $1.5T exit into a 3x"
        if (multiple && a.kind() == Amount.Kind.MULTIPLE && before.matches(".*\\b(?:a|an|to|into|for|reach|hit|get|make|clear)\\s*$")
                && !after.matches("^ ?(?:the |of |from )?(?:exit|valuation|post|openai|its valuation).*")) {
            return new Goal(null, value, a.start(), a.end(), List.of(m), a.text());
        }
        // a bare figure after a goal verb: "to be 25% of it", "half its 2026 capex"
        if (a.kind() == Amount.Kind.RATIO && (after.matches("^ ?of (?:it|its|amazon'?s?|that|their)\\b.*")
                || before.matches(".*\\b(?:be|only be|is|reach|hit|to|get (?:them|it|us|amazon)|give (?:them|it|us|amazon)|leaves? (?:them|it|us|amazon) with|own|hold)\\s*(?:only |exactly |just )?$"))) {
            return new Goal(null, value, a.start(), a.end(), List.of(m), a.text());
        }
        return null;
    }

    private static Mention next(Work w, Mention m) {
        int i = w.mentions.indexOf(m);
        return i + 1 < w.mentions.size() ? w.mentions.get(i + 1) : null;
    }

    private static Metric perYearVariant(Metric m, String text) {
        return m == Metric.AWS_COMPUTE_REVENUE && PER_YEAR.matcher(text).find() ? Metric.AWS_COMPUTE_REVENUE_PER_YEAR : m;
    }

    /** A money figure targets a money metric, a percentage a ratio, a multiple a multiple (or a valuation factor). */
    private static boolean unitFits(Metric metric, Amount a) {
        return switch (metric.unit()) {
            case USD_BILLIONS -> a.kind() == Amount.Kind.MONEY || a.kind() == Amount.Kind.PLAIN && a.value().compareTo(BigDecimal.ONE) > 0;
            case RATIO -> a.kind() == Amount.Kind.RATIO || a.kind() == Amount.Kind.PLAIN && a.value().compareTo(BigDecimal.valueOf(100)) <= 0;
            case MULTIPLE -> a.kind() == Amount.Kind.MULTIPLE || a.kind() == Amount.Kind.VALUATION_FACTOR || a.kind() == Amount.Kind.PLAIN
                    && a.value().compareTo(BigDecimal.valueOf(100)) <= 0;
            case YEARS -> a.kind() == Amount.Kind.YEARS;
        };
    }

    private static BigDecimal value(Metric metric, Amount a) {
        if (metric.unit() == Unit.RATIO && a.kind() == Amount.Kind.PLAIN) {
            return a.value().compareTo(BigDecimal.ONE) <= 0 ? a.value() : a.value().movePointLeft(2);
        }
        return a.value();
    }

    /** What the question asks to solve for: an input it names in a question ("what exit …", "how big a check …"). */
    private record Solve(InputId input, boolean valuationWord, int start, int end, boolean preMoney) {
        Solve(InputId input, boolean valuationWord, int start, int end) {
            this(input, valuationWord, start, end, false);
        }
    }

    private static final Pattern GENERIC_VALUATION_ASK = Pattern.compile(
            "\\b(?:what|which|at what|how (?:high|low|big|much)) (?:\\w+ ){0,3}?(?:valuation|value|price|worth)\\b"
                    + "|\\bwhat (?:does|would|will|must) (?:openai|it) (?:\\w+ ){0,2}?(?:be worth|be valued|hit|reach|get to|exit at)"
                    + "|\\b(?:valuation|exit|price) (?:that|which|needed to|required to) (?:\\w+ )?(?:makes?|gets?|gives?|turns?|brings?)"
                    + "|\\b(?:valuation|price|level) (?:where|at which|for which|such that|so that)\\b"
                    + "|\\bhow (?:high|low|far) (?:does|would|can|could|must|will) (?:openai'?s? )?(?:valuation|it|openai) (?:have to )?(?:go|fall|rise|drop)");

    private Solve solveFor(Work w, Goal goal) {
        String s = w.s;
        Solve best = null;
        for (InputId id : InputId.values()) {
            for (Pattern p : vocab.input(id).names()) {
                if (!screen.mayFind(p, s)) {
                    continue;
                }
                Matcher m = p.matcher(s);
                while (m.find()) {
                    if (m.end() <= m.start() || overlapsGoal(goal, m.start(), m.end()) || nearFigure(w, m.start(), m.end())) {
                        continue;
                    }
                    boolean asked = askedAbout(s, m.start(), m.end());
                    if (asked && (best == null || m.start() < best.start())) {
                        best = new Solve(id, false, m.start(), m.end());
                    }
                }
            }
        }
        for (Hit h : w.hits) {
            // "what pre-money gets amazon 5%": the pre-money is the post-money less the round, so the post-money is solved
            // for and the pre-money shown with it
            if (h.metric() == Metric.PRE_MONEY_VALUATION && !overlapsGoal(goal, h.start(), h.end()) && !nearFigure(w, h.start(), h.end())
                    && askedAbout(s, h.start(), h.end()) && (best == null || h.start() < best.start())) {
                best = new Solve(InputId.POST_MONEY_VALUATION, true, h.start(), h.end(), true);
            }
        }
        Matcher v = GENERIC_VALUATION_ASK.matcher(s);
        if (v.find() && (best == null || v.start() < best.start()) && !overlapsGoal(goal, v.start(), v.end())
                && (best == null || (best.input() != InputId.EXIT_VALUATION && best.input() != InputId.POST_MONEY_VALUATION))) {
            // "what valuation …": the post-money for a stake, the exit for everything valued later
            best = new Solve(null, true, v.start(), v.end());
        }
        if (best == null && INTERROGATIVE.matcher(s).find() && !goalIsTheQuestion(w, goal)) {
            // "how much to own 10%?", "what does it take to triple": the input follows from the goal
            return new Solve(null, false, -1, -1);
        }
        return best;
    }

    /** "what's the irr on a 3x?": the figure is given, the metric asked; not a target. */
    private boolean goalIsTheQuestion(Work w, Goal goal) {
        for (Hit h : w.hits) {
            if ((h.end() <= goal.start() || h.start() >= goal.end()) && h.strong()
                    && (goal.metric() == null || h.metric() != goal.metric())) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NEAR_BEFORE = Pattern.compile("^ ?(?:of |is |at |=)?(?:the |a |an )?$");
    private static final Pattern ONE_SPACE = Pattern.compile("^ ?$");
    private static final Pattern NEAR_AFTER = Pattern.compile(
            "^ ?(?:of|is|at|=|of around|around|to|from|would be|will be|was|were|came in at)? ?(?:the |a |an )?$");
    private static final Pattern BRACKETS = Pattern.compile("[()]");

    private static boolean overlapsGoal(Goal g, int start, int end) {
        return start < g.end() && g.start() < end;
    }

    /** A name right next to a figure ("$830B post-money", "at a 1.5T exit") gives a value; it is not asked for. */
    private static boolean nearFigure(Work w, int start, int end) {
        if (INTERROGATIVE.matcher(w.s.substring(start, end)).lookingAt()) {
            return false; // "if oai ends at 1.5T how long can we hold": a question starts, whatever is before it
        }
        for (Mention m : w.mentions) {
            if (m.amount.kind() == Amount.Kind.CALENDAR_YEAR) {
                continue; // "amazon's 2026 capex" names the input, with its year
            }
            String between = m.end() <= start ? w.s.substring(m.end(), start) : m.start() >= end ? w.s.substring(end, m.start()) : "";
            if (m.end() <= start ? NEAR_BEFORE.matcher(between).matches() || ONE_SPACE.matcher(between).matches()
                    : m.start() >= end && NEAR_AFTER.matcher(between).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Text with its parenthetical remarks blanked out, same length: "(stake + aws profit)" does not break a phrase. */
    private static String unbracket(String s) {
        Matcher m = PARENTHESES.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, " ".repeat(m.group().length()));
        }
        m.appendTail(sb);
        return SPACES.matcher(sb).replaceAll(" ");
    }

    /** The name is what the question asks about: after "what/which/how …", or followed by "needed", "for a", "to get" … */
    private static boolean askedAbout(String s, int start, int end) {
        if (SUPERLATIVE.matcher(s.substring(Math.max(0, start - 25), start)).find()) {
            return true; // "the biggest check amazon could write and stay under 30% of capex"
        }
        if (SUPERLATIVE_NAME.matcher(s.substring(start, end)).lookingAt()) {
            return true; // "longest hold that still clears 12%": the name carries its own superlative
        }
        if (INTERROGATIVE.matcher(s.substring(start, end)).lookingAt()) {
            return true; // "how many years can we hold", "how much would amazon have to invest"
        }
        String before = s.substring(Math.max(0, start - 60), start);
        Matcher q = INTERROGATIVE.matcher(before);
        int last = -1;
        while (q.find()) {
            last = q.end();
        }
        if (last >= 0) {
            String gap = before.substring(last).trim();
            if (gap.isEmpty() || gap.split("\\s+").length <= 6) {
                return true;
            }
        }
        // "the oai check needs what exit": the interrogative after the verb asks for another name
        return SOLVE_AFTER_NAME.matcher(s.substring(end)).find() && !ASKS_NEXT.matcher(s.substring(end)).lookingAt();
    }

    private static final Pattern ASKS_NEXT = Pattern.compile("^ ?(?:\\w+ ){0,2}?(?:what|how|(?<!at |for |in |by |of )which)\\b");

    /** For a goal without a metric phrase ("25% of it", "a 3x"): the metric that reads the input and has the value's unit. */
    private Metric defaultMetric(InputId x, Goal goal) {
        Amount a = goal.figures().isEmpty() ? null : goal.figures().get(0).amount;
        if (a == null) {
            return null;
        }
        if (multiple(a)) {
            return Metric.MOIC;
        }
        if (x == null) {
            return null;
        }
        List<Metric> fit = new ArrayList<>();
        for (Metric m : Metric.values()) {
            if (reads.get(m).contains(x) && m.unit() == Unit.RATIO && a.kind() == Amount.Kind.RATIO && m != Metric.IRR
                    && m != Metric.BREAKEVEN_CAPTURE_SHARE) {
                fit.add(m);
            }
        }
        return fit.size() == 1 ? fit.get(0) : null;
    }

    /** The input a target of this metric is usually solved for, when the question names none (null: it could be several). */
    private InputId defaultSolveFor(Metric m, String s, boolean valuationWord) {
        if (ASKS_FOR_YEARS.matcher(s).find() && reads.get(m).contains(InputId.HOLDING_YEARS)) {
            return InputId.HOLDING_YEARS; // "until how many years does the irr stay above 15%": the answer is a period
        }
        return switch (m) {
            case MOIC, IRR, STAKE_VALUE, GAIN -> InputId.EXIT_VALUATION;
            case STAKE, PRE_MONEY_VALUATION -> valuationWord || VALUATION.matcher(s).find() ? InputId.POST_MONEY_VALUATION : InputId.INVESTMENT;
            case CAPEX_SHARE, ROUND_SHARE, OPENAI_VS_ANTHROPIC_RATIO, TOTAL_AI_COMMITMENT -> InputId.INVESTMENT;
            case AWS_COMPUTE_REVENUE, AWS_COMPUTE_REVENUE_PER_YEAR, AWS_COMPUTE_PROFIT, CIRCULAR_RETURN_RATIO -> InputId.AWS_CAPTURE_SHARE;
            case BREAKEVEN_CAPTURE_SHARE -> InputId.AWS_OPERATING_MARGIN;
            case COMPUTE_SPEND_PER_YEAR -> InputId.OPENAI_COMPUTE_SPEND;
            case ANTHROPIC_COMMITMENT -> InputId.ANTHROPIC_INVESTMENT;
            case COMBINED_PAYOFF -> valuationWord ? InputId.EXIT_VALUATION : null;
        };
    }

    // --- lookups -----------------------------------------------------------------------------------

    /**
     * Inputs the question asks the value of: it names an input and either says so ("do you assume", "in the
     * model") or says nothing else ("bear case exit valuation?").
     */
    private List<InputId> lookups(Work w, boolean cueRequired) {
        if (w.mentions.stream().anyMatch(m -> !m.consumed && m.amount.kind() != Amount.Kind.CALENDAR_YEAR && !restatesAny(w, m))) {
            return List.of();
        }
        boolean cue = LOOKUP_CUE.matcher(w.s).find();
        List<Named> names = new ArrayList<>(namedInputs(w));
        // a name a metric phrase continues is the metric's ("compute spend per year" asks for the yearly spend)
        names.removeIf(n -> w.hits.stream().anyMatch(h -> h.strong() && h.start() < n.end() && n.start() < h.end()
                && h.end() > n.end()));
        // beside a metric the question names, a name after a preposition only says where ("the pre-money valuation *in
        // this round*, as per the model"): the metric is asked, not the round
        if (w.hits.stream().anyMatch(h -> h.strong() && names.stream().noneMatch(n -> h.start() < n.end() && n.start() < h.end()))) {
            names.removeIf(n -> CONTEXT_PREPOSITION.matcher(w.s.substring(Math.max(0, n.start() - 30), n.start())).find());
        }
        List<InputId> out = new ArrayList<>();
        StringBuilder blanked = new StringBuilder(w.s);
        for (Named n : names) {
            if (!out.contains(n.id())) {
                out.add(n.id());
            }
            for (int i = n.start(); i < n.end(); i++) {
                blanked.setCharAt(i, ' ');
            }
        }
        for (Mention m : w.mentions) {
            for (int i = m.start(); i < m.end(); i++) {
                blanked.setCharAt(i, ' '); // figures here restate the model's values (checked above)
            }
        }
        String rest = blanked.toString();
        if (out.isEmpty()) {
            return out;
        }
        // a name inside a longer name ("post" in "post-money") or a valuation both entry and exit: keep the specific
        if (out.contains(InputId.EXIT_VALUATION) && out.contains(InputId.POST_MONEY_VALUATION)
                && !w.s.contains("post") && !w.s.contains("entry")) {
            out.remove(InputId.POST_MONEY_VALUATION);
        }
        for (Hit h : w.hits) {
            rest = rest.replace(h.phrase(), " ");
        }
        String leftover = LOOKUP_FILLER.matcher(LOOKUP_CUE.matcher(rest).replaceAll(" ")).replaceAll(" ").trim();
        if (cue || (!cueRequired && leftover.isEmpty())) {
            w.cues.add("input lookup " + out.stream().map(InputId::id).toList());
            return out;
        }
        return List.of();
    }

    /** Where the question names an input. */
    private record Named(InputId id, int start, int end) {
    }

    /**
     * Every name of an input in the question; a name inside a longer one ("compute spend" in "how many years is
     * the compute spend spread over") belongs to the longer.
     */
    private List<Named> namedInputs(Work w) {
        if (w.named != null) {
            return w.named;
        }
        List<Named> names = new ArrayList<>();
        for (InputId id : InputId.values()) {
            for (Pattern p : vocab.input(id).names()) {
                if (!screen.mayFind(p, w.s)) {
                    continue;
                }
                Matcher m = p.matcher(w.s);
                while (m.find()) {
                    if (m.end() > m.start()) {
                        names.add(new Named(id, m.start(), m.end()));
                    }
                }
            }
        }
        names.removeIf(n -> names.stream().anyMatch(o -> o.id() != n.id() && o.start() <= n.start() && n.end() <= o.end()
                && o.end() - o.start() > n.end() - n.start()));
        w.named = List.copyOf(names);
        return w.named;
    }

    /** The inputs counted in years that the question names ("how many years till …", "the compute window"). */
    private List<InputId> namedYearInputs(Work w) {
        return namedInputs(w).stream().map(Named::id).distinct()
                .filter(id -> model.require(id.id()).unit() == Unit.YEARS).toList();
    }

    private boolean restatesAny(Work w, Mention m) {
        for (InputId id : InputId.values()) {
            if (model.require(id.id()).unit() == unitOf(m.amount) && w.current(id).compareTo(m.amount.value()) == 0) {
                return true;
            }
        }
        return false;
    }

    private static Unit unitOf(Amount a) {
        return switch (a.kind()) {
            case MONEY -> Unit.USD_BILLIONS;
            case RATIO -> Unit.RATIO;
            case YEARS -> Unit.YEARS;
            default -> Unit.MULTIPLE;
        };
    }

    // --- figures and their roles -------------------------------------------------------------------

    /** One way to read one figure: the input it would set and the evidence for it. */
    private record Candidate(Mention mention, InputId input, BigDecimal value, double score, int[] cue, boolean restates,
                             String why, BigDecimal preMoney) {
        Candidate(Mention mention, InputId input, BigDecimal value, double score, int[] cue, boolean restates, String why) {
            this(mention, input, value, score, cue, restates, why, null);
        }
    }

    private void roles(Work w, List<Metric> metrics, ThreadState.Target target) {
        Set<InputId> asked = EnumSet.noneOf(InputId.class);
        List<Metric> context = !metrics.isEmpty() ? metrics : w.state != null ? w.state.metrics() : List.of();
        for (Metric m : context) {
            asked.addAll(reads.get(m));
        }
        if (target != null) {
            asked.addAll(reads.get(target.metric()));
            asked.remove(target.solveFor());
        }
        List<Candidate> all = new ArrayList<>();
        Map<Mention, Mention> replacing = replacements(w);
        for (Mention old : replacing.values()) {
            // "12bn rather than 8": the 8 is the value being replaced, said to name the input, not a new figure
            old.consumed = true;
            w.cues.add("figure " + old.amount.text() + " is the value replaced");
        }
        for (Mention m : w.mentions) {
            if (m.consumed || m.amount.kind() == Amount.Kind.CALENDAR_YEAR) {
                continue;
            }
            Metric restated = restatedMetric(w, m, metrics);
            if (restated != null) {
                // "is 40% of capex too much?": the figure is the asked metric's own value, not a new input
                m.consumed = true;
                w.cues.add("figure " + m.amount.text() + " restates " + restated.id());
                continue;
            }
            Mention old = replacing.get(m);
            for (Candidate c : candidates(w, m, asked, target)) {
                if (old != null && !c.restates() && w.current(c.input()).compareTo(old.amount.value()) == 0) {
                    // the value it replaces is this input's current value: the strongest evidence a question can give
                    c = new Candidate(c.mention(), c.input(), c.value(), c.score() + REPLACES_CURRENT, c.cue(), false,
                            c.why() + ", replaces its " + old.amount.text(), c.preMoney());
                }
                all.add(c);
            }
        }
        all.sort(Comparator.comparingDouble(Candidate::score).reversed());
        Map<Mention, Candidate> chosen = new LinkedHashMap<>();
        Set<InputId> taken = EnumSet.noneOf(InputId.class);
        if (target != null) {
            taken.add(target.solveFor());
        }
        for (Candidate c : all) {
            if (chosen.containsKey(c.mention()) || c.score() <= 0 || (!c.restates() && taken.contains(c.input()))
                    || (c.cue() != null && w.isSpent(c.cue()[0], c.cue()[1]))) {
                continue;
            }
            chosen.put(c.mention(), c);
            if (!c.restates()) {
                taken.add(c.input());
            }
            if (c.cue() != null) {
                w.spent.add(c.cue());
            }
        }
        for (Mention m : w.mentions) {
            if (m.consumed || m.amount.kind() == Amount.Kind.CALENDAR_YEAR) {
                continue;
            }
            Candidate c = chosen.get(m);
            String fig = display(m.amount);
            if (c == null) {
                w.unused.add("I didn't use " + fig + ": I couldn't tell which input it sets.");
                w.cues.add("figure " + m.amount.text() + " unused");
                continue;
            }
            m.consumed = true;
            for (Candidate other : all) {
                if (other.mention() == m && other != c && other.input() != c.input() && other.score() > 0) {
                    w.rejected.add(fig + " as " + label(other.input()) + " (" + String.format(Locale.ROOT, "%.1f", other.score())
                            + " vs " + String.format(Locale.ROOT, "%.1f", c.score()) + ")");
                    if (w.ambiguity == null && !c.restates() && !other.restates() && c.score() - other.score() < CLOSE - 1e-9 - 1e-9
                            && asked.contains(other.input()) && asked.contains(c.input())) {
                        w.ambiguity = new Reading.Ambiguity(fig, c.value(), c.input(), other.input());
                    }
                }
            }
            w.cues.add("figure " + m.amount.text() + " -> " + c.input().id() + (c.restates() ? " (restated)" : "") + " ["
                    + c.why() + "; " + String.format(Locale.ROOT, "%.2f", c.score()) + "]");
            if (c.restates()) {
                continue;
            }
            w.changes.put(c.input(), c.value());
            w.setBy.put(c.input(), m);
            if (c.cue() == null) {
                w.uncued.add(m);
            }
            if (c.preMoney() != null) {
                w.used.add("Reading a " + fig + " pre-money valuation as " + Format.money(c.value()) + " post-money ("
                        + fig + " + the " + Format.money(c.value().subtract(c.preMoney())) + " round).");
            } else {
                w.used.add("Reading " + fig + " as " + label(c.input()) + ".");
            }
        }
    }

    /** Between a pre-money word and a figure that is its value: "pre-money is 900bn", "pre-money valuation of 800". */
    private static final Pattern PRE_TIED = Pattern.compile(
            "^\\s*(?:valuation\\s+)?(?:is|was|were|be|of|at|=|:|comes? in at|came in at|ends? up(?: at)?|would be|will be|set at)\\b|^\\s*[=:]");
    /** Evidence points for a figure said to replace an input's current value ("12bn rather than 8" for the $8B). */
    private static final double REPLACES_CURRENT = 2.0;
    /** Between a new figure and the one it replaces: "12bn rather than 8", "12bn instead of the 8", "12bn, not 8". */
    private static final Pattern REPLACES_NEXT = Pattern.compile(
            "^\\s*[,(]?\\s*(?:" + REPLACING + ")\\s+(?:the\\s+|its\\s+|their\\s+)?\\$?$");
    /** Between the replaced figure and the new one: "from 8 to 12bn", "8 -> 12bn", "8 → 12". */
    private static final Pattern REPLACED_BY_NEXT = Pattern.compile("^\\s*(?:to|->|\u2192|=>)\\s*\\$?$");
    private static final Pattern FROM_BEFORE = Pattern.compile("\\bfrom\\s+(?:the\\s+|its\\s+)?\\$?$");

    /**
     * Each figure said to replace another, with the one it replaces: "12bn rather than 8", "from 8 to 12bn", "12bn (up
     * from 8)". Only a figure of the same kind (or a bare number) next to it counts.
     */
    private static Map<Mention, Mention> replacements(Work w) {
        Map<Mention, Mention> out = new LinkedHashMap<>();
        List<Mention> ms = w.mentions.stream().filter(m -> !m.consumed && m.amount.kind() != Amount.Kind.CALENDAR_YEAR).toList();
        for (int i = 0; i + 1 < ms.size(); i++) {
            Mention a = ms.get(i);
            Mention b = ms.get(i + 1);
            if (b.start() < a.end()) {
                continue;
            }
            String between = w.s.substring(a.end(), b.start());
            boolean sameKind = a.amount.kind() == b.amount.kind() || b.amount.kind() == Amount.Kind.PLAIN
                    || a.amount.kind() == Amount.Kind.PLAIN;
            if (!sameKind) {
                continue;
            }
            if (REPLACES_NEXT.matcher(between).find() && b.amount.kind() != Amount.Kind.MULTIPLE) {
                out.put(a, b);
            } else if (REPLACED_BY_NEXT.matcher(between).find()
                    && FROM_BEFORE.matcher(w.s.substring(Math.max(0, a.start() - 12), a.start())).find()) {
                out.put(b, a);
            }
        }
        return out;
    }

    /** The asked metric whose current value this figure states (at the figure's own precision), or null. */
    private Metric restatedMetric(Work w, Mention m, List<Metric> metrics) {
        Amount a = m.amount;
        if (a.kind() != Amount.Kind.RATIO && a.kind() != Amount.Kind.MULTIPLE) {
            return null;
        }
        Map<String, BigDecimal> o = new LinkedHashMap<>();
        if (w.state != null) {
            w.state.overrides().forEach((k, v) -> o.put(k.id(), v));
        }
        List<String> sc = !w.scenarios.isEmpty() ? w.scenarios : w.state != null ? w.state.scenarios() : List.of();
        for (Metric metric : metrics) {
            Unit u = metric.unit();
            if (u != unitOf(a)) {
                continue;
            }
            try {
                BigDecimal v = calculator.compute(metric, sc.size() == 1 ? sc.get(0) : ScenarioModel.BASE, o).value();
                int scale = writtenScale(a);
                if (v.setScale(scale, java.math.RoundingMode.HALF_UP).compareTo(a.value()) == 0) {
                    return metric;
                }
            } catch (RuntimeException e) {
                return null;
            }
        }
        return null;
    }

    /** Decimals the figure was written with, as a fraction: "40%" is 2, "6.02%" is 4, "1.15x" is 2. */
    private static int writtenScale(Amount a) {
        Matcher n = DECIMALS.matcher(a.text());
        int decimals = n.find() && n.group(1) != null ? n.group(1).length() : 0;
        boolean percent = a.kind() == Amount.Kind.RATIO && a.text().matches(".*(?:%|per|pct).*");
        return decimals + (percent ? 2 : 0);
    }

    private List<Candidate> candidates(Work w, Mention m, Set<InputId> asked, ThreadState.Target target) {
        Amount a = m.amount;
        List<Candidate> out = new ArrayList<>();
        switch (a.kind()) {
            case MONEY -> money(w, m, a.value(), asked, out);
            case RATIO -> ratio(w, m, a.value(), asked, out);
            case YEARS -> years(w, m, a.value(), asked, out);
            case MULTIPLE, VALUATION_FACTOR -> factor(w, m, asked, out);
            case PLAIN -> plain(w, m, asked, out);
            default -> {
            }
        }
        return out;
    }

    private void money(Work w, Mention m, BigDecimal value, Set<InputId> asked, List<Candidate> out) {
        Window win = window(w, m);
        Scored pre = win.best(PRE, true);
        // "if the post-money is $1.1T, what's the pre-money?": there "pre-money" is the question, not the figure's name
        boolean asksPreMoney = pre.spanStart() >= m.end()
                && INTERROGATIVE.matcher(w.s.substring(m.end(), pre.spanStart())).find();
        // "what's oai worth pre money on the 830 number": the pre-money is the one metric asked, so the figure, not
        // tied to it by "is", "of" or "at", is not one ("stake if the pre money is 900bn" names a pre-money)
        asksPreMoney |= pre.score() > 0 && pre.span()[1] <= m.start()
                && w.hits.stream().allMatch(h -> h.metric() == Metric.PRE_MONEY_VALUATION)
                && w.hits.stream().anyMatch(h -> h.start() < pre.span()[1] && pre.span()[0] < h.end())
                && INTERROGATIVE.matcher(w.s.substring(w.clauseStart(pre.span()[0]), pre.span()[0])).find()
                && !PRE_TIED.matcher(w.s.substring(pre.span()[1], m.start())).find();
        if (pre.score() > 0 && !asksPreMoney) {
            // "a $900B pre-money" sets the post-money to $900B + the round
            BigDecimal post = value.add(w.changes.getOrDefault(InputId.ROUND_SIZE, w.current(InputId.ROUND_SIZE)));
            StringBuilder why = new StringBuilder("pre-money \"" + pre.text() + "\" + the round");
            double score = pre.score() + usage(InputId.POST_MONEY_VALUATION, asked, why);
            out.add(new Candidate(m, InputId.POST_MONEY_VALUATION, post, score, pre.span(), false, why.toString(), value));
        }
        Scored specific = win.best(PRE, true);
        for (InputId id : List.of(InputId.POST_MONEY_VALUATION, InputId.EXIT_VALUATION)) {
            Scored c = win.best(vocab.input(id).cues(), true);
            specific = c.score() > specific.score() ? c : specific;
        }
        // a bare "valuation" or "at" says only that the figure is a valuation, and counts only if no word says which
        Scored generic = specific.score() > 0 ? Scored.NONE : win.best(VALUATION, true);
        Scored at = specific.score() > 0 ? Scored.NONE : win.bestLeft(AT);
        // which way a bare valuation leans: the kind of metric asked, then entry or exit words outside metric phrases
        String outside = outsideMetrics(w);
        int lean = 0;
        for (InputId id : asked) {
            lean += id == InputId.EXIT_VALUATION ? 1 : 0;
        }
        boolean exitMetric = lean > 0;
        boolean exitWords = exitMetric ? !finds(ENTRY_WORDS, outside) || finds(EXIT_WORDS, outside)
                : finds(EXIT_WORDS, outside) && !finds(ENTRY_WORDS, outside);
        boolean entryWords = !exitWords && (finds(ENTRY_WORDS, outside) || asked.contains(InputId.POST_MONEY_VALUATION));
        boolean definite = w.s.substring(Math.max(0, m.start() - 4), m.start()).matches(".*\\bthe $")
                || w.s.substring(Math.max(0, m.start() - 5), m.start()).matches(".*\\bthat $");
        // a word right next to the figure that names an input ("830 pre", "$1T exit") outweighs a coincidence of value
        // ("the 830 is actually the pre-money": a word after the figure says what it is, even of a known figure)
        double adjacent = pre.score();
        boolean adjacentAfter = pre.spanStart() >= m.end();
        for (InputId id : MONEY_INPUTS) {
            Scored c = win.best(vocab.input(id).cues(), true);
            if (c.score() > adjacent) {
                adjacent = c.score();
                adjacentAfter = c.spanStart() >= m.end();
            }
        }
        for (InputId id : MONEY_INPUTS) {
            Vocabulary.InputWords words = vocab.input(id);
            Scored cue = win.best(words.cues(), true);
            Scored name = win.best(words.names(), true);
            if (name.score() > 0 && name.text().length() > cue.text().length() && name.score() + 0.3 > cue.score()) {
                // a longer name is more specific than a cue word: "the 8B Anthropic investment" over "investment"
                cue = new Scored(name.score() + 0.3, name.span(), name.text());
            }
            boolean base = shareBase(w, m, cue.span());
            if (base) {
                cue = Scored.NONE; // "50b is what % of capex": capex is the share's base, the figure its part
            } else if (complementOfOtherName(w, id, cue.span())) {
                cue = Scored.NONE; // "the indiana dc for anthropic ends up 15bn": anthropic says whose campus, not which input
            }
            double score = cue.score();
            int[] span = cue.span();
            StringBuilder why = new StringBuilder(cue.score() > 0 ? "cue \"" + cue.text() + "\"" : base ? "no cue (its word is the share's base)" : "no cue");
            if (id == InputId.POST_MONEY_VALUATION || id == InputId.EXIT_VALUATION) {
                Scored g = generic.score() >= at.score() ? generic : at;
                double gs = g.score() * 0.8;
                if (gs > 0) {
                    // a bare valuation leans to the post-money or the exit (the asked metric, then entry or exit words):
                    // the other side of the lean is a point weaker
                    boolean towards = id == InputId.EXIT_VALUATION ? exitWords && !entryWords : entryWords && !exitWords;
                    boolean away = id == InputId.EXIT_VALUATION ? entryWords && !exitWords : exitWords && !entryWords;
                    gs -= away ? 1.0 : 0;
                    if (gs > score) {
                        score = gs;
                        span = g.span();
                        why = new StringBuilder("valuation word \"" + g.text() + "\"" + (towards ? " + direction" : ""));
                    }
                }
            }
            boolean restates = w.current(id).compareTo(value) == 0;
            boolean overruled = (!definite || adjacentAfter) && adjacent >= 2.9 && cue.score() < adjacent - 0.5;
            if (restates && !overruled) {
                // "the $50B" points at a figure the reader already knows
                score += definite ? 2.5 : 1.0;
                why.append(definite ? ", restates (\"the\")" : ", restates");
            }
            score += usage(id, asked, why);
            if (!words.plausible(value.abs())) {
                score -= 2.0;
                why.append(", implausible size");
            }
            if (w.state != null && w.state.overrides().containsKey(id)) {
                score += 0.4;
                why.append(", set earlier in the thread");
            }
            if (cue.score() <= 0 && generic.score() <= 0 && at.score() <= 0) {
                // no words at all: a large figure is a valuation, a small one the investment
                boolean large = value.abs().compareTo(BigDecimal.valueOf(150)) >= 0;
                if (large && (id == InputId.POST_MONEY_VALUATION || id == InputId.EXIT_VALUATION)) {
                    score += 0.8 + (id == InputId.EXIT_VALUATION ? (exitWords && !entryWords ? 0.3 : 0) : (entryWords && !exitWords ? 0.3 : 0));
                    why.append(", size of a valuation");
                } else if (!large && id == InputId.INVESTMENT) {
                    score += 0.6;
                    why.append(", size of the investment");
                }
            }
            out.add(new Candidate(m, id, value, score, span, restates, why.toString()));
        }
    }

    private static final Pattern SUBJECT_GAP = Pattern.compile("\\s+(?:(?:only|just|then|now|also|actually|really)\\s+)?");
    private static final Pattern COMPLEMENT_LINK = Pattern.compile("\\s+(?:for|of|to|at|in)\\s+(?:the\\s+)?$");

    /**
     * True if the cue at {@code span} completes another input's name just before it ("the campus for anthropic",
     * "the round for openai"): it says whose or which, and names no input of its own.
     */
    private boolean complementOfOtherName(Work w, InputId id, int[] span) {
        if (span == null) {
            return false;
        }
        for (Named n : namedInputs(w)) {
            // "the aws margin gets squeezed to 32%": the cue is the verb of another input's name, which the figure is for
            if (n.id() != id && n.end() <= span[0] && SUBJECT_GAP.matcher(w.s.substring(n.end(), span[0])).matches()) {
                return true;
            }
        }
        Matcher link = COMPLEMENT_LINK.matcher(w.s.substring(Math.max(0, span[0] - 12), span[0]));
        if (!link.find()) {
            return false;
        }
        int linkStart = span[0] - (Math.min(12, span[0]) - link.start());
        for (Named n : namedInputs(w)) {
            if (n.id() != id && n.end() <= linkStart && linkStart - n.end() <= 1) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern SHARE_OF = Pattern.compile(
            "(?:%|\\bpct\\b|\\bpercent(?:age)?\\b|\\bshare\\b|\\bfraction\\b|\\bportion\\b|\\bchunk\\b|\\bpart\\b|\\bproportion\\b|\\bslice\\b)\\s+of\\b");
    private static final Pattern SHARE_OF_END = Pattern.compile(SHARE_OF.pattern() + "\\s+(?:the\\s+|a\\s+|its\\s+|their\\s+|\\S+'s?\\s+)?$");
    private static final Pattern COPULA = Pattern.compile("\\b(?:is|are|was|were|be|would|will|could|might|does|do|did)\\b");

    /**
     * True if the cue at {@code span} names the base of a share the money figure is the part of: "50b is what % of
     * capex", "50b as a share of the capex", "what % of capex is 50b". The figure is then not the base's value.
     */
    private static boolean shareBase(Work w, Mention m, int[] span) {
        if (span == null) {
            return false;
        }
        if (span[0] >= m.end()) {
            return SHARE_OF.matcher(w.s.substring(m.end(), span[0])).find();
        }
        if (span[1] <= m.start()) {
            return SHARE_OF_END.matcher(w.s.substring(Math.max(0, span[0] - 30), span[0])).find()
                    && COPULA.matcher(w.s.substring(span[1], m.start())).find();
        }
        return false;
    }

    private void ratio(Work w, Mention m, BigDecimal value, Set<InputId> asked, List<Candidate> out) {
        Window win = window(w, m);
        for (InputId id : RATIO_INPUTS) {
            Scored cue = win.best(vocab.input(id).cues(), true);
            if (complementOfOtherName(w, id, cue.span())) {
                cue = Scored.NONE; // "the margin gets squeezed to 32%": "gets" is the margin's verb, not a capture cue
            }
            StringBuilder why = new StringBuilder(cue.score() > 0 ? "cue \"" + cue.text() + "\"" : "no cue");
            double score = cue.score() + usage(id, asked, why);
            boolean restates = w.current(id).compareTo(value) == 0;
            if (restates) {
                score += 1.0;
                why.append(", restates");
            }
            if (cue.score() <= 0 && asked.contains(id)) {
                score += 0.6;
            }
            out.add(new Candidate(m, id, value, score, cue.span(), restates, why.toString()));
        }
    }

    private void years(Work w, Mention m, BigDecimal value, Set<InputId> asked, List<Candidate> out) {
        Window win = window(w, m);
        for (InputId id : YEAR_INPUTS) {
            Scored cue = win.best(vocab.input(id).cues(), true);
            StringBuilder why = new StringBuilder(cue.score() > 0 ? "cue \"" + cue.text() + "\"" : "no cue");
            double score = cue.score() + usage(id, asked, why) + (id == InputId.HOLDING_YEARS ? 0.6 : 0);
            boolean restates = w.current(id).compareTo(value) == 0;
            out.add(new Candidate(m, id, value, score, cue.span(), restates, why.toString()));
        }
    }

    /** "if OpenAI doubles", "a 3x exit": OpenAI's exit valuation as a multiple of the post-money. */
    private void factor(Work w, Mention m, Set<InputId> asked, List<Candidate> out) {
        BigDecimal post = w.changes.getOrDefault(InputId.POST_MONEY_VALUATION, w.current(InputId.POST_MONEY_VALUATION));
        BigDecimal exit = m.amount.value().multiply(post, MC);
        String left = w.s.substring(Math.max(w.clauseStart(m.start()), m.start() - 40), m.start());
        StringBuilder why = new StringBuilder("a multiple of the post-money");
        double score = (m.amount.kind() == Amount.Kind.VALUATION_FACTOR || OPENAI_SUBJECT.matcher(left).find()) ? 1.5 : 0.8;
        score += usage(InputId.EXIT_VALUATION, asked, why);
        out.add(new Candidate(m, InputId.EXIT_VALUATION, exit, score, null, false, why.toString()));
    }

    /** A number without a unit: "capex 150", "830 post", "a 30 margin", "hold 7". */
    private void plain(Work w, Mention m, Set<InputId> asked, List<Candidate> out) {
        BigDecimal v = m.amount.value();
        List<Candidate> money = new ArrayList<>();
        List<Candidate> ratio = new ArrayList<>();
        if (v.compareTo(BigDecimal.TEN) >= 0 || v.signum() == 0) {
            money(w, m, v, asked, money);
        }
        if (v.compareTo(BigDecimal.valueOf(100)) <= 0 && (v.compareTo(BigDecimal.ONE) > 0 || v.signum() == 0)) {
            ratio(w, m, v.movePointLeft(2), asked, ratio);
        }
        // a unitless number needs a word that says what it is: weaker than the same figure with its unit
        for (Candidate c : money) {
            if (c.cue() != null || c.restates()) {
                out.add(new Candidate(c.mention(), c.input(), c.value(), c.score() - 0.3, c.cue(), c.restates(), c.why() + ", no unit",
                    c.preMoney()));
            }
        }
        for (Candidate c : ratio) {
            if (c.cue() != null || c.restates()) {
                out.add(new Candidate(c.mention(), c.input(), c.value(), c.score() - 0.5, c.cue(), c.restates(), c.why() + ", read as a percent"));
            }
        }
        // "and over 8" after "irr over 4 yrs": in a thread that has set a number of years, a bare small number with a
        // years word before it ("over", "for", "hold") is that many years
        boolean threadYears = w.state != null && YEAR_INPUTS.stream().anyMatch(id -> w.state.overrides().containsKey(id));
        if (threadYears && v.compareTo(BigDecimal.ONE) >= 0 && v.compareTo(BigDecimal.valueOf(30)) <= 0) {
            List<Candidate> years = new ArrayList<>();
            years(w, m, v, asked, years);
            for (Candidate c : years) {
                if (c.cue() != null && w.state.overrides().containsKey(c.input())) {
                    out.add(new Candidate(c.mention(), c.input(), c.value(), c.score() - 0.3, c.cue(), c.restates(),
                            c.why() + ", years as earlier in the thread"));
                }
            }
        }
    }

    /** Evidence from the asked metrics: an input no asked metric reads is an unlikely reading. */
    private static double usage(InputId id, Set<InputId> asked, StringBuilder why) {
        if (asked.isEmpty()) {
            return 0;
        }
        if (asked.contains(id)) {
            why.append(", the asked metric uses it");
            return 0.6;
        }
        why.append(", the asked metric does not use it");
        return -1.5;
    }

    // --- the words around one figure ---------------------------------------------------------------

    private record Scored(double score, int[] span, String text) {
        static final Scored NONE = new Scored(0, null, "");

        int spanStart() {
            return span == null ? -1 : span[0];
        }
    }

    /** The figure's clause: up to seven words before it and five after, never past another figure. */
    private final class Window {
        final Work w;
        final int leftStart;
        final int figureStart;
        final int figureEnd;
        final int rightEnd;

        Window(Work w, int leftStart, int figureStart, int figureEnd, int rightEnd) {
            this.w = w;
            this.leftStart = leftStart;
            this.figureStart = figureStart;
            this.figureEnd = figureEnd;
            this.rightEnd = rightEnd;
        }

        Scored best(List<Pattern> patterns, boolean bothSides) {
            Scored best = Scored.NONE;
            for (Pattern p : patterns) {
                Scored s = best(p, bothSides);
                if (s.score() > best.score()) {
                    best = s;
                }
            }
            return best;
        }

        Scored best(Pattern p, boolean bothSides) {
            Scored best = bestLeft(p);
            String right = bothSides ? w.s.substring(figureEnd, rightEnd) : null;
            if (bothSides && screen.mayFind(p, right)) {
                Matcher r = p.matcher(right);
                while (r.find()) {
                    if (r.end() == r.start() || w.isSpent(figureEnd + r.start(), figureEnd + r.end())
                            || insideMetric(w, figureEnd + r.start(), figureEnd + r.end())) {
                        continue;
                    }
                    double score = 3.2 - 0.5 * words(right.substring(0, r.start()));
                    if (score > best.score()) {
                        best = new Scored(Math.max(score, 0.8), new int[] {figureEnd + r.start(), figureEnd + r.end()}, r.group());
                    }
                    break;
                }
            }
            return best;
        }

        Scored bestLeft(Pattern p) {
            Scored best = Scored.NONE;
            String left = w.s.substring(leftStart, figureStart);
            if (!screen.mayFind(p, left)) {
                return best;
            }
            Matcher l = p.matcher(left);
            while (l.find()) {
                if (l.end() == l.start() || w.isSpent(leftStart + l.start(), leftStart + l.end())
                        || insideMetric(w, leftStart + l.start(), leftStart + l.end())) {
                    continue;
                }
                double score = 3.0 - 0.5 * words(left.substring(l.end()));
                if (score >= best.score()) {
                    best = new Scored(Math.max(score, 0.8), new int[] {leftStart + l.start(), leftStart + l.end()}, l.group());
                }
            }
            return best;
        }
    }

    /** The question with its metric phrases blanked out: the words left say how figures are meant. */
    private static String outsideMetrics(Work w) {
        StringBuilder sb = new StringBuilder(w.s);
        for (Hit h : w.hits) {
            for (int i = h.start(); i < h.end(); i++) {
                sb.setCharAt(i, ' ');
            }
        }
        return sb.toString();
    }

    /** Words of a metric phrase ("share of capex") name what is asked; they are not a cue for a figure. */
    private static boolean insideMetric(Work w, int start, int end) {
        for (Hit h : w.hits) {
            // a metric phrase that is only the input's own name ("capex") can still be the figure's cue
            if (start >= h.start() && end <= h.end() && end - start < h.end() - h.start() && h.metric() != Metric.PRE_MONEY_VALUATION) {
                return true;
            }
        }
        return false;
    }

    private Window window(Work w, Mention m) {
        int prevEnd = 0;
        int nextStart = w.s.length();
        for (Mention o : w.mentions) {
            if (o == m || o.amount.kind() == Amount.Kind.CALENDAR_YEAR) {
                continue; // "the 2025-2029 compute budget of $150B": a year is a word here, not another figure
            }
            if (o.end() <= m.start()) {
                prevEnd = Math.max(prevEnd, o.end());
            } else if (o.start() >= m.end()) {
                nextStart = Math.min(nextStart, o.start());
            }
        }
        int left = Math.max(Math.max(prevEnd, w.clauseStart(m.start())), startOfLastWords(w.s, m.start(), 12));
        int right = Math.min(Math.min(nextStart, w.clauseEnd(m.end())), endOfFirstWords(w.s, m.end(), 7));
        return new Window(w, left, m.start(), m.end(), Math.max(right, m.end()));
    }

    /** Words between a figure and a cue, not counting links that add no meaning ("is actually the", "of a"). */
    private static final Pattern LINK_WORDS = Pattern.compile(
            "\\b(?:is|are|was|were|be|been|would be|will be|actually|really|just|the|a|an|its|of|at|to|in fact|set|revised|revise|upward|upwards"
                    + "|downward|downwards|come in|comes in|came in|raised|lowered|increased|decreased|trimmed|scaled|back|changed|updated|bumped|moved"
                    + "|instead|rather|only|somehow|now|then|being|ends up being|in total|total)\\b");

    private static int words(String s) {
        String t = BRACKETS.matcher(LINK_WORDS.matcher(PARENTHESES.matcher(s).replaceAll(" ")).replaceAll(" ")).replaceAll(" ").trim();
        return t.isEmpty() ? 0 : SPACES.split(t).length;
    }

    private static int startOfLastWords(String s, int end, int n) {
        int seen = 0;
        for (int i = end - 1; i > 0; i--) {
            if (s.charAt(i) == ' ' && i < end - 1 && s.charAt(i + 1) != ' ') {
                seen++;
                if (seen > n) {
                    return i + 1;
                }
            }
        }
        return 0;
    }

    private static int endOfFirstWords(String s, int start, int n) {
        int seen = 0;
        for (int i = start; i < s.length(); i++) {
            if (s.charAt(i) == ' ' && i > start && s.charAt(i - 1) != ' ') {
                seen++;
                if (seen >= n) {
                    return i;
                }
            }
        }
        return s.length();
    }

    // --- words for the reply -----------------------------------------------------------------------

    /** "OpenAI's post-money valuation" — the input's label as the model names it. */
    public String label(InputId id) {
        String l = model.require(id.id()).label();
        boolean properNoun = l.startsWith("Amazon") || l.startsWith("OpenAI") || l.startsWith("AWS") || l.startsWith("Anthropic");
        return properNoun ? l : Character.toLowerCase(l.charAt(0)) + l.substring(1);
    }

    static String display(Amount a) {
        return switch (a.kind()) {
            case MONEY -> Format.money(a.value());
            case RATIO -> Format.percent(a.value());
            case YEARS -> Format.years(a.value());
            default -> a.text();
        };
    }
}
