package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Format;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.api.Route;
import org.thesisbot.core.api.RouteDecision;
import org.thesisbot.core.api.Unit;
import org.thesisbot.core.reading.Reader;
import org.thesisbot.core.reading.Reading;
import org.thesisbot.core.scenario.Amount;
import org.thesisbot.core.scenario.Amounts;
import org.thesisbot.core.scenario.Calculator;
import org.thesisbot.core.scenario.InputId;
import org.thesisbot.core.scenario.InvalidInputException;
import org.thesisbot.core.scenario.Metric;
import org.thesisbot.core.scenario.ScenarioModel;
import org.thesisbot.core.scenario.Solver;
import org.thesisbot.core.state.ThreadState;

/**
 * The numbers of a probability tree ({@link Trees}): each leaf computed exactly by the scenario core, and the expected
 * value of each metric asked, the sum of each leaf's value times its probability, with the sum written out. Asked the
 * other way round it solves:
 * <ul>
 * <li>a branch left unknown ("exit node: 1.5T (50%) / x (50%) … solve for x so the ev of our stake lands on 60bn"): the
 * other leaves' share is taken from the goal and the rest divided by the unknown's probability, which is the goal of its
 * own leaf, solved by the scenario core as any goal is;</li>
 * <li>an input the same on every branch ("what exit gets E[moic] to exactly 2.0x?"): when the expected value is a straight
 * line in that input, or in its reciprocal (a post-money divides the stake), the line through two exact points gives it,
 * and the expected value at the answer is computed again and must meet the goal exactly; otherwise it is refused.</li>
 * </ul>
 * And "P(gain &lt; 0)", "P(irr under 8%)": the sum of the probabilities of the leaves where the metric is on that side of
 * the bar, each leaf's value shown.
 */
final class TreeReplies {
    private static final MathContext MC = MathContext.DECIMAL128;
    /** How near the goal a solved expected value must come, relative to the goal (the core works to 34 digits). */
    private static final BigDecimal CLOSE = new BigDecimal("1e-24");
    /** "P(gain < 0)", "p(irr under 8%)", "P(stake value below 40bn)". */
    private static final Pattern ODDS = Pattern.compile(
            "(?i)\\bp(?:rob(?:ability)?)?\\s?\\(\\s?(?<what>[^()<>=]{0,40}?)\\s?(?<op><=?|>=?|\\bunder\\b|\\bbelow\\b|\\bover\\b|\\babove\\b|\\bless than\\b|\\bmore than\\b|\\bat least\\b|\\bat most\\b)\\s?(?<bar>[^()]{1,30})\\)"
                    + "|(?i)\\b(?:the\\s)?(?:odds|chance|probability)\\s(?:that\\s|of\\s)?(?<what2>[\\w' ]{0,40}?)\\s(?:ends? up\\s|comes? in\\s|lands?\\s|is\\s|are\\s)?(?<op2>under|below|over|above|less than|more than|at least|at most)\\s(?<bar2>[^?.;,]{1,30})");
    /** The thread's expected value pointed at: "that ev", "the expected value", "that number". */
    private static final Pattern POINTED = Pattern.compile("(?i)\\b(?:that|the|this|our)\\s+(?:ev|e\\.v\\.|expected\\s+value|expectation|number|figure)\\b");
    /** Words that ask the sources ("what does the article say", "the author's read"). */
    private static final Pattern SOURCES = Pattern.compile("(?i)\\b(?:article|piece|author|sources?|writer|according)\\b");
    /** Words that say a value is expected, which the tree itself is: "expected", "prob-weighted average of", "mean". */
    private static final Pattern WEIGHTED = Pattern.compile(
            "(?i)\\b(?:expected|(?:prob(?:ability)?|p)[- ]weighted(?:\\s+(?:average|avg|mean))?|weighted[- ](?:average|avg|mean)|mean)\\s+(?:of\\s+)?");
    /** Tree talk that leaves an input where the model has it: "no exit node", "leave exit at your flat assumption". */
    private static final Pattern AT_DEFAULT = Pattern.compile(
            "(?i)\\bno\\s+[\\w-]+\\s+node\\b[;,.]?|\\b(?:(?:leave|keep|hold)\\s+)?(?:the\\s+)?[\\w-]+\\s+(?:(?:stays?|remains?|sits?)\\s+)?(?:at\\s+)?(?:your|the\\s+model'?s)\\s+(?:flat\\s+|default\\s+|own\\s+|base\\s+)*(?:assumption|default|number|value|figure)\\b[;,.]?"
                    + "|(?i)\\b(?:margin|capture|hold|exit|post|post-money|check)\\s+(?:at\\s+)?default\\b[;,.]?"
                    + "|(?i)\\b(?:at\\s+)?whatever\\s+you\\s+(?:assume|use|have)\\b");
    /** Words of a question about expected values that the reader should read as plain English. */
    private static final Pattern EXPECTED = Pattern.compile("(?i)\\bE\\s?\\[\\s?([^\\]]{1,40})\\]");
    private static final Pattern EV_OF = Pattern.compile("(?i)\\bev\\b(?:\\s+of)?");
    /** Words that say a figure is the same whatever the branch: "exit 1.2T on both", "same on every branch", "for both branches". */
    private static final Pattern TREE_TALK = Pattern.compile(
            "(?i),?\\s*\\b(?:across|over|on|for)\\s+(?:all\\s+)?(?:the\\s+|its\\s+|my\\s+)?(?:\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|twelve|sixteen)\\s+(?:leaves|leafs|branches|outcomes)\\b"
                    + "|(?i)\\b(?:\\d{1,2}|two|three|four|five)\\s+(?:independent\\s+|dependent\\s+|chance\\s+)?nodes\\b[,.;:]?");
    private static final Pattern EVERY_BRANCH = Pattern.compile(
            "(?i),?\\s*\\b(?:(?:the\\s+)?same\\s+)?(?:on|for|in|across|at)\\s+(?:both|all|every|each)(?:\\s+(?:of\\s+the\\s+)?(?:two\\s+|three\\s+)?(?:branch(?:es)?|leaf|leaves|nodes?|legs?))?\\b|(?i),?\\s*\\bsame\\s+(?:on|for|in|across)\\s+(?:both|all|every|each)\\b|(?i)\\bone\\s+\\w+\\s+for\\s+both\\s+branches\\b");

    /** One leaf: a branch of each node, its probability, and the inputs it sets. */
    private record Leaf(List<Trees.Branch> branches, BigDecimal p, Map<String, BigDecimal> at, String said, Trees.Branch unknown,
                        InputId unknownInput) {
        Leaf(List<Trees.Branch> branches, BigDecimal p, Map<String, BigDecimal> at, String said) {
            this(branches, p, at, said, null, null);
        }
    }

    /** A node read: the input its branches set, and each branch's value (null for the unknown). */
    private record Read(Trees.Node node, InputId input, List<BigDecimal> values, Map<String, BigDecimal> labelled, List<Read> children) {
        /** Whether a branch here, or on a branch's own node, is an unknown. */
        boolean unknown() {
            return values.contains(null) || children.stream().anyMatch(c -> c != null && c.unknown());
        }
    }

    record Reply(Answer answer, ThreadState next) {
    }

    private final ScenarioModel model;
    private final Calculator calculator;
    private final Solver solver;
    private final NumericReply numeric;
    private final Reader reader;
    private final UnaryOperator<String> prepare;
    private final Supplier<String> ids;
    private final java.time.Clock clock;

    TreeReplies(ScenarioModel model, Calculator calculator, NumericReply numeric, Reader reader, UnaryOperator<String> prepare,
                java.time.Clock clock, Supplier<String> ids) {
        this.clock = clock;
        this.model = model;
        this.calculator = calculator;
        this.solver = new Solver(calculator);
        this.numeric = numeric;
        this.reader = reader;
        this.prepare = prepare;
        this.ids = ids;
    }

    /**
     * The words of a stem said for the reader, its expectation words taken out (the tree itself is the expectation): "E[moic]"
     * is "moic", "ev of our stake" is "value of our stake", "expected stake value" is "stake value"; and tree talk that sets
     * no figure ("exit 1.2T on both", "across the 4 leaves", "no exit node", "margin at your default") taken out.
     */
    static String plain(String stem) {
        String s = EXPECTED.matcher(stem).replaceAll("$1");
        s = EVERY_BRANCH.matcher(s).replaceAll("");
        s = TREE_TALK.matcher(s).replaceAll("");
        s = AT_DEFAULT.matcher(s).replaceAll("");
        s = EV_OF.matcher(s).replaceAll("value of");
        return WEIGHTED.matcher(s).replaceAll("");
    }

    /**
     * The tree's numbers, or empty when the tree cannot be read as inputs of the model (a node whose branches set no input,
     * or different ones) or nothing is asked of it: the question is then read as written.
     *
     * @param nodes the tree's nodes (the question's own, with the thread's before them when it adds to the thread's tree)
     * @param stem  what is asked of the tree
     * @param state the thread's state, or null
     */
    Optional<Reply> reply(List<Trees.Node> nodes, String stem, ThreadState state) {
        Matcher odds = ODDS.matcher(stem);
        String asked = stem;
        Bar bar = null;
        if (odds.find()) {
            bar = bar(odds);
            if (bar == null) {
                return Optional.empty();
            }
            asked = stem.substring(0, odds.start()) + " " + stem.substring(odds.end());
        }
        List<Read> read = new ArrayList<>();
        for (Trees.Node n : nodes) {
            Optional<Read> one = read(n);
            if (one.isEmpty()) {
                return Optional.empty();
            }
            // (a later node on the same input, "swap the fixed exit for a node", replaces an earlier one)
            read.removeIf(x -> x.input() == one.get().input());
            read.add(one.get());
        }
        // the unknown's letter said as what it is: "solve for x so …" is "solve for OpenAI's exit valuation so …"
        String named = asked;
        for (Leaf l : leaves(read, Map.of(), true)) {
            String v = l.unknown() == null ? null : Trees.letter(l.unknown());
            if (v != null) {
                named = named.replaceAll("(?i)(?<![\\w'])" + Pattern.quote(v) + "(?![\\w'])", Matcher.quoteReplacement(shortLabel(l.unknownInput())));
            }
        }
        if (state != null && state.metrics().size() == 1) {
            // "for that ev to hit 70bn": the thread's expected value, said as its metric
            named = POINTED.matcher(named).replaceAll(Matcher.quoteReplacement("the " + Format.inSentence(state.metrics().get(0).label())));
        }
        Reading r = reader.read(prepare.apply(plain(named)), state);
        // (a figure in a clause asked of the sources, "the article's own read on the 500 vs 830 math", is that clause's)
        if (!r.unused().isEmpty() && !SOURCES.matcher(named).find() || r.ambiguity() != null) {
            return Optional.empty();
        }
        String scenario = r.scenarios().size() == 1 ? r.scenarios().get(0)
                : state != null && state.scenarios().size() == 1 ? state.scenarios().get(0) : ScenarioModel.BASE;
        Map<String, BigDecimal> base = new LinkedHashMap<>();
        if (state != null && !r.reset()) {
            state.overrides().forEach((k, v) -> base.put(k.id(), v));
        }
        r.changes().forEach((k, v) -> base.put(k.id(), v));
        for (Read x : read) {
            base.putAll(x.labelled());
            base.remove(x.input().id());
        }
        ThreadState.Target target = r.target();
        List<Metric> metrics = new ArrayList<>(r.metrics());
        if (bar != null && bar.metric() == null && metrics.isEmpty() && target == null && state != null) {
            metrics.addAll(state.metrics()); // ("P(we end up below the 50 we put in)?": the thread's metric)
        }
        if (bar != null && bar.metric() == null && metrics.isEmpty() && target == null) {
            return Optional.empty();
        }
        if (bar != null && bar.metric() != null && !metrics.contains(bar.metric())) {
            metrics.add(bar.metric());
        }
        if (target == null && metrics.isEmpty()) {
            return Optional.empty();
        }
        List<String> notes = new ArrayList<>();
        notes.add(treeNote(read));
        notes.addAll(r.unused());
        try {
            List<MetricResult> results;
            if (target != null) {
                results = solved(read, target, base, scenario, notes);
                if (results == null) {
                    return Optional.empty();
                }
            } else {
                results = expected(read, metrics, base, scenario, bar, notes);
            }
            Answer a = new Answer(ids.get(), Route.NUMERIC, numeric.render(results, notes), null, results, List.of(), "scenario-core",
                    notes, decision(read));
            return Optional.of(new Reply(a, next(state, r, scenario, metrics, read, stem, clock.instant())));
        } catch (InvalidInputException e) {
            Answer a = new Answer(ids.get(), Route.NUMERIC, "I can't compute that: " + e.getMessage() + ".", null, List.of(), List.of(),
                    "scenario-core", List.of(e.getMessage()), decision(read));
            return Optional.of(new Reply(a, null));
        }
    }

    /**
     * The node's input, read from its label and each branch's words; empty unless every branch sets the same one. A branch
     * is read with its label's words before it ("exit 1.5T", "pre-money 730bn"), then as a label and a colon, then alone, then
     * (once the node's input is known) with that input's name before it ("830" in a node on the post-money); the first
     * reading that sets exactly one input counts. A figure of the label's own ("exit node at the 830 post") is read with the
     * label, as the rest of the question's figures are, and is no branch's.
     */
    private Optional<Read> read(Trees.Node n) {
        Map<String, BigDecimal> labelled = new LinkedHashMap<>();
        boolean figured = n.words().matches("(?s).*\\d.*");
        Map<InputId, BigDecimal> own = figured ? reader.read(prepare.apply(n.words()), null).changes() : Map.of();
        own.forEach((k, v) -> labelled.put(k.id(), v));
        // (a label with figures of its own is said to a branch by its words before them: "exit at the 830 post" is "exit")
        String words = figured ? LABEL_HEAD.matcher(n.words()).replaceAll("").strip() : n.words();
        // the input the label names, if any ("exit as the berlin team sent it", "side node on anthropic"): a reading that sets
        // it is preferred to one that sets another ("round" names the round's size, which no "830 post" sets)
        InputId named = words.isBlank() ? null : reader.inputNamedFirst(Amounts.normalise(prepare.apply(words))).orElse(null);
        // each branch's possible readings; the node's input is the one its label names when a branch sets it, else the first
        // branch's that sets one; a branch that set none is read again with that input's name before it ("830" in a
        // pricing node is "OpenAI's post-money valuation 830")
        List<List<Map.Entry<InputId, BigDecimal>>> each = new ArrayList<>();
        for (Trees.Branch b : n.branches()) {
            List<Map.Entry<InputId, BigDecimal>> found = new ArrayList<>();
            if (!b.unknown()) {
                List<String> ways = new ArrayList<>();
                if (!words.isBlank()) {
                    ways.add(words + " " + b.said());
                    ways.add(words + ": " + b.said());
                    ways.add(words + " at " + b.said());
                }
                ways.add(b.said());
                if (named != null) {
                    ways.add(shortLabel(named) + " " + b.said());
                }
                for (String way : ways) {
                    found.addAll(inputsSet(prepare.apply(way)));
                }
            }
            each.add(found);
        }
        InputId input = each.stream().anyMatch(f -> f.stream().anyMatch(e -> e.getKey() == named)) ? named
                : each.stream().flatMap(List::stream).map(Map.Entry::getKey).findFirst()
                .orElse(n.branches().stream().allMatch(Trees.Branch::unknown) ? named : null);
        if (input == null) {
            return Optional.empty();
        }
        List<BigDecimal> values = new ArrayList<>();
        for (int i = 0; i < n.branches().size(); i++) {
            Trees.Branch b = n.branches().get(i);
            if (b.unknown()) {
                values.add(null);
                continue;
            }
            InputId in = input;
            List<Map.Entry<InputId, BigDecimal>> found = new ArrayList<>(each.get(i));
            if (found.stream().noneMatch(e -> e.getKey() == in)) {
                found.addAll(inputsSet(prepare.apply(shortLabel(in) + " " + b.said())));
            }
            Optional<BigDecimal> v = found.stream().filter(e -> e.getKey() == in).map(Map.Entry::getValue).findFirst();
            if (v.isEmpty()) {
                return Optional.empty();
            }
            values.add(v.get());
        }
        // (on a dependent tree, what follows on each branch, read as a node of its own)
        List<Read> children = new ArrayList<>();
        for (Trees.Branch b : n.branches()) {
            Optional<Read> child = b.child() == null ? Optional.empty() : read(b.child());
            if (b.child() != null && (child.isEmpty() || child.get().input() == input)) {
                return Optional.empty();
            }
            children.add(child.orElse(null));
        }
        return Optional.of(new Read(n, input, values, labelled, children));
    }

    /** Words of a label from where its own figure is said: "at the 830 post" in "exit at the 830 post". */
    private static final Pattern LABEL_HEAD = Pattern.compile("(?i)\\s(?:at|on|of|with|for|as|under|given)\\b.*$|\\s*\\S*\\d.*$");

    /**
     * The inputs a branch's words could set, each with its value: the one input they set; or, when they only restate the
     * model's own value of an input ("830 post", "the 8bn check stays as is"), each input whose value they restate, found by
     * reading them again with that input alone a hair off the model's value (so the figure sets it). A value worked out from
     * the one in force ("+10%") would then be a hair off too, and is taken to the millionth. Empty when none, or more than
     * one input is set at once.
     */
    private List<Map.Entry<InputId, BigDecimal>> inputsSet(String said) {
        Reading br = reader.read(said, null);
        if (!br.unused().isEmpty() || br.changes().size() > 1) {
            return List.of();
        }
        if (br.changes().size() == 1) {
            return List.of(br.changes().entrySet().iterator().next());
        }
        List<Map.Entry<InputId, BigDecimal>> out = new ArrayList<>();
        for (InputId id : InputId.values()) {
            BigDecimal v = model.value(id.id(), ScenarioModel.BASE);
            if (id == InputId.ROUND_SIZE || v == null) {
                continue;
            }
            ThreadState off = new ThreadState(Map.of(id, v.add(new BigDecimal("1e-12"))), List.of(), List.of(), null, null, 0, clock.instant());
            Reading again = reader.read(said, off);
            if (again.unused().isEmpty() && again.changes().size() == 1 && again.changes().containsKey(id)) {
                out.add(Map.entry(id, again.changes().get(id).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros()));
            }
        }
        return out;
    }

    /**
     * Every leaf: one branch of each node (and of the node a branch leads to), the product of their probabilities. A leaf
     * through an unknown branch carries it, and is kept only when asked.
     */
    private List<Leaf> leaves(List<Read> read, Map<String, BigDecimal> base, boolean withUnknown) {
        List<Leaf> out = new ArrayList<>();
        out.add(new Leaf(List.of(), BigDecimal.ONE, new LinkedHashMap<>(base), ""));
        for (Read x : read) {
            List<Leaf> next = new ArrayList<>();
            for (Leaf l : out) {
                next.addAll(through(l, x));
            }
            out = next;
        }
        return withUnknown ? out : out.stream().filter(l -> l.unknown() == null).toList();
    }

    /** A leaf so far, continued through each branch of a node (and each branch of the node that branch leads to). */
    private List<Leaf> through(Leaf l, Read x) {
        List<Leaf> out = new ArrayList<>();
        for (int i = 0; i < x.node().branches().size(); i++) {
            Trees.Branch b = x.node().branches().get(i);
            Map<String, BigDecimal> at = new LinkedHashMap<>(l.at());
            if (!b.unknown()) {
                at.put(x.input().id(), x.values().get(i));
            }
            List<Trees.Branch> bs = new ArrayList<>(l.branches());
            bs.add(b);
            String said = (l.said().isEmpty() ? "" : l.said() + ", ") + shortLabel(x.input()) + " "
                    + (b.unknown() ? b.said() : Format.value(x.values().get(i), unit(x.input())));
            Leaf leaf = new Leaf(bs, l.p().multiply(b.p(), MC), at, said, b.unknown() ? b : l.unknown(),
                    b.unknown() ? x.input() : l.unknownInput());
            Read child = x.children().get(i);
            if (child == null) {
                out.add(leaf);
            } else {
                out.addAll(through(leaf, child));
            }
        }
        return out;
    }

    private List<MetricResult> expected(List<Read> read, List<Metric> metrics, Map<String, BigDecimal> base, String scenario, Bar bar,
                                        List<String> notes) {
        if (read.stream().anyMatch(Read::unknown)) {
            throw new InvalidInputException("a branch of your tree has no value (" + leaves(read, Map.of(), true).stream()
                    .filter(l -> l.unknown() != null).map(l -> l.unknown().said()).findFirst().orElse("?") + "), and nothing asks me to solve for it");
        }
        List<Leaf> leaves = leaves(read, base, false);
        List<MetricResult> out = new ArrayList<>();
        for (Metric m : metrics) {
            List<BigDecimal> at = new ArrayList<>();
            for (Leaf l : leaves) {
                at.add(onLeaf(m, scenario, l));
            }
            out.add(expectation(m, scenario, leaves, at));
            if (bar != null && (bar.metric() == null ? m == metrics.get(0) : bar.metric() == m)) {
                BigDecimal p = BigDecimal.ZERO;
                List<String> which = new ArrayList<>();
                for (int i = 0; i < leaves.size(); i++) {
                    int c = at.get(i).compareTo(bar.value());
                    boolean holds = bar.below() ? (bar.inclusive() ? c <= 0 : c < 0) : (bar.inclusive() ? c >= 0 : c > 0);
                    if (holds) {
                        p = p.add(leaves.get(i).p(), MC);
                        which.add(leaves.get(i).said());
                    }
                }
                String line = "Probability that " + Format.inSentence(m.label()) + " is " + bar.said() + " " + Format.value(bar.value(), m.unit())
                        + ": " + Trees.percent(p) + (which.isEmpty() ? " (no leaf is)" : " (" + String.join("; ", which) + ")");
                notes.add(0, line);
                for (int i = 0; i < leaves.size(); i++) {
                    Leaf l = leaves.get(i);
                    out.add(new MetricResult(m.id(), m.label() + " on the leaf " + l.said() + " (p " + Trees.percent(l.p()) + ")",
                            at.get(i), m.unit(), scenario, List.of(), l.said() + " (p " + Trees.percent(l.p()) + "): " + Format.value(at.get(i), m.unit()),
                            null));
                }
            }
        }
        return out;
    }

    /** A metric on one leaf; a leaf the core refuses is named in the refusal. */
    private BigDecimal onLeaf(Metric m, String scenario, Leaf l) {
        try {
            return calculator.value(m, scenario, l.at());
        } catch (InvalidInputException e) {
            throw new InvalidInputException("on the leaf " + l.said() + ", " + e.getMessage());
        }
    }

    /** The expected value of a metric over the leaves, with the sum written out. */
    private static MetricResult expectation(Metric m, String scenario, List<Leaf> leaves, List<BigDecimal> at) {
        BigDecimal sum = BigDecimal.ZERO;
        StringBuilder f = new StringBuilder();
        for (int i = 0; i < leaves.size(); i++) {
            sum = sum.add(leaves.get(i).p().multiply(at.get(i), MC), MC);
            f.append(i == 0 ? "" : " + ").append(leaves.get(i).p().stripTrailingZeros().toPlainString()).append(" \u00d7 ")
                    .append(Format.value(at.get(i), m.unit()));
        }
        f.append(" = ").append(Format.value(sum, m.unit()));
        return new MetricResult(m.id(), "Expected " + Format.inSentence(m.label()) + " over your tree (" + leaves.size() + " leaves)", sum,
                m.unit(), scenario, List.of(), f.toString(), "Each leaf computed exactly, weighted by its probability.", MetricResult.Kind.EXPECTED);
    }

    /** A goal on the expected value: the unknown branch, or an input the same on every branch, solved. */
    private List<MetricResult> solved(List<Read> read, ThreadState.Target t, Map<String, BigDecimal> base, String scenario, List<String> notes) {
        Metric m = t.metric();
        List<Leaf> through = leaves(read, base, true).stream().filter(l -> l.unknown() != null).toList();
        if (through.size() > 1) {
            return solvedAcross(through, read, t, base, scenario, notes);
        }
        if (!through.isEmpty()) {
            Leaf leaf = through.get(0);
            Trees.Branch unknown = leaf.unknown();
            List<Leaf> known = leaves(read, base, false);
            BigDecimal rest = BigDecimal.ZERO;
            List<BigDecimal> at = new ArrayList<>();
            for (Leaf l : known) {
                BigDecimal v = onLeaf(m, scenario, l);
                at.add(v);
                rest = rest.add(l.p().multiply(v, MC), MC);
            }
            BigDecimal own = t.value().subtract(rest, MC).divide(leaf.p(), MC);
            InputId x = leaf.unknownInput();
            Solver.Solution sol = solver.solve(m, own, x, scenario, leaf.at());
            String name = Trees.letter(unknown) == null ? "the unknown branch" : Trees.letter(unknown);
            String headline = "To bring the expected " + Format.inSentence(m.label()) + " to " + Format.value(t.value(), m.unit()) + ", "
                    + name + " (" + shortLabel(x) + " on its branch) must be "
                    + Format.value(sol.value(), unit(x)) + ".";
            notes.add("The other branches give " + Format.value(rest, m.unit()) + " of the goal; the rest, "
                    + Format.value(t.value().subtract(rest, MC), m.unit()) + ", over the probability of " + name + "'s leaf, " + Trees.percent(leaf.p())
                    + ", is " + Format.value(own, m.unit()) + " on its own leaf.");
            List<MetricResult> out = new ArrayList<>();
            out.add(new MetricResult(x.id(), model.require(x.id()).label(), sol.value(), unit(x), scenario, List.of(), sol.check().formula(),
                    headline, MetricResult.Kind.SOLVED));
            List<Leaf> all = new ArrayList<>(known);
            Map<String, BigDecimal> solvedAt = new LinkedHashMap<>(leaf.at());
            solvedAt.put(x.id(), sol.value());
            all.add(new Leaf(leaf.branches(), leaf.p(), solvedAt, leaf.said().replace(shortLabel(x) + " " + unknown.said(),
                    shortLabel(x) + " " + Format.value(sol.value(), unit(x)))));
            at.add(calculator.value(m, scenario, solvedAt));
            out.add(expectation(m, scenario, all, at));
            return out;
        }
        InputId x = t.solveFor();
        if (read.stream().anyMatch(r -> r.input() == x)) {
            return null; // (an input a node sets is no single value to solve for)
        }
        BigDecimal x0 = base.containsKey(x.id()) ? base.get(x.id()) : model.value(x.id(), scenario);
        if (x0 == null || x0.signum() == 0) {
            x0 = BigDecimal.ONE;
        }
        List<Leaf> leaves = leaves(read, base, false);
        BigDecimal found = onLine(v -> expectedAt(m, scenario, leaves, x, v), x0, t.value());
        if (found == null) {
            throw new InvalidInputException("no " + shortLabel(x) + " that I can solve for exactly brings the"
                    + " expected " + Format.inSentence(m.label()) + " over your tree to " + Format.value(t.value(), m.unit())
                    + " (I solve it when the expected value moves in a straight line with it, or with its reciprocal)");
        }
        found = found.round(new MathContext(15, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        String headline = "To bring the expected " + Format.inSentence(m.label()) + " over your tree to " + Format.value(t.value(), m.unit())
                + ", " + shortLabel(x) + " (the same on every branch) must be " + Format.value(found, unit(x)) + ".";
        List<MetricResult> out = new ArrayList<>();
        out.add(new MetricResult(x.id(), model.require(x.id()).label(), found, unit(x), scenario, List.of(), null, headline,
                MetricResult.Kind.SOLVED));
        List<BigDecimal> at = new ArrayList<>();
        List<Leaf> solvedLeaves = new ArrayList<>();
        for (Leaf l : leaves) {
            Map<String, BigDecimal> with = new LinkedHashMap<>(l.at());
            with.put(x.id(), found);
            Leaf sl = new Leaf(l.branches(), l.p(), with, l.said());
            solvedLeaves.add(sl);
            at.add(onLeaf(m, scenario, sl));
        }
        out.add(expectation(m, scenario, solvedLeaves, at));
        return out;
    }

    /**
     * A goal on the expected value when the unknown branch ends several leaves (a node beside other, independent nodes): the
     * expected value is the known leaves' share plus the unknown's leaves, each at the same unknown value; solved as a line in
     * it or in its reciprocal, as an input the same on every branch is, and refused in words otherwise.
     */
    private List<MetricResult> solvedAcross(List<Leaf> through, List<Read> read, ThreadState.Target t, Map<String, BigDecimal> base,
                                            String scenario, List<String> notes) {
        Metric m = t.metric();
        Trees.Branch unknown = through.get(0).unknown();
        InputId x = through.get(0).unknownInput();
        List<Leaf> known = leaves(read, base, false);
        BigDecimal rest = BigDecimal.ZERO;
        for (Leaf l : known) {
            rest = rest.add(l.p().multiply(onLeaf(m, scenario, l), MC), MC);
        }
        BigDecimal share = rest;
        BigDecimal x0 = model.value(x.id(), scenario);
        BigDecimal found = onLine(v -> share.add(expectedAt(m, scenario, through, x, v), MC), x0 == null || x0.signum() == 0 ? BigDecimal.ONE : x0, t.value());
        String name = Trees.letter(unknown) == null ? "the unknown branch" : Trees.letter(unknown);
        if (found == null) {
            throw new InvalidInputException("no value of " + name + " that I can solve for exactly brings the expected " + Format.inSentence(m.label())
                    + " over your tree to " + Format.value(t.value(), m.unit()) + " (it ends " + through.size() + " leaves; I solve it when the"
                    + " expected value moves in a straight line with it, or with its reciprocal)");
        }
        BigDecimal v = found.round(new MathContext(15, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        BigDecimal p = through.stream().map(Leaf::p).reduce(BigDecimal.ZERO, (a, b) -> a.add(b, MC));
        String headline = "To bring the expected " + Format.inSentence(m.label()) + " to " + Format.value(t.value(), m.unit()) + ", " + name + " ("
                + shortLabel(x) + " on its branch) must be " + Format.value(v, unit(x)) + ".";
        notes.add("The leaves without " + name + " give " + Format.value(rest, m.unit()) + " of the goal; " + name + " ends " + through.size()
                + " leaves (p " + Trees.percent(p) + " together), at the same value on each.");
        List<MetricResult> out = new ArrayList<>();
        out.add(new MetricResult(x.id(), model.require(x.id()).label(), v, unit(x), scenario, List.of(), null, headline, MetricResult.Kind.SOLVED));
        List<Leaf> all = new ArrayList<>(known);
        List<BigDecimal> at = new ArrayList<>();
        for (Leaf l : known) {
            at.add(onLeaf(m, scenario, l));
        }
        for (Leaf l : through) {
            Map<String, BigDecimal> with = new LinkedHashMap<>(l.at());
            with.put(x.id(), v);
            Leaf sl = new Leaf(l.branches(), l.p(), with, l.said().replace(shortLabel(x) + " " + unknown.said(), shortLabel(x) + " " + Format.value(v, unit(x))));
            all.add(sl);
            at.add(onLeaf(m, scenario, sl));
        }
        out.add(expectation(m, scenario, all, at));
        return out;
    }

    /**
     * The value where an expected value meets the goal, when it is a straight line in the value or in its reciprocal (a
     * post-money divides the stake): two exact points give the line, and the answer is kept only when the expected value
     * computed again there meets the goal to 1e-24 of it; null otherwise.
     */
    private static BigDecimal onLine(java.util.function.Function<BigDecimal, BigDecimal> expected, BigDecimal x0, BigDecimal goal) {
        BigDecimal x1 = x0.multiply(BigDecimal.valueOf(2));
        BigDecimal e0;
        BigDecimal e1;
        try {
            e0 = expected.apply(x0);
            e1 = expected.apply(x1);
        } catch (InvalidInputException e) {
            return null;
        }
        if (e1.compareTo(e0) == 0) {
            return null;
        }
        BigDecimal lin = x0.add(goal.subtract(e0, MC).multiply(x1.subtract(x0, MC), MC).divide(e1.subtract(e0, MC), MC), MC);
        if (lin.signum() > 0 && meets(expected, lin, goal)) {
            return lin;
        }
        BigDecimal u0 = BigDecimal.ONE.divide(x0, MC);
        BigDecimal u1 = BigDecimal.ONE.divide(x1, MC);
        BigDecimal u = u0.add(goal.subtract(e0, MC).multiply(u1.subtract(u0, MC), MC).divide(e1.subtract(e0, MC), MC), MC);
        if (u.signum() > 0) {
            BigDecimal rec = BigDecimal.ONE.divide(u, MC);
            if (meets(expected, rec, goal)) {
                return rec;
            }
        }
        return null;
    }

    private static boolean meets(java.util.function.Function<BigDecimal, BigDecimal> expected, BigDecimal v, BigDecimal goal) {
        try {
            BigDecimal e = expected.apply(v);
            return e.subtract(goal, MC).abs().compareTo(goal.abs().max(BigDecimal.ONE).multiply(CLOSE)) <= 0;
        } catch (InvalidInputException e) {
            return false;
        }
    }

    private BigDecimal expectedAt(Metric m, String scenario, List<Leaf> leaves, InputId x, BigDecimal v) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Leaf l : leaves) {
            Map<String, BigDecimal> with = new LinkedHashMap<>(l.at());
            with.put(x.id(), v);
            sum = sum.add(l.p().multiply(onLeaf(m, scenario, new Leaf(l.branches(), l.p(), with, l.said())), MC), MC);
        }
        return sum;
    }

    /** A bar read from "P(gain < 0)": its metric (or null: the question's), its side and its value. */
    private record Bar(Metric metric, boolean below, boolean inclusive, BigDecimal value, String said) {
    }

    private Bar bar(Matcher m) {
        String what = m.group("what") != null ? m.group("what") : m.group("what2");
        String op = (m.group("op") != null ? m.group("op") : m.group("op2")).toLowerCase(Locale.ROOT);
        String barText = m.group("bar") != null ? m.group("bar") : m.group("bar2");
        List<Metric> named = what == null || what.isBlank() ? List.of() : reader.metricsNamed(Amounts.normalise(prepare.apply(what)));
        Metric metric = named.isEmpty() ? null : named.get(0);
        List<Amount> figures = Amounts.find(Amounts.normalise(barText));
        if (figures.size() != 1) {
            return null;
        }
        Amount a = figures.get(0);
        BigDecimal v = a.value();
        if (metric != null && metric.unit() == Unit.RATIO && a.kind() != Amount.Kind.RATIO) {
            v = v.signum() == 0 ? v : v.movePointLeft(2);
        }
        boolean below = op.startsWith("<") || op.equals("under") || op.equals("below") || op.equals("less than") || op.equals("at most");
        boolean inclusive = op.contains("=") || op.startsWith("at ");
        String said = below ? inclusive ? "at most" : "below" : inclusive ? "at least" : "above";
        return new Bar(metric, below, inclusive, v, said);
    }

    private Unit unit(InputId x) {
        return model.require(x.id()).unit();
    }

    /** An input's label without its gloss in brackets: "OpenAI's exit valuation". */
    private String shortLabel(InputId x) {
        return Format.inSentence(model.require(x.id()).label().replaceAll("\\s*\\(.*\\)$", ""));
    }

    private String treeNote(List<Read> read) {
        boolean dependent = read.stream().anyMatch(x -> x.children().stream().anyMatch(java.util.Objects::nonNull));
        StringBuilder b = new StringBuilder(dependent ? "Your tree: " : "Your tree, nodes independent: ");
        for (int i = 0; i < read.size(); i++) {
            b.append(i == 0 ? "" : "; ");
            said(read.get(i), b);
        }
        return b.append(".").toString();
    }

    /** A node in words: its input, then each branch's value and probability, and what a branch leads to after an arrow. */
    private void said(Read x, StringBuilder b) {
        b.append(shortLabel(x.input())).append(" ");
        for (int j = 0; j < x.values().size(); j++) {
            Trees.Branch br = x.node().branches().get(j);
            b.append(j == 0 ? "" : x.children().get(j - 1) != null ? "; " : " / ")
                    .append(x.values().get(j) == null ? br.said() : Format.value(x.values().get(j), unit(x.input())));
            if (br.p().compareTo(BigDecimal.ONE) != 0) {
                b.append(" (").append(Trees.percent(br.p())).append(")");
            }
            if (x.children().get(j) != null) {
                b.append(" \u2192 ");
                said(x.children().get(j), b);
            }
        }
    }

    private static RouteDecision decision(List<Read> read) {
        return new RouteDecision(Route.NUMERIC, 0.9, -1, List.of("probability tree: " + read.stream().map(x -> x.input().id() + " x"
                + x.values().size()).reduce((a, b) -> a + ", " + b).orElse("")));
    }

    /** The thread after a tree: the question's own figures and case, and the tree with what was asked of it, kept. */
    private static ThreadState next(ThreadState state, Reading r, String scenario, List<Metric> metrics, List<Read> read, String stem,
                                    java.time.Instant now) {
        Map<InputId, BigDecimal> keep = new EnumMap<>(InputId.class);
        if (state != null && !r.reset()) {
            keep.putAll(state.overrides());
        }
        keep.putAll(r.changes());
        StringBuilder tree = new StringBuilder();
        for (Read x : read) {
            tree.append(tree.length() == 0 ? "" : "; ").append(x.node().said());
        }
        List<String> frames = new ArrayList<>(state == null ? List.of() : state.frames());
        frames.removeIf(k -> k.startsWith(Trees.KEPT + "\t"));
        frames.add(Trees.KEPT + "\t" + tree.toString().replace('\t', ' ') + "\t" + stem.replace('\t', ' '));
        ThreadState base = state != null ? state : ThreadState.empty(now);
        return new ThreadState(keep, List.of(scenario), metrics, null, Route.NUMERIC, base.turns() + 1, now, null, base.solved())
                .withFrames(frames);
    }
}
