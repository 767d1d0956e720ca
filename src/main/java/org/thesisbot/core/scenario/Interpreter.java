package org.thesisbot.core.scenario;

import org.thesisbot.core.api.Format;
import org.thesisbot.core.api.Unit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a question into a scenario query: which metrics, which inputs it changes, which scenarios, and
 * how sure it is. Deterministic, no network. Every ambiguous figure is read by a stated rule and the
 * reading is returned for the reply; a figure that sets nothing is reported, never silently dropped.
 */
public final class Interpreter {
    /** Metrics shown for a bare scenario question ("bull case?"). */
    public static final List<Metric> KEY_METRICS = List.of(Metric.STAKE_VALUE, Metric.MOIC, Metric.IRR,
            Metric.AWS_COMPUTE_PROFIT, Metric.COMBINED_PAYOFF);
    private static final Set<Metric> EXIT_METRICS = EnumSet.of(Metric.STAKE_VALUE, Metric.MOIC, Metric.IRR,
            Metric.GAIN, Metric.COMBINED_PAYOFF);
    private static final Set<Metric> ENTRY_METRICS = EnumSet.of(Metric.STAKE, Metric.PRE_MONEY_VALUATION);
    private static final Set<Metric> CAPTURE_METRICS = EnumSet.of(Metric.AWS_COMPUTE_REVENUE,
            Metric.AWS_COMPUTE_REVENUE_PER_YEAR, Metric.AWS_COMPUTE_PROFIT, Metric.CIRCULAR_RETURN_RATIO,
            Metric.COMBINED_PAYOFF);
    private static final MathContext MC = new MathContext(34);
    /** A metric defined in terms of others: naming it means the others were only its description. */
    private static final Map<Metric, Set<Metric>> SUBSUMES = Map.of(
            Metric.BREAKEVEN_CAPTURE_SHARE, EnumSet.of(Metric.AWS_COMPUTE_PROFIT, Metric.AWS_COMPUTE_REVENUE),
            Metric.CIRCULAR_RETURN_RATIO, EnumSet.of(Metric.AWS_COMPUTE_REVENUE),
            Metric.COMBINED_PAYOFF, EnumSet.of(Metric.AWS_COMPUTE_PROFIT, Metric.STAKE_VALUE),
            Metric.OPENAI_VS_ANTHROPIC_RATIO, EnumSet.of(Metric.ANTHROPIC_COMMITMENT),
            Metric.TOTAL_AI_COMMITMENT, EnumSet.of(Metric.ANTHROPIC_COMMITMENT));

    private static final Pattern SCENARIO_COMPARE = Pattern.compile(
            "\\bcompar\\w* (?:the |all |all the |our )?(?:three |3 )?(?:scenarios|cases|bull|bear|base)|side[- ]by[- ]side|across (?:the |all )?(?:three |3 )?(?:scenarios|cases)|all (?:three |3 )?(?:scenarios|cases)"
                    + "|each (?:scenario|case)|every (?:scenario|case)|\\bscenarios\\b|bull (?:vs\\.?|versus|and|or|to) bear|bear (?:vs\\.?|versus|and|or|to) bull"
                    + "|range of outcomes|(?:best|worst)[- ] ?(?:and|to|vs\\.?) ?(?:best|worst)");
    private static final Pattern BULL = Pattern.compile("\\bbull(?:ish)?\\b|upside (?:case|scenario)|optimistic|best[- ]case|blue[- ]sky");
    private static final Pattern BEAR = Pattern.compile("\\bbear(?:ish)?\\b|downside (?:case|scenario)|pessimistic|worst[- ]case");
    private static final Pattern BASE = Pattern.compile("\\bbase(?:line)?(?: case| scenario)?\\b|\\bbase\\b|central case|middle case");
    private static final Pattern ENTRY_WORDS = Pattern.compile("\\bstake|\\bown|ownership|\\bbuy|\\bbought|entry|\\bprice|post[- ]?money|dilut");
    private static final Pattern EXIT_WORDS = Pattern.compile("\\bworth|\\bexit|reach|\\bhits?\\b|ends? up|\\bgrows?\\b|multiple|moic|return|\\birr\\b|payoff|\\bgain|value of|\\blater|\\bipo");

    private final ScenarioModel model;

    public Interpreter(ScenarioModel model) {
        this.model = model;
    }

    public Interpretation interpret(String question) {
        return interpret(question, List.of());
    }

    /**
     * @param contextMetrics the metrics of the thread's previous numeric answer, used for follow-ups such as
     *                       "what about at $1T?" (empty when there is no context)
     */
    public Interpretation interpret(String question, List<Metric> contextMetrics) {
        String s = Amounts.normalise(question);
        List<String> cues = new ArrayList<>();
        List<MetricLexicon.Hit> hits = MetricLexicon.hits(s);
        Map<Metric, List<MetricLexicon.Hit>> named = MetricLexicon.metrics(hits, s);
        boolean strong = named.values().stream().flatMap(List::stream).anyMatch(MetricLexicon.Hit::strong);
        List<Metric> metrics = new ArrayList<>(named.keySet());
        if (strong) {
            // weak hints ("buy", "make") do not add metrics next to a clearly named one
            metrics.removeIf(m -> named.get(m).stream().noneMatch(MetricLexicon.Hit::strong));
        }
        // "what does AWS earn (profit) ...": an earning verb with profit words asks for the profit
        if (metrics.contains(Metric.AWS_COMPUTE_REVENUE) && !metrics.contains(Metric.AWS_COMPUTE_PROFIT)
                && PROFIT_WORDS.matcher(s).find() && named.get(Metric.AWS_COMPUTE_REVENUE).stream()
                .allMatch(h -> EARN_VERB.matcher(h.phrase()).find())) {
            metrics.set(metrics.indexOf(Metric.AWS_COMPUTE_REVENUE), Metric.AWS_COMPUTE_PROFIT);
            named.put(Metric.AWS_COMPUTE_PROFIT, named.get(Metric.AWS_COMPUTE_REVENUE));
        }
        // "at what share does the compute profit pay back the investment" asks one thing; "breakeven and AWS profit" two
        SUBSUMES.forEach((outer, inner) -> {
            if (metrics.contains(outer)) {
                metrics.removeIf(m -> inner.contains(m) && !separatelyAsked(s, named.get(outer), named.get(m)));
            }
        });
        List<String> scenarios = scenarios(s, cues);
        List<Metric> forReading = metrics.isEmpty() ? contextMetrics : metrics;

        Map<String, BigDecimal> overrides = new LinkedHashMap<>();
        List<String> readings = new ArrayList<>();
        List<String> unused = new ArrayList<>();
        List<int[]> consumed = new ArrayList<>();
        List<Metric> solved = new ArrayList<>();
        List<Amount> amounts = Amounts.find(s);
        for (int i = 0; i < amounts.size(); i++) {
            assign(s, amounts, i, forReading, overrides, readings, unused, cues, consumed, solved);
        }
        // "what valuation gives Amazon a 10% stake?": the target's own metric is shown at the solved input
        for (Metric m : solved) {
            if (!metrics.contains(m)) {
                metrics.add(0, m);
            }
        }
        // a metric word that only served as the context of a figure ("if the pre-money is $900B") is not asked for
        if (metrics.size() > 1) {
            List<Metric> onlyContext = new ArrayList<>();
            for (Metric m : metrics) {
                if (named.containsKey(m) && named.get(m).stream().allMatch(h -> within(h, consumed))) {
                    onlyContext.add(m);
                }
            }
            if (onlyContext.size() < metrics.size()) {
                metrics.removeAll(onlyContext);
            }
        }
        for (Metric m : metrics) {
            if (named.containsKey(m)) {
                MetricLexicon.Hit h = named.get(m).get(0);
                cues.add("metric " + m.id() + " <- \"" + h.phrase() + "\"" + (h.strong() ? "" : " (weak)"));
            }
        }

        double confidence;
        boolean fromContext = false;
        if (metrics.isEmpty() && !scenarios.isEmpty() && contextMetrics.isEmpty()) {
            metrics.addAll(KEY_METRICS);
            confidence = 0.8;
            cues.add("scenario question without a metric -> key metrics");
        } else if (metrics.isEmpty() && !contextMetrics.isEmpty() && (!overrides.isEmpty() || !scenarios.isEmpty()
                || PER_YEAR_ONLY.matcher(s).find() || IN_DOLLARS.matcher(s).find())) {
            for (Metric m : contextMetrics) {
                metrics.add(followUpVariant(m, s));
            }
            fromContext = true;
            confidence = 0.7;
            cues.add("follow-up: metrics from the thread");
        } else if (metrics.isEmpty()) {
            confidence = 0.0;
        } else {
            confidence = strong || !solved.isEmpty() ? 0.9 : 0.5;
        }
        // "what's capex?" asks the input's value, not capex_share: a whole-question lookup wins over a metric word
        List<String> lookups = overrides.isEmpty() && scenarios.isEmpty() && !fromContext ? InputLookups.find(s) : List.of();
        if (!lookups.isEmpty()) {
            metrics.clear();
            confidence = 0.0;
            cues.add("input lookup " + lookups);
        }
        return new Interpretation(metrics, overrides, scenarios, readings, unused, confidence, cues, fromContext, lookups);
    }

    private static final Pattern PROFIT_WORDS = Pattern.compile("\\bprofits?\\b|operating|\\bmargins?\\b|bottom[- ]line|\\bnet\\b");
    private static final Pattern EARN_VERB = Pattern.compile("\\b(?:earn|make|get|bring in|book|collect|bill)s?\\b");
    private static final Pattern PER_YEAR_ONLY = Pattern.compile(
            "^(?:and |what about |how about |ok |so )?(?:per year|a year|each year|annual(?:ly)?|yearly|per annum)\\??$");
    private static final Pattern IN_DOLLARS = Pattern.compile(
            "^(?:and |so |ok )?(?:in (?:dollars|\\$|usd|dollar terms|\\$ terms)|how much is that(?: worth)?(?: in dollars)?|dollar value)\\??$");

    /** "per year?" after AWS revenue is the per-year revenue; "in dollars?" after the stake is its value. */
    private static Metric followUpVariant(Metric m, String s) {
        if (PER_YEAR_ONLY.matcher(s).find()) {
            if (m == Metric.AWS_COMPUTE_REVENUE) {
                return Metric.AWS_COMPUTE_REVENUE_PER_YEAR;
            }
        }
        if (IN_DOLLARS.matcher(s).find() && m == Metric.STAKE) {
            return Metric.STAKE_VALUE;
        }
        return m;
    }

    private static final Pattern CONJUNCTION = Pattern.compile("\\band\\b|,|\\+|&|;|\\balso\\b|\\bplus\\b");

    /** Two metric phrases joined by "and", "+" or a comma are two questions. */
    private static boolean separatelyAsked(String s, List<MetricLexicon.Hit> outer, List<MetricLexicon.Hit> inner) {
        for (MetricLexicon.Hit o : outer) {
            for (MetricLexicon.Hit i : inner) {
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
        if (SCENARIO_COMPARE.matcher(s).find()) {
            cues.add("compare scenarios");
            return model.scenarios().stream().map(Scenario::name).toList();
        }
        List<String> out = new ArrayList<>();
        record Pos(String name, int at) {
        }
        List<Pos> found = new ArrayList<>();
        for (var e : Map.of("bull", BULL, "bear", BEAR, "base", BASE).entrySet()) {
            Matcher m = e.getValue().matcher(s);
            if (m.find()) {
                found.add(new Pos(e.getKey(), m.start()));
            }
        }
        found.sort((a, b) -> Integer.compare(a.at(), b.at()));
        for (Pos p : found) {
            out.add(p.name());
            cues.add("scenario " + p.name());
        }
        return out;
    }

    // --- figures ---------------------------------------------------------------------------------

    private static boolean within(MetricLexicon.Hit h, List<int[]> spans) {
        for (int[] sp : spans) {
            if (h.start() < sp[1] && sp[0] < h.end()) {
                return true;
            }
        }
        return false;
    }

    private void assign(String s, List<Amount> amounts, int index, List<Metric> metrics, Map<String, BigDecimal> overrides,
                        List<String> readings, List<String> unused, List<String> cues, List<int[]> consumed,
                        List<Metric> solved) {
        Amount a = amounts.get(index);
        if (a.kind() == Amount.Kind.CALENDAR_YEAR) {
            return;
        }
        Near near = Near.around(s, amounts, index, consumed);
        String left = near.left();
        String fig = display(a);
        switch (a.kind()) {
            case MONEY -> money(a, fig, near, s, metrics, overrides, readings, unused, cues);
            case RATIO -> ratio(s, a, fig, near, metrics, overrides, readings, unused, cues, solved);
            case YEARS -> {
                boolean compute = near.has(Cue.COMPUTE) || (!metrics.contains(Metric.IRR)
                        && (metrics.contains(Metric.COMPUTE_SPEND_PER_YEAR) || metrics.contains(Metric.AWS_COMPUTE_REVENUE_PER_YEAR)));
                near.use(Cue.COMPUTE);
                set(compute ? "compute_years" : "holding_years", a.value(), fig,
                        compute ? "the years OpenAI's compute spend is spread over" : "the holding period",
                        overrides, readings, cues);
            }
            case VALUATION_FACTOR -> exitFactor(a, overrides, readings, cues);
            case MULTIPLE -> {
                boolean valuation = near.has(Cue.EXIT) || near.has(Cue.VALUATION) || left.contains("openai");
                if (valuation && !near.has(Cue.RETURN_TARGET)) {
                    exitFactor(a, overrides, readings, cues);
                    if (metrics.isEmpty()) {
                        solved.add(Metric.MOIC); // "what valuation does OpenAI need for Amazon to 2x?"
                    }
                } else {
                    solveExit(a.value(), fig + " multiple", overrides, readings, cues);
                    solved.add(Metric.MOIC);
                }
            }
            case PLAIN -> {
                if (near.has(Cue.MARGIN) || near.has(Cue.CAPTURE)) {
                    if (a.value().compareTo(BigDecimal.valueOf(100)) <= 0) {
                        Amount pct = new Amount(Amount.Kind.RATIO, a.value().movePointLeft(2), a.text() + "%", a.start(), a.end());
                        ratio(s, pct, a.text() + "%", near, metrics, overrides, readings, unused, cues, solved);
                    }
                } else if (near.has(Cue.INVEST) && near.distance(Cue.INVEST) <= 3) {
                    // "if Amazon invests 0": a bare number right after an investment verb is billions
                    money(new Amount(Amount.Kind.MONEY, a.value(), a.text(), a.start(), a.end()), "$" + a.text() + "B",
                            near, s, metrics, overrides, readings, unused, cues);
                } else if (a.value().compareTo(BigDecimal.TEN) >= 0 && (near.has(Cue.VALUATION) || near.has(Cue.AT)
                        || near.has(Cue.EXIT) || near.has(Cue.POST) || near.has(Cue.PRE)
                        || near.has(Cue.INVEST) || near.has(Cue.ROUND))) {
                    money(new Amount(Amount.Kind.MONEY, a.value(), a.text(), a.start(), a.end()), "$" + a.text() + "B",
                            near, s, metrics, overrides, readings, unused, cues);
                }
            }
            default -> {
            }
        }
    }

    private static final Pattern IRR_WORDS = Pattern.compile("\\birr\\b|annual|a year|per year|per annum|cagr|yearly");
    private static final Pattern VALUATION_ASK = Pattern.compile("valuation|valued|\\bprice\\b|\\bworth\\b|at what");

    /** A target multiple (or return) needs an exit valuation of that factor × post-money. */
    private void solveExit(BigDecimal factor, String target, Map<String, BigDecimal> overrides, List<String> readings,
                                 List<String> cues) {
        BigDecimal post = overrides.getOrDefault("post_money_valuation", model.require("post_money_valuation").value());
        BigDecimal exit = factor.multiply(post, MC);
        overrides.put("exit_valuation", exit);
        readings.add("Solving for " + target + ": OpenAI's exit valuation would have to be " + Format.money(exit)
                + " (" + Format.plain(factor, 4) + " × the " + Format.money(post) + " post-money valuation).");
        cues.add("target " + target + " -> exit_valuation");
    }

    /** A target stake s: the valuation that gives it (investment / s), or the investment that buys it (s × post). */
    private void solveForStake(String s, BigDecimal stake, String fig, Map<String, BigDecimal> overrides,
                               List<String> readings, List<String> cues) {
        if (stake.signum() <= 0 || stake.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidInputException("a stake of " + fig + " is not possible: it must be above 0% and at most 100%");
        }
        BigDecimal investment = overrides.getOrDefault("investment", model.require("investment").value());
        BigDecimal post = overrides.getOrDefault("post_money_valuation", model.require("post_money_valuation").value());
        if (VALUATION_ASK.matcher(s).find()) {
            BigDecimal solvedPost = investment.divide(stake, MC);
            overrides.put("post_money_valuation", solvedPost);
            readings.add("Solving for a " + fig + " stake: " + Format.money(investment) + " buys it at a post-money valuation of "
                    + Format.money(solvedPost) + " (" + Format.money(investment) + " / " + fig + ").");
            cues.add("target stake " + fig + " -> post_money_valuation");
        } else {
            BigDecimal solvedInvestment = stake.multiply(post, MC);
            overrides.put("investment", solvedInvestment);
            readings.add("Solving for a " + fig + " stake: at " + Format.money(post) + " post-money it takes an investment of "
                    + Format.money(solvedInvestment) + " (" + fig + " × " + Format.money(post) + ").");
            cues.add("target stake " + fig + " -> investment");
        }
    }

    private void exitFactor(Amount a, Map<String, BigDecimal> overrides, List<String> readings, List<String> cues) {
        BigDecimal post = overrides.getOrDefault("post_money_valuation", model.require("post_money_valuation").value());
        BigDecimal exit = a.value().multiply(post, MC);
        overrides.put("exit_valuation", exit);
        readings.add("Reading \"" + a.text() + "\" as OpenAI's exit valuation of " + Format.plain(a.value(), 2)
                + " × " + Format.money(post) + " = " + Format.money(exit) + ".");
        cues.add("figure " + a.text() + " -> exit_valuation (factor)");
    }

    private static final List<Cue> MONEY_CUES = List.of(Cue.POST, Cue.CAPEX, Cue.COMPUTE, Cue.CAMPUS, Cue.ROUND,
            Cue.INVEST, Cue.EXIT, Cue.VALUATION, Cue.ANTHROPIC);

    private void money(Amount a, String fig, Near near, String s, List<Metric> metrics,
                       Map<String, BigDecimal> overrides, List<String> readings, List<String> unused, List<String> cues) {
        if (near.has(Cue.PRE)) {
            near.use(Cue.PRE);
            BigDecimal round = overrides.getOrDefault("round_size", model.require("round_size").value());
            BigDecimal post = a.value().add(round);
            overrides.put("post_money_valuation", post);
            readings.add("Reading a " + fig + " pre-money valuation as " + Format.money(post) + " post-money ("
                    + fig + " + the " + Format.money(round) + " round).");
            cues.add("figure " + a.text() + " -> post_money_valuation (pre-money + round)");
            return;
        }
        Cue best = near.nearest(MONEY_CUES);
        if (best == Cue.INVEST && near.has(Cue.ANTHROPIC) && !near.has(Cue.CAMPUS)) {
            best = Cue.ANTHROPIC;
        }
        String restated = restatedInput(a.value(), Unit.USD_BILLIONS);
        int closest = Math.min(best == null ? Integer.MAX_VALUE : near.distance(best), near.distance(Cue.AT));
        if (restated != null && closest > 3) {
            // "How big is the $50B relative to Amazon's capex plan?": $50B is the investment, not a new capex
            cues.add("figure " + a.text() + " restates " + restated);
            near.use(best);
            return;
        }
        if (best == null) {
            best = near.has(Cue.AT) || a.value().compareTo(BigDecimal.valueOf(150)) >= 0 ? Cue.VALUATION : Cue.INVEST;
        }
        near.use(best);
        switch (best) {
            case POST -> set("post_money_valuation", a.value(), fig, "OpenAI's post-money valuation", overrides, readings, cues);
            case CAPEX -> set("capex_2026", a.value(), fig, "Amazon's 2026 capex", overrides, readings, cues);
            case COMPUTE -> set("openai_compute_spend", a.value(), fig, "OpenAI's 2025-2029 compute spend", overrides, readings, cues);
            case CAMPUS -> set("anthropic_campus", a.value(), fig, "the cost of Amazon's Anthropic data center campus", overrides, readings, cues);
            case ROUND -> set("round_size", a.value(), fig, "the size of OpenAI's round", overrides, readings, cues);
            case INVEST -> set("investment", a.value(), fig, "Amazon's investment in OpenAI", overrides, readings, cues);
            case ANTHROPIC -> set("anthropic_investment", a.value(), fig, "Amazon's investment in Anthropic", overrides, readings, cues);
            case EXIT -> set("exit_valuation", a.value(), fig, "OpenAI's exit valuation (what the stake is valued at)", overrides, readings, cues);
            case VALUATION -> {
                if (readsAsExit(s, metrics)) {
                    set("exit_valuation", a.value(), fig, "OpenAI's exit valuation (what the stake is valued at)", overrides, readings, cues);
                } else {
                    set("post_money_valuation", a.value(), fig, "OpenAI's post-money valuation (the price Amazon buys in at)",
                            overrides, readings, cues);
                }
            }
            default -> unused.add("I didn't use " + fig + ": I couldn't tell which input it sets.");
        }
    }

    private void ratio(String s, Amount a, String fig, Near near, List<Metric> metrics, Map<String, BigDecimal> overrides,
                       List<String> readings, List<String> unused, List<String> cues, List<Metric> solved) {
        if (metrics.contains(Metric.BREAKEVEN_CAPTURE_SHARE) && near.has(Cue.BREAKEVEN) && near.has(Cue.COMPARISON)
                && near.distance(Cue.COMPARISON) <= 1) {
            // "breakeven capture is >100%, so why do it?" states the result, it sets no input
            cues.add("figure " + a.text() + " restates the breakeven share");
            return;
        }
        Cue best = near.nearest(List.of(Cue.MARGIN, Cue.RESTATED, Cue.CAPTURE, Cue.STAKE, Cue.RETURN_TARGET));
        near.use(best);
        if (best == null) {
            boolean capture = metrics.stream().anyMatch(CAPTURE_METRICS::contains)
                    || metrics.contains(Metric.BREAKEVEN_CAPTURE_SHARE);
            best = capture ? Cue.CAPTURE : null;
        }
        if (best == Cue.MARGIN) {
            set("aws_operating_margin", a.value(), fig, "AWS's operating margin on OpenAI's compute", overrides, readings, cues);
        } else if (best == Cue.CAPTURE) {
            set("aws_capture_share", a.value(), fig, "AWS's share of OpenAI's compute spend", overrides, readings, cues);
        } else if (best == Cue.RESTATED) {
            cues.add("figure " + a.text() + " restates a metric");
        } else if (best == Cue.STAKE) {
            solveForStake(s, a.value(), fig, overrides, readings, cues);
            solved.add(Metric.STAKE);
        } else if (best == Cue.RETURN_TARGET) {
            if (IRR_WORDS.matcher(s).find()) {
                BigDecimal years = overrides.getOrDefault("holding_years", model.require("holding_years").value());
                BigDecimal factor = BigMath.pow(BigDecimal.ONE.add(a.value()), years).round(MC);
                solveExit(factor, "a " + fig + " annual return over " + Format.years(years), overrides, readings, cues);
                solved.add(Metric.IRR);
            } else {
                solveExit(BigDecimal.ONE.add(a.value()), "a " + fig + " return", overrides, readings, cues);
                solved.add(Metric.MOIC);
            }
        } else if (restatedInput(a.value(), Unit.RATIO) == null) {
            unused.add("I didn't use " + fig + ": I couldn't tell which input it sets (AWS's capture share? its margin?).");
        }
    }

    private void set(String id, BigDecimal value, String fig, String meaning, Map<String, BigDecimal> overrides,
                     List<String> readings, List<String> cues) {
        Input input = model.require(id);
        cues.add("figure " + fig + " -> " + id);
        if (input.value().compareTo(value) == 0 && !overrides.containsKey(id)) {
            return; // restating the model's own value changes nothing and needs no reading
        }
        overrides.put(id, value);
        readings.add("Reading " + fig + " as " + meaning + ".");
    }

    /** The id of a model input whose value this figure restates, or null. */
    private String restatedInput(BigDecimal value, Unit unit) {
        for (Input i : model.inputs()) {
            if (i.unit() == unit && i.value().compareTo(value) == 0) {
                return i.id();
            }
        }
        for (Scenario sc : model.scenarios()) {
            for (Map.Entry<String, BigDecimal> o : sc.overrides().entrySet()) {
                if (model.require(o.getKey()).unit() == unit && o.getValue().compareTo(value) == 0) {
                    return o.getKey();
                }
            }
        }
        return null;
    }

    private static boolean readsAsExit(String s, List<Metric> metrics) {
        boolean exitMetric = metrics.stream().anyMatch(EXIT_METRICS::contains);
        boolean entryMetric = metrics.stream().anyMatch(ENTRY_METRICS::contains);
        if (exitMetric != entryMetric) {
            return exitMetric;
        }
        if (!exitMetric && !metrics.isEmpty()) {
            // a metric that does not use a valuation at all: the generic valuation is the round's
            return false;
        }
        boolean exitWords = EXIT_WORDS.matcher(s).find();
        boolean entryWords = ENTRY_WORDS.matcher(s).find();
        return exitWords && !entryWords;
    }

    private static String display(Amount a) {
        return switch (a.kind()) {
            case MONEY -> Format.money(a.value());
            case RATIO -> Format.percent(a.value());
            case YEARS -> Format.years(a.value());
            default -> a.text();
        };
    }

    /** All metric ids and input ids, for error messages and help. */
    public static Set<String> metricIds() {
        Set<String> out = new LinkedHashSet<>();
        for (Metric m : Metric.values()) {
            out.add(m.id());
        }
        return out;
    }
}
