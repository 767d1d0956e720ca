package org.thesisbot.core.reading;

import static org.thesisbot.core.reading.Figures.display;
import static org.thesisbot.core.reading.Figures.unitOf;
import static org.thesisbot.core.reading.Words.REPLACING;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.thesisbot.core.scenario.Calculator;
import org.thesisbot.core.scenario.InputId;
import org.thesisbot.core.scenario.Metric;
import org.thesisbot.core.scenario.ScenarioModel;
import org.thesisbot.core.state.ThreadState;

/**
 * The roles of a question's figures: the candidate readings of each figure ({@link RoleScoring}) ranked by evidence,
 * each input taken once, a close second kept as an ambiguity; figures that restate the asked metric's value, and
 * figures said to replace another ("12bn rather than 8").
 */
final class Roles {
    /** Two readings closer than this (in evidence points) are an ambiguity. */
    static final double CLOSE = 0.5;

    /** "by" right before a figure: the amount a value is moved by. */
    private static final Pattern MOVED_BY = Pattern.compile("\\bby\\s*\\$?$");

    private static final Pattern DECIMALS = Pattern.compile("\\d+(?:\\.(\\d+))?");

    /** Evidence points for a figure said to replace an input's current value ("12bn rather than 8" for the $8B). */
    private static final double REPLACES_CURRENT = 2.0;
    /** A sum written in millions: "usd 40 m", "150mn", "40 million". */
    private static final Pattern MILLIONS = Pattern.compile("\\d ?(?:m|mn|mm|millions?)$");
    /** Billions with three decimals, "1.179 billion": a point that may group thousands, as much of Europe writes them. */
    private static final Pattern POINT_GROUPED = Pattern.compile("(?<![\\d.,])\\d{1,3}\\.\\d{3} ?(?:b|bn|billions?)$");
    /** How many readings of a figure no input could be told apart for are offered as choices. */
    private static final int MAX_OFFERED = 2;
    /**
     * Between a new figure and the one it replaces: "12bn rather than 8", "12bn instead of the 8", "12bn, not 8", "80
     * billion total this round instead of the 100" (up to four words of its own before the replacing word).
     */
    private static final Pattern REPLACES_NEXT = Pattern.compile(
            "^\\s*(?:[a-z'\u2019-]+\\s+){0,6}?[,(]?\\s*(?:" + REPLACING + ")\\s+(?:(?:the|its|their|our|amazon'?s|the\\s+article'?s)\\s+(?:[a-z'\u2019-]+\\s+){0,2}?)?\\$?$"
                    // "topped up to 14b (from 8)", "14b, was 8": the earlier value in a remark of its own
                    + "|^\\s*[,(]\\s*(?:from|was|previously|currently|today)\\s+(?:the\\s+|its\\s+|their\\s+)?\\$?$"
                    // "topped up to 12bn from 8": right after the new figure, "from" names the old one
                    + "|^\\s*from\\s+(?:the\\s+|its\\s+|their\\s+)?\\$?$");
    /** The investor named right before a sum of money: "our 60bn", "amazon's $60B", "amzn's". */
    private static final Pattern OWNER_BEFORE = Pattern.compile("\\b(?:our|amazon'?s|amzn'?s)\\s+(?:usd\\s+)?\\$?$");
    /** "keep the -20%", "keep my 60%", "keeping that $10B": a figure of the thread's, kept. */
    private static final Pattern KEEP_BEFORE = Pattern.compile("\\bkeep(?:ing)? (?:the|my|our|that|those|this|your)\\s*[+\\u2212-]?\\s*$");
    /** A verb of putting money in, right before a sum of money: "put 35 000 million", "puts in 60b", "ups it to $60B". */
    private static final Pattern PUTS_BEFORE = Pattern.compile(
            "\\b(?:puts?|putting|sends?|sending|wires?|wiring|drops?|dropping|ups? it to|upping it to|tops? it up to|invests?|investing)"
                    + "\\s+(?:in\\s+|up\\s+|only\\s+|just\\s+|another\\s+|usd\\s+)*\\$?$");
    /** A verb of buying right after a sum of money: "40bn gets exactly 4%", "60b would buy". */
    private static final Pattern BUYS_AFTER = Pattern.compile(
            "\\s*(?:only |still |just |would |will |could |then )?(?:gets?|buys?|buying|purchases?|secures?)\\b");
    /** Before a figure taken away: "not 5 yrs", "without 5 yrs" (a diff's "- 5 yrs"). */
    private static final Pattern TAKEN_AWAY_BEFORE = Pattern.compile("\\b(?:not|without|drop|scrap)\\s+(?:the\\s+)?\\$?$");
    /** Between a figure taken away and the one put in its place: "; ", ", but ". */
    private static final Pattern BETWEEN_TAKEN_AND_NEW = Pattern.compile("\\s*[;,]?\\s*(?:but\\s+|and\\s+|use\\s+|make it\\s+)?\\$?");
    /** Between two figures compared as where one lands instead of the other: "nearer 140 billion than 125". */
    private static final Pattern NEARER_THAN = Pattern.compile("\\s*than\\s+(?:the\\s+)?\\$?");
    private static final Pattern NEARER_BEFORE = Pattern.compile("\\b(?:nearer|closer\\s+to|more\\s+like|rather)\\s+(?:to\\s+)?(?:usd\\s+)?\\$?$");
    /** Right after the figure put in: "2 instead", "2 rather". */
    private static final Pattern INSTEAD_AFTER = Pattern.compile("\\s*(?:[a-z]+\\s+)?(?:instead|rather)\\b");
    /** Between the replaced figure and the new one: "from 8 to 12bn", "8 -> 12bn", "8 → 12". */
    private static final Pattern REPLACED_BY_NEXT = Pattern.compile("^\\s*(?:to|->|\u2192|=>)\\s*\\$?$");
    /** The answer's expected size, said by the user: "I think this is more than 100%", "it should be around 40%". */
    private static final Pattern GUESS_BEFORE = Pattern.compile(
            "\\b(?:this|it|that|the answer|the result|the number)(?:'s| is| was| would be| will be| should be| must be) "
                    // ("it's way over 100%", "if that's north of 100pct", "it's probably well above 1x")
                    + "(?:(?:way|well|far|probably|likely|surely|clearly|definitely|comfortably|easily|slightly|a bit|a little|still|even) )?"
                    + "(?:(?:more|less|greater|bigger|smaller|higher|lower) than|above|below|over|under|around|about|roughly|close to"
                    + "|north of|south of|in excess of|upwards of|past|beyond|near|like) ?$");
    /** "to hit 25bn, ie half our check", "$25B (that is, half the check)": a figure right after another that says it again. */
    private static final Pattern RESTATES_BEFORE = Pattern.compile(
            "^\\s*[,;(]?\\s*(?:i\\.?\\s?e\\.?|that is|that's|aka|in other words)\\s*,?\\s*(?:about |around |roughly |~|just )?(?:the |a )?\\$?$");

    /** "(~40%?)", "(approx 1.2x?)": a figure in brackets, hedged or asked, beside the question: the asker's guess. */
    private static final Pattern GUESS_IN_BRACKETS_BEFORE = Pattern.compile(
            "\\(\\s*(?:[~≈]|approx\\.?\\s|about\\s|around\\s|roughly\\s|maybe\\s|like\\s|prob(?:ably)?\\.?\\s)?\\s*\\$?$");
    private static final Pattern GUESS_IN_BRACKETS_AFTER = Pattern.compile("^\\s*\\?+\\s*\\)");
    /**
     * A clause of its own after the question that only compares with a figure: "breakeven share in bull? probably well north of
     * 100%", "… - surely over 1x": the asker's guess at the answer.
     */
    private static final Pattern GUESS_CLAUSE_BEFORE = Pattern.compile(
            "(?:[?;(]|\\s[-–—])\\s*(?:(?:probably|prob|likely|surely|maybe|guessing|i'd guess|i guess|i think|i reckon|my guess is|feels like|looks like|must be|should be)\\s+)?"
                    + "(?:(?:way|well|far|comfortably|easily|still|even)\\s+)?(?:north of|south of|over|above|under|below|more than|less than|upwards of|in excess of|past|beyond)\\s*$");

    /** "how far past 100% is it", "how much above the 1x line": a mark the answer is measured against, not an input. */
    private static final Pattern MARK_BEFORE = Pattern.compile(
            "\\bhow (?:far|much|many (?:points|pts|bps|percentage points)) (?:past|above|over|beyond|below|under|short of|away from|off|from)"
                    + "(?: the)? ?$");
    /** "the slope per +100bn", "for every $10B of exit": the step of a rate, not an input. */
    private static final Pattern STEP_BEFORE = Pattern.compile("\\b(?:per|for (?:each|every)|with each|with every) ?[+]? ?$");
    private static final Pattern FROM_BEFORE = Pattern.compile("\\bfrom\\s+(?:the\\s+|its\\s+)?\\$?$");

    /** The figure right before {@code m} that {@code m} says again ("25bn, ie half our check"), or null. */
    private static Mention restated(Work w, Mention m) {
        Mention before = null;
        for (Mention o : w.mentions) {
            if (o != m && o.end() <= m.start() && o.amount.kind() != Amount.Kind.CALENDAR_YEAR && (before == null || o.end() > before.end())) {
                before = o;
            }
        }
        return before != null && RESTATES_BEFORE.matcher(w.s.substring(before.end(), m.start())).matches() ? before : null;
    }

    /**
     * For a negative figure that no reading took (readings are of sizes, never below zero): the input whose cue words are
     * nearest it and whose unit fits its kind, or null.
     */
    private InputId negativeFor(Work w, Mention m) {
        if (m.amount.value().signum() >= 0 || m.amount.kind() == Amount.Kind.CALENDAR_YEAR) {
            return null;
        }
        Window win = Window.of(w, m, knowledge.screen);
        InputId best = null;
        double bestScore = 0;
        for (InputId id : InputId.values()) {
            Unit unit = knowledge.model.require(id.id()).unit();
            if (m.amount.kind() != Amount.Kind.PLAIN && unitOf(m.amount) != unit || w.changes.containsKey(id)) {
                continue;
            }
            double score = Math.max(win.best(knowledge.vocab.input(id).cues(), true).score(), win.best(knowledge.vocab.input(id).names(), true).score());
            if (score > bestScore) {
                bestScore = score;
                best = id;
            }
        }
        return best;
    }

    private final Knowledge knowledge;
    private final Map<Metric, Set<InputId>> reads;
    private final Calculator calculator;
    private final RoleScoring scoring;

    Roles(Knowledge knowledge, RoleScoring scoring) {
        this.knowledge = knowledge;
        this.reads = knowledge.reads;
        this.calculator = knowledge.calculator;
        this.scoring = scoring;
    }

    /**
     * True when a sum of money would be Amazon's investment on its size alone: no word of the question names the investment
     * near it, it restates nothing, replaces no figure, and the thread never set the investment. Such a figure is as often a
     * bar to clear, a value someone claims, or an earlier answer pointed at ("Hurdle: USD 60 bn", "that's worth like 68B",
     * "the 80 bil one") as a new check size, so it is offered with its numbers instead of used.
     */
    private static boolean bySizeAlone(Work w, Candidate c, Mention replaced) {
        Mention m = c.mention();
        return c.input() == InputId.INVESTMENT && c.cue() == null && !c.restates() && c.preMoney() == null && replaced == null
                && c.value().compareTo(w.current(InputId.INVESTMENT)) != 0
                // "our 60bn", "amazon's $60B": the money is the investor's own, the check
                && !OWNER_BEFORE.matcher(w.s.substring(Math.max(0, m.start() - 12), m.start())).find()
                // "if amazon put 35 000 million only", "ups it to $60B": a verb of putting money in, right before it
                && !PUTS_BEFORE.matcher(w.s.substring(Math.max(0, m.start() - 24), m.start())).find()
                // "post where 40bn gets exactly 4%", "what does the 40bn buy": the money buys the stake
                && !BUYS_AFTER.matcher(w.s.substring(m.end())).lookingAt()
                && w.hits.stream().noneMatch(h -> h.start() <= m.start() && m.end() <= h.end())
                // "40b is what % of capex": the part of a share whose base is another amount
                && w.hits.stream().noneMatch(h -> h.metric() == Metric.CAPEX_SHARE || h.metric() == Metric.ROUND_SHARE)
                && (w.state == null || !w.state.overrides().containsKey(InputId.INVESTMENT));
    }

    /** Gives each figure of the question the input it sets, if any: the changes, the notes and cues, a close second as an ambiguity. */
    void assign(Work w, List<Metric> metrics, ThreadState.Target target) {
        Set<InputId> asked = EnumSet.noneOf(InputId.class);
        List<Metric> context = !metrics.isEmpty() ? metrics : w.state != null ? w.state.metrics() : List.of();
        w.metricsInherited = metrics.isEmpty() && target == null && !context.isEmpty();
        for (Metric m : context) {
            asked.addAll(reads.get(m));
        }
        if (target != null) {
            asked.addAll(reads.get(target.metric()));
            asked.remove(target.solveFor());
        }
        List<Candidate> all = new ArrayList<>();
        Matcher quoted = Words.QUOTED_PASSAGE.matcher(w.s);
        while (quoted.find()) {
            for (Mention m : w.mentions) {
                if (!m.consumed && m.start() >= quoted.start() && m.end() <= quoted.end()) {
                    // "pasting a line: "if openai's $500 billion valuation … is realized …" - what's the multiple at 500bn":
                    // a pasted passage states the source's figures; the asker's own figures are outside it
                    m.consumed = true;
                    w.cues.add("figure " + m.amount.text() + " is inside a quoted passage");
                }
            }
        }
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
            Mention said = restated(w, m);
            if (said != null) {
                m.consumed = true;
                w.unused.add("I didn't use " + m.amount.text() + ": it says " + display(said.amount) + " again.");
                w.cues.add("figure " + m.amount.text() + " restates " + said.amount.text());
                continue;
            }
            String before = w.s.substring(Math.max(0, m.start() - 40), m.start());
            Matcher bracket = GUESS_IN_BRACKETS_BEFORE.matcher(before);
            boolean bracketed = bracket.find() && (bracket.group().matches("(?s).*[~≈a-z].*")
                    || GUESS_IN_BRACKETS_AFTER.matcher(w.s.substring(m.end())).lookingAt());
            // (a period is no guess at an answer: "irr at a 1.2T exit - over 5 years?" holds for 5 years)
            boolean period = m.amount.kind() == Amount.Kind.YEARS;
            if (GUESS_BEFORE.matcher(before).find() || !period && (bracketed || GUESS_CLAUSE_BEFORE.matcher(before).find())) {
                // "I understood this is more than 100 per cent, is that right?": a guess at the answer, not an input
                m.consumed = true;
                w.unused.add("I didn't use " + display(m.amount) + ": I read it as your guess at the answer, which the number above checks.");
                w.cues.add("figure " + m.amount.text() + " is a guess at the answer");
                continue;
            }
            if (w.state != null && !w.state.overrides().isEmpty()
                    && KEEP_BEFORE.matcher(w.s.substring(Math.max(0, m.start() - 20), m.start())).find()) {
                // "keep the -20%, add hold +1yr", "keep the +$10B and layer …": a change the thread made, kept as it is
                m.consumed = true;
                w.cues.add("figure " + m.amount.text() + " keeps the thread's own figure");
                continue;
            }
            if (MARK_BEFORE.matcher(w.s.substring(Math.max(0, m.start() - 40), m.start())).find()) {
                m.consumed = true;
                w.unused.add("I didn't use " + display(m.amount) + " as an input: it is the mark you measure the answer against.");
                w.cues.add("figure " + m.amount.text() + " is a mark to measure against");
                continue;
            }
            Matcher step = STEP_BEFORE.matcher(w.s.substring(Math.max(0, m.start() - 20), m.start()));
            if ((m.amount.kind() == Amount.Kind.MONEY || m.amount.kind() == Amount.Kind.RATIO) && step.find()) {
                m.consumed = true;
                w.unused.add("I didn't use " + display(m.amount) + " as an input: it is the step of a rate (\"" + step.group()
                        + m.amount.text() + "\"), and the answer is at the values above.");
                w.cues.add("figure " + m.amount.text() + " is the step of a rate");
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
            List<Candidate> own = scoring.candidates(w, m, asked, target);
            if (old != null && m.amount.kind() == Amount.Kind.PLAIN
                    && (old.amount.kind() == Amount.Kind.YEARS || old.amount.kind() == Amount.Kind.RATIO)) {
                // "not 5 yrs; 2 instead": a bare number in place of a figure with a unit has that figure's unit and input
                BigDecimal v = old.amount.kind() == Amount.Kind.RATIO ? m.amount.value().movePointLeft(2) : m.amount.value();
                scoring.candidates(w, old, asked, target).stream().max(Comparator.comparingDouble(Candidate::score))
                        .filter(c -> scoring.plausible(c.input(), v))
                        .ifPresent(c -> all.add(new Candidate(m, c.input(), v, c.score() + REPLACES_CURRENT, null, false,
                                "in place of " + old.amount.text() + " (" + c.input().id() + ")")));
            } else if (old != null && old.amount.kind() == Amount.Kind.PLAIN
                    && (m.amount.kind() == Amount.Kind.PLAIN || m.amount.kind() == Amount.Kind.MONEY
                    // (a sum with words of its own keeps them: "the pre-money could be 900 billion, not the 830")
                    && own.stream().noneMatch(c -> c.cue() != null))) {
                // "capture goes from 50 to 40", "pre-money moves 730 -> 830bn": the figure replaced is an input's value in
                // force, read at its own size (50 a percent, 730 a pre-money); the new figure is that input's, at that size
                scoring.candidates(w, old, asked, target).stream().max(Comparator.comparingDouble(Candidate::score))
                        .filter(c -> w.current(c.input()).compareTo(c.value()) == 0 && old.amount.value().signum() > 0)
                        .ifPresent(c -> {
                            BigDecimal raw = c.preMoney() != null ? c.preMoney() : c.value();
                            BigDecimal scale = raw.divide(old.amount.value(), java.math.MathContext.DECIMAL64);
                            if (m.amount.kind() == Amount.Kind.MONEY && scale.compareTo(BigDecimal.ONE) != 0) {
                                return; // a sum of money in place of a percent is no like-for-like change
                            }
                            BigDecimal size = m.amount.value().multiply(scale);
                            BigDecimal v = size.add(c.value().subtract(raw));
                            if (scoring.plausible(c.input(), v)) {
                                all.add(new Candidate(m, c.input(), v, c.score() + REPLACES_CURRENT, null, false,
                                        "in place of " + old.amount.text() + " (" + c.input().id() + ")", c.preMoney() != null ? size : null));
                            }
                        });
            }
            for (Candidate c : own) {
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
        Set<Mention> bySize = new java.util.HashSet<>();
        for (Candidate c : all) {
            if (chosen.containsKey(c.mention()) || bySize.contains(c.mention()) || c.score() <= 0
                    || (!c.restates() && taken.contains(c.input())) || (c.cue() != null && w.isSpent(c.cue()[0], c.cue()[1]))) {
                continue;
            }
            if (bySizeAlone(w, c, replacing.get(c.mention()))) {
                bySize.add(c.mention()); // its best reading is a guess from its size: it is offered, not used
                continue;
            }
            chosen.put(c.mention(), c);
            if (!c.restates()) {
                taken.add(c.input());
            }
            if (c.cue() != null && !ownNounInPhrase(w, c)) {
                w.spent.add(c.cue());
            }
        }
        boolean claims = Claims.active(w);
        List<Candidate> restating = new ArrayList<>();
        List<Candidate> placed = new ArrayList<>(); // each figure's reading, once chosen
        Mention ambiguous = null;
        Map<Candidate, Integer> preMoneys = new java.util.LinkedHashMap<>();
        for (Mention m : w.mentions) {
            if (m.consumed || m.amount.kind() == Amount.Kind.CALENDAR_YEAR) {
                continue;
            }
            Candidate c = chosen.get(m);
            String fig = display(m.amount);
            // re-read as a target, a figure in someone's reported sentence is still theirs to check
            // (a figure said to replace another, "35% is light, run it again at 40%", is tried, not checked)
            boolean reported = !replacing.containsKey(m) && claims || w.force != null && m.start() != w.force.figure() && Claims.sentenceOfGoal(w, m.start()) == 1;
            if (reported && (Claims.saidOfMetric(w, m) || Claims.claimedAt(w, m) && (c == null || c.cue() == null || Claims.cuedByClaim(w, m, c.cue()) || (target != null && all.stream().anyMatch(
                    o -> o.mention() == m && o.input() == target.solveFor() && o.score() >= c.score()))))) {
                // "a $75B check at the $830B post would give amazon 9%, is that right?": the 9% is what to check
                Claims.claim(w, m);
                continue;
            }
            String word = m.unknownUnit;
            if (word != null) {
                // the size word may have made every reading implausible ("1.2 blorp" as a post-money): the best money
                // reading of any score says which input, whatever its size
                Candidate sized = c != null ? c : all.stream()
                        .filter(o -> o.mention() == m && RoleScoring.money(o.input()) && !taken.contains(o.input())).findFirst().orElse(null);
                if (sized != null && !sized.restates() && RoleScoring.money(sized.input())
                        && (sized.cue() == null || sized.cue()[0] > m.end() + 1 || sized.cue()[1] <= m.end())
                        && unknownSize(w, m, sized, fig + " " + word, "I don't know \u201c" + word + "\u201d as a size, so I can't tell how big it is")) {
                    continue;
                }
            }
            boolean millions = MILLIONS.matcher(m.amount.text()).find();
            if (c != null && !c.restates() && m.amount.kind() == Amount.Kind.MONEY && (millions || POINT_GROUPED.matcher(m.amount.text()).find())
                    && RoleScoring.money(c.input()) && !scoring.plausible(c.input(), c.value())
                    && scoring.plausible(c.input(), c.value().multiply(BigDecimal.valueOf(1000)))
                    && unknownSize(w, m, c, m.amount.text(), millions
                            ? "as millions it is far too small for " + knowledge.label(c.input()) + ", and an M may mean billions"
                            : "as billions it is far too small for " + knowledge.label(c.input()) + ", and the point may group thousands")) {
                continue; // "capex at USD 150 M", where M is the billions of a language that writes "miliar" or "Mrd"; "1.179 bn"
            }
            InputId negative = c == null && !bySize.contains(m) ? negativeFor(w, m) : null;
            if (negative != null) {
                // "moic w oai exiting at minus 300", "hold -3": a negative figure its words give to an input that cannot be
                // negative is that input's, so that the answer says it cannot be computed, never leaves it out quietly
                w.changes.put(negative, m.amount.kind() == Amount.Kind.RATIO || knowledge.model.require(negative.id()).unit() != Unit.RATIO
                        ? m.amount.value() : m.amount.value().movePointLeft(2));
                w.setBy.put(negative, m);
                m.consumed = true;
                w.used.add("Reading " + fig + " as " + knowledge.label(negative) + ".");
                w.cues.add("figure " + m.amount.text() + " -> " + negative.id() + " (negative, by its words)");
                continue;
            }
            if (c == null) {
                w.unused.add("I didn't use " + fig + (bySize.contains(m) ? ": no word of the question says what it is, and its size"
                        + " alone could be Amazon's investment or a figure to compare against." : ": I couldn't tell which input it sets."));
                w.cues.add("figure " + m.amount.text() + " unused");
                if (bySize.contains(m)) {
                    w.uncued.add(m); // as weak as a figure placed on no cue: a goal only of a metric the question names
                }
                // the inputs its kind and words allowed, best evidence first, that no other figure set
                Set<InputId> offered = EnumSet.noneOf(InputId.class);
                List<Candidate> readings = all.stream().filter(o -> o.mention() == m).toList();
                if (readings.isEmpty() && m.amount.kind() == Amount.Kind.PLAIN) {
                    readings = scoring.bareReadings(w, m, asked);
                }
                for (Candidate o : readings) {
                    if (!o.restates() && !taken.contains(o.input()) && offered.size() < MAX_OFFERED
                            && (!bySize.contains(m) || scoring.plausible(o.input(), o.value()))
                            && offered.add(o.input())) {
                        w.unplaced.add(new Reading.Unplaced(fig, o.value(), o.input()));
                    }
                }
                continue;
            }
            m.consumed = true;
            int direction = Relative.direction(w.s, m.start(), m.end());
            for (Candidate other : all) {
                if (other.mention() == m && other != c && other.input() != c.input() && other.score() > 0) {
                    w.rejected.add(fig + " as " + knowledge.label(other.input()) + " (" + String.format(Locale.ROOT, "%.1f", other.score())
                            + " vs " + String.format(Locale.ROOT, "%.1f", c.score()) + ")");
                    // (a change to the value in force is offered only as the input it was read for: the other reading's
                    // value would be the change itself, not the value it leads to)
                    if (w.ambiguity == null && !c.restates() && !other.restates() && c.score() - other.score() < CLOSE - 1e-9 - 1e-9
                            && asked.contains(other.input()) && asked.contains(c.input()) && direction == 0) {
                        w.ambiguity = new Reading.Ambiguity(fig, c.value(), c.input(), other.input(), other.value());
                        ambiguous = m;
                    }
                }
            }
            placed.add(c);
            w.cues.add("figure " + m.amount.text() + " -> " + c.input().id() + (c.restates() ? " (restated)" : "") + " ["
                    + c.why() + "; " + String.format(Locale.ROOT, "%.2f", c.score()) + "]");
            if ((c.restates() || c.preMoney() != null) && w.state != null && w.state.overrides().containsKey(c.input())
                    && w.state.overrides().get(c.input()).compareTo(c.value()) == 0
                    && Reader.UNDO_BEFORE.matcher(w.s.substring(Math.max(0, m.start() - 40), m.start())).find()) {
                // "drop the 1.5T and run it in bear": the thread's figure named to be taken back, which the reader does; "drop
                // the 950 pre" names the post-money it set by the pre-money it was said as
                placed.remove(c);
                if (c.restates()) {
                    m.consumed = false;
                } else {
                    m.consumed = true;
                    w.takenBack.add(c.input());
                }
                continue;
            }
            // (a figure the value in force is moved "by" is no restatement of it, even when it equals it: "cut the hold by 5
            // yrs" from a 5-year hold is no hold at all; "drops 50 bil into oai", "50 + 8 + 11" still restate)
            if (c.restates() && (direction == 0 || !MOVED_BY.matcher(w.s.substring(Math.max(0, m.start() - 12), m.start())).find())) {
                restating.add(c);
                continue;
            }
            if (direction != 0 && c.preMoney() != null && m.amount.kind() == Amount.Kind.MONEY) {
                // "pre-money +$70B vs the article's implied pre": a change to the pre-money in force, the round kept
                BigDecimal round = c.value().subtract(c.preMoney());
                BigDecimal pre = w.current(InputId.POST_MONEY_VALUATION).subtract(round);
                BigDecimal change = direction > 0 ? c.preMoney() : c.preMoney().negate();
                BigDecimal newPre = pre.add(change);
                BigDecimal post = newPre.add(round);
                w.changes.put(c.input(), post);
                w.setBy.put(c.input(), m);
                w.moved.add(c.input());
                w.used.add("Reading " + fig + " as a change to the pre-money valuation: " + Format.money(pre)
                        + (change.signum() >= 0 ? " + " : " - ") + Format.money(change.abs()) + " = " + Format.money(newPre)
                        + ", so " + Format.money(post) + " post-money with the " + Format.money(round) + " round.");
                continue;
            }
            if (c.preMoney() != null) {
                direction = 0;
            }
            if (direction != 0) {
                // "the margin 35 bps over base", "+500 bps": a change to the value in force, not a new value
                BigDecimal now = w.current(c.input());
                // (a percent of a sum of money or of years can only be a proportion of it)
                boolean scales = Relative.scales(w.s, m.start(), m.end())
                        || m.amount.kind() == Amount.Kind.RATIO && knowledge.model.require(c.input().id()).unit() != Unit.RATIO;
                BigDecimal delta = scales ? now.multiply(c.value()) : c.value();
                BigDecimal value = direction > 0 ? now.add(delta) : now.subtract(delta);
                // (a signed figure set against the value in force, "-20% vs article", carries its own direction)
                boolean down = direction > 0 ? delta.signum() < 0 : delta.signum() > 0;
                w.changes.put(c.input(), value);
                w.setBy.put(c.input(), m);
                w.moved.add(c.input());
                org.thesisbot.core.api.Unit unit = knowledge.model.require(c.input().id()).unit();
                w.used.add("Reading " + fig + " as a change to " + knowledge.label(c.input()) + ": "
                        + Format.value(now, unit) + (down ? " - " : " + ")
                        + (scales ? Format.value(c.value().abs(), Unit.RATIO) + " of it" : Format.value(c.value().abs(), unit)) + " = "
                        + Format.value(value, unit) + ".");
                continue;
            }
            w.changes.put(c.input(), c.value());
            w.setBy.put(c.input(), m);
            if (c.cue() == null) {
                w.uncued.add(m);
            }
            if (c.preMoney() != null) {
                preMoneys.put(c, w.used.size());
                w.used.add("Reading a " + fig + " pre-money valuation as " + Format.money(c.value()) + " post-money ("
                        + fig + " + the " + Format.money(c.value().subtract(c.preMoney())) + " round).");
            } else if (RoleScoring.fractionOfValuation(w, m) != null) {
                // "a third of today's valuation": the fraction and the valuation it comes to (not "half the exit", which scales
                // the exit in force)
                w.used.add("Reading " + fig + " of today's valuation (" + Format.money(c.value()) + ") as " + knowledge.label(c.input()) + ".");
            } else {
                w.used.add("Reading " + fig + " as " + knowledge.label(c.input()) + ".");
            }
        }
        withRoundAsked(w, preMoneys);
        retracted(w, restating);
        Mention close = ambiguous;
        if (w.ambiguity != null && placed.stream().anyMatch(p -> p.mention() != close && p.input() == w.ambiguity.other() && p.cue() != null
                && p.restates() && p.mention().amount.kind() != Amount.Kind.PLAIN)) {
            // "pinning the exit at $500B with the post left at $830B": another figure of the question, with its unit and a cue
            // of its own, restates the input the close reading would have given this one, so that reading is no reading at
            // all (a bare "26" after "capex for" may be a year, and a figure that moves the input may be the one in doubt:
            // neither settles anything)
            w.ambiguity = null;
        }
        fallbacks(w);
        yearly(w);
    }

    /**
     * "raise ends up $150B, pre-money $880B": a pre-money is read as a post-money with the round the same question
     * gives, wherever the round comes in it (the candidates were scored with the round in force before the question).
     */
    private void withRoundAsked(Work w, Map<Candidate, Integer> preMoneys) {
        BigDecimal round = w.changes.get(InputId.ROUND_SIZE);
        if (round == null || w.ambiguity != null && (w.ambiguity.chosen() == InputId.ROUND_SIZE || w.ambiguity.other() == InputId.ROUND_SIZE)) {
            return; // a round that may be another input's figure is offered both ways, each at the post-money the reader saw
        }
        if (w.uncued.contains(w.setBy.get(InputId.ROUND_SIZE))) {
            return; // a figure placed on no cue of the round's own ("… the pre-money \n> oai pre-money `$900bn`") says little
        }
        for (Map.Entry<Candidate, Integer> e : preMoneys.entrySet()) {
            Candidate c = e.getKey();
            if (c.value().subtract(c.preMoney()).compareTo(round) == 0 || !c.value().equals(w.changes.get(c.input()))) {
                continue;
            }
            BigDecimal post = c.preMoney().add(round);
            w.changes.put(c.input(), post);
            String fig = Format.money(c.preMoney());
            w.used.set(e.getValue(), "Reading a " + fig + " pre-money valuation as " + Format.money(post) + " post-money ("
                    + fig + " + the " + Format.money(round) + " round you give).");
        }
    }

    /** After a figure: it is only for when the source has none ("or 1tn if it doesnt give one"). */
    private static final Pattern FALLBACK_AFTER = Pattern.compile(
            "^\\s*\\)?,?\\s*(?:if|when|in case|where|should) (?:it|the article|the source|the sources|the piece|they|that|the writer|the author|the report)"
                    + " (?:does ?n'?t|doesnt|does not|don'?t|dont|do not|can'?t|cannot|fails? to|has no|gives no|says nothing)(?: (?:give|say|state|have|mention|list|provide|specify|cite|quote|name))?\\b");

    /**
     * "use the article's post-money, or 1tn if it doesnt give one": a figure given for when the sources have none is used
     * only when the model's value is an assumption; when the sources give the value, it stands and the figure is named as
     * not used.
     */
    private void fallbacks(Work w) {
        for (Map.Entry<InputId, Mention> e : new ArrayList<>(w.setBy.entrySet())) {
            InputId id = e.getKey();
            Mention m = e.getValue();
            if (!FALLBACK_AFTER.matcher(w.s.substring(m.end())).lookingAt()) {
                continue;
            }
            org.thesisbot.core.scenario.Input input = knowledge.model.require(id.id());
            String fig = display(m.amount);
            if (input.provenance() != null && !input.provenance().assumption()) {
                w.changes.remove(id);
                w.setBy.remove(id);
                w.moved.remove(id);
                w.used.removeIf(n -> n.startsWith("Reading " + fig + " as ") || n.startsWith("Reading a " + fig + " "));
                w.unused.add("I didn't use " + fig + ": you gave it for when the article has no figure, and the article gives "
                        + knowledge.label(id) + " (" + Format.value(input.value(), input.unit()) + ").");
                w.cues.add("figure " + m.amount.text() + " is a fallback the sources make unneeded");
            } else {
                w.used.add("The sources give no figure for " + knowledge.label(id) + ", so I used your " + fig + ".");
                w.cues.add("figure " + m.amount.text() + " is a fallback, used: the model's value is an assumption");
            }
        }
    }

    /** Words that take back what was said before them: "actually, keep the full fifty", "peel that back off", "set X aside". */
    private static final Pattern TAKES_BACK = Pattern.compile(
            "\\b(?:actually|on second thought|scratch that|scrap (?:that|it|the)|forget (?:that|it|the)|never ?mind|undo|revert\\w*"
                    + "|back off|back to|peel\\w*|(?:set|put|leave|leaving|setting|putting) (?:[\\w'-]+ ){0,3}aside|once more|again"
                    + "|as it was|restor\\w*|keep (?:the )?(?:full|original|base|article'?s?|model'?s?|own))\\b");

    /**
     * "the cheque is trimmed to forty billion; actually, set the trim aside and keep the full fifty billion": a figure that
     * restates the value in force, said after a change to the same input with words that take it back, undoes the change.
     */
    private void retracted(Work w, List<Candidate> restating) {
        for (Candidate c : restating) {
            Mention set = w.setBy.get(c.input());
            if (set == null || set.start() >= c.mention().start() || !w.changes.containsKey(c.input())
                    || !TAKES_BACK.matcher(w.s.substring(set.end(), c.mention().start())).find()) {
                continue;
            }
            String was = display(set.amount);
            w.changes.remove(c.input());
            w.setBy.remove(c.input());
            w.moved.remove(c.input());
            w.used.removeIf(n -> n.startsWith("Reading " + was + " as ") || n.startsWith("Reading a " + was + " pre-money"));
            w.unused.add("I didn't use " + was + ": you took it back, and " + knowledge.label(c.input()) + " is "
                    + display(c.mention().amount) + " again.");
            w.cues.add("figure " + set.amount.text() + " taken back by " + c.mention().amount.text());
        }
    }

    /** A figure said per year, right after it ("30bn a year", "$30,000mm/yr") or by an adjective before it ("annual burn of"). */
    private static final Pattern YEARLY_AFTER = Pattern.compile(
            "^(?: ?(?:us |usd )?(?:dollars?|bucks))?(?: ?(?:a|per|each|every) (?:year|yr|annum)\\b| ?/ ?(?:year|yr|y|annum)\\b"
                    + "| ?annually\\b| ?yearly\\b| ?p\\.?a\\.?(?!\\w)| ?per-year\\b)");
    private static final Pattern YEARLY_BEFORE = Pattern.compile(
            "\\b(?:annual|yearly|annuali[sz]ed)(?: [a-z']+){0,3}? (?:of|at|is|was|runs? at|running at|=|:|around|about|roughly|~)"
                    + "(?: (?:about|around|roughly|~))? ?\\$?$");

    /**
     * OpenAI's compute spend is a total over the compute years, so a figure for it said per year is that much in each
     * of those years: "if oai burns 30bn a year on compute" is $30B × 5 = $150B. The years are the ones in force after
     * this question ("30bn a year for 3 years" is $90B).
     */
    private void yearly(Work w) {
        Mention m = w.setBy.get(InputId.OPENAI_COMPUTE_SPEND);
        BigDecimal spend = w.changes.get(InputId.OPENAI_COMPUTE_SPEND);
        if (m == null || spend == null || m.amount.kind() == Amount.Kind.RATIO) {
            return;
        }
        String after = w.s.substring(m.end(), Math.min(w.s.length(), m.end() + 30));
        String before = w.s.substring(Math.max(0, m.start() - 50), m.start());
        Matcher yearAfter = YEARLY_AFTER.matcher(after);
        Matcher yearBefore = YEARLY_BEFORE.matcher(before);
        boolean saidAfter = yearAfter.lookingAt();
        if (!saidAfter && !yearBefore.find()) {
            return;
        }
        // "oai spends 30bn per year on compute – how much revenue does aws get": the yearly words describe the figure,
        // so the spend-per-year metric they name is no metric asked (when another one is, it is left out as context)
        int from = saidAfter ? m.end() : Math.max(0, m.start() - 50) + yearBefore.start();
        int to = saidAfter ? m.end() + yearAfter.end() : m.start();
        for (Hit h : w.hits) {
            if (h.metric() == Metric.COMPUTE_SPEND_PER_YEAR && h.start() < to + 1 && h.end() > from) {
                w.spent.add(new int[] {h.start(), h.end()});
            }
        }
        String fig = display(m.amount);
        String label = knowledge.label(InputId.OPENAI_COMPUTE_SPEND);
        String plain = "Reading " + fig + " as " + label + ".";
        if (!w.used.contains(plain)) {
            return; // a change to the value in force ("up by 10bn a year"), not a value of its own: left as read
        }
        BigDecimal years = w.changes.containsKey(InputId.COMPUTE_YEARS) ? w.changes.get(InputId.COMPUTE_YEARS)
                : w.current(InputId.COMPUTE_YEARS);
        BigDecimal total = spend.multiply(years);
        w.changes.put(InputId.OPENAI_COMPUTE_SPEND, total);
        w.used.replaceAll(n -> n.equals(plain)
                ? "Reading " + fig + " a year as " + label + ": " + Format.money(spend) + " × "
                        + Format.value(years, Unit.YEARS) + " = " + Format.money(total) + "."
                : n);
        w.cues.add("figure " + m.amount.text() + " is said per year: times " + years.toPlainString() + " years");
    }

    /**
     * Each figure said to replace another, with the one it replaces: "12bn rather than 8", "from 8 to 12bn", "12bn (up
     * from 8)". Only a figure of the same kind (or a bare number) next to it counts.
     */
    private Map<Mention, Mention> replacements(Work w) {
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
            } else if (TAKEN_AWAY_BEFORE.matcher(w.s.substring(Math.max(0, a.start() - 12), a.start())).find()
                    && BETWEEN_TAKEN_AND_NEW.matcher(between).matches() && INSTEAD_AFTER.matcher(w.s.substring(b.end())).lookingAt()) {
                out.put(b, a); // "not 5 yrs; 2 instead", "- 5 yrs\n+ 2 instead": the first taken away, the second in its place
            } else if (NEARER_THAN.matcher(between).matches()
                    && NEARER_BEFORE.matcher(w.s.substring(Math.max(0, a.start() - 30), a.start())).find()) {
                out.put(a, b); // "capex may end up nearer 140 billion than 125": the first in the second's place
            } else if (scoring.retries(w, a, b)) {
                out.put(b, a); // "35% margin is light - rerun it at 45%": the second percent is tried in the first one's place
            }
        }
        return out;
    }

    /** The asked metric whose current value this figure states (at the figure's own precision), or null. */
    /** Words that make the figure after them a bound: "at least 6%", "no less than 2x", "a minimum of 1.5x". */
    private static final Pattern BOUND_BEFORE = Pattern.compile(
            "\\b(?:at least|at most|no less than|no more than|not less than|not more than|a minimum of|a maximum of)\\s*$");
    /** A question that asks whether something holds: "do we still own at least 6%?", "is it over 2x?". */
    private static final Pattern YES_NO = Pattern.compile("(?:^|[.;:!?]\\s+|,\\s*)(?:do|does|did|is|are|was|were|will|would|can|could|has|have)\\s+(?:we|it|that|this|the|our|amazon|amzn|they)\\b");

    private Metric restatedMetric(Work w, Mention m, List<Metric> metrics) {
        Amount a = m.amount;
        if (a.kind() != Amount.Kind.RATIO && a.kind() != Amount.Kind.MULTIPLE) {
            return null;
        }
        if (BOUND_BEFORE.matcher(w.s.substring(Math.max(0, m.start() - 30), m.start())).find() && !Claims.CHECKING.matcher(w.s).find()
                && !YES_NO.matcher(w.s).find()) {
            // "the highest post at which 50 still buys at least 6%": a bound to hold, however near today's 6.02% ("do we still
            // own at least 6%?" asks whether it holds, and the figure is checked, not solved for)
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

    /**
     * "stake at a 9,500 zork post": a figure whose unit the reader does not know is not used at any size. Its input is
     * clear, its size is not: each size that gives the input a plausible value is offered as a choice, nearest the
     * input's current value first, and no answer is headlined without it. False, and nothing noted, when no size fits
     * ("minus 200 zork" is impossible at any size: read as it stands, it is refused as it should be). Also a sum in
     * millions far too small for its input ("capex at USD 150 M"), whose size is as doubtful.
     *
     * @param written the figure as the note names it, with its unknown word ("9,500 zork")
     * @param why     why its size is in doubt, for the note
     */
    private boolean unknownSize(Work w, Mention m, Candidate c, String written, String why) {
        BigDecimal raw = c.preMoney() != null ? c.preMoney() : c.value();
        BigDecimal added = c.value().subtract(raw);
        BigDecimal now = w.current(c.input());
        List<BigDecimal> sizes = new ArrayList<>();
        for (BigDecimal scale : SizeWords.SCALES) {
            BigDecimal v = raw.multiply(scale).add(added);
            if (v.signum() > 0 && scoring.plausible(c.input(), v)) {
                sizes.add(v);
            }
        }
        if (sizes.isEmpty()) {
            return false;
        }
        w.unused.add("I didn't use " + written + ": " + why + ".");
        w.cues.add("figure " + written + " of unknown size -> " + c.input().id());
        sizes.sort(Comparator.comparingDouble(v -> Math.abs(Math.log(v.doubleValue() / now.doubleValue()))));
        for (BigDecimal v : sizes.subList(0, Math.min(MAX_OFFERED, sizes.size()))) {
            BigDecimal size = c.preMoney() != null ? v.subtract(added) : v;
            w.unplaced.add(new Reading.Unplaced(written, v, c.input(), Format.money(size)));
        }
        return true;
    }

    /** Decimals the figure was written with, as a fraction: "40%" is 2, "6.02%" is 4, "1.15x" is 2. */
    private static int writtenScale(Amount a) {
        Matcher n = DECIMALS.matcher(a.text());
        int decimals = n.find() && n.group(1) != null ? n.group(1).length() : 0;
        boolean percent = a.kind() == Amount.Kind.RATIO && a.text().matches(".*(?:%|per|pct).*");
        return decimals + (percent ? 2 : 0);
    }
    /**
     * True when the cue is the figure's own noun inside a metric phrase holding the figure too ("% of the 100bn raise"): it
     * says what the figure is, and the phrase still names the metric asked, so the cue is not spent.
     */
    private static boolean ownNounInPhrase(Work w, Candidate c) {
        Mention m = c.mention();
        return w.hits.stream().anyMatch(h -> h.start() <= m.start() && h.end() >= m.end() && h.start() <= c.cue()[0] && h.end() >= c.cue()[1]);
    }
}
