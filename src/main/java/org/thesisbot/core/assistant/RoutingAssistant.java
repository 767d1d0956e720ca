package org.thesisbot.core.assistant;

import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.AnswerListener;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.BadQuestionException;
import org.thesisbot.core.api.Citation;
import org.thesisbot.core.api.Question;
import org.thesisbot.core.api.QuestionText;
import org.thesisbot.core.api.Route;
import org.thesisbot.core.api.RouteDecision;
import org.thesisbot.core.api.Telemetry;
import org.thesisbot.core.api.ThesisbotException;
import org.thesisbot.core.scenario.Shorthand;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thesisbot.core.grounding.ScoredPassage;
import org.thesisbot.core.scenario.InputId;
import org.thesisbot.core.state.ThreadState;
import org.thesisbot.core.state.ThreadStore;
import org.thesisbot.core.route.Router;
import org.thesisbot.core.route.Routing;
import org.thesisbot.core.scenario.Calculator;
import org.thesisbot.core.scenario.Command;
import org.thesisbot.core.scenario.CommandGrammar;
import org.thesisbot.core.scenario.InvalidInputException;
import org.thesisbot.core.scenario.Interpretation;
import org.thesisbot.core.scenario.Interpreter;
import org.thesisbot.core.scenario.Metric;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.scenario.ScenarioModel;

/**
 * The brain: routes each question, computes numbers with the scenario core, asks the narrator for cited
 * prose, remembers the thread for follow-ups, and writes one {@link Answer} that every mouth renders.
 */
public final class RoutingAssistant implements Assistant {
    private static final Logger LOG = LoggerFactory.getLogger(RoutingAssistant.class);
    private static final Pattern FOLLOW_UP_START = Pattern.compile(
            "^(?:and|what about|how about|same|then|ok(?:ay)?,? (?:and|what about)|now|also|but|with|at|in|if)\\b.*",
            Pattern.CASE_INSENSITIVE);
    /** "Summarize the thesis": the sources' own framing answers it better than the literal words. */
    private static final Pattern SUMMARY = Pattern.compile(
            "(?i)\\b(summari[sz]e|summary|tl;?dr|in a nutshell|overview|main points|key points|gist|big picture|the thesis)\\b");
    private static final String SUMMARY_QUERY = "Amazon high-stakes bet $50 billion investment OpenAI foundational compute"
            + " layer circular financing AWS risk divergence Anthropic";
    /** For a figure no asked metric uses: the metric it does change. */
    private static final Map<String, Metric> AFFECTED = Map.ofEntries(
            Map.entry("exit_valuation", Metric.STAKE_VALUE), Map.entry("holding_years", Metric.IRR),
            Map.entry("aws_capture_share", Metric.AWS_COMPUTE_REVENUE), Map.entry("aws_operating_margin", Metric.AWS_COMPUTE_PROFIT),
            Map.entry("capex_2026", Metric.CAPEX_SHARE), Map.entry("round_size", Metric.ROUND_SHARE),
            Map.entry("post_money_valuation", Metric.STAKE), Map.entry("investment", Metric.STAKE),
            Map.entry("openai_compute_spend", Metric.COMPUTE_SPEND_PER_YEAR), Map.entry("compute_years", Metric.COMPUTE_SPEND_PER_YEAR),
            Map.entry("anthropic_investment", Metric.ANTHROPIC_COMMITMENT), Map.entry("anthropic_campus", Metric.ANTHROPIC_COMMITMENT));
    /** Words that steer retrieval towards a metric's topic when the user asks "why?" after a number. */
    private static final Map<Metric, String> TOPIC = Map.ofEntries(
            Map.entry(Metric.STAKE, "Amazon $50 billion investment OpenAI valuation $830 billion round"),
            Map.entry(Metric.ROUND_SHARE, "Amazon contribution half of OpenAI $100 billion fundraising round cornerstone"),
            Map.entry(Metric.PRE_MONEY_VALUATION, "OpenAI valuation $830 billion $100 billion new capital"),
            Map.entry(Metric.CAPEX_SHARE, "capital expenditures $125 billion 2026 40% strategic reallocation capital"),
            Map.entry(Metric.STAKE_VALUE, "valuation math $500 billion $830 billion return on investment"),
            Map.entry(Metric.MOIC, "valuation math return on investment stake market position"),
            Map.entry(Metric.IRR, "valuation math return on investment exponential growth"),
            Map.entry(Metric.GAIN, "valuation math return on investment premium"),
            Map.entry(Metric.COMPUTE_SPEND_PER_YEAR, "OpenAI spend $115 billion between 2025 and 2029 compute"),
            Map.entry(Metric.AWS_COMPUTE_REVENUE, "AWS compute revenue circular financing OpenAI compute spend"),
            Map.entry(Metric.AWS_COMPUTE_REVENUE_PER_YEAR, "AWS compute revenue circular financing OpenAI compute spend"),
            Map.entry(Metric.AWS_COMPUTE_PROFIT, "high-margin compute revenue AWS profit engine"),
            Map.entry(Metric.CIRCULAR_RETURN_RATIO, "circular financing closed loop infrastructure compute"),
            Map.entry(Metric.BREAKEVEN_CAPTURE_SHARE, "AWS capture dominant share training inference workloads"),
            Map.entry(Metric.ANTHROPIC_COMMITMENT, "Anthropic $8 billion investment $11 billion data center campus Indiana"),
            Map.entry(Metric.TOTAL_AI_COMMITMENT, "dual allegiance Anthropic OpenAI competing ecosystems"),
            Map.entry(Metric.OPENAI_VS_ANTHROPIC_RATIO, "Anthropic tension dual allegiance competitor"),
            Map.entry(Metric.COMBINED_PAYOFF, "upside downside scenario analysis compute demand"));

    private final Calculator calculator;
    private final Interpreter interpreter;
    private final CommandGrammar grammar;
    private final Router router;
    private final Narrator narrator;
    private final ThreadStore memory;
    private final NumericReply numeric;
    private final Telemetry telemetry;
    private final Clock clock;
    private final int maxChars;
    private final Replies replies;
    private final SecureRandom ids = new SecureRandom();
    private final List<String> scenarioNames;
    private final double minRelevance;
    private final Map<Metric, Set<String>> inputsOf;

    public RoutingAssistant(ScenarioModel model, Narrator narrator, Router router, ThreadStore memory,
                            Telemetry telemetry, Clock clock, int maxChars, String commandName, double minRelevance) {
        this.minRelevance = minRelevance;
        this.calculator = new Calculator(model);
        // which inputs each metric reads, as the calculator reports them (no second copy of the formulas)
        Map<Metric, Set<String>> reads = new java.util.EnumMap<>(Metric.class);
        for (Metric m : Metric.values()) {
            Set<String> ids = new java.util.HashSet<>();
            calculator.compute(m, ScenarioModel.BASE, Map.of()).inputs().forEach(i -> ids.add(i.id()));
            reads.put(m, Set.copyOf(ids));
        }
        this.inputsOf = reads;
        this.scenarioNames = model.scenarios().stream().map(org.thesisbot.core.scenario.Scenario::name).toList();
        this.interpreter = new Interpreter(model);
        this.grammar = new CommandGrammar(model);
        this.numeric = new NumericReply(model);
        this.narrator = narrator;
        this.router = router;
        this.memory = memory;
        this.telemetry = telemetry;
        this.clock = clock;
        this.maxChars = maxChars;
        this.replies = new Replies(commandName);
    }

    @Override
    public Answer ask(Question question, AnswerListener listener) {
        long t0 = System.nanoTime();
        String text = Shorthand.expand(check(question.text()));
        String id = newId();
        ThreadState state = question.thread() == null ? null : memory.load(question.thread()).orElse(null);
        ThreadState previous = state != null && state.hasNumbers() ? state : null;
        // retrieval runs only if the router needs its score, and its passages are reused for the answer
        AtomicReference<List<ScoredPassage>> retrieved = new AtomicReference<>();
        Routing routing = router.route(text, previous, () -> {
            retrieved.set(narrator.retrieve(text));
            return retrieved.get().isEmpty() ? 0.0 : retrieved.get().get(0).score();
        });
        RouteDecision decision = routing.decision();
        // what the question asks once the thread's context is applied: used to answer and to remember
        Query q = query(routing.interpretation(), previous, text);
        Answer answer = switch (decision.route()) {
            case HELP -> deterministic(id, decision, !routing.greeting() ? replies.help()
                    : decision.cues().contains("thanks") ? replies.thanks() : replies.greeting());
            case OUT_OF_SCOPE -> deterministic(id, decision, decision.cues().contains(Router.NOT_ENGLISH)
                    ? replies.notEnglish() : replies.refusal(routing.unknownEntity()));
            case NUMERIC -> numericAnswer(id, decision, routing.interpretation(), q);
            case NARRATIVE -> narrativeAnswer(id, decision, text, routing, previous, retrieved.get(), listener);
            case MIXED -> mixedAnswer(id, decision, text, routing.interpretation(), q, listener);
        };
        remember(question.thread(), state, answer, q);
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        telemetry.increment("thesisbot.questions", "route", answer.route().wireName());
        telemetry.record("thesisbot.answer.latency", took, "route", answer.route().wireName());
        LOG.info("answered id={} route={} answerer={} latency_ms={} origin={}", answer.id(), answer.route().wireName(),
                answer.answerer(), took.toMillis(), question.origin());
        LOG.debug("question id={} text={} cues={}", answer.id(), text, decision.cues());
        return answer;
    }

    @Override
    public Answer command(String text, String user) {
        String t = text == null ? "" : text.trim();
        if (t.length() > maxChars) {
            check(t);
        }
        Command c = grammar.parse(t);
        String id = newId();
        RouteDecision d = new RouteDecision(Route.NUMERIC, 1.0, -1, List.of("command " + c.getClass().getSimpleName()));
        RouteDecision help = new RouteDecision(Route.HELP, 1.0, -1, d.cues());
        if (c instanceof Command.Help) {
            return deterministic(id, help, replies.commandHelp());
        } else if (c instanceof Command.ListAll) {
            return deterministic(id, help, "*Inputs* (edit `config/scenario.yaml` to change them)\n" + numeric.listInputs()
                    + "\n*Scenarios*\n" + numeric.listScenarios() + "\n*Metrics*\n" + Replies.metricList());
        } else if (c instanceof Command.MetricQuery q) {
            return numbers(id, d, calculator.compute(List.of(q.metric()), q.scenario(), q.overrides()), List.of());
        } else if (c instanceof Command.ScenarioSummary s) {
            return numbers(id, d, calculator.compute(Interpreter.KEY_METRICS, s.scenario(), Map.of()), List.of());
        } else if (c instanceof Command.Compare cmp) {
            List<Metric> ms = cmp.metrics().isEmpty() ? Interpreter.KEY_METRICS : cmp.metrics();
            return numbers(id, d, compareAll(ms, scenarioNames, Map.of()), List.of());
        }
        return ask(new Question(((Command.FreeText) c).text(), null, user, "command"));
    }

    @Override
    public boolean isInstant(String commandText) {
        try {
            Command c = grammar.parse(commandText);
            if (!(c instanceof Command.FreeText f)) {
                return true;
            }
            Routing r = router.route(f.text(), null, () -> 1.0);
            return r.decision().route() == Route.NUMERIC || r.decision().route() == Route.HELP
                    || (r.decision().route() == Route.OUT_OF_SCOPE && r.decision().retrieval() < 0);
        } catch (ThesisbotException e) {
            return true; // the error message is the instant answer
        }
    }

    // --- answers -----------------------------------------------------------------------------------

    private Answer numericAnswer(String id, RouteDecision d, Interpretation in, Query q) {
        if (!in.hasMetrics() && !in.lookups().isEmpty()) {
            return lookup(id, d, in.lookups());
        }
        List<String> notes = new ArrayList<>(in.readings());
        notes.addAll(in.unused());
        if (q.carried) {
            notes.add(0, "Following up on this thread's earlier question.");
        }
        List<MetricResult> results;
        try {
            results = compareAll(withAffected(q), q.scenarios, q.overrides);
        } catch (InvalidInputException e) {
            return cannotCompute(id, d, e, notes);
        }
        notes.addAll(unaffected(q, results));
        if (d.cues().contains("definition")) {
            for (Metric m : q.metrics) {
                notes.add(0, capitalise(m.id().replace('_', ' ')) + " is " + m.definition() + ".");
            }
        }
        return numbers(id, d, results, notes);
    }

    /** "How big is the round?": the input's value with its quote (cited) or its assumption tag. */
    private Answer lookup(String id, RouteDecision d, List<String> inputIds) {
        StringBuilder text = new StringBuilder();
        List<Citation> citations = new ArrayList<>();
        for (String inputId : inputIds) {
            org.thesisbot.core.scenario.Input in = calculator.model().require(inputId);
            org.thesisbot.core.api.Provenance p = in.provenance();
            text.append('*').append(in.label()).append(": ")
                    .append(org.thesisbot.core.api.Format.value(in.value(), in.unit())).append("*");
            if (p.assumption()) {
                text.append(" — an assumption of the scenario model, not in the sources: ").append(p.rationale())
                        .append(" Ask with your own figure to change it, e.g. \"at a 30% margin\".\n");
            } else {
                int n = citations.size() + 1;
                citations.add(new Citation(n, p.document(), p.documentTitle(), p.paragraph(), p.quote()));
                text.append(" — \"").append(p.quote()).append("\" [").append(n).append(']');
                if (p.note() != null) {
                    text.append(" (").append(p.note()).append(')');
                }
                text.append('\n');
            }
        }
        return new Answer(id, d.route(), text.toString().strip(), null, List.of(), citations, "scenario-core", List.of(), d);
    }

    /** A figure the question gives but no asked metric uses adds the metric it does change. */
    private List<Metric> withAffected(Query q) {
        List<Metric> out = new ArrayList<>(q.metrics);
        for (String input : q.overrides.keySet()) {
            Metric m = AFFECTED.get(input);
            if (m != null && !out.contains(m) && out.stream().noneMatch(x -> uses(x, input))) {
                out.add(m);
            }
        }
        return out;
    }

    /** Notes for figures that change none of the metrics shown ("$1.5T sets the exit valuation; the stake doesn't use it"). */
    private List<String> unaffected(Query q, List<MetricResult> results) {
        List<String> out = new ArrayList<>();
        for (String input : q.overrides.keySet()) {
            boolean used = results.stream().anyMatch(r -> r.inputs().stream().anyMatch(i -> i.id().equals(input)));
            if (!used) {
                out.add("Your " + calculator.model().require(input).label().toLowerCase(java.util.Locale.ROOT)
                        + " doesn't change " + String.join(", ", q.metrics.stream().map(Metric::id).toList()) + ".");
            } else if (q.metrics.stream().noneMatch(m -> uses(m, input))) {
                out.add("Your figure sets " + calculator.model().require(input).label().toLowerCase(java.util.Locale.ROOT)
                        + ", which " + String.join(", ", q.metrics.stream().map(Metric::id).toList())
                        + " doesn't use; added " + AFFECTED.get(input).id() + ", which does.");
            }
        }
        return out;
    }

    private boolean uses(Metric m, String input) {
        return inputsOf.get(m).contains(input);
    }

    private Answer cannotCompute(String id, RouteDecision d, InvalidInputException e, List<String> notes) {
        String text = "I can't compute that: " + e.getMessage() + ".";
        List<String> all = new ArrayList<>(notes);
        all.add(0, e.getMessage());
        return new Answer(id, d.route(), withNotes(text, notes), null, List.of(), List.of(), "scenario-core", all, d);
    }

    private Answer numbers(String id, RouteDecision d, List<MetricResult> results, List<String> notes) {
        return new Answer(id, d.route(), numeric.render(results, notes), null, results, List.of(), "scenario-core",
                notes, d);
    }

    private Answer narrativeAnswer(String id, RouteDecision d, String text, Routing routing, ThreadState previous,
                                   List<ScoredPassage> retrieved, AnswerListener listener) {
        String query = text;
        List<String> notes = new ArrayList<>();
        if (routing.followUpWhy() && previous != null) {
            StringBuilder q = new StringBuilder("why ");
            for (Metric m : previous.metrics()) {
                q.append(m.label()).append(' ').append(TOPIC.getOrDefault(m, "")).append(' ');
            }
            query = q.toString().trim();
            notes.add("Explaining " + String.join(", ", previous.metrics().stream().map(Metric::label).toList())
                    + " from this thread.");
            retrieved = null;
        }
        if (!routing.followUpWhy() && SUMMARY.matcher(text).find()) {
            query = SUMMARY_QUERY;
            retrieved = null;
        }
        listener.status("Reading the sources…");
        List<ScoredPassage> passages = retrieved != null ? retrieved : narrator.retrieve(query);
        Narrator.Narrative n = narrator.answer(query, passages, List.of(), listener);
        notes.addAll(n.notes());
        return new Answer(id, d.route(), withNotes(n.text(), notes), n.text(), List.of(), n.citations(), n.answerer(),
                notes, d);
    }

    private Answer mixedAnswer(String id, RouteDecision d, String text, Interpretation in, Query q,
                               AnswerListener listener) {
        List<MetricResult> results;
        try {
            results = compareAll(withAffected(q), q.scenarios, q.overrides);
        } catch (InvalidInputException e) {
            return cannotCompute(id, d, e, in.readings());
        }
        List<String> notes = new ArrayList<>(in.readings());
        notes.addAll(in.unused());
        listener.status("Reading the sources…");
        // the narrative clause alone; when it is too vague to find anything ("is that realistic?"), add the metric's topic
        String nq = Router.narrativePart(text);
        List<ScoredPassage> passages = narrator.retrieve(nq);
        if (passages.isEmpty() || passages.get(0).score() < minRelevance) {
            StringBuilder query = new StringBuilder(nq);
            for (Metric m : q.metrics) {
                query.append(' ').append(TOPIC.getOrDefault(m, ""));
            }
            nq = query.toString().trim();
            passages = narrator.retrieve(nq);
        }
        Narrator.Narrative n = narrator.answer(nq, passages, results, listener);
        notes.addAll(n.notes());
        String body = withNotes(numeric.render(results, List.of()) + "\n\n*From the sources*\n" + n.text(), notes);
        return new Answer(id, d.route(), body, n.text(), results, n.citations(), "mixed", notes, d);
    }

    /** Notes the reader must see (readings, fallbacks, the extractive label) go under the text, in italics. */
    private static String withNotes(String text, List<String> notes) {
        StringBuilder sb = new StringBuilder(text);
        for (String n : notes) {
            if (!text.contains(n)) {
                sb.append("\n_").append(n).append('_');
            }
        }
        return sb.toString();
    }

    private Answer deterministic(String id, RouteDecision d, String text) {
        return new Answer(id, d.route(), text, null, List.of(), List.of(), "scenario-core", List.of(), d);
    }

    private List<MetricResult> compareAll(List<Metric> metrics, List<String> scenarios, Map<String, BigDecimal> overrides) {
        List<MetricResult> out = new ArrayList<>();
        List<String> sc = scenarios.isEmpty() ? List.of(ScenarioModel.BASE) : scenarios;
        for (Metric m : metrics) {
            for (String s : sc) {
                out.add(calculator.compute(m, s, overrides));
            }
        }
        return out;
    }

    private record Query(List<Metric> metrics, List<String> scenarios, Map<String, BigDecimal> overrides, boolean carried) {
    }

    /** Follow-ups keep the thread's figures and scenario unless the new question sets its own. */
    private Query query(Interpretation in, ThreadState previous, String text) {
        boolean shortAsk = in.overrides().isEmpty() && in.scenarios().isEmpty() && text.trim().split("\\s+").length <= 4;
        boolean followUp = previous != null && (in.fromContext() || shortAsk
                || (in.overrides().isEmpty() && FOLLOW_UP_START.matcher(text.trim()).matches()));
        if (!followUp) {
            return new Query(in.metrics(), in.scenarios(), in.overrides(), false);
        }
        Map<String, BigDecimal> overrides = new LinkedHashMap<>();
        previous.overrides().forEach((k, v) -> overrides.put(k.id(), v));
        overrides.putAll(in.overrides());
        List<String> scenarios = in.scenarios().isEmpty() ? previous.scenarios() : in.scenarios();
        return new Query(in.metrics(), scenarios, overrides, true);
    }

    private void remember(String thread, ThreadState before, Answer a, Query q) {
        if (thread == null) {
            return;
        }
        ThreadState prior = before == null ? ThreadState.empty(clock.instant()) : before;
        if (a.results().isEmpty()) {
            // a narrative or refused turn keeps the thread's numbers for the next numeric follow-up
            memory.save(thread, new ThreadState(prior.overrides(), prior.scenarios(), prior.metrics(), prior.target(),
                    a.route(), prior.turns() + 1, clock.instant()));
            return;
        }
        Map<InputId, BigDecimal> overrides = new java.util.EnumMap<>(InputId.class);
        q.overrides.forEach((k, v) -> overrides.put(InputId.of(k), v));
        memory.save(thread, new ThreadState(overrides, q.scenarios, q.metrics, null, a.route(), prior.turns() + 1,
                clock.instant()));
    }

    // --- canned text --------------------------------------------------------------------------------

    private String check(String raw) {
        String text = QuestionText.clean(raw);
        if (text.isBlank()) {
            throw new BadQuestionException("The question is empty: ask me something about Amazon's potential $50B investment in OpenAI.");
        }
        if (!QuestionText.readable(text)) {
            throw new BadQuestionException("I couldn't find any words in that question, only spaces or invisible characters. "
                    + "Ask me something about Amazon's potential $50B investment in OpenAI, e.g. \"What stake would $50B buy?\"");
        }
        String t = text.strip();
        if (t.length() > maxChars) {
            throw new BadQuestionException("That question is " + String.format("%,d", t.length())
                    + " characters long; the limit is " + String.format("%,d", maxChars) + ". Please shorten it.");
        }
        return t;
    }

    private String newId() {
        byte[] b = new byte[5];
        ids.nextBytes(b);
        return "q-" + HexFormat.of().formatHex(b);
    }


    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
