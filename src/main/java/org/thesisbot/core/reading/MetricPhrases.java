package org.thesisbot.core.reading;

import static org.thesisbot.core.reading.Words.NEGATION;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.scenario.InputId;
import org.thesisbot.core.scenario.Metric;
import org.thesisbot.core.scenario.Scenario;
import org.thesisbot.core.scenario.ScenarioModel;
import org.thesisbot.core.text.Screen;
import org.thesisbot.core.state.ThreadState;

/**
 * The metrics a question names: its metric phrases (longest and strongest first, negated ones dropped), the metrics
 * asked once spent phrases and subsumed metrics are set aside, the share of an input named before ("what portion of
 * it"), and the scenarios it names.
 */
final class MetricPhrases {
    /** "revenue, not profit": the phrase just before a "not" is set aside too. */
    private static final Pattern NOT_AFTER = Pattern.compile("^,? ?(?:isn't|is not)\\b");

    static final Pattern SCENARIO_COMPARE = Pattern.compile(
            "\\bcompar\\w* (?:the |all |all the |our )?(?:three |3 )?(?:scenarios|cases|bull|bear|base)|side[- ]by[- ]side|across (?:the |all )?(?:three |3 )?(?:scenarios|cases)|all (?:three |3 )?(?:scenarios|cases)|\\b(?:rank|order|sort)\\w* (?:the |our )?(?:three |3 )?(?:scenarios|cases)|\\bthe (?:three|3) (?:scenarios|cases)\\b"
                    + "|each (?:scenario|case)|every (?:scenario|case)|\\bscenarios\\b|bull (?:vs\\.?|versus|and|or|to) bear|bear (?:vs\\.?|versus|and|or|to) bull"
                    // the cases counted or quantified over: "any case where", "in how many of the 3", "case by case", "same in all 3"
                    + "|\\b(?<!\\bin )any (?:of the |of our )?(?:(?:three|3) )?(?:cases?|scenarios?)\\b|\\bany of (?:the |our )?(?:three|3)\\b|\\bhow many (?:of )?(?:the |our )?(?:three |3 )?(?:cases|scenarios)\\b"
                    + "|\\bhow many of (?:(?:the |our )(?:three|3)\\b|them\\b)|\\b(?:all|across|in all) (?:three|3)\\b|\\bnone of (?:the |our )?(?:three|3|cases|scenarios)\\b"
                    + "|\\b(?:case|scenario)[- ]by[- ](?:case|scenario)\\b|\\b(?:change|changes|differ|differs|vary|varies|move|moves|depend|depends) (?:by|across|with|between) (?:the )?(?:cases?|scenarios?)\\b"
                    + "|(?:^|[-,;:(\u2013\u2014]\\s*|\\b(?:and|broken out|split|shown|laid out) )(?:by|per) (?:case|scenario)\\b|\\bwhich (?:of the )?(?:cases|scenarios)\\b|\\b(?:in|across|for) (?:all|every|each)(?: of)? (?:them|the cases|the scenarios)\\b"
                    + "|range of outcomes|(?:best|worst)[- ] ?(?:and|to|vs\\.?) ?(?:best|worst)");
    /** The scenarios' words, by name; a TreeMap, tried in one order on every start (Map.of's order is salted per JVM start). */
    static final Map<String, Pattern> SCENARIO_WORDS = new TreeMap<>(Map.of(
            // (an opinion is no scenario: "smells bull-ish to me")
            "bull", Pattern.compile("\\bbull\\b(?!-ish\\b)|\\bbullish\\b(?! on\\b)(?<!\\b(?:is|are|was|were|sounds?|seems?|feels?|looks?|too|very|pretty|quite|more|less|so) bullish)|upside (?:case|scenario|one|deck|world|version|view)|\\bupside (?=(?:exit|valuation|margin|capture|assumption|mark|input)s?\\b)|\\b(?:in|under|for) the upside\\b(?! (?:of|to|from|is|for|risk)\\b)|optimistic|best[- ]case|blue[- ]sky"
                    + "|\\b(?:rosy|upbeat|sunny|good|great|happy|strong|high|optimistic|best|dream|home[- ]run|blowout|blue[- ]sky|moon(?:shot)?) (?:case|scenario|version|outcome|timeline|path|trajectory)\\b"
                    + "|\\b(?:things|it|everything|this|the deal) (?:go(?:es)?|turns? out|works? out) (?:well|right|great|brilliantly)\\b"),
            // (the verb is no scenario: "bear with me", "bear in mind", "bear the cost")
            "bear", Pattern.compile("\\bbear\\b(?!-ish\\b| with (?:me|us)\\b| in mind\\b| the (?:cost|brunt|risk|weight|burden|loss)\\b)(?<!\\b(?:can'?t|cannot) bear)|\\bbearish\\b(?! on\\b)(?<!\\b(?:is|are|was|were|sounds?|seems?|feels?|looks?|too|very|pretty|quite|more|less|so) bearish)|downside (?:case|scenario|one|deck|world|version|view)|\\bdownside (?=(?:exit|valuation|margin|capture|assumption|mark|input)s?\\b)|\\b(?:in|under|for) the downside\\b(?! (?:of|to|from|is|for|risk)\\b)|pessimistic|worst[- ]case"
                    + "|\\b(?:gloomy|grim|downbeat|bad|dire|tough|weak|low|sad|pessimistic|worst|doom(?:(?:-and-| and | ?& ?)gloom)?|doomsday|nightmare|disaster|ugly|bleak) (?:case|scenario|version|outcome|timeline|path|trajectory)\\b"
                    + "|\\b(?:things|it|everything|this|the deal) (?:go(?:es)?|turns? out|goes) (?:badly|wrong|south|sideways|pear[- ]shaped)\\b"),
            "base", Pattern.compile("\\bbase(?:line)?\\b|central case|middle case"
                    + "|\\b(?:normal|standard|default|central|middle|expected|main|usual|regular) (?:case|scenario)\\b")));

    private static final Set<Metric> SUBSUMED_BY_BREAKEVEN = EnumSet.of(Metric.AWS_COMPUTE_PROFIT, Metric.AWS_COMPUTE_REVENUE);
    /**
     * A metric that takes others in, asked beside them, answers for them. An EnumMap: applied in a fixed order, so that the
     * same question reads the same on every start (Map.of iterates in an order salted per JVM).
     */
    private static final Map<Metric, Set<Metric>> SUBSUMES = new EnumMap<>(Map.of(
            Metric.BREAKEVEN_CAPTURE_SHARE, SUBSUMED_BY_BREAKEVEN,
            Metric.CIRCULAR_RETURN_RATIO, EnumSet.of(Metric.AWS_COMPUTE_REVENUE, Metric.MOIC),
            Metric.COMBINED_PAYOFF, EnumSet.of(Metric.AWS_COMPUTE_PROFIT, Metric.STAKE_VALUE, Metric.STAKE, Metric.MOIC, Metric.GAIN),
            Metric.OPENAI_VS_ANTHROPIC_RATIO, EnumSet.of(Metric.ANTHROPIC_COMMITMENT, Metric.MOIC),
            Metric.TOTAL_AI_COMMITMENT, EnumSet.of(Metric.ANTHROPIC_COMMITMENT),
            Metric.ANTHROPIC_COMMITMENT, EnumSet.of(Metric.TOTAL_AI_COMMITMENT),
            Metric.STAKE_VALUE, EnumSet.of(Metric.STAKE),
            Metric.GAIN, EnumSet.of(Metric.STAKE)));
    private static final Pattern PROFIT_WORDS = Pattern.compile("\\bprofits?\\b|operating|\\bmargins?\\b|bottom[- ]line|\\bnet\\b");
    private static final Pattern EARN_VERB = Pattern.compile("\\b(?:earn|make|get|bring in|book|collect|bill|pull)s?\\b");

    /** Words that set two asked things side by side, a comparison's "vs" among them ("gain vs the combined payoff"). */
    private static final Pattern CONJUNCTION = Pattern.compile(
            "\\band\\b|,|\\+|&|;|\\?|\\balso\\b|\\bplus\\b|/|\\bvs\\b|\\bversus\\b|\\bcompared (?:to|with)\\b");

    /** "what portion of it is Amazon covering" after "OpenAI's round": the share of an input named before it. */
    static final Pattern SHARE_OF_IT = Pattern.compile(
            "\\b(?:share|portion|part|chunk|fraction|percentage|percent|proportion|%|bite|slice) of (?:it|that|this|them|those)\\b");
    /** "share of the 125b capex", "what % of amazon's $125B capex": a share word, then (a figure and) a named input. */
    private static final Pattern SHARE_OF_FIGURE = Pattern.compile(
            "\\b(?:share|portion|part|chunk|fraction|percentage|percent|proportion|%|bite|slice) of (?:the |amazon'?s? |its |their |our |openai'?s? )?"
                    + "(?:\\$?\\d[\\d.,]* ?(?:b|bn|billion|t|tn|trillion)?\\b )");

    private final Knowledge knowledge;
    private final ScenarioModel model;
    private final Vocabulary vocab;
    private final Screen screen;
    private final Ratios ratios;
    private final Sums sums;
    private final java.util.Set<Metric> ratioMetrics;

    MetricPhrases(Knowledge knowledge) {
        this.knowledge = knowledge;
        this.model = knowledge.model;
        this.vocab = knowledge.vocab;
        this.screen = knowledge.screen;
        this.ratios = new Ratios(knowledge.vocab);
        this.sums = new Sums(knowledge.vocab);
        this.ratioMetrics = knowledge.vocab.ratios().stream().map(Vocabulary.Ratio::metric).collect(java.util.stream.Collectors.toSet());
    }

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

    private static final Map<InputId, Metric> SHARE_BY_DENOMINATOR = new EnumMap<>(Map.of(InputId.CAPEX_2026, Metric.CAPEX_SHARE,
            InputId.ROUND_SIZE, Metric.ROUND_SHARE, InputId.POST_MONEY_VALUATION, Metric.STAKE));

    Metric shareOfInput(Work w) {
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
            // the input named or cued last before "share of it", by its names and its cue words alike
            for (List<Pattern> words : List.of(vocab.input(id).names(), vocab.input(id).cues())) {
                for (Pattern p : words) {
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
        }
        if (last == null) {
            return null;
        }
        w.cues.add("\"" + m.group() + "\" -> the share of " + last.id());
        return SHARE_BY_DENOMINATOR.get(last);
    }

    private static int longest(List<Hit> hits) {
        return hits.stream().mapToInt(h -> h.end() - h.start()).max().orElse(0);
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
        // a ratio said as one ("aws rev / check", "how many times the anthropic cheque is the openai one"): the amounts'
        // own phrases between its ends are parts of it, not questions of their own
        for (Ratios.Found r : ratios.hits(s)) {
            if (kept.stream().anyMatch(h -> h.metric() == r.hit().metric() && h.strong())) {
                continue; // its own words already name it
            }
            kept.removeIf(h -> h.start() < r.end() && r.start() < h.end());
            kept.add(r.hit());
        }
        // a formula spelled out ("stake value plus aws profit, minus the check"): the metric it defines, and the amounts'
        // own phrases inside it are its parts, not questions of their own
        for (Sums.Found f : sums.hits(s)) {
            Hit h = f.hit();
            if (kept.stream().anyMatch(k -> k.start() < h.end() && h.start() < k.end() && k.strong() && k.metric() != h.metric()
                    && ratioMetrics.contains(k.metric()))) {
                continue; // "how many times the openai and anthropic checks": a division said, not a sum
            }
            if (kept.stream().anyMatch(k -> k.strong() && k.start() <= h.start() && h.end() <= k.end() && k.metric() != h.metric())) {
                continue; // the formula is a part of a longer phrase naming another metric outright
            }
            // (its own words may name it inside the formula: "plus what aws makes" is the combined payoff's; the formula's
            // span replaces them, so that the amounts in it are its parts)
            kept.removeIf(k -> k.start() < h.end() && h.start() < k.end());
            kept.add(h);
        }
        // the rest of a whole, named ("what % of oai is everybody-but-amzn", "how much of it leaks to other clouds"): the
        // part's metric, marked as its rest; it replaces what its words overlap
        Boolean inMoney = null; // read once, and only when a rest of the stake is named
        for (Map.Entry<Metric, List<Pattern>> e : vocab.rests().names().entrySet()) {
            for (Pattern p : e.getValue()) {
                if (!screen.mayFind(p, s)) {
                    continue;
                }
                for (Matcher m = p.matcher(s); m.find(); ) {
                    if (m.end() > m.start()) {
                        if (inMoney == null && e.getKey() == Metric.STAKE) {
                            inMoney = IN_MONEY.matcher(s).find();
                        }
                        Metric part = e.getKey() == Metric.STAKE && inMoney ? Metric.STAKE_VALUE : e.getKey();
                        kept.removeIf(k -> k.start() < m.end() && m.start() < k.end());
                        kept.add(new Hit(part, m.start(), m.end(), true, m.group(), true));
                    }
                }
            }
        }
        kept.sort(Comparator.comparingInt(Hit::start));
        return kept;
    }

    /** A share asked in money: "the not-ours part of oai worth, $bn" is the rest's value, not its %. */
    private static final Pattern IN_MONEY = Pattern.compile(
            "\\bworth\\b|\\bvalue\\b|\\bin (?:\\$|dollars|usd|bn|billions?)(?!\\w)|(?<![\\d.,] ?)\\$ ?(?:bn|b|billions?)?(?![\\d.])");

    /**
     * "1) OpenAI's average annual compute spend and 2) the total compute revenue": the per-year word is said in another
     * clause, of another metric, and none in the revenue's own clause.
     */
    /** A figure's own rate, right after it: "30 bn a year", "$3B per annum", "12bn/yr". */
    private static final Pattern FIGURES_RATE = Pattern.compile("^\\s*(?:a|per|each|every) (?:year|yr|annum)\\b|^\\s*/\\s*y(?:ea)?r\\b|^\\s*p\\.?a\\.?\\b");

    /**
     * The question with each figure's own rate blanked ("if oai's compute bill is 30 bn a year, what does aws pull in over
     * the whole window"): a per-year word left says the metric is asked per year; one that only said a figure's rate does not.
     */
    private static String withoutFiguresRates(Work w) {
        StringBuilder b = new StringBuilder(w.s);
        for (Mention m : w.mentions) {
            Matcher r = FIGURES_RATE.matcher(w.s.substring(m.end()));
            if (r.find()) {
                for (int i = m.end(); i < m.end() + r.end(); i++) {
                    b.setCharAt(i, ' ');
                }
            }
        }
        return b.toString();
    }

    private boolean perYearElsewhere(Work w, Hit revenue, List<Hit> open) {
        int from = w.clauseStart(revenue.start());
        int to = w.clauseEnd(revenue.end());
        if (knowledge.perYear(w.s.substring(from, to))) {
            return false;
        }
        // the other clause's per-year word must be its own, outside the other metric's phrase ("on an annualised basis,
        // how much revenue": "annualised" is no irr asked)
        return open.stream().anyMatch(o -> {
            if (o == revenue || o.metric() == Metric.AWS_COMPUTE_REVENUE || o.end() > from && o.start() < to) {
                return false;
            }
            int cs = w.clauseStart(o.start());
            int ce = w.clauseEnd(o.end());
            // a per-year metric's own per-year word is its ("average annual compute spend"); another's is no metric's
            boolean yearly = o.metric() == Metric.COMPUTE_SPEND_PER_YEAR || o.metric() == Metric.AWS_COMPUTE_REVENUE_PER_YEAR;
            String clause = yearly ? w.s.substring(cs, ce)
                    : w.s.substring(cs, o.start()) + " ".repeat(o.end() - o.start()) + w.s.substring(o.end(), ce);
            return knowledge.perYear(clause);
        });
    }

    private static final String YEARLY = "(?:per (?:year|annum|yr)|annual(?:ly)?|yearly|a year|each year|every year)";
    private static final String TOTAL = "(?:in total|total|cumulative(?:ly)?|(?:over |across |for )?(?:the )?(?:full|whole|entire) (?:[\\w-]+ ){0,3}?(?:window|period|term)|over the (?:[\\w-]+ ){0,4}?(?:window|period|term))";
    /** A total asked in words: "over the whole window", "in total". */
    private static final Pattern TOTAL_ASKED = Pattern.compile("\\b" + TOTAL + "\\b");
    /** A total said only to be set aside: "annual run-rate, not the whole window", "per year rather than the five-year total". */
    private static final Pattern TOTAL_SET_ASIDE = Pattern.compile("\\b(?:not|rather than|instead of|as opposed to)(?: the| a| our)? (?:[\\w-]+ ){0,2}?" + TOTAL + "\\b");
    private static final String AND = "\\s*(?:,|\\band\\b|\\bplus\\b|\\bas well as\\b|&|\\bvs\\.?|/)\\s*(?:also |then |the |both )*";
    /** The total and the yearly figure asked side by side: "over the window, and per annum", "annual and total". */
    private static final Pattern TOTAL_AND_YEARLY = Pattern.compile(
            "\\b" + TOTAL + "\\b[^.?!]{0,40}?" + AND + YEARLY + "\\b|\\b" + YEARLY + "\\b[^.?!]{0,40}?" + AND + "(?:[\\w']+ ){0,3}?" + TOTAL + "\\b");

    List<Metric> metrics(Work w, ThreadState.Target target) {
        List<Hit> open = w.hits.stream().filter(h -> !w.isSpent(h.start(), h.end())).toList();
        Map<Metric, List<Hit>> named = new LinkedHashMap<>();
        // ("if oai's compute bill is 30 bn a year, what does aws pull in over the whole window": the year is the figure's rate)
        String totals = TOTAL_SET_ASIDE.matcher(w.s).replaceAll(" ");
        boolean perYear = knowledge.perYear(w.s) && !(TOTAL_ASKED.matcher(totals).find() && !knowledge.perYear(withoutFiguresRates(w)));
        for (Hit h : open) {
            Metric m = h.metric();
            if (m == Metric.AWS_COMPUTE_REVENUE && perYear && !perYearElsewhere(w, h, open)) {
                m = Metric.AWS_COMPUTE_REVENUE_PER_YEAR;
            }
            named.computeIfAbsent(m, k -> new ArrayList<>()).add(h);
        }
        List<Metric> out = new ArrayList<>(named.keySet());
        if (out.contains(Metric.AWS_COMPUTE_REVENUE_PER_YEAR) && !out.contains(Metric.AWS_COMPUTE_REVENUE)
                && TOTAL_AND_YEARLY.matcher(totals).find()) {
            // "what revenue would that be over the 2025-2029 window, and per annum?": both, the total first
            out.add(out.indexOf(Metric.AWS_COMPUTE_REVENUE_PER_YEAR), Metric.AWS_COMPUTE_REVENUE);
            named.put(Metric.AWS_COMPUTE_REVENUE, named.get(Metric.AWS_COMPUTE_REVENUE_PER_YEAR));
        }
        // "profit, not revenue": a contrast names the metric outright even with a plain word
        boolean strong = open.stream().anyMatch(Hit::strong) && !w.contrast;
        if (strong) {
            out.removeIf(m -> named.get(m).stream().noneMatch(Hit::strong));
        }
        // two metrics that each take the other in ("total commitment to anthropic including the campus"): the one named by
        // the longer phrase is the more specific; the other goes before either can take it in
        for (Metric a : List.copyOf(out)) {
            for (Metric b : List.copyOf(out)) {
                if (a.compareTo(b) < 0 && out.contains(a) && out.contains(b) && SUBSUMES.getOrDefault(a, Set.of()).contains(b)
                        && SUBSUMES.getOrDefault(b, Set.of()).contains(a) && !separatelyAsked(w.s, named.get(a), named.get(b))) {
                    out.remove(longest(named.get(a)) >= longest(named.get(b)) ? b : a);
                }
            }
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
            // a goal's implied metric outweighs plain words ("makes" in "what share makes the profit repay the check")
            out.removeIf(m -> named.get(m) != null && named.get(m).stream().noneMatch(Hit::strong));
            out.removeAll(SUBSUMES.getOrDefault(w.implied, Set.of()));
            out.remove(w.implied);
            out.add(0, w.implied);
        }
        // "what does AWS earn (profit) ...": an earning verb beside profit words asks for the profit
        if (out.contains(Metric.AWS_COMPUTE_REVENUE) && !out.contains(Metric.AWS_COMPUTE_PROFIT)
                && PROFIT_WORDS.matcher(w.s).find() && named.get(Metric.AWS_COMPUTE_REVENUE) != null
                && named.get(Metric.AWS_COMPUTE_REVENUE).stream().allMatch(h -> EARN_VERB.matcher(h.phrase()).find())) {
            out.set(out.indexOf(Metric.AWS_COMPUTE_REVENUE), Metric.AWS_COMPUTE_PROFIT);
        } else if (out.contains(Metric.AWS_COMPUTE_REVENUE) && out.contains(Metric.AWS_COMPUTE_PROFIT)
                && named.get(Metric.AWS_COMPUTE_REVENUE) != null
                && named.get(Metric.AWS_COMPUTE_PROFIT) != null && named.get(Metric.AWS_COMPUTE_PROFIT).stream().anyMatch(Hit::strong)
                && named.get(Metric.AWS_COMPUTE_REVENUE).stream().allMatch(h -> EARN_VERB.matcher(h.phrase()).find()
                        && !h.phrase().contains("revenue") && !separatelyAsked(w.s, named.get(Metric.AWS_COMPUTE_PROFIT), List.of(h)))) {
            // "what compute profit would aws earn": the verb says how the profit comes, it asks for no revenue
            out.remove(Metric.AWS_COMPUTE_REVENUE);
        }
        return out;
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

    /** A figure, then "like" or "as in" right before a scenario's name: "0.35 like base", "35% as in the bull case". */
    private static final Pattern VALUE_AS_IN = Pattern.compile(
            "\\d(?:[\\d.,]*\\d)?\\s*(?:%|pct|percent|per ?cent|bps|x|b|bn|billion|t|tn|trillion)?\\s*,?\\s*(?:[a-z]+\\s+){0,2}?(?:like|as in|as per|same as|as for|just like|like in)\\s+(?:the\\s+|in\\s+)?$");

    /** Words right before a scenario's name that rule it out: "do not use bull numbers", "no bull", "without the bear case". */
    private static final Pattern RULED_OUT = Pattern.compile(
            "\\b(?:no|not|don'?t|do not|never|avoid|without|ignore|ignoring|exclude|excluding|except|other than)\\s+(?:(?:use|using|take|taking|apply|applying|the|any|a)\\s+)*$", Pattern.CASE_INSENSITIVE);

    List<String> scenarios(String s, List<String> cues) {
        if (knowledge.finds(SCENARIO_COMPARE, s)) {
            cues.add("compare scenarios");
            return model.scenarios().stream().map(Scenario::name).toList();
        }
        record Pos(String name, int at) {
        }
        List<Pos> found = new ArrayList<>();
        SCENARIO_WORDS.forEach((name, p) -> {
            Matcher m = p.matcher(s);
            if (!screen.mayFind(p, s) || !model.scenario(name).isPresent()) {
                return;
            }
            while (m.find()) {
                if (VALUE_AS_IN.matcher(s.substring(Math.max(0, m.start() - 30), m.start())).find()) {
                    cues.add("\"" + m.group() + "\" says where a figure comes from, not the scenario asked");
                    continue; // "take the margin haircut out, 0.35 like base": the value is base's, the scenario stays
                }
                if (RULED_OUT.matcher(s.substring(Math.max(0, m.start() - 40), m.start())).find()) {
                    cues.add("\"" + m.group() + "\" is ruled out, not the scenario asked");
                    continue; // "do not use bull numbers", "no bull inputs": the case named is the one not to use
                }
                found.add(new Pos(name, m.start()));
                break;
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
}
