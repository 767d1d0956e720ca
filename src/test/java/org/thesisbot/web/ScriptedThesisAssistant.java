package org.thesisbot.web;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.Answer;
import org.thesisbot.core.AnswerListener;
import org.thesisbot.core.Assistant;
import org.thesisbot.core.BadQuestionException;
import org.thesisbot.core.Citation;
import org.thesisbot.core.Question;
import org.thesisbot.core.Route;
import org.thesisbot.core.RouteDecision;
import org.thesisbot.core.scenario.Format;
import org.thesisbot.core.scenario.InputOrigin;
import org.thesisbot.core.scenario.InputUsed;
import org.thesisbot.core.scenario.MetricResult;
import org.thesisbot.core.scenario.Provenance;
import org.thesisbot.core.scenario.Unit;

/**
 * A deterministic stand-in for the real assistant, for web tests only: it answers the stake and capex
 * share with exact BigDecimal arithmetic over the article's sourced figures, keeps per-thread context for
 * follow-ups ("what if it's a $1T post-money?", "and in the bull case?"), answers a few narrative questions
 * with numbered citations quoting the article, and refuses the rest. Hand-built, but the answers have the
 * same shape and values the real scenario core produces.
 */
final class ScriptedThesisAssistant implements Assistant {
    private static final String DOC = "amazon-openai-50b-bet";
    private static final String TITLE = "Amazon's $50B bet on OpenAI";
    private static final Pattern MONEY = Pattern.compile(
            "\\$\\s?(\\d+(?:\\.\\d+)?)\\s?(t|tn|trillion|b|bn|billion)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCENARIO = Pattern.compile("\\b(bull|base|bear)\\b", Pattern.CASE_INSENSITIVE);

    private record Context(String metric, BigDecimal valuation, String scenario) {
    }

    private final Map<String, Context> threads = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public Answer ask(Question q, AnswerListener listener) {
        String text = q.text().strip();
        if (text.isEmpty()) {
            throw new BadQuestionException("the question is empty");
        }
        String lower = text.toLowerCase(Locale.ROOT);
        Context ctx = q.thread() == null ? null : threads.get(q.thread());
        List<BigDecimal> amounts = amounts(text);
        Matcher sc = SCENARIO.matcher(lower);
        String scenario = sc.find() ? sc.group(1) : null;

        if (lower.contains("capex") || lower.contains("capital expenditure")) {
            return capexShare(q);
        }
        boolean stakeWords = lower.contains("stake") || lower.contains("own") || lower.contains("buy");
        if (stakeWords || (ctx != null && "stake".equals(ctx.metric()) && (!amounts.isEmpty() || scenario != null))) {
            BigDecimal valuation = valuation(amounts, ctx);
            String s = scenario != null ? scenario : (ctx != null ? ctx.scenario() : "base");
            boolean fromQuestion = valuation.compareTo(BigDecimal.valueOf(830)) != 0;
            if (q.thread() != null) {
                threads.put(q.thread(), new Context("stake", valuation, s));
            }
            return stake(valuation, s, fromQuestion);
        }
        if (lower.contains("anthropic") || lower.startsWith("why") || lower.contains("risk")
                || lower.contains("watch")) {
            return narrative(lower);
        }
        if (lower.equals("help") || lower.contains("what can you do")) {
            return simple(Route.HELP, "I answer questions about Amazon's potential $50B investment in OpenAI:\n"
                    + "• numbers: _What stake would $50B buy at $830B?_\n• narrative: _Why is Amazon doing this?_");
        }
        return simple(Route.OUT_OF_SCOPE, "That is outside what I cover. I answer questions about Amazon's "
                + "potential $50B investment in OpenAI, e.g. _What stake would $50B buy at $830B?_");
    }

    private static List<BigDecimal> amounts(String text) {
        List<BigDecimal> out = new ArrayList<>();
        Matcher m = MONEY.matcher(text);
        while (m.find()) {
            BigDecimal v = new BigDecimal(m.group(1));
            out.add(m.group(2).toLowerCase(Locale.ROOT).startsWith("t") ? v.multiply(BigDecimal.valueOf(1000)) : v);
        }
        return out;
    }

    private static BigDecimal valuation(List<BigDecimal> amounts, Context ctx) {
        for (BigDecimal a : amounts) {
            if (a.compareTo(BigDecimal.valueOf(50)) != 0) {
                return a;
            }
        }
        return ctx != null ? ctx.valuation() : BigDecimal.valueOf(830);
    }

    private Answer stake(BigDecimal valuation, String scenario, boolean valuationFromQuestion) {
        BigDecimal investment = BigDecimal.valueOf(50);
        BigDecimal stake = investment.divide(valuation, MathContext.DECIMAL128).stripTrailingZeros();
        String formula = Format.money(investment) + " / " + Format.money(valuation) + " = " + Format.percent(stake);
        InputUsed inv = new InputUsed("investment", "Amazon's investment in OpenAI", investment, Unit.USD_BILLIONS,
                InputOrigin.SOURCE, Provenance.source(DOC, "potential $50 billion investment in OpenAI", null)
                .located(TITLE, 1));
        InputUsed val = valuationFromQuestion
                ? new InputUsed("post_money_valuation", "OpenAI's post-money valuation", valuation,
                Unit.USD_BILLIONS, InputOrigin.QUESTION, Provenance.assumption("set by the question"))
                : new InputUsed("post_money_valuation", "OpenAI's post-money valuation", valuation,
                Unit.USD_BILLIONS, InputOrigin.SOURCE,
                Provenance.source(DOC, "could value it at $830 billion", null).located(TITLE, 2));
        MetricResult r = new MetricResult("stake", "Amazon's stake in OpenAI", stake, Unit.RATIO, scenario,
                List.of(inv, val), formula, null);
        String text = "*Amazon's stake in OpenAI (" + scenario + "):* " + r.display() + "\n`" + formula + "`\n"
                + "• Amazon's investment in OpenAI: $50B _(source: " + TITLE + ", ¶1)_\n"
                + "• OpenAI's post-money valuation: " + Format.money(valuation)
                + (valuationFromQuestion ? " _(from your question)_" : " _(source: " + TITLE + ", ¶2)_");
        return new Answer(nextId(), Route.NUMERIC, text, null, List.of(r), List.of(), "scenario-core", List.of(),
                new RouteDecision(Route.NUMERIC, 0.9, -1, List.of("metric:stake")));
    }

    private Answer capexShare(Question q) {
        BigDecimal share = BigDecimal.valueOf(50).divide(BigDecimal.valueOf(125), MathContext.DECIMAL128)
                .stripTrailingZeros();
        String formula = "$50B / $125B = " + Format.percent(share);
        MetricResult r = new MetricResult("capex_share", "The investment as a share of Amazon's 2026 capex", share,
                Unit.RATIO, "base", List.of(
                new InputUsed("investment", "Amazon's investment in OpenAI", BigDecimal.valueOf(50),
                        Unit.USD_BILLIONS, InputOrigin.SOURCE,
                        Provenance.source(DOC, "potential $50 billion investment in OpenAI", null).located(TITLE, 1)),
                new InputUsed("capex_2026", "Amazon's 2026 capital expenditure forecast", BigDecimal.valueOf(125),
                        Unit.USD_BILLIONS, InputOrigin.SOURCE,
                        Provenance.source(DOC, "forecast capital expenditures to reach $125 billion for 2026", null)
                                .located(TITLE, 5))), formula, null);
        String text = "*The investment as a share of Amazon's 2026 capex (base):* " + r.display() + "\n`" + formula + "`";
        return new Answer(nextId(), Route.NUMERIC, text, null, List.of(r), List.of(), "scenario-core", List.of(),
                new RouteDecision(Route.NUMERIC, 0.9, -1, List.of("metric:capex_share")));
    }

    private Answer narrative(String lower) {
        List<Citation> cites;
        String narrative;
        if (lower.contains("watch")) {
            narrative = "Watch the signing of a term sheet and the close expected by the end of the first quarter [1], "
                    + "AWS's AI-related revenue and compute utilization [2], and any response from Anthropic [3].";
            cites = List.of(
                    new Citation(1, DOC, TITLE, 11, "The deal is expected to close by the end of the first quarter"),
                    new Citation(2, DOC, TITLE, 12, "AWS's reported growth in AI-related revenue and compute utilization rates"),
                    new Citation(3, DOC, TITLE, 13, "any public response from Anthropic or its key backers"));
        } else {
            narrative = "Amazon wants AWS to be OpenAI's primary compute provider: the deal would *tighten an existing "
                    + "computing power agreement* [1]. The cost is a tension with its $8B Anthropic bet, a "
                    + "_dual allegiance_ that may strain both partnerships [2].";
            cites = List.of(
                    new Citation(1, DOC, TITLE, 3, "The investment would tighten an existing computing power agreement"),
                    new Citation(2, DOC, TITLE, 9, "This dual allegiance creates a fundamental tension."));
        }
        return new Answer(nextId(), Route.NARRATIVE, narrative, narrative, List.of(), cites, "extractive", List.of(),
                new RouteDecision(Route.NARRATIVE, 0.1, 0.62, List.of("cue:why")));
    }

    private Answer simple(Route route, String text) {
        return new Answer(nextId(), route, text, null, List.of(), List.of(), "scenario-core", List.of(),
                new RouteDecision(route, 0, -1, List.of()));
    }

    private String nextId() {
        return String.format(Locale.ROOT, "q-%010x", ids.incrementAndGet());
    }

    @Override
    public Answer command(String text, String user) {
        return ask(new Question(text, null, user, "command"));
    }

    @Override
    public boolean isInstant(String commandText) {
        return false;
    }
}
