package org.thesisbot.core.reading;

import static org.thesisbot.core.reading.Figures.multiple;
import static org.thesisbot.core.reading.Words.ASKS_FOR_YEARS;
import static org.thesisbot.core.reading.Words.INTERROGATIVE;
import static org.thesisbot.core.reading.Words.VALUATION;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.Unit;
import org.thesisbot.core.scenario.Amount;
import org.thesisbot.core.scenario.InputId;
import org.thesisbot.core.scenario.Metric;
import org.thesisbot.core.scenario.ScenarioModel;
import org.thesisbot.core.text.Screen;

/**
 * The input a question asks to solve for ("what exit …", "how big a check …", "at what post-money"), and, for a goal
 * that names no metric or no input, the metric and the input a target is usually read with.
 */
final class AskedInputs {
    private static final Pattern SUPERLATIVE = Pattern.compile(
            "\\b(?:biggest|largest|highest|lowest|smallest|maximum|minimum|max|min|most|least"
                    // "ceiling on the post-money", "floor on the exit", "cap for the check": the extreme asked of an input
                    + "|(?:ceiling|floor|cap) (?:on|for|of)(?: the| our| a)?"
                    // "the required exit", "implied post-money": an input the question wants found
                    + "|required|needed|necessary|implied|breakeven|break-even)\\s+(?:\\w+\\s+)?$");

    private static final Pattern SUPERLATIVE_NAME = Pattern.compile(
            "(?:longest|shortest|biggest|largest|highest|lowest|smallest|maximum|minimum|max|min|most|least)\\b");

    private static final Pattern SOLVE_AFTER_NAME = Pattern.compile(
            // (", post-money, for a 4x": the name's own kind said between commas)
            "^(?:, ?[\\w-]+(?: [\\w-]+)?,)? ?(?:would |do |does |will )?(?:[\\w%]+ ){0,2}?(?:needed|required|is needed|for an?\\b|for the\\b|for it\\b|for amazon\\b|for\\b|to (?:just |actually |still |exactly )?(?:get|reach|hit|make|clear|be|break|cover|pay|turn|stay|keep|repay|offset)\\b"
                    + "|(?:that|which) (?:gets?|gives?|makes?|turns?|sets?|leaves?|brings?|puts?|takes?|pushes?|buys?|lands?|secures?|yields?|delivers?|produces?|earns?|achieves?|hits?|reaches?|clears?|returns?)\\b"
                    // "the exit that's an 8% irr over 5y", "an exit which is a 3x": the input named by the goal it is
                    + "|(?:that|which)(?:'s| is| would be| will be) an?\\b|gets\\b|gives\\b|makes\\b|would\\b|needs?\\b|has to|have to|must\\b|can\\b|could\\b|before\\b|so (?:that|the)\\b|turns?\\b"
                    + "|where\\b|such that|at which|for which|so\\b|with (?:an? |the )?(?:irr|moic|multiple|return|stake|gain)\\b)");

    private static final Pattern GENERIC_VALUATION_ASK = Pattern.compile(
            // ("at what mark does our stake lose 15b": a mark is a valuation's level, as a price is)
            "\\b(?:what|which|at what|how (?:high|low|big|much)) (?:\\w+ ){0,3}?(?:valuation|value|price|worth|mark)\\b"
                    + "|\\bwhat (?:does|would|will|must) (?:openai|it) (?:\\w+ ){0,2}?(?:be worth|be valued|hit|reach|get to|exit at)"
                    // "valuation of openai where the stake is worth 70bn": the valuation named, its condition after it
                    + "|\\b(?:(?:openai|oai)(?:'s)? )?valuation(?: of (?:openai|oai|it))? (?=(?:where|at which|for which|such that|so that)\\b)"
                    // "valuation needed for the stake to be worth 100b": a query without its verb, the valuation first
                    + "|^\\W*(?:the |an? )?(?:(?:openai|oai)(?:'s)? )?valuation(?: of (?:openai|oai|it))? (?=(?:needed|required|necessary) (?:for|to)\\b)"
                    // "where does oai need to be valued for …": a level asked with "where"
                    + "|\\bwhere (?:does|would|will|must|should|do) (?:openai|it|the valuation) (?:need to |have to |has to )?(?:be valued|be priced|be worth|trade|land|exit)\\b"
                    // "the valuation that triples amazon's money", "an exit which leaves us 10bn down"
                    + "|\\b(?:valuation|exit|price|mark|level) (?:that|which|needed to|required to) (?:\\w+ )?(?:makes?|gets?|gives?|turns?|brings?"
                    + "|doubles?|triples?|quadruples?|multiplies|leaves?|lets?|puts?|pays? back)\\b"
                    + "|\\b(?:valuation|price|level) (?:where|at which|for which|such that|so that)\\b"
                    + "|\\bhow (?:high|low|far) (?:does|would|can|could|must|will) (?:openai'?s? )?(?:valuation|it|openai) (?:have to )?(?:go|fall|rise|drop)");

    private static final Pattern NEAR_BEFORE = Pattern.compile("^ ?(?:of |is |at |=)?(?:the |a |an )?$");
    /**
     * An arrow, a colon, a comma or a sentence's end right before a name: "-> ticket size?", "=> exit?", "… 830 post. ticket
     * size?", "stake worth 85b, oai exit?" (the goal said first, then the name asked on its own).
     */
    private static final Pattern ARROW_BEFORE = Pattern.compile("(?:->|=>|\u2192|[:,]|[.;?!]|\\s[-\u2013\u2014])\\s*(?:the |a |our |the model's )?(?:(?:openai|oai|aws|amazon)(?:'s)? )?$");
    /** A sentence (or an arrow's ask) starting right before a name: "… off oai. capture share", "… → exit". */
    private static final Pattern SENTENCE_BEFORE = Pattern.compile("(?:->|=>|\u2192|[.;:!?]|\\s[-\u2013\u2014])\\s*(?:the |a |our |the model's )?(?:(?:openai|oai|aws|amazon)(?:'s)? )?$");
    /** Nothing after a name but a full stop or tags: the message ends on it. */
    private static final Pattern NOTHING_AFTER = Pattern.compile("^\\s*[.!]*\\s*(?:#[\\w-]+\\s*)*$");
    /** Only a question mark after the name, and any tags ("#irr") after it. */
    private static final Pattern QUESTION_MARK_AFTER = Pattern.compile("^\\s*\\?+\\s*(?:#[\\w-]+\\s*)*$");
    /** An interrogative right before a name: "which post money", "at what exit". */
    private static final Pattern ASKED_JUST_BEFORE = Pattern.compile("\\b(?:what|which) $");
    /** An interrogative right before a name, not a relative "which" ("the period over which the investment …" asks nothing of it). */
    private static final Pattern WHAT_JUST_BEFORE = Pattern.compile(
            "(?:\\bwhat|(?<!\\b(?:at|in|on|for|by|over|under|to|from|with|of|during|through) )\\bwhich) $");
    private static final Pattern ONE_SPACE = Pattern.compile("^ ?$");
    private static final Pattern NEAR_AFTER = Pattern.compile(
            "^ ?(?:of|is|at|=|of around|around|to|from|would be|will be|was|were|came in at)? ?(?:the |a |an )?$");

    private static final Pattern ASKS_NEXT = Pattern.compile("^ ?(?:\\w+ ){0,2}?(?:what|how|(?<!at |for |in |by |of )which)\\b");

    private final Knowledge knowledge;
    private final ScenarioModel model;
    private final Vocabulary vocab;
    private final Map<Metric, Set<InputId>> reads;
    private final Screen screen;

    AskedInputs(Knowledge knowledge) {
        this.knowledge = knowledge;
        this.model = knowledge.model;
        this.vocab = knowledge.vocab;
        this.reads = knowledge.reads;
        this.screen = knowledge.screen;
    }

    /** The input the question explicitly asks for ("at what post-money", "how many yrs", "what size raise"), or null. */
    Solve askedInput(Work w) {
        Solve s = solveFor(w, new Goal(null, BigDecimal.ZERO, -1, -1, List.of(), ""));
        if ((s == null || s.start() < 0) && ASKS_FOR_YEARS.matcher(w.s).find()) {
            // "until how many years the irr stays at least 15%": a question for a number of years asks for the one period it names
            List<Named> years = knowledge.namedInputs(w).stream().filter(n -> model.require(n.id().id()).unit() == Unit.YEARS).toList();
            if (years.stream().map(Named::id).distinct().count() == 1) {
                return new Solve(years.get(0).id(), false, years.get(0).start(), years.get(0).end(), false);
            }
        }
        return s == null || s.start() < 0 ? null : s;
    }

    Solve solveFor(Work w, Goal goal) {
        String s = w.s;
        Solve best = null;
        List<Solve> names = names(w, goal);
        int bestRank = -1;
        for (Solve n : names) {
            boolean asked = askedAbout(s, n.start(), n.end());
            // a name that carries its own question ("worth how much") is what is asked, before any other name; then a name
            // right after "what" or "which" ("the round would need to be priced at what post": the post-money, not the round)
            int rank = !asked ? -1 : ASKS_WITHIN.matcher(s.substring(n.start(), n.end())).find() ? 2
                    : WHAT_JUST_BEFORE.matcher(s.substring(Math.max(0, n.start() - 16), n.start())).find() ? 1 : 0;
            // at the same place the longer name is the more specific ("the round has to be priced where" is the
            // post-money, not "the round")
            if (asked && (best == null || rank > bestRank || (rank == bestRank && (n.start() < best.start()
                    || n.start() == best.start() && n.end() > best.end())))) {
                best = n;
                bestRank = rank;
            }
        }
        if (best == null) {
            best = askedByAnyHow(w, names);
        }
        for (Hit h : w.hits) {
            // "what pre-money gets amazon 5%": the pre-money is the post-money less the round, so the post-money is solved
            // for and the pre-money shown with it
            if (h.metric() == Metric.PRE_MONEY_VALUATION && !overlapsGoal(goal, h.start(), h.end()) && !nearFigure(w, h.start(), h.end(), InputId.POST_MONEY_VALUATION)
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
        return yearsTheGoalReads(best, goal);
    }

    /**
     * "Over how many years" names a period, and the model has two: the hold and the compute window. A goal that only the
     * window moves ("for aws to book 9bn a yr") is solved for the window, whichever period's words the question used.
     */
    private Solve yearsTheGoalReads(Solve best, Goal goal) {
        if (best == null || goal == null || goal.metric() == null) {
            return best;
        }
        Set<InputId> read = reads.get(goal.metric());
        for (InputId years : List.of(InputId.HOLDING_YEARS, InputId.COMPUTE_YEARS)) {
            InputId other = years == InputId.HOLDING_YEARS ? InputId.COMPUTE_YEARS : InputId.HOLDING_YEARS;
            if (best.input() == years && !read.contains(years) && read.contains(other)) {
                return new Solve(other, best.valuationWord(), best.start(), best.end(), best.preMoney());
            }
        }
        return best;
    }

    /**
     * "how fat does our margin have to be …": "how" with any adjective, then a verb that asks for a level, names the
     * first input after it (within a few words) as the one asked. A fallback, used only when no name is asked the usual
     * ways ("how rich can the round get priced post money before …" asks for the post-money, named later).
     */
    private static Solve askedByAnyHow(Work w, List<Solve> names) {
        Matcher how = HOW_ANY.matcher(w.s);
        if (!how.find()) {
            return null;
        }
        Solve first = null;
        for (Solve n : names) {
            if (n.start() < how.end() || w.s.substring(how.end(), n.start()).trim().split("\\s+").length > 4) {
                continue;
            }
            if (first == null || n.start() < first.start() || n.start() == first.start() && n.end() > first.end()) {
                first = n;
            }
        }
        return first;
    }

    /** The inputs named other than in the premise or next to a figure, each once, in the order named. */
    List<InputId> namedWithoutFigure(Work w) {
        List<Solve> names = new ArrayList<>(names(w, new Goal(null, BigDecimal.ZERO, -1, -1, List.of(), "")));
        names.sort(java.util.Comparator.comparingInt(Solve::start));
        List<InputId> out = new ArrayList<>();
        for (Solve n : names) {
            if (n.input() != null && !out.contains(n.input())) {
                out.add(n.input());
            }
        }
        if (ASKS_FOR_YEARS.matcher(w.s).find() && out.stream().noneMatch(i -> model.require(i.id()).unit() == Unit.YEARS)) {
            // "how many yrs": a number of years asked, of whichever period the goals read
            out.add(InputId.HOLDING_YEARS);
            out.add(InputId.COMPUTE_YEARS);
        }
        return out;
    }

    /** Every place the question names an input, other than in its premise, in the goal, or right next to a figure. */
    private List<Solve> names(Work w, Goal goal) {
        List<Solve> out = new ArrayList<>();
        List<Named> all = knowledge.allNames(w);
        for (Named n : all) {
            // a name inside another input's longer name is a word of that name ("the round" in "where would the round have
            // to price": the post-money is named, not the round's size)
            boolean inside = all.stream().anyMatch(o -> o.id() != n.id() && o.start() <= n.start() && n.end() <= o.end()
                    && o.end() - o.start() > n.end() - n.start());
            if (!inside && n.end() > w.premiseEnd && !overlapsGoal(goal, n.start(), n.end()) && !nearFigure(w, n.start(), n.end(), n.id())) {
                out.add(new Solve(n.id(), false, n.start(), n.end()));
            }
        }
        return out;
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

    private static boolean overlapsGoal(Goal g, int start, int end) {
        return start < g.end() && g.start() < end;
    }

    /**
     * A name right next to a figure of its kind ("$830B post-money", "at a 1.5T exit") gives a value; it is not asked for.
     * A figure of another kind ("the max hold at a 2t exit") is another input's.
     */
    private boolean nearFigure(Work w, int start, int end, InputId id) {
        if (INTERROGATIVE.matcher(w.s.substring(start, end)).lookingAt() || SUPERLATIVE_NAME.matcher(w.s.substring(start, end)).lookingAt()) {
            return false; // "if oai ends at 1.5T how long can we hold", "max hold at a 2t exit": a question starts, whatever is next
        }
        Unit unit = model.require(id.id()).unit();
        if (ASKED_JUST_BEFORE.matcher(w.s.substring(Math.max(0, start - 12), start)).find()) {
            return false; // "at which post money the 50bn buys 4%": the name is what is asked, the figure after it another's
        }
        for (Mention m : w.mentions) {
            if (m.amount.kind() == Amount.Kind.CALENDAR_YEAR) {
                continue; // "amazon's 2026 capex" names the input, with its year
            }
            if (m.amount.kind() == Amount.Kind.MONEY && unit != Unit.USD_BILLIONS || m.amount.kind() == Amount.Kind.YEARS && unit != Unit.YEARS
                    || multiple(m.amount) && unit != Unit.USD_BILLIONS) {
                continue; // "the hold at a 2t exit": money is no number of years; "what aws margin doubles …": nor a multiple a margin
            }
            String between = m.end() <= start ? w.s.substring(m.end(), start) : m.start() >= end ? w.s.substring(end, m.start()) : "";
            if (m.end() <= start ? NEAR_BEFORE.matcher(between).matches() || ONE_SPACE.matcher(between).matches()
                    : m.start() >= end && NEAR_AFTER.matcher(between).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The name is what the question asks about: after "what/which/how …", or followed by "needed", "for a", "to get" … */
    /** A request for what follows: "solving for the exit", "I'm after the capture share", "I need the exit". */
    private static final Pattern REQUESTED_BEFORE = Pattern.compile(
            "\\b(?:solv(?:e|es|ing) for|(?:i|we)(?:'d| would)? (?:want|need|like|am after|'m after|are after|'re after)|i'm after|i am after)"
                    + " (?:the |an? |our )?$");
    /** A name that carries its own question after its noun: "worth how much". */
    private static final Pattern ASKS_WITHIN = Pattern.compile("\\b(?:how much|how many|what)\\b");

    private static boolean askedAbout(String s, int start, int end) {
        if (REQUESTED_BEFORE.matcher(s.substring(Math.max(0, start - 30), start)).find()) {
            return true; // "solving for the exit, please", "I'm after the capture share at which …": the name asked for
        }
        if (SUPERLATIVE.matcher(s.substring(Math.max(0, start - 25), start)).find()) {
            return true; // "the biggest check amazon could write and stay under 30% of capex"
        }
        if (SUPERLATIVE_NAME.matcher(s.substring(start, end)).lookingAt()) {
            return true; // "longest hold that still clears 12%": the name carries its own superlative
        }
        if (INTERROGATIVE.matcher(s.substring(start, end)).lookingAt() || ASKS_WITHIN.matcher(s.substring(start, end)).find()) {
            return true; // "how many years can we hold", "how much would amazon have to invest"
        }
        if (ARROW_BEFORE.matcher(s.substring(Math.max(0, start - 24), start)).find() && QUESTION_MARK_AFTER.matcher(s.substring(end)).matches()) {
            return true; // "want 8% of oai @ 830 post -> ticket size?": the name after an arrow, asked with a question mark
        }
        if (SENTENCE_BEFORE.matcher(s.substring(Math.max(0, start - 24), start)).find() && NOTHING_AFTER.matcher(s.substring(end)).matches()) {
            return true; // "aws books 12bn a year off oai. capture share": the name alone as the last sentence, the "?" left off
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
        if (NEEDED_AFTER_NAME.matcher(s.substring(end)).lookingAt() && (start < 25 && s.substring(0, start).matches("\\W*(?:the |an? )?")
                || CLAUSE_OPENS_BEFORE.matcher(s.substring(Math.max(0, start - 12), start)).find())) {
            // "valuation needed for the stake to be worth 100b": a query without its verb, the name first; also first in its
            // part of a message laid out in parts ("round at a 900bn post -> check needed to own 5%")
            return true;
        }
        if (ASKED_AFTER_NAME.matcher(s.substring(end)).lookingAt()) {
            return true; // "round post-money should be how big so that …", "size of the check should be?": the question last
        }
        // "the oai check needs what exit": the interrogative after the verb asks for another name
        return SOLVE_AFTER_NAME.matcher(s.substring(end)).find() && !ASKS_NEXT.matcher(s.substring(end)).lookingAt();
    }

    /**
     * "how fat / thick / rich / cheap does …": "how" and any adjective, then a verb that asks for a level; the fixed
     * interrogatives ("how much", "how high") are only the commonest of these.
     */
    private static final Pattern HOW_ANY = Pattern.compile(
            "\\bhow (?!come\\b|about\\b|so\\b|often\\b|quickly\\b|fast\\b|soon\\b|likely\\b|sure\\b)[a-z]+ (?:does|do|would|will|must|should|can|could|has|have|is|are|needs?)\\b");

    /** After a name that opens the question: "needed for", "required to" (a query without its verb). */
    /**
     * The name first, then the question about it, as many people write a question whose language puts the question word
     * last: "AWS margin must be how high so …", "round post-money should be how big …", "size of the check should be?".
     */
    private static final Pattern ASKED_AFTER_NAME = Pattern.compile(
            "^ (?:(?:of )?(?:amazon|openai|aws)(?:'s)? )?(?:should|must|would|will|has to|have to|needs? to|is to|shall) be(?: how (?:big|high|large|much|low|small|long|many)\\b(?! (?:of )?(?:a |an |the )?[a-z]+ (?:valuation|post|pre|exit|check|margin|capture|share|hold)\\b)| what\\?| ?\\?)");
    /** The start of a part of a message laid out in parts: after an arrow, a colon, a semicolon or a spaced dash. */
    private static final Pattern CLAUSE_OPENS_BEFORE = Pattern.compile("(?:->|=>|→|:|;|\\s[-–—]+)\\s*(?:the |an? )?$");
    private static final Pattern NEEDED_AFTER_NAME = Pattern.compile(
            // "exit valuation we'd need for a 15% irr": who needs it may stand between
            "^ (?:(?:that )?(?:we|you|they|amazon|i|it)(?:'d| would| will)? )?(?:needed|required|necessary|need|needs|it takes|that it takes|takes?) (?:for|to)\\b"
                    // the goal right after the name, without "needed": "check size to own 7%?", "exit val for a 2.5x",
                    // "hold period where the irr falls to 8%"
                    + "|^ (?:to (?:own|get|hit|reach|make|earn|clear|double|triple|break|pay|buy|return)|for an? (?!\\w+ case\\b)|where|so that|at which)\\b");

    /** For a goal without a metric phrase ("25% of it", "a 3x"): the metric that reads the input and has the value's unit. */
    Metric defaultMetric(Work w, InputId x, Goal goal) {
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
        if (fit.isEmpty() && a.kind() == Amount.Kind.RATIO && model.require(x.id()).unit() == Unit.YEARS && reads.get(Metric.IRR).contains(x)) {
            return Metric.IRR; // "longest we can hold and still clear 12%": a rate over a number of years is the annual return
        }
        if (fit.size() <= 1) {
            return fit.isEmpty() ? null : fit.get(0);
        }
        // "how big a ticket to get to 10% at the 830 entry": the one whose other input the question names or sets (the
        // post-money reads the stake; "of capex" the capex share); naming none, a share of OpenAI is what a check buys
        List<InputId> named = new ArrayList<>(knowledge.namedInputs(w).stream().map(Named::id).toList());
        named.addAll(cuedInputs(w));
        List<Metric> distinguished = fit.stream().filter(m -> reads.get(m).stream()
                .anyMatch(i -> i != x && named.contains(i) && fit.stream().filter(o -> reads.get(o).contains(i)).count() == 1)).toList();
        if (distinguished.size() == 1) {
            return distinguished.get(0);
        }
        return distinguished.isEmpty() && x == InputId.INVESTMENT && fit.contains(Metric.STAKE) ? Metric.STAKE : null;
    }

    /** Inputs a figure's own cue word names ("the 830 entry", "capex of 150"), whatever the figure ends up setting. */
    private List<InputId> cuedInputs(Work w) {
        List<InputId> out = new ArrayList<>();
        for (InputId id : InputId.values()) {
            for (Pattern p : vocab.input(id).cues()) {
                if (screen.mayFind(p, w.s) && p.matcher(w.s).find()) {
                    out.add(id);
                    break;
                }
            }
        }
        return out;
    }

    /** The input a target of this metric is usually solved for, when the question names none (null: it could be several). */
    InputId defaultSolveFor(Metric m, String s, boolean valuationWord) {
        if (ASKS_FOR_YEARS.matcher(s).find() && reads.get(m).contains(InputId.HOLDING_YEARS)) {
            return InputId.HOLDING_YEARS; // "until how many years does the irr stay above 15%": the answer is a period
        }
        if (ASKS_FOR_YEARS.matcher(s).find() && reads.get(m).contains(InputId.COMPUTE_YEARS)) {
            return InputId.COMPUTE_YEARS; // "how many years for the annual compute spend to drop to 15bn": the window
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
}
