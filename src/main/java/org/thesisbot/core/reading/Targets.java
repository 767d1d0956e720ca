package org.thesisbot.core.reading;

import static org.thesisbot.core.reading.Figures.display;
import static org.thesisbot.core.reading.Figures.multiple;
import static org.thesisbot.core.reading.Figures.targetFits;
import static org.thesisbot.core.reading.Figures.value;
import static org.thesisbot.core.reading.Words.INTERROGATIVE;
import static org.thesisbot.core.reading.Words.REPLACING;

import java.math.BigDecimal;
import org.thesisbot.core.api.Format;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.thesisbot.core.scenario.Amount;
import org.thesisbot.core.scenario.InputId;
import org.thesisbot.core.scenario.Metric;
import org.thesisbot.core.state.ThreadState;

/**
 * Targets ("what exit gives a 3x?"): a goal and the input to solve for; the second reading, as a target, of a
 * question the first reading answered forwards although it asks for an input ({@link #reverse}); and the targets
 * offered as a choice when several metrics could be the goal of one figure ({@link #choose}).
 */
final class Targets {
    private static final Pattern REPLACED = Pattern.compile("\\b(?:" + REPLACING + "|vs\\.?|versus)\\s*\\$?$"
            + "|\\d\\s?(?:b|bn|billion|t|tn|trillion|%|x)?\\s+from\\s+(?:the\\s+|its\\s+)?\\$?$");

    /** "get that to 70b", "gets it to exactly zero": the goal is the value of something named before. */
    private static final Pattern POINTED_GOAL = Pattern.compile(
            "\\b(?:that|it|this|them)\\s+(?:\\w+\\s+){0,2}?(?:to|at|=|is|be|hit|reach|equal)\\s+(?:exactly |just |only |about |around )?\\$?$"
                    // "what margin would make that exactly zero", "turn it 20b": the verb's object is the thread's number
                    + "|\\b(?:make|makes|making|turn|turns|turning|get|gets|getting)\\s+(?:that|it|this|them)\\s+(?:exactly |just |only |about |around )?\\$?$");

    /**
     * An interrogative right before a name, with at most two modifiers between: "what exit", "at what post-money", "which
     * aws margin", "how big a check". Not "what if the round …" nor "what % of oai does the 50b buy if the round …".
     */
    /** Words that say the input asked is a level to reach, not the value assumed: "what exit does amazon need". */
    private static final Pattern NEEDS = Pattern.compile("\\b(?:needs?|needed|required?|requires|has to|have to|must|should|"
            + "(?:to|for) (?:hit|reach|get|make|break|pay|double|triple|return|earn|clear|beat|match)|so (?:that|it)|break ?even|breakeven)\\b");
    private static final Pattern ASKED_RIGHT_AFTER = Pattern.compile(
            "\\b(?:what|which|how (?:big|large|high|low|much|long|many|fat|thin|rich|cheap|small))\\s+"
                    + "(?:(?:the|a|an|kind of|sort of|level of|size of|sized?|amount of|[a-z]+'s|aws|amzn|amazon|openai|oai|our|its|their)\\s+){0,2}$");

    /** Right after the name asked, the sources as the subject: "which valuation does the author / the article …". */
    private static final Pattern ASKS_THE_SOURCES = Pattern.compile(
            "^\\s*(?:\\w+\\s+)?(?:does|do|did|is|was|would)\\s+(?:the\\s+|this\\s+)?(?:article|piece|author|source|report|writer|story|reporting)\\b");

    /** A valuation asked in general, outright: "what valuation", "at what mark", "which exit price"; not "what if openai …". */
    private static final Pattern GENERIC_LEVEL = Pattern.compile(
            "(?:at )?(?:what|which|how (?:high|low|big|much))\\s+(?:(?:the|a|an|kind of|sort of|level of|[a-z]+'s|openai|oai|its)\\s+){0,2}"
                    + "(?:exit\\s+)?(?:valuation|mark|price|level)\\b");

    /** Metrics that are themselves a level of an input, found by the model: asked for, they answer a question for the input. */
    private static final Map<Metric, InputId> LEVEL_OF = Map.of(
            Metric.BREAKEVEN_CAPTURE_SHARE, InputId.AWS_CAPTURE_SHARE,
            Metric.PRE_MONEY_VALUATION, InputId.POST_MONEY_VALUATION);

    /** At most this many targets are offered for one figure; beyond, the question is too open to guess at. */
    private static final int MAX_CHOICES = 3;
    /** At most this many targets, over all of a question's figures, are offered for an input no reading solved. */
    private static final int MAX_UNSOLVED_CHOICES = 4;

    private final Knowledge knowledge;
    private final Map<Metric, Set<InputId>> reads;
    private final AskedInputs inputs;

    Targets(Knowledge knowledge, AskedInputs inputs) {
        this.knowledge = knowledge;
        this.reads = knowledge.reads;
        this.inputs = inputs;
    }

    /** A goal said as paying the money back ("repays the investment", "earns the 50b back", "covers the check"). */
    private static final java.util.regex.Pattern REPAYS = java.util.regex.Pattern.compile(
            "\\b(?:repa\\w*|pays?|paid|paying|cover\\w*|recoup\\w*|earns?|earned|makes?|made|wipes?|wash\\w*|nets?|back|even|offsets?|equals?|match\\w*|returns?)\\b");

    /** A clause that supposes: "what if …", "suppose …", "if …". */
    private static final java.util.regex.Pattern HYPOTHESIS = java.util.regex.Pattern.compile(
            "^\\W*(?:(?:and|so|ok|but|now) )?(?:what if|what about if|suppose|supposing|assume|assuming|say|if|imagine)\\b");

    ThreadState.Target target(Work w) {
        if (w.force != null) {
            Force f = w.force;
            List<Mention> figures = w.mentions.stream().filter(m -> m.start() == f.figure()).toList();
            return target(w, new Goal(f.metric(), f.value(), f.start(), f.end(), figures, w.s.substring(f.start(), f.end())));
        }
        // goals that name their metric first, then bare ones ("for a 3x", "25% of it"); the first that makes a target wins
        boolean claims = Claims.active(w);
        Solve askedInput = claims ? inputs.askedInput(w) : null;
        List<Goal> goals = Goals.goals(w);
        for (Goal goal : goals) {
            int where = claims ? Claims.sentenceOfGoal(w, goal.start()) : 0;
            if (claims && !goal.figures().isEmpty() && where >= 0 && !Claims.asksForInput(w, askedInput)
                    && (goal.metric() != null || goal.figures().stream().allMatch(m -> Claims.claimedAt(w, m)))) {
                // (a goal in a question of its own, after someone's reported sentence, is asked: "what valuation would leave
                // amazon 10bn underwater? a source guessed 600bn")
                // "my draft says the stake would be worth $90bn, confirm?": the value to check, not one to solve for
                goal.figures().forEach(m -> Claims.claim(w, m));
                continue;
            }
            ThreadState.Target t = target(w, goal);
            if (t != null) {
                // the same goal said twice ("before we're 10bn under water … worth 10 billion less than it paid"): one target
                for (Goal again : goals) {
                    if (again != goal && again.metric() == t.metric() && again.value().compareTo(t.value()) == 0) {
                        again.figures().forEach(m -> m.consumed = true);
                        w.spent.add(new int[] {again.start(), again.end()});
                        w.cues.add("\"" + again.text() + "\" says the same target again");
                    }
                }
            }
            if (t != null || w.implied != null) {
                return t;
            }
        }
        // "same question but for a 4x", after "what exit makes 2.5x": the thread's target again, at the new value
        ThreadState.Target previous = w.state == null ? null : w.state.target();
        if (previous != null && w.hits.stream().noneMatch(h -> h.strong() && h.metric() != previous.metric())) {
            for (Goal goal : goals) {
                if ((goal.metric() == null || goal.metric() == previous.metric()) && goal.figures().size() == 1
                        && Figures.unitFits(previous.metric(), goal.figures().get(0).amount)) {
                    goal.figures().forEach(m -> m.consumed = true);
                    w.cues.add("the thread's target again, at \"" + goal.text() + "\"");
                    return new ThreadState.Target(previous.metric(), goal.value(), previous.solveFor());
                }
            }
            // "same question but for 2x on our money", after "what exit gets that back to even": the same input solved for,
            // to the one metric reading it that the new figure's unit fits (a multiple: the MOIC)
            for (Goal goal : goals) {
                if (goal.metric() != null || goal.figures().size() != 1 || !AGAIN.matcher(w.s).find()) {
                    continue;
                }
                Amount a = goal.figures().get(0).amount;
                List<Metric> fit = java.util.Arrays.stream(Metric.values()).filter(m -> m != Metric.BREAKEVEN_CAPTURE_SHARE
                        && reads.get(m).contains(previous.solveFor()) && Figures.unitFits(m, a) && m.unit() == Figures.unitOf(a)).toList();
                if (fit.size() == 1) {
                    goal.figures().forEach(m -> m.consumed = true);
                    w.cues.add("the thread's question again, for \"" + goal.text() + "\" as " + fit.get(0).id());
                    return new ThreadState.Target(fit.get(0), value(fit.get(0), a), previous.solveFor());
                }
            }
        }
        return null;
    }

    /** Before a goal's figure, a verb that adds it to the number as it stands: "what capture share adds 5bn of profit". */
    private static final java.util.regex.Pattern ADDS_BEFORE = java.util.regex.Pattern.compile(
            "\\b(?:adds?|adding|tacks? on|puts? on)(?: (?:another|an extra|a further|an additional))?\\s*\\$?$"
                    + "|\\b(?<up>up|down)(?: by)?\\s*\\$?$");
    /** Right after a goal's figure, "off" the number: "knocks 10bn off aws rev", "takes 1 pt off our %". */
    private static final java.util.regex.Pattern OFF_AFTER = java.util.regex.Pattern.compile(
            // (not "a 2x off that entry": from the price paid)
            "^\\s*(?:pts?|points?|bps|bn|b|billion)?\\s*off\\b(?! (?:that|this|the|our|an?|its) (?:entry|price|post|basis|cost|check|cheque|investment|valuation|base)\\b)");
    /** After a goal's figure, its way from the number as it stands, then that number: "10bn better than base". */
    private static final java.util.regex.Pattern AGAINST_AFTER = java.util.regex.Pattern.compile(
            // (right after the figure and its unit: "10bn better than base", "2 pts below the 5y number"; not a form asked for
            // the answer further on, "15bn a yr off oai - pts above the base 50%")
            "^\\s*(?:pts?|points?|percentage points?|bps|bn|b|billion|x|%)?\\s*(?:more |less )?(?:(?<up>on top of|above|over|better than|higher than|more than|ahead of|up on)|(?<down>below|under|worse than|lower than|less than"
                    + "|short of|down on|behind))\\s+(?:the |what |where |our |your |today'?s )?(?:base|bull|bear|as[- ]is|current|model|today|now"
                    // ("40bn more than it is today")
                    + "|(?:it|that|this)(?:'s| is| stands)(?: (?:today|now|currently))?"
                    + "|where (?:base|it|we|the model) (?:has it|is|are|stands?)|the (?:[^\\s,;.?!]+ ){1,2}(?:number|figure|one|level|case)|[^\\s,;.?!]+ number|what (?:you|u) have)\\b");

    /** A bare comparative right after a goal's figure, ending its clause: "what exit gets that 10bn higher". */
    private static final java.util.regex.Pattern COMPARATIVE_AFTER = java.util.regex.Pattern.compile(
            "^\\s*(?:pts?|points?|percentage points?|bps|bn|b|billion|x|%)?\\s*(?:(?<up>higher|more|bigger|larger|better|up)|(?<down>lower|less|smaller|worse|down))"
                    + "\\s*(?:[?.!,;]|$|-\\s)");

    /** +1 or -1 when the goal's figure is said against the number as it stands, not as a value; 0 otherwise. */
    static int relativeSign(Work w, Mention m, Metric metric) {
        String before = w.s.substring(Math.max(w.clauseStart(m.start()), m.start() - 30), m.start());
        String after = w.s.substring(m.end());
        java.util.regex.Matcher adds = ADDS_BEFORE.matcher(before);
        // (a gain is itself a move from the money put in: "down 20bn on the stake" is a loss of 20bn, not 20bn less than now)
        boolean gainLike = metric == Metric.GAIN || metric == Metric.COMBINED_PAYOFF;
        if (adds.find() && !(gainLike && adds.group("up") != null)) {
            return "down".equals(adds.group("up")) ? -1 : 1;
        }
        if (OFF_AFTER.matcher(after).lookingAt()) {
            return -1;
        }
        java.util.regex.Matcher comparative = COMPARATIVE_AFTER.matcher(after);
        // ("what exit has us 20bn up": a gain's own "up")
        if (comparative.lookingAt() && !(gainLike && comparative.group().matches("(?s).*\\b(?:up|down)\\b.*"))) {
            return comparative.group("up") != null ? 1 : -1;
        }
        java.util.regex.Matcher against = AGAINST_AFTER.matcher(after);
        if (against.lookingAt()) {
            // ("2 pts below the 5y number": the figure in the number it is set against names that number, not a change)
            int end = m.end() + against.end();
            w.mentions.stream().filter(o -> o.start() >= m.end() && o.end() <= end).forEach(o -> o.consumed = true);
            return against.group("up") != null ? 1 : -1;
        }
        return 0;
    }

    /** A follow-up that asks the thread's question again: "same question but for …", "and for …", "what about for …". */
    private static final java.util.regex.Pattern AGAIN = java.util.regex.Pattern.compile(
            "\\b(?:same (?:question|thing|q|ask)|same but|(?:and|what about|how about|now) for)\\b");

    /** Per year, said after a figure: "a year", "per annum", "/yr", "annually", "p.a.". */
    private static final String YEARLY = "(?:(?:a|per|each|every) (?:year|yr|annum)\\b|/ ?(?:yr|year|y)\\b|annually\\b|yearly\\b|p\\.?a\\.?(?!\\w))";

    /** Right after a profit goal's figure: said per year ("3bn a year", "4bn/yr", "2bn annually"). */
    private static final java.util.regex.Pattern PROFIT_PER_YEAR_AFTER = java.util.regex.Pattern.compile(
            "^\\s*(?:bn|b|billion)?\\s*(?:(?:of )?(?:op(?:erating)? )?profit )?" + YEARLY);

    /** The profit named in a goal's own words ("aws profit to 3bn a year"), not a figure re-read as its goal. */
    private static final java.util.regex.Pattern PROFIT_WORDS = java.util.regex.Pattern.compile("\\b(?:profits?|earnings|income|ebit)\\b");

    /**
     * The goal's figure is a profit: the goal names AWS's profit in its own words, or the words right after its yearly figure
     * do ("aws 6bn/yr of operating profit"), or its clause names no flow at all ("move the target to 5bn/yr", the thread's
     * profit target again).
     */
    private static boolean profitSaid(Work w, Goal goal) {
        if (PROFIT_WORDS.matcher(goal.text()).find()) {
            return true;
        }
        Mention f = goal.figures().get(0);
        if (PROFIT_NAMED_AFTER.matcher(w.s.substring(f.end())).lookingAt()) {
            return true;
        }
        String clause = w.s.substring(w.clauseStart(f.start()), w.clauseEnd(f.end()));
        return !PROFIT_WORDS.matcher(clause).find() && !OTHER_FLOW.matcher(clause).find();
    }

    /** A yearly figure, then the profit it is: "6bn/yr of operating profit", "4bn a year of op income". */
    private static final java.util.regex.Pattern PROFIT_NAMED_AFTER = java.util.regex.Pattern.compile(
            "^\\s*(?:bn|b|billion)?\\s*" + YEARLY + "\\s*(?:of )?(?:aws'?s? )?(?:op(?:erating)? )?(?:profits?|income|earnings|ebit)\\b");

    /** A flow other than AWS's profit: its revenue, OpenAI's spend. */
    private static final java.util.regex.Pattern OTHER_FLOW = java.util.regex.Pattern.compile("\\b(?:rev|revenues?|sales|spend|spending|top ?line|billings?)\\b");

    private ThreadState.Target target(Work w, Goal goal) {
        Solve solve = w.force != null ? new Solve(w.force.solveFor(), false, w.force.solveStart(), w.force.solveEnd(), w.force.preMoney())
                : inputs.solveFor(w, goal);
        if (solve == null) {
            w.rejected.add("\"" + goal.text() + "\" reads like a target, but the question names nothing to solve for");
            return null;
        }
        // (the pre-money alone: it is an input said another way; "what if the stake is worth $100B" still asks for an exit)
        // ("what stake would amazon hold if the round were struck at a pre-money of 1.05t": another metric, asked before the
        // pre-money and before any input named, is the question; the pre-money given is an input too)
        int firstNamed = solve.start() < 0 ? goal.start() : Math.min(goal.start(), solve.start());
        boolean otherAsked = w.hits.stream().anyMatch(h -> h.metric() != Metric.PRE_MONEY_VALUATION && h.strong() && h.end() <= firstNamed);
        if (w.force == null && goal.metric() == Metric.PRE_MONEY_VALUATION && !goal.figures().isEmpty()
                && (otherAsked || (solve.start() < 0 || solve.start() >= w.clauseStart(goal.start()) && solve.end() <= goal.end())
                && HYPOTHESIS.matcher(w.s.substring(w.clauseStart(goal.start()), goal.start())).find())) {
            // "what if it gets pushed to a 950 pre": a figure supposed, not a value some input must be solved to reach
            w.rejected.add("\"" + goal.text() + "\" is supposed (\"what if\"), not a target");
            return null;
        }
        InputId x = solve.input();
        Metric metric = goal.metric() != null ? goal.metric() : inputs.defaultMetric(w, x, goal);
        if (metric == null) {
            return null;
        }
        if (x == null) {
            x = inputs.defaultSolveFor(metric, w.s, solve.valuationWord());
            w.solvedByDefault = true;
        }
        if (x == null) {
            // "what gets the combined payoff to zero?": the exit or AWS's share could move it; both are offered
            InputId first = InputId.EXIT_VALUATION;
            w.ambiguity = new Reading.Ambiguity(goal.text(), goal.value(), first, InputId.AWS_CAPTURE_SHARE, goal.value());
            x = first;
        }
        Metric built = w.force == null ? builtOn(metric, x) : null;
        BigDecimal value = goal.value();
        if (metric == Metric.AWS_COMPUTE_PROFIT && goal.figures().size() == 1 && profitSaid(w, goal)
                && PROFIT_PER_YEAR_AFTER.matcher(w.s.substring(goal.figures().get(0).end())).lookingAt()) {
            // "what capture share gets aws profit to 3bn a year": the model's profit is the compute window's, so a year of
            // it is the goal times the window's years (also a goal re-read from a figure whose own words name the profit,
            // "what capture share gets aws 6bn/yr of operating profit", or the thread's profit target moved, "move the target
            // to 5bn/yr")
            BigDecimal years = w.current(InputId.COMPUTE_YEARS);
            value = value.multiply(years);
            w.used.add("Reading " + Format.money(goal.value()) + " a year of AWS profit as " + Format.money(value) + " over the "
                    + years.stripTrailingZeros().toPlainString() + "-year compute window.");
        }
        if (built == Metric.COMBINED_PAYOFF && metric == Metric.AWS_COMPUTE_PROFIT && value.compareTo(w.current(InputId.INVESTMENT)) == 0
                && REPAYS.matcher(goal.text()).find()) {
            // "at what exit do we break even once you count aws's compute profit too": the profit repaying the check, read
            // with the stake beside it, is a combined payoff of nothing (it already takes the check off)
            value = BigDecimal.ZERO;
        }
        if (built != null) {
            // "what capture share for a 15bn per annum compute run-rate": OpenAI's spend per year does not depend on AWS's
            // share, the AWS revenue built on it does; the target is that one, and the answer says so
            w.cues.add("target " + metric.id() + " does not read " + x.id() + " -> " + built.id());
            w.used.add("Reading \"" + goal.text() + "\" as " + built.label() + ": " + metric.label() + " does not depend on "
                    + knowledge.model.require(x.id()).label() + ".");
            metric = built;
        }
        for (Mention m : goal.figures()) {
            m.consumed = true;
        }
        w.spent.add(new int[] {goal.start(), goal.end()});
        if (metric == Metric.AWS_COMPUTE_PROFIT && x == InputId.AWS_CAPTURE_SHARE
                && goal.value().compareTo(w.current(InputId.INVESTMENT)) == 0
                && REPAYS.matcher(w.force == null ? goal.text() : w.s.substring(w.clauseStart(goal.start()), goal.end())).find()) {
            // the share at which compute profit repays the investment is a metric of its own; a level of profit that happens
            // to be the check's size ("what capture gets aws profit to 50bn") is a target like any other, and so is one a
            // second reading finds (a re-read whose target became another metric would be dropped)
            w.implied = Metric.BREAKEVEN_CAPTURE_SHARE;
            w.cues.add("target " + metric.id() + " = the investment -> " + w.implied.id());
            return null;
        }
        if (solve.start() >= 0) {
            w.spent.add(new int[] {solve.start(), solve.end()});
        }
        w.cues.add("target " + metric.id() + " = " + value.stripTrailingZeros().toPlainString() + " -> solve " + x.id());
        w.relativeSign = goal.figures().size() == 1 ? relativeSign(w, goal.figures().get(0), metric) : 0;
        w.goal = goal;
        if (solve.preMoney()) {
            w.alsoShow = Metric.PRE_MONEY_VALUATION;
        }
        return new ThreadState.Target(metric, value, x);
    }

    /**
     * "ok now solve for 25% instead", "and for 30%?", after "what exit clears an 18% irr": a follow-up that names no metric
     * and gives one figure that no input took, of the unit of the thread's target, asks the thread's target again at that
     * figure (any other figure it gives still sets its input: "and for 30% over 6 yrs").
     */
    private Force targetAgain(Work w, Reading r) {
        ThreadState.Target previous = w.state == null ? null : w.state.target();
        if (previous == null || r.target() != null || !r.lookups().isEmpty() || w.hits.stream().anyMatch(Hit::strong)
                || r.changes().containsKey(previous.solveFor())) {
            return null;
        }
        List<Mention> free = w.mentions.stream().filter(m -> !m.consumed && m.amount.kind() != Amount.Kind.CALENDAR_YEAR).toList();
        if (free.size() != 1 || !Figures.unitFits(previous.metric(), free.get(0).amount)
                || Figures.unitOf(free.get(0).amount) != previous.metric().unit()) {
            return null;
        }
        Mention m = free.get(0);
        return new Force(previous.metric(), value(previous.metric(), m.amount), m.start(), m.end(), m.start(), previous.solveFor(),
                -1, -1, false, m.amount.text() + " was unused; the thread's target " + previous.metric().id() + " again, at it");
    }

    /**
     * A second reading, as a target, of a question the first reading answered forwards although it asks for an
     * input. "at what post-money does the 50b only buy 4 pct" names an input to find (the post-money) and holds a
     * figure that no input took (4 pct); "at what exit does amazon walk away with 2.5x" sets the very input it asks
     * for. Either way the figure is the value some metric must reach: the metric that reads the asked input and has
     * the figure's unit, preferring one the question (or else the thread) names. Only one such metric may fit;
     * otherwise the first reading stands, with its "I didn't use" note.
     */
    Force reverse(Work w, Reading r) {
        Force again = targetAgain(w, r);
        if (again != null) {
            return again;
        }
        java.util.regex.Matcher even = BREAKEVEN_EXIT.matcher(w.s);
        if (even.find() && (r.target() == null || r.target().value().signum() == 0 && r.target().solveFor() == InputId.EXIT_VALUATION
                && r.target().metric() != Metric.GAIN && r.target().metric() != Metric.COMBINED_PAYOFF)) {
            // "what's the breakeven exit on our stake": the exit at which the stake is worth what was paid (with AWS's
            // profit counted in, the combined payoff at zero), whatever metric "breakeven" was first read as a threshold for
            Metric m = COUNTS_AWS.matcher(w.s).find() ? Metric.COMBINED_PAYOFF : Metric.GAIN;
            return new Force(m, BigDecimal.ZERO, even.start(), even.end(), -1, InputId.EXIT_VALUATION, even.start(1), even.end(1), false,
                    "a breakeven exit: " + m.id() + " = 0");
        }
        Hit breakeven = bareBreakeven(w, r);
        if (breakeven != null) {
            Solve asked = inputs.askedInput(w);
            Force f = repaysAskingAnother(w, r, breakeven, asked);
            if (f == null) {
                f = breakEvenAskingExit(w, breakeven, asked);
            }
            if (f != null) {
                return f;
            }
        }
        boolean candidate = r.target() != null ? w.solvedByDefault : w.mentions.stream().anyMatch(m ->
                m.amount.kind() != Amount.Kind.CALENDAR_YEAR && (!m.consumed || w.uncued.contains(m)
                        || multiple(m.amount) || pointedGoal(w, m)));
        // (the input asked is looked for only when a figure could be a goal: one that a strong metric phrase comes before)
        boolean afterMetric = r.target() == null && w.mentions.stream().anyMatch(m -> m.consumed
                && w.hits.stream().anyMatch(h -> h.strong() && h.end() <= m.start()));
        Solve asked = candidate || afterMetric ? inputs.askedInput(w) : null;
        if (!candidate && (asked == null || w.mentions.stream().noneMatch(m -> goalOfAskedInput(w, r, m, asked)))) {
            return null; // most questions: every figure has a cued role, or there is none (no second look needed)
        }
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
                    || !reads.get(t.metric()).contains(asked.input()) || r.changes().containsKey(asked.input())
                    // "how many years for the annual spend to drop to 15bn": a period asked for; the spend is only named
                    || isPeriod(t.solveFor()) && !isPeriod(asked.input())) {
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
            // ("what valuation does it take to double?": a valuation asked in general, set by the multiple, is asked too)
            boolean setsAsked = (multiple(m.amount) || pointedGoal(w, m)) && (asked.input() != null ? w.setBy.get(asked.input()) == m
                    : multiple(m.amount) && (w.setBy.get(InputId.EXIT_VALUATION) == m || w.setBy.get(InputId.POST_MONEY_VALUATION) == m));
            // a figure given to an input on no cue at all ("30b" as the compute spend in "margin aws would need for the
            // compute profit to come in at 30b") may be the value of the metric the question names instead
            if (REPLACED.matcher(w.s.substring(w.clauseStart(m.start()), m.start())).find()) {
                continue; // "10bn instead of 8": the figure replaced is nobody's target
            }
            boolean weak = w.uncued.contains(m);
            // a figure after a pronoun goal ("flip it: what exit gets that to 30%") is the goal's, whatever input took it
            // (so is one that said again a value the model has: "what exit gets that back to 50", after the stake's value)
            // a figure cued to an input, after the metric that reads the asked input, when no figure sets the asked input: the
            // question solves for that input, so the figure is the metric's goal ("what margin is needed for compute profit on
            // the openai spend to come in at 25bn": "spend" named what the profit is on, not what 25bn is)
            boolean goalOfAsked = m.consumed && !weak && goalOfAskedInput(w, r, m, asked);
            if (m.consumed && !setsAsked && !weak && !(asked.input() != null && pointedGoal(w, m)) && !goalOfAsked) {
                continue;
            }
            List<InputId> wanted = asked.input() != null ? List.of(asked.input())
                    : List.of(InputId.POST_MONEY_VALUATION, InputId.EXIT_VALUATION);
            List<Metric> fit = targetMetrics(w, m, wanted, weak && !setsAsked, asked);
            if (fit.size() > 1 && w.state != null && w.hits.isEmpty()) {
                fit = threadsOwn(w, fit, x -> x);
            }
            if (fit.size() > 1 && fit.size() <= MAX_CHOICES && w.choices.isEmpty()) {
                for (Metric f : fit) {
                    InputId fx = asked.input() != null ? asked.input() : inputs.defaultSolveFor(f, w.s, true);
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
            InputId x = asked.input() != null ? asked.input() : inputs.defaultSolveFor(metric, w.s, true);
            Mention setter = x == null ? null : w.setBy.get(x);
            // (a figure said in someone's reported sentence is theirs to check: "someone claims it doubles if oai hits 1.5T.")
            boolean reported = setter != null && Claims.sentenceOfGoal(w, setter.start()) == 1;
            if (x == null || !reads.get(metric).contains(x) || (r.changes().containsKey(x) && !setsAsked && !reported
                    && !pointsAtAnother(w, setter, x))) {
                continue;
            }
            return new Force(metric, Goals.lossSigned(w, metric, value(metric, m.amount)), m.start(), m.end(), m.start(), x, asked.start(), asked.end(),
                    asked.preMoney(), m.amount.text() + (setsAsked ? " set the asked " + x.id() : goalOfAsked ? " follows the metric of the asked " + x.id() : " was unused") + "; " + metric.id() + " = it, solve "
                            + x.id());
        }
        return null;
    }

    /**
     * True when the question asks for an input that no figure sets, and {@code m} comes after a strongly named metric that
     * reads that input and whose unit the figure has: without it, the question would ask for an input and get the metric
     * computed forwards, which does not answer it.
     */
    private boolean goalOfAskedInput(Work w, Reading r, Mention m, Solve asked) {
        if (!m.consumed || asked.input() == null || r.target() != null || r.changes().containsKey(asked.input())
                || w.setBy.get(asked.input()) != null) {
            return false;
        }
        if (r.metrics().contains(Metric.BREAKEVEN_CAPTURE_SHARE)) {
            return false; // the breakeven share is its own metric, above 100% included ("what share … to pay back the 50b")
        }
        for (Map.Entry<InputId, Mention> e : w.setBy.entrySet()) {
            if (e.getValue() == m && r.changes().containsKey(e.getKey()) && w.current(e.getKey()) != null
                    && w.current(e.getKey()).compareTo(r.changes().get(e.getKey())) == 0) {
                return false; // a figure that says an input's own value again ("pay back the 50b") is that input's
            }
        }
        for (Hit h : w.hits) {
            // (a metric's words that described the figure, "at a $900bn pre-money", name no metric to reach)
            if (h.strong() && !w.isSpent(h.start(), h.end()) && h.end() <= m.start() && h.start() > asked.end() && w.clauseStart(m.start()) <= h.start()
                    && reads.get(h.metric()).contains(asked.input()) && targetFits(h.metric(), m.amount)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "What margin would AWS need for that profit alone to pay back the 50b?": a breakeven ("pay back", "repay", "break
     * even") that asks for another input than AWS's share. The breakeven capture share answers the question only for the
     * share; for the margin or the compute spend, the same condition (compute profit equal to the investment) is a target
     * solved for the input asked. A question that names the breakeven capture share itself keeps it.
     */
    private Force repaysAskingAnother(Work w, Reading r, Hit hit, Solve asked) {
        if (asked == null || asked.input() == null || asked.input() == InputId.AWS_CAPTURE_SHARE
                || !reads.get(Metric.AWS_COMPUTE_PROFIT).contains(asked.input()) || r.changes().containsKey(asked.input())) {
            return null;
        }
        BigDecimal investment = r.changes().getOrDefault(InputId.INVESTMENT, w.current(InputId.INVESTMENT));
        // the investment said again ("pay back the whole 50b") is the goal's figure, not a figure for another input
        Mention said = w.setBy.containsKey(InputId.INVESTMENT) ? w.setBy.get(InputId.INVESTMENT) : w.mentions.stream()
                .filter(m -> m.amount.kind() == Amount.Kind.MONEY && m.amount.value().compareTo(investment) == 0)
                .findFirst().orElse(null);
        int start = said == null ? hit.start() : Math.min(hit.start(), said.start());
        int end = said == null ? hit.end() : Math.max(hit.end(), said.end());
        return new Force(Metric.AWS_COMPUTE_PROFIT, investment, start, end, said == null ? -1 : said.start(), asked.input(), asked.start(),
                asked.end(), false, "a breakeven asking for " + asked.input().id() + ": compute profit = the investment, solve "
                + asked.input().id());
    }

    private static final java.util.regex.Pattern NAMES_SHARE = java.util.regex.Pattern.compile("share|capture");

    /** The breakeven phrase of a reading that asks for the breakeven capture share without naming the share, and solves nothing. */
    private static Hit bareBreakeven(Work w, Reading r) {
        if (r.target() != null || !r.metrics().contains(Metric.BREAKEVEN_CAPTURE_SHARE)) {
            return null;
        }
        Hit hit = w.hits.stream().filter(h -> h.metric() == Metric.BREAKEVEN_CAPTURE_SHARE).findFirst().orElse(null);
        return hit == null || NAMES_SHARE.matcher(hit.phrase()).find() ? null : hit;
    }

    /**
     * "What exit do we need to break even?": a breakeven said without AWS's share ("break even", "pay back the check") in
     * a question that asks for the exit is the exit at which Amazon's money comes back: the gain on the stake at zero, or
     * the combined payoff at zero when the question (or the thread) counts AWS's profit in. The breakeven capture share
     * answers only a question about the share.
     */
    private Force breakEvenAskingExit(Work w, Hit hit, Solve asked) {
        if (NAMES_SHARE.matcher(w.s).find()) {
            return null;
        }
        if (asked == null || (asked.input() != InputId.EXIT_VALUATION && !(asked.input() == null && asked.valuationWord()))) {
            return null;
        }
        boolean withAws = COUNTS_AWS.matcher(w.s).find() || w.state != null && w.state.metrics().contains(Metric.COMBINED_PAYOFF);
        Metric m = withAws ? Metric.COMBINED_PAYOFF : Metric.GAIN;
        return new Force(m, BigDecimal.ZERO, hit.start(), hit.end(), -1, InputId.EXIT_VALUATION, asked.start(), asked.end(), false,
                "a breakeven asking for the exit: " + m.id() + " = 0");
    }

    /** A valuation named by its breakeven: "the breakeven exit", "break-even valuation"; group 1 is the valuation's word. */
    private static final java.util.regex.Pattern BREAKEVEN_EXIT = java.util.regex.Pattern.compile(
            "\\bbreak[- ]?even (exit(?: valuation| value)?|valuation|mark|price)\\b");

    /** AWS's side counted in: "counting aws profit", "with the compute margin". */
    private static final java.util.regex.Pattern COUNTS_AWS = java.util.regex.Pattern.compile("\\b(?:aws|compute|cloud|margin|profits?)\\b");

    /**
     * The metrics a figure can be the target of, given the inputs asked for, at the first level that has any: a metric
     * the question names decides (and one that does not fit the figure's unit rules the figure out); else the thread's
     * metric when the question points at it ("get that to 70b"); else every metric of that unit (one is the goal; two
     * or three are offered as a choice).
     *
     * @param namedOnly the figure was given to an input on no cue: only a metric the question names (or points at) may claim it
     */
    private List<Metric> targetMetrics(Work w, Mention m, List<InputId> wanted, boolean namedOnly, Solve asked) {
        List<Metric> reading = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            if (metric != Metric.BREAKEVEN_CAPTURE_SHARE && wanted.stream().anyMatch(x -> reads.get(metric).contains(x))) {
                reading.add(metric);
            }
        }
        List<Metric> named = new ArrayList<>();
        boolean perYear = knowledge.perYear(w.s);
        for (Hit h : w.hits) {
            if (h.start() >= asked.start() && h.end() <= asked.end() && m.amount.kind() != Amount.Kind.PLAIN) {
                // "at what pre-money does our 50 buy 4%": the pre-money is what is asked, not the goal's metric (a bare
                // number, "need 2 numbers: the stake and the implied pre-money", is no goal's value)
                continue;
            }
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
            boolean strongly = w.hits.stream().anyMatch(h -> h.strong() && named.contains(h.metric()));
            if (fit.size() == 1 || !fit.isEmpty() || strongly) {
                return fit.size() == 1 ? fit : List.of();
            }
            // only a plain word names a metric, and it does not fit the figure ("so amazon makes 2.5x": "makes" is no
            // gain of 2.5x): the figure's own unit decides, below
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

    /**
     * The figure that set the asked input is, said with "the", "our" or "amazon's", the value another input already has:
     * "at what pre-money does our 50 buy 4%" points at the investment, so the pre-money is still to be found.
     */
    private static boolean pointsAtAnother(Work w, Mention setter, InputId x) {
        if (setter == null || !OWNED_BEFORE.matcher(w.s.substring(Math.max(0, setter.start() - 12), setter.start())).find()) {
            return false;
        }
        for (InputId id : InputId.values()) {
            if (id != x && w.current(id) != null && w.current(id).compareTo(setter.amount.value()) == 0) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern OWNED_BEFORE = java.util.regex.Pattern.compile(
            "\\b(?:the|that|our|its|their|amazon'?s) \\$?$");

    /** The figure follows a pronoun goal in its clause ("get that to 70b"). */
    private static boolean pointedGoal(Work w, Mention m) {
        return POINTED_GOAL.matcher(w.s.substring(w.clauseStart(m.start()), m.start())).find();
    }

    /**
     * "what exit gets amazon to 40b": the question asks for an input and holds a figure several metrics could be the
     * goal of. No number is assumed: the targets are offered as a choice, and the figure sets no input meanwhile.
     */
    Reading choose(Work w, Reading r) {
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

    /**
     * The last look at a question that asks for an input ("at what mark does our stake lose 15b", "what aws margin doubles
     * the base payoff") which no reading solved for, looked up, or offered targets for: a forward number would answer
     * a question nobody asked, confidently. Instead each figure the question gives is offered as the goal of each metric
     * that reads the asked input and fits its unit (the metrics the question names first), none assumed; with no figure
     * to offer, the reading only says which input it could not find. The reading is returned unchanged when it answers
     * the ask, or when the asked name is a metric's own word ("the breakeven capture share").
     */
    /** A share asked, not an amount: "what share of oai's compute do you route away from aws" asks the capture share's rest. */
    private static final Pattern SHARE_ASKED = Pattern.compile("\\b(?:share|cut|percent|pct|portion|fraction|proportion|slice)\\b|%");

    Reading unanswered(Work w, Reading r) {
        if (!r.asksNumbers() || r.target() != null || !r.lookups().isEmpty() || !r.targetChoices().isEmpty()
                || r.ambiguity() != null || !r.candidates().isEmpty()) {
            return r;
        }
        Solve asked = inputs.askedInput(w);
        if (asked == null || asked.start() < 0) {
            return r;
        }
        String name = w.s.substring(asked.start(), asked.end());
        boolean ownQuestion = asked.input() != null && INTERROGATIVE.matcher(name).lookingAt();
        if (asked.input() == null ? !GENERIC_LEVEL.matcher(name).lookingAt()
                : !ownQuestion && !ASKED_RIGHT_AFTER.matcher(w.s.substring(Math.max(0, asked.start() - 40), asked.start())).find()) {
            return r; // only a name the question asks for outright ("what exit", "at what mark", "how big a check") is checked
        }
        if (ASKS_THE_SOURCES.matcher(w.s.substring(asked.end(), Math.min(w.s.length(), asked.end() + 40))).lookingAt()) {
            return r; // "which valuation does the author hang the 'massive return' line on": asked of the sources
        }
        boolean amountOfRest = !r.rests().isEmpty() && !SHARE_ASKED.matcher(name).find();
        if (ownQuestion && w.hits.stream().anyMatch(h -> h.strong() && (r.metrics().contains(h.metric()) || h.rest() && amountOfRest))) {
            // "how much of openai's compute … ends up as aws revenue": the metric named is what "how much" asks ("… leaks to
            // other clouds": the rest of it)
            return r;
        }
        // "at what mark …": a valuation asked in general is the post-money for a stake, the exit for what is valued later
        List<InputId> wanted = asked.input() != null ? List.of(asked.input())
                : List.of(InputId.POST_MONEY_VALUATION, InputId.EXIT_VALUATION);
        InputId x = asked.input() != null ? asked.input() : r.metrics().stream()
                .map(m -> inputs.defaultSolveFor(m, w.s, true)).filter(wanted::contains).findFirst().orElse(InputId.EXIT_VALUATION);
        for (InputId given : wanted) {
            Mention setter = w.setBy.get(given);
            if (r.changes().containsKey(given) && setter != null && !w.uncued.contains(setter)) {
                return r; // "say 800 is what openai's worth before the round money goes in - our %?": the name gives a value
            }
        }
        for (Metric m : r.metrics()) {
            if (LEVEL_OF.get(m) != null && (asked.input() == null || LEVEL_OF.get(m) == asked.input())) {
                return r; // "what share would aws need to win to pay back the 50b": the breakeven share is that input's level
            }
        }
        for (Hit h : w.hits) {
            if (r.metrics().contains(h.metric()) && h.start() < asked.end() && asked.start() < h.end() && !h.rest()) {
                // "what's the breakeven capture share": the asked name is inside the metric's words (not a rest's words, which
                // may begin with the name's last word: "what share of oai's compute do you route away from aws")
                return r;
            }
        }
        Map<Metric, InputId> reading = new EnumMap<>(Metric.class);
        for (Metric m : Metric.values()) {
            InputId mx = asked.input() != null ? asked.input() : inputs.defaultSolveFor(m, w.s, true);
            if (m != Metric.BREAKEVEN_CAPTURE_SHARE && mx != null && wanted.contains(mx) && reads.get(m).contains(mx)) {
                reading.put(m, mx);
            }
        }
        List<ThreadState.Target> choices = new ArrayList<>();
        List<Mention> offered = new ArrayList<>();
        for (Mention m : w.mentions) {
            if (m.amount.kind() == Amount.Kind.CALENDAR_YEAR || m.amount.kind() == Amount.Kind.YEARS
                    || REPLACED.matcher(w.s.substring(w.clauseStart(m.start()), m.start())).find()) {
                continue; // a period is no goal's value; "10bn instead of 8": the figure replaced is nobody's target
            }
            if (!w.uncued.contains(m) && w.setBy.entrySet().stream().anyMatch(e -> e.getValue() == m && !wanted.contains(e.getKey()))) {
                continue; // a figure its own words give to another input ("at a 1T post") is that input's
            }
            List<Metric> fit = reading.keySet().stream().filter(metric -> targetFits(metric, m.amount)).toList();
            List<Metric> named = fit.stream().filter(metric -> w.hits.stream().anyMatch(h -> h.metric() == metric
                    || h.metric() == Metric.STAKE && metric == Metric.STAKE_VALUE && m.amount.kind() == Amount.Kind.MONEY)).toList();
            for (Metric metric : named.isEmpty() ? fit : named) {
                choices.add(new ThreadState.Target(metric, Goals.lossSigned(w, metric, value(metric, m.amount)), reading.get(metric)));
            }
            offered.add(m);
        }
        if (choices.size() > 1 && w.state != null && w.mentions.size() == 1) {
            List<ThreadState.Target> own = threadsOwn(w, choices, ThreadState.Target::metric);
            choices.retainAll(own);
        }
        if (asked.input() == null && !choices.isEmpty() && choices.stream().allMatch(t -> t.solveFor() == choices.get(0).solveFor())) {
            x = choices.get(0).solveFor(); // "at what mark does our stake lose 15b": the exit, by what the figure could reach
        }
        List<String> cues = new ArrayList<>(r.cues());
        cues.add("asks for " + x.id() + " (\"" + w.s.substring(asked.start(), asked.end()) + "\"), which no reading solved for");
        if (choices.isEmpty() && asked.input() != null && w.mentions.isEmpty() && !NEEDS.matcher(w.s).find()) {
            // "bull case - what capture share does aws get of oai's compute in that one": no figure, no goal, nothing
            // needed: the input's value, asked in words a metric shares ("aws get")
            cues.add("no goal and no figure: the value of " + x.id());
            return new Reading(List.of(), null, r.changes(), r.scenarios(), r.reset(), List.of(x), r.used(), r.unused(), r.rejected(),
                    null, List.of(), 0.8, cues).withRests(r.rests());
        }
        if (choices.isEmpty() || choices.size() > MAX_UNSOLVED_CHOICES) {
            return new Reading(List.of(), null, r.changes(), r.scenarios(), r.reset(), List.of(), List.of(), r.unused(), r.rejected(),
                    null, List.of(), 0.7, cues).withUnsolved(x);
        }
        Map<InputId, BigDecimal> changes = new EnumMap<>(InputId.class);
        changes.putAll(r.changes());
        w.setBy.forEach((id, m) -> {
            if (offered.contains(m)) {
                changes.remove(id);
            }
        });
        cues.add("targets to choose from: " + choices.stream().map(t -> t.metric().id() + "=" + t.value().stripTrailingZeros()
                .toPlainString() + " -> " + t.solveFor().id()).toList());
        List<String> used = r.used().stream().filter(u -> offered.stream().noneMatch(m -> u.contains(display(m.amount)))).toList();
        return new Reading(List.of(), null, changes, r.scenarios(), r.reset(), List.of(), used, List.of(), r.rejected(), null,
                List.of(), 0.7, cues, choices).withUnsolved(x);
    }

    /** The metrics said per year; one said over the window is never read as one of these, nor the other way round. */
    private static final Set<Metric> PER_YEAR = EnumSet.of(Metric.COMPUTE_SPEND_PER_YEAR, Metric.AWS_COMPUTE_REVENUE_PER_YEAR);

    /**
     * When a target's metric does not read the input solved for, the one metric of the same unit and period that does and
     * is built on it (reads every input it reads): OpenAI's compute spend per year, solved by AWS's capture share, is AWS's
     * compute revenue per year. Null when there is none, or more than one.
     */
    private Metric builtOn(Metric metric, InputId x) {
        Set<InputId> base = knowledge.reads.get(metric);
        if (base.contains(x)) {
            return null;
        }
        Metric found = null;
        for (Metric m : Metric.values()) {
            Set<InputId> r = knowledge.reads.get(m);
            if (m != metric && m.unit() == metric.unit() && PER_YEAR.contains(m) == PER_YEAR.contains(metric) && r.contains(x) && r.containsAll(base)) {
                if (found != null) {
                    return null;
                }
                found = m;
            }
        }
        return found;
    }

    private static boolean isPeriod(InputId id) {
        return id == InputId.HOLDING_YEARS || id == InputId.COMPUTE_YEARS;
    }

    /**
     * Of the goals a figure could be, the one whose metric the thread asked last, when exactly one is: "what exit gets bear up
     * to 40b?" after the thread asked the stake's value, naming no metric itself. Otherwise all of them, unchanged.
     */
    private static <T> List<T> threadsOwn(Work w, List<T> goals, Function<T, Metric> metric) {
        List<T> own = goals.stream().filter(g -> w.state.metrics().contains(metric.apply(g))).toList();
        return own.size() == 1 ? own : goals;
    }
}
