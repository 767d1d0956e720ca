package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Format;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.api.Unit;
import org.thesisbot.core.scenario.Amount;
import org.thesisbot.core.scenario.Amounts;
import org.thesisbot.core.scenario.Compounding;
import org.thesisbot.core.scenario.InputId;
import org.thesisbot.core.scenario.ScenarioModel;

/**
 * A status of the position part-way through the hold: how long since the check went in and where OpenAI was last marked
 * ("status: yr 2, oai marked 1.05T", "18 months in, mark 1.02T", "yr-3 close-out: latest mark 1.2 tril"). The mark is a
 * valuation at that time, so the question is one of three:
 * <ul>
 *   <li><b>to date</b> ("irr to date on the 50?", "paper moic so far", "are we under water?"): the mark is the exit, after
 *       the years so far;</li>
 *   <li><b>from here</b> ("what yearly growth does the stake need from here to hit 2x over the 5 yrs", "what yr-5 exit gets
 *       us 15% a yr from the current mark"): the growth from the mark to a goal at the end of the hold, or the exit the mark
 *       grows to at a rate;</li>
 *   <li>a goal over the <b>whole hold</b> from entry ("what yr-6 exit gets the full 6-yr hold to 2.5x"), an input of the
 *       model, or the sources: the mark does not bear on it, and is left out with a note.</li>
 * </ul>
 * The thread keeps the status, so "yr 4 now, mark 1.3T" asks the thread's question again at the new mark.
 */
final class InterimMarks {
    private static final MathContext MC = MathContext.DECIMAL128;
    private static final BigDecimal MAX_YEARS = BigDecimal.valueOf(100);

    /** Years since the check went in: "yr 2", "yr-3 close-out", "end yr 2", "two yrs in", "18 months in". */
    private static final Pattern ELAPSED = Pattern.compile(
            "(?<![\\w-])(?:(?:the\\s+)?end\\s+(?:of\\s+)?)?(?:yr|year)[\\s-]?(?<y>\\d{1,2})(?![\\d.%])(?:\\s*(?:close-?out|closed|done|wrap|check-?in|review|now|end|in))?(?!\\s*-?\\s*(?:exit|hold|irr|moic))"
                    + "|(?<y2>\\d{1,2}(?:\\.\\d{1,2})?)\\s?(?:yrs?|years?)\\s+(?:in|done|gone|elapsed)\\b"
                    + "|(?<m>\\d{1,3})\\s?(?:months?|mos?)\\s+in\\b");
    /** A horizon, not the time so far: "by yr 6", "in yr 7", "at end of yr 3", "yr-5 exit". */
    private static final Pattern HORIZON_BEFORE = Pattern.compile("(?:\\b(?:by|in|at|until|through|to|for|into|before|a|each|per|every|of)\\s+(?:the\\s+)?(?:end\\s+(?:of\\s+)?)?)$");
    /** Where OpenAI was last marked: "latest oai mark 1.15T", "oai marked at $1,050bn", "mark slid to 900bn", "oai at 1.05T". */
    private static final Pattern MARK = Pattern.compile(
            "(?:(?:latest|last|current|final|interim|new|today's)\\s+)?(?:(?:oai|openai)(?:'s)?\\s+)?(?:(?:latest|last|current|final|interim)\\s+)?(?:got\\s+|was\\s+|is\\s+)?"
                    + "mark(?:ed)?(?:\\s+(?:down|up))?(?:\\s+(?:sits|is|was|now|slid|came\\s+in|moved|went|fell|rose|dropped|jumped|stands))?(?:\\s+(?:at|to|of|=|around|@|:|vs))?\\s*(?:about\\s+|~\\s*)?"
                    + "|\\b(?:oai|openai)\\s+(?:is\\s+|was\\s+|now\\s+|sits\\s+)?(?:at|@|=)\\s*");
    /** A figure that is a year, a rate or a multiple, not a valuation. */
    private static final Pattern FORWARD = Pattern.compile(
            "\\bfrom\\s+(?:here|now|today|this\\s+point|the\\s+(?:current|latest|today's)\\b|the\\s+(?:\\$?[\\d.,]+\\s?(?:bn|b|t|tn|trillion|billion)?\\s+)?mark\\b|(?:the\\s+)?current\\s+mark)|\\bgoing\\s+forward\\b|\\bon\\s+the\\s+current\\s+mark\\b");
    private static final Pattern WHOLE_HOLD = Pattern.compile(
            "\\b(?:yr|year)[\\s-]?\\d{1,2}\\s*-?\\s*exit\\b|\\b(?:in|by|at|until|through)\\s+(?:the\\s+)?(?:end\\s+of\\s+)?(?:yr|year)\\s?-?\\d{1,2}\\b|\\b(?:whole|full|entire|total)\\b"
                    + "|\\beventually\\b|\\bgo(?:es)?\\s+out\\b|\\bwhat\\s+(?:exit|mark)\\b|\\blongest\\b|\\bhow\\s+long\\b|\\bneed\\s+to\\s+be\\s+worth\\b");
    private static final Pattern LOOKUP = Pattern.compile(
            "\\b(?:does|do|did)\\s+(?:the\\s+model|you|your\\s+\\w+)\\s+(?:use|carry|assume|plug|have|run)|\\bbaked\\s+into\\b|\\bplug\\s+in\\b|\\bbuilt\\s+on\\b|\\bassum(?:e|ed|ption)s?\\b|\\bwhat\\s+\\w+\\s+(?:does|do)\\s+(?:the\\s+model|you)\\b");
    private static final Pattern NARRATIVE = Pattern.compile("\\b(?:article|piece|memo|author|writer|remind\\s+me|per\\s+the|the\\s+sources?|publicly)\\b|^\\s*why\\b|[-,;:]\\s*why\\b");
    /** The status at the end of the hold: "yr 5, hold's done, final oai mark 1.66T" (the whole hold is to date). */
    private static final Pattern HOLD_DONE = Pattern.compile("\\bhold(?:'s|\\s+is)?\\s+(?:done|over|complete|ended)\\b|\\bfinal\\s+(?:oai\\s+|openai\\s+)?mark\\b");
    private static final Pattern NUMBERS = Pattern.compile("\\b(?:irr|moic|multiple|gain|loss|worth|value|stake|return|x|exit|payoff|profit|under\\s*water|up|down|own)\\b|\\$|\\d");
    private static final Pattern RATE_ASK = Pattern.compile("\\b(?:rate|compound(?:s|ing)?|grow(?:th|s)?|yearly|annual(?:i[sz]ed)?|irr|cagr|a\\s+yr|per\\s+year|a\\s+year)\\b");
    private static final Pattern EXIT_ASK = Pattern.compile("\\b(?:what|which)\\s+(?:yr[\\s-]?\\d{1,2}\\s+|year[\\s-]?\\d{1,2}\\s+)?(?:exit|valuation|mark)\\b|\\bgo(?:es)?\\s+out\\s+at\\b|\\bexit\\s+(?:do\\s+we\\s+need|needed)\\b");
    private static final Pattern RATE_GIVEN = Pattern.compile("(?<r>\\d{1,3}(?:\\.\\d{1,2})?)\\s?%\\s*(?:a|per|each)\\s+(?:yr|year|annum)|(?<r2>\\d{1,3}(?:\\.\\d{1,2})?)\\s?%\\s*(?:irr|annual|a\\s+yr|p\\.?a\\.?|cagr|compounded)");
    private static final Pattern MULTIPLE_GOAL = Pattern.compile("(?<x>\\d{1,2}(?:\\.\\d{1,2})?)\\s?x\\b");
    private static final Pattern BACK = Pattern.compile("\\b(?:the\\s+\\$?50(?:bn|b)?\\s+back|our\\s+money\\s+back|break\\s*-?\\s*even|get\\s+back\\s+to\\s+(?:the\\s+)?\\$?50|made\\s+whole|flat)\\b");
    private static final Pattern PCT_GOAL = Pattern.compile("(?<p>\\d{1,3}(?:\\.\\d{1,2})?)\\s?%");
    private static final Pattern HORIZON = Pattern.compile(
            "\\b(?:by|in|at|until|through|to)\\s+(?:the\\s+)?(?:end\\s+of\\s+)?(?:yr|year)\\s?-?(?<t>\\d{1,2})\\b|\\b(?:yr|year)[\\s-]?(?<t2>\\d{1,2})\\s*-?\\s*exit\\b"
                    + "|\\b(?:whole|full|entire|the)\\s+(?<t3>\\d{1,2})[\\s-]?(?:yrs?|years?)\\b|\\b(?<t4>\\d{1,2})[\\s-]?(?:yr|year)\\s+hold\\b");
    private static final Pattern THAT_EXIT = Pattern.compile("\\b(?:that|the\\s+same)\\s+exit\\b");
    private static final Pattern SAME_YEAR = Pattern.compile("\\bsame\\s+(?:yr|year)\\b");
    private static final Pattern ENTRY = Pattern.compile(
            "\\b(?:entry|in\\s+at|went\\s+in\\s+at|bought\\s+in\\s+at|gone\\s+in\\s+at|our\\s+entry)\\b[^.;?!]{0,40}?\\b(?:pre|post)(?:-money)?\\b|\\bcheck\\s+(?:got\\s+)?cut\\s+(?:back\\s+)?to\\s+\\$?\\d{1,3}(?:bn|b)?\\b|\\bat\\s+(?:a|the)\\s+\\$?\\d{3,4}(?:bn|b)?\\s+(?:pre|post)(?:-money)?\\b");
    /** A question of the position to date, which a follow-up asks of the thread's status. */
    private static final Pattern TO_DATE_WORDS = Pattern.compile("\\bto\\s+date\\b|\\bso\\s+far\\b|\\bon\\s+paper\\b|\\bmark-to-market\\b|\\bcurrently\\b|\\bas\\s+of\\s+(?:now|today)\\b");
    /** The thread's status as {@link Found#kept()} says it. */
    private static final Pattern STATE = Pattern.compile("\\(status yr (?<n>[\\d.]+), mark \\$(?<v>[\\d.]+)b(?:; from here: (?<f>[^()]*))?\\)\\s*$");
    /** Words that leave the thread's status: "forget the mark", "from entry", "ignore the interim mark". */
    static final Pattern LEAVE = Pattern.compile("(?i)\\b(?:forget|ignore|drop|never\\s+mind)\\s+(?:the\\s+)?(?:interim\\s+|latest\\s+|current\\s+)?mark\\b|\\bno\\s+(?:interim\\s+)?mark\\b");

    /** What the status asks. */
    enum Ask { TO_DATE, RATE_FROM_HERE, EXIT_FROM_HERE, ASIDE, KEEP }

    record Found(String question, BigDecimal years, BigDecimal mark, Ask ask, BigDecimal multiple, BigDecimal rate, BigDecimal horizon, boolean thatExit,
            String forward, ScenarioModel model) implements Reframing {
        @Override
        public Optional<String> kept() {
            return Optional.of("status yr " + plain(years) + ", mark $" + plain(mark) + "b" + (forward == null ? "" : "; from here: " + forward));
        }

        @Override
        public Answer told(Answer a) {
            return told(a, Map.of());
        }

        @Override
        public Answer told(Answer a, Map<InputId, BigDecimal> inForce) {
            if (a.results().isEmpty()) {
                return a;
            }
            String status = "year " + plain(years) + " mark of " + Format.money(mark);
            switch (ask) {
                case TO_DATE -> {
                    return RoutingAssistant.withNote(a, "Your " + status + " is taken as the exit, " + plain(years) + " years in.");
                }
                case KEEP -> {
                    return a;
                }
                case ASIDE -> {
                    return RoutingAssistant.withNote(a, "Your " + status + " does not bear on this (it is a goal or an input from entry to the end of the hold); I left it out.");
                }
                default -> {
                    return fromHere(a, inForce, status);
                }
            }
        }

        private Answer fromHere(Answer a, Map<InputId, BigDecimal> inForce, String status) {
            MetricResult r = a.results().stream().filter(x -> x.value() != null && x.kind() == MetricResult.Kind.METRIC).findFirst().orElse(null);
            if (r == null) {
                return a;
            }
            Map<String, BigDecimal> at = StakeInputs.every(a, r, inForce, model);
            BigDecimal post = at.get(InputId.POST_MONEY_VALUATION.id());
            BigDecimal hold = horizon != null ? horizon : at.get(InputId.HOLDING_YEARS.id());
            if (post == null || post.signum() <= 0 || hold == null) {
                return a;
            }
            BigDecimal h = hold.subtract(years);
            if (h.signum() <= 0 || h.compareTo(MAX_YEARS) > 0) {
                return Reframing.refused(a, "the end of the hold (year " + plain(hold) + ") is not after your " + status + ".");
            }
            BigDecimal value;
            String label;
            String formula;
            String metric;
            Unit unit;
            MetricResult.Kind kind;
            if (ask == Ask.EXIT_FROM_HERE) {
                value = mark.multiply(Compounding.growth(BigDecimal.ONE.add(rate), h), MC);
                metric = InputId.EXIT_VALUATION.id();
                unit = Unit.USD_BILLIONS;
                kind = MetricResult.Kind.SOLVED;
                label = "OpenAI's exit in year " + plain(hold) + " for " + Format.percent(rate) + " a year from the " + status;
                formula = Format.money(mark) + " × (1 + " + Format.percent(rate) + ")^" + plain(h) + " = " + Format.money(value);
            } else {
                BigDecimal m = thatExit ? r.value() : multiple;
                if (m == null || m.signum() <= 0) {
                    return a;
                }
                // the stake's value now is invested x mark / post; at the goal, invested x m: the growth between is (m x post / mark)^(1/h)
                BigDecimal growth = m.multiply(post, MC).divide(mark, MC);
                value = Compounding.power(growth, BigDecimal.ONE.divide(h, MC)).subtract(BigDecimal.ONE);
                metric = "irr";
                unit = Unit.RATIO;
                kind = MetricResult.Kind.RESTATED;
                label = "Annual growth the stake needs from the " + status + " to " + Format.value(m, Unit.MULTIPLE) + " by year " + plain(hold);
                formula = "(" + Format.value(m, Unit.MULTIPLE) + " × " + Format.money(post) + " / " + Format.money(mark) + ")^(1/" + plain(h) + ") - 1 = " + Format.percent(value);
            }
            MetricResult out = new MetricResult(metric, label, value, unit, r.scenario(), r.inputs(), formula,
                    "From the mark, " + plain(years) + " years in, over the " + plain(h) + " years to year " + plain(hold) + ".", kind);
            List<MetricResult> results = new ArrayList<>();
            results.add(out);
            results.addAll(a.results());
            String text = "*" + label + ": " + Format.value(value, unit) + "* (" + r.scenario() + " case) `" + formula + "`\n_Worked from:_\n" + a.text();
            return new Answer(a.id(), a.route(), text, a.narrative(), results, a.citations(), a.answerer(), a.notes(), a.decision(), a.clarify(), a.charts());
        }
    }

    private InterimMarks() {
    }

    static Optional<Found> find(String question, ScenarioModel model) {
        if (question == null || question.length() > 2_000) {
            return Optional.empty();
        }
        String text = Amounts.normalise(question).replaceAll("\\b(\\d+) 1/4 (trillion|billion|tn|bn|t|b)\\b", "$1.25 $2")
                .replaceAll("\\b(\\d+) 1/2 (trillion|billion|tn|bn|t|b)\\b", "$1.5 $2").replaceAll("\\b(\\d+) 3/4 (trillion|billion|tn|bn|t|b)\\b", "$1.75 $2");
        BigDecimal wasYears = null;
        BigDecimal wasMark = null;
        String wasForward = null;
        Matcher st = STATE.matcher(text);
        if (st.find()) {
            wasYears = new BigDecimal(st.group("n"));
            wasMark = new BigDecimal(st.group("v"));
            wasForward = st.group("f");
            text = text.substring(0, st.start());
        }
        List<int[]> cut = new ArrayList<>();
        BigDecimal mark = null;
        List<Amount> amounts = Amounts.find(text);
        Matcher mm = MARK.matcher(text);
        while (mark == null && mm.find()) {
            for (Amount am : amounts) {
                if (am.start() >= mm.end() && am.start() <= mm.end() + 2 && text.substring(mm.end(), am.start()).isBlank()) {
                    BigDecimal v = am.kind() == Amount.Kind.MONEY ? am.value()
                            : am.kind() == Amount.Kind.PLAIN && am.value().compareTo(BigDecimal.valueOf(50)) >= 0 ? am.value() : null;
                    if (v == null || v.signum() <= 0) {
                        return Optional.empty(); // (a mark at zero or below, or a bare small number: left to the reader)
                    }
                    mark = v;
                    cut.add(new int[] {mm.start(), am.end()});
                    break;
                }
            }
        }
        BigDecimal years = null;
        Matcher e = ELAPSED.matcher(text);
        while (years == null && e.find()) {
            if (e.group("y") != null && HORIZON_BEFORE.matcher(text.substring(Math.max(0, e.start() - 20), e.start())).find()) {
                continue;
            }
            years = e.group("y") != null ? new BigDecimal(e.group("y")) : e.group("y2") != null ? new BigDecimal(e.group("y2"))
                    : new BigDecimal(e.group("m")).divide(BigDecimal.valueOf(12), MC);
            cut.add(new int[] {e.start(), e.end()});
        }
        if (years == null && SAME_YEAR.matcher(text).find()) {
            years = wasYears;
        }
        boolean said = mark != null || years != null;
        if (mark == null && years == null && wasMark == null) {
            return Optional.empty();
        }
        if (said && (mark == null || years == null) && wasMark == null) {
            return Optional.empty(); // (a mark with no time, or a time with no mark, is no status)
        }
        mark = mark != null ? mark : wasMark;
        years = years != null ? years : wasYears;
        if (years.compareTo(MAX_YEARS) > 0) {
            return Optional.empty();
        }
        String rest = Reframing.cut(text, cut);
        rest = rest.replaceAll("^[\\s:,.;-]*(?:status|update|port review|check-?in)?[\\s:,.;-]*", "");
        boolean emptyRest = Reframing.NOTHING_ELSE.matcher(rest.replaceAll("\\b(?:instead|now|same\\s+(?:yr|year))\\b", " ")).matches();
        String asked = emptyRest && wasForward != null ? wasForward : rest;
        String entry = "";
        Matcher en = ENTRY.matcher(rest);
        if (en.find()) {
            entry = en.group();
        }
        Ask ask;
        BigDecimal multiple = null;
        BigDecimal rate = null;
        BigDecimal horizon = null;
        String forward = null;
        boolean thatExit = false;
        String q;
        Matcher hz = HORIZON.matcher(asked);
        if (hz.find()) {
            String t = hz.group("t") != null ? hz.group("t") : hz.group("t2") != null ? hz.group("t2") : hz.group("t3") != null ? hz.group("t3") : hz.group("t4");
            horizon = new BigDecimal(t);
        }
        if (FORWARD.matcher(asked).find() || emptyRest && wasForward != null) {
            Matcher rg = RATE_GIVEN.matcher(asked);
            if (EXIT_ASK.matcher(asked).find() && rg.find()) {
                ask = Ask.EXIT_FROM_HERE;
                rate = new BigDecimal(rg.group("r") != null ? rg.group("r") : rg.group("r2")).movePointLeft(2);
            } else if (RATE_ASK.matcher(asked).find()) {
                ask = Ask.RATE_FROM_HERE;
                Matcher x = MULTIPLE_GOAL.matcher(asked);
                Matcher p = PCT_GOAL.matcher(asked);
                thatExit = THAT_EXIT.matcher(asked).find();
                if (thatExit) {
                    multiple = null;
                } else if (x.find()) {
                    multiple = new BigDecimal(x.group("x"));
                } else if (BACK.matcher(asked).find()) {
                    multiple = BigDecimal.ONE;
                } else if (p.find()) {
                    BigDecimal hold = horizon != null ? horizon : model.value(InputId.HOLDING_YEARS.id(), ScenarioModel.BASE);
                    multiple = Compounding.growth(BigDecimal.ONE.add(new BigDecimal(p.group("p")).movePointLeft(2)), hold);
                } else {
                    return Optional.empty();
                }
            } else {
                return Optional.empty();
            }
            forward = asked.replaceAll("[()]", " ").replaceAll("\\s+", " ").trim();
            q = thatExit ? "what moic at that exit?" : ("what is our stake? " + entry).trim();
        } else if (!said && !TO_DATE_WORDS.matcher(rest).find()) {
            // a follow-up that says nothing of the thread's status ("now bear", "irr on that?"): the thread's inputs already
            // hold the mark as the exit, or the question is another; it is read as it is
            ask = Ask.KEEP;
            q = rest;
        } else if (NARRATIVE.matcher(rest).find() && !NUMBERS.matcher(rest.replaceAll("(?:" + NARRATIVE.pattern() + ")[^.?!]*", " ")).find()
                || LOOKUP.matcher(rest).find()) {
            ask = Ask.ASIDE;
            q = rest;
        } else if (WHOLE_HOLD.matcher(rest).find() && !HOLD_DONE.matcher(text).find()) {
            ask = Ask.ASIDE;
            // a horizon said as a year of the hold is a holding period; a "mark" asked for is the exit
            q = rest.replaceAll("\\b(?:at|by|in)\\s+(?:the\\s+)?(?:end\\s+of\\s+)?(?:yr|year)\\s?-?(\\d{1,2})\\b", "after $1 years")
                    .replaceAll("\\b(?:yr|year)[\\s-]?(\\d{1,2})\\s*-?\\s*exit\\b", "exit after $1 years")
                    .replaceAll("\\bwhat\\s+mark\\b", "what exit").replaceAll("\\b(irr|moic)\\s+to\\s+date\\b", "$1");
            // a return the hold is to reach, said as the goal the reader knows: "to clear 15%", "to land at 15% irr"
            q = q.replaceAll("\\b(?:to\\s+)?(?:still\\s+)?(?:clear|land\\s+at|print|hit|reach|get\\s+to|be\\s+at|finish\\s+at)\\s+(?:a\\s+)?(\\d{1,3}(?:\\.\\d{1,2})?)\\s?%(?:\\s+irr)?(?!\\s*(?:a|per)\\s+y)",
                    "gives a $1% irr");
        } else {
            ask = Ask.TO_DATE;
            // ("moic to date at that 1.8T?": the mark said again is the exit already, not a second figure)
            String again = "\\b(?:at|of|on)\\s+(?:that|this|the)\\s+(?:mark\\s+(?:of\\s+)?)?\\$?" + Pattern.quote(plain(mark.movePointLeft(3))) + "\\s?(?:t|tn|trillion)\\b(?:\\s+mark)?"
                    + "|\\b(?:at|of|on)\\s+(?:that|this|the)\\s+(?:mark\\s+(?:of\\s+)?)?\\$?" + Pattern.quote(plain(mark)) + "\\s?(?:b|bn|billion)?\\b(?:\\s+mark)?";
            q = "exit at $" + plain(mark) + "b after " + plain(years) + " years. " + rest.replaceAll("\\b(?:to\\s+date|so\\s+far|on\\s+paper)\\b", " ").replaceAll(again, " ");
        }
        return Optional.of(new Found(Reframing.orSame(Reframing.tidy(q)), years, mark, ask, multiple, rate, horizon, thatExit, forward, model));
    }

    private static String plain(BigDecimal v) {
        return v.round(new MathContext(12)).stripTrailingZeros().toPlainString();
    }
}
