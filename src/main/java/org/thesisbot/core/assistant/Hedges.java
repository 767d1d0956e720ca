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
import org.thesisbot.core.scenario.Compounding;
import org.thesisbot.core.scenario.InputId;
import org.thesisbot.core.scenario.ScenarioModel;

/**
 * A hedge on the stake's value at the exit: a protective put (a floor) or a collar (a floor and a cap), with the premium
 * paid for it added to the cost ("the all-in"). "put floors the stake at 42bn, 1.5bn prem", "zero-cost collar 40/85 on the
 * stake val", "a put struck at a 700bn oai valuation", "floors us at 80 cents on the dollar of the 50".
 * <p>
 * The stake's value at the exit is held between the floor and the cap; the multiple, the gain and the IRR are on the
 * check plus the premium; the combined payoff takes the premium off too. Asked the other way round, it gives the exit at
 * which the floor starts to work or the cap to bite, the exit below which the hedged multiple beats the naked one, the
 * exit for a hedged goal, the post-money or the check that puts the floor at a given exit, and the longest hold that still
 * clears a hedged IRR. The model has no options: every figure here is the payoff at the exit, with no time value.
 */
final class Hedges {
    private static final MathContext MC = MathContext.DECIMAL128;
    private static final String NUM = "\\$?(?<%1$s>\\d{1,4}(?:[.,]\\d{1,3})?)\\s?(?<%1$su>bn|b|billion|tn|t|trillion)?(?<%1$so>\\s+(?:(?:oai|openai)(?:'s)?\\s+)?(?:valuation|value|mark|exit)|\\s+(?:oai|openai)\\b)?";
    private static final Pattern COLLAR_SLASH = Pattern.compile(
            "\\bcol+ar\\b(?:\\s+on\\s+(?:the\\s+|our\\s+)?(?:oai\\s+)?(?:stake|position)(?:\\s+val(?:ue)?)?)?\\s*(?:,\\s*)?(?:of\\s+)?" + NUM.formatted("f") + "\\s*(?:floor)?\\s*/\\s*" + NUM.formatted("c") + "(?:\\s*cap)?");
    private static final Pattern FLOOR = Pattern.compile(
            "\\b(?:floor(?:s|ed|ing)?|put|struck|strike)\\s+(?:(?:on|under)\\s+(?:the\\s+|our\\s+)?(?:oai\\s+)?(?:stake|position)(?:\\s+(?:mtm|value|val))?\\s+)?(?:the\\s+stake\\s+|us\\s+|the\\s+position\\s+|it\\s+)?"
                    + "(?:(?:struck|floored)\\s+)?(?:at|of|@)?\\s*(?:a\\s+)?(?:(?<cents>\\d{1,2})\\s+cents\\s+on\\s+the\\s+dollar(?:\\s+of\\s+the\\s+\\$?\\d{1,3}(?:bn|b)?)?|" + NUM.formatted("v") + ")"
                    + "|(?:an?\\s+)?" + NUM.formatted("w") + "\\s+floor\\b(?!\\s*(?:at|of|@|to)?\\s*(?:a\\s+)?\\$?\\d)");
    private static final Pattern CAP = Pattern.compile("\\bcap(?:ped)?\\s+(?:(?:up|down)\\s+)?(?:at|to|of|@)?\\s*(?:a\\s+)?" + NUM.formatted("v") + "|(?:an?\\s+)?" + NUM.formatted("w") + "\\s+cap\\b(?!\\s*(?:at|of|@|to)?\\s*(?:a\\s+)?\\$?\\d)");
    private static final Pattern PREMIUM = Pattern.compile(
            "(?<p>\\d{1,2}(?:\\.\\d{1,2})?)\\s?(?:bn|b)?\\s+(?:net\\s+)?(?:prem(?:ium)?|debit)\\b|\\b(?:prem(?:ium)?|debit|costs?)\\s+(?:of\\s+)?\\$?(?<q>\\d{1,2}(?:\\.\\d{1,2})?)\\s?(?:bn|b)?\\b"
                    + "|\\bfor\\s+\\$?(?<r>\\d{1,2}(?:\\.\\d{1,2})?)\\s?(?:bn|b)\\b");
    private static final Pattern ZERO_COST = Pattern.compile("\\bzero[- ]cost\\b|\\bcostless\\b|\\bno\\s+net\\s+prem(?:ium)?\\b|\\bno\\s+prem(?:ium)?\\b|\\bfree\\b");
    /** A word of the hedge itself: without one, no figure is read as a floor. */
    private static final Pattern HEDGE = Pattern.compile(
            "\\b(?:col+ar|hedged?|hedging|protective)\\b|\\b(?:a|the|our|buy(?:s|ing)?\\s+a|with\\s+a)\\s+put\\b|\\bput\\s+(?:floors?|floored|struck|strike|on\\s+(?:the\\s+|our\\s+)?(?:oai\\s+)?(?:stake|position)|(?:at|for)\\s+\\$?\\d[\\d.,]*\\s?(?:bn|b|billion)|prem(?:ium)?)\\b"
                    + "|\\bfloor(?:s|ed|ing)?\\s+(?:the\\s+stake|us|the\\s+position|on\\s+(?:the\\s+|our\\s+)?(?:oai\\s+)?(?:stake|position))");
    private static final Pattern FLOOR_WORKS = Pattern.compile(
            "\\bfloor\\b[^.?!]{0,50}?\\b(?:start(?:s|ing)?\\s+(?:doing|to\\s+do|to\\s+work|working|to\\s+pay|paying|to\\s+matter)|do(?:es|ing)?\\s+(?:any\\s+)?work|kick(?:s|ing)?\\s+in|comes?\\s+into\\s+play|bites?|binds?)"
                    + "|\\b(?:put|it)\\s+(?:go(?:es)?|is|finish(?:es)?|end(?:s)?\\s+up)\\s+in\\s+the\\s+money|\\b(?:put|floor)\\s+(?:starts?\\s+)?pay(?:s|ing)\\b");
    private static final Pattern CAP_BITES = Pattern.compile("\\bcap\\b[^.?!]{0,40}?\\b(?:start(?:s|ing)?\\s+(?:to\\s+)?bit(?:e|ing)|bites?|kick(?:s|ing)?\\s+in|binds?|comes?\\s+into\\s+play)");
    private static final Pattern NAKED = Pattern.compile("\\bnaked\\b|\\bunhedged\\b[^.?!]{0,60}\\bcross|\\bcross\\b[^.?!]{0,60}\\bunhedged\\b|\\bvs\\.?\\s+(?:being\\s+)?unhedged\\b");
    private static final Pattern AT_EXIT = Pattern.compile("\\b(?:below|at|right\\s+at|under)\\s+(?:a\\s+|an\\s+)?\\$?(?<x>\\d{1,4}(?:[.,]\\d{1,3})?)\\s?(?<u>bn|b|billion|tn|t|trillion)?\\s+(?:(?:oai|openai)\\s+)?(?:mark|exit|valuation|value)\\b");
    private static final Pattern ASKS_POST = Pattern.compile("\\bwhat\\s+(?:post(?:-money)?|entry|price)\\b|\\bpost-money\\s+would\\b");
    private static final Pattern ASKS_CHECK = Pattern.compile("\\bwhat\\s+(?:check|cheque|ticket)(?:\\s+size)?\\b|\\bhow\\s+big\\b");
    private static final Pattern ASKS_EXIT = Pattern.compile("\\b(?:what|which)\\s+(?:oai\\s+|openai\\s+)?(?:exit|valuation|mark)\\b|\\bat\\s+what\\s+(?:oai\\s+|openai\\s+)?(?:exit|valuation|mark)\\b|\\bwhere\\b|\\bbelow\\s+what\\b|\\bexit\\s+where\\b");
    private static final Pattern ASKS_HOLD = Pattern.compile("\\bhow\\s+(?:many\\s+(?:yrs|years)|long)\\b|\\blongest\\s+hold\\b");
    private static final Pattern GOAL_MOIC = Pattern.compile("(?<x>\\d{1,2}(?:\\.\\d{1,2})?)\\s?x\\b");
    private static final Pattern GOAL_IRR = Pattern.compile("(?<r>\\d{1,2}(?:\\.\\d{1,2})?)\\s?%\\s*(?:hedged\\s+)?(?:irr|a\\s+y(?:ea)?r|annual)|\\birr\\s+to\\s+(?<r2>\\d{1,2}(?:\\.\\d{1,2})?)\\s?%");
    private static final Pattern KEPT = Pattern.compile("\\(hedge: (?<w>[^()]*)\\)\\s*$");
    /** Words that take the hedge off: "drop the put", "without the collar", "unhedged now". */
    static final Pattern LEAVE = Pattern.compile("(?i)\\b(?:drop|remove|lose|forget|unwind|without|ex)\\s+(?:the\\s+)?(?:put|collar|hedge|floor)\\b|\\btake\\s+(?:the\\s+)?(?:put|collar|hedge)\\s+off\\b|\\bno\\s+(?:put|collar|hedge)\\b");

    /** A level of the hedge: in dollars of the stake's value, or as OpenAI's valuation (then the stake's share of it). */
    record Level(BigDecimal value, boolean openai) {
        BigDecimal dollars(BigDecimal invested, BigDecimal post) {
            return openai ? invested.multiply(value, MC).divide(post, MC) : value;
        }

        String words() {
            return openai ? "a " + plain(value) + "bn oai value" : plain(value) + "bn";
        }
    }

    /** What is asked the other way round. */
    enum Reverse { NONE, FLOOR_EXIT, CAP_EXIT, NAKED_EXIT, GOAL_EXIT, FLOOR_POST, FLOOR_CHECK, GOAL_HOLD }

    record Found(String question, Level floor, Level cap, BigDecimal premium, Reverse reverse, BigDecimal at, BigDecimal goalMoic, BigDecimal goalIrr,
            ScenarioModel model) implements Reframing {
        @Override
        public Optional<String> kept() {
            List<String> w = new ArrayList<>();
            if (floor != null) {
                w.add("floor at " + floor.words());
            }
            if (cap != null) {
                w.add("cap at " + cap.words());
            }
            w.add(plain(premium) + "bn prem");
            return Optional.of("hedge: " + String.join(", ", w));
        }

        @Override
        public Answer told(Answer a) {
            return told(a, Map.of());
        }

        @Override
        public Answer told(Answer a, Map<InputId, BigDecimal> inForce) {
            MetricResult first = a.results().stream().filter(r -> r.value() != null && r.kind() == MetricResult.Kind.METRIC).findFirst().orElse(null);
            if (first == null) {
                return a;
            }
            Map<String, BigDecimal> at = StakeInputs.every(a, first, inForce, model);
            BigDecimal invested = at.get(InputId.INVESTMENT.id());
            BigDecimal post = at.get(InputId.POST_MONEY_VALUATION.id());
            BigDecimal exit = at.get(InputId.EXIT_VALUATION.id());
            BigDecimal hold = at.get(InputId.HOLDING_YEARS.id());
            if (invested == null || post == null || exit == null || hold == null || invested.signum() <= 0 || post.signum() <= 0) {
                return a;
            }
            BigDecimal f = floor == null ? null : floor.dollars(invested, post);
            BigDecimal c = cap == null ? null : cap.dollars(invested, post);
            if (f != null && c != null && c.compareTo(f) < 0) {
                return Reframing.refused(a, "the cap (" + Format.money(c) + ") is below the floor (" + Format.money(f) + ").");
            }
            BigDecimal basis = invested.add(premium);
            String hedge = (cap == null ? "the put (floor " + Format.money(f) + ")" : f == null ? "the cap at " + Format.money(c) : "the collar (" + Format.money(f) + " floor, " + Format.money(c) + " cap)")
                    + (premium.signum() == 0 ? ", at no cost" : ", " + Format.money(premium) + " premium in the cost");
            if (reverse != Reverse.NONE) {
                return reversed(a, first, invested, post, exit, f, c, basis, hedge);
            }
            List<MetricResult> results = new ArrayList<>();
            StringBuilder head = new StringBuilder();
            for (MetricResult r : a.results()) {
                if (r.value() == null || r.kind() != MetricResult.Kind.METRIC) {
                    continue;
                }
                Map<String, BigDecimal> in = StakeInputs.every(a, r, inForce, model);
                BigDecimal e = in.getOrDefault(InputId.EXIT_VALUATION.id(), exit);
                BigDecimal i = in.getOrDefault(InputId.INVESTMENT.id(), invested);
                BigDecimal p = in.getOrDefault(InputId.POST_MONEY_VALUATION.id(), post);
                BigDecimal t = in.getOrDefault(InputId.HOLDING_YEARS.id(), hold);
                BigDecimal fl = floor == null ? null : floor.dollars(i, p);
                BigDecimal cp = cap == null ? null : cap.dollars(i, p);
                BigDecimal raw = i.multiply(e, MC).divide(p, MC);
                BigDecimal held = clamp(raw, fl, cp);
                BigDecimal cost = i.add(premium);
                BigDecimal v;
                String formula;
                switch (r.metric()) {
                    case "stake_value" -> {
                        v = held;
                        formula = "min(max(" + Format.money(raw) + ", floor), cap) = " + Format.money(v);
                    }
                    case "moic", "gain", "irr" -> {
                        Optional<Payouts.Figure> returned = Payouts.of(r.metric(), held, cost, t);
                        if (returned.isEmpty()) {
                            continue;
                        }
                        v = returned.get().value();
                        formula = returned.get().formula();
                    }
                    case "combined_payoff" -> {
                        // the payoff the model computes, with the hedged stake for the raw one and the premium off
                        v = r.value().subtract(raw).add(held).subtract(premium);
                        formula = Format.money(r.value()) + " - " + Format.money(raw) + " + " + Format.money(held) + " - " + Format.money(premium) + " = " + Format.money(v);
                    }
                    default -> {
                        continue;
                    }
                }
                String label = r.label() + " after " + (cap == null ? "the put" : floor == null ? "the cap" : "the collar") + (premium.signum() == 0 || r.metric().equals("stake_value") ? "" : ", on the all-in cost");
                results.add(new MetricResult(r.metric(), label, v, r.unit(), r.scenario(), r.inputs(), formula,
                        "The stake's value at the exit held between the floor and the cap; the premium is part of the cost.", MetricResult.Kind.RESTATED));
                head.append("*").append(label).append(": ").append(Format.value(v, r.unit())).append("* (").append(r.scenario()).append(" case) `").append(formula).append("`\n");
            }
            if (results.isEmpty()) {
                return RoutingAssistant.withNote(a, "A hedge on the stake's value does not change these numbers.");
            }
            results.addAll(a.results());
            String text = head + "_With " + hedge + ". Unhedged, for comparison:_\n" + a.text();
            return new Answer(a.id(), a.route(), text, a.narrative(), results, a.citations(), a.answerer(), a.notes(), a.decision(), a.clarify(), a.charts());
        }

        private Answer reversed(Answer a, MetricResult r, BigDecimal invested, BigDecimal post, BigDecimal exit, BigDecimal f, BigDecimal c, BigDecimal basis, String hedge) {
            BigDecimal v;
            String metric;
            String label;
            String formula;
            Unit unit = Unit.USD_BILLIONS;
            switch (reverse) {
                case FLOOR_EXIT, NAKED_EXIT -> {
                    if (f == null) {
                        return a;
                    }
                    BigDecimal over = reverse == Reverse.NAKED_EXIT ? basis : invested;
                    v = f.multiply(post, MC).divide(over, MC);
                    metric = InputId.EXIT_VALUATION.id();
                    label = reverse == Reverse.NAKED_EXIT ? "OpenAI's exit below which the hedged multiple beats the unhedged one" : "OpenAI's exit at which the floor starts to work";
                    formula = Format.money(f) + " × " + Format.money(post) + " / " + Format.money(over) + " = " + Format.money(v);
                }
                case CAP_EXIT -> {
                    if (c == null) {
                        return a;
                    }
                    v = c.multiply(post, MC).divide(invested, MC);
                    metric = InputId.EXIT_VALUATION.id();
                    label = "OpenAI's exit at which the cap starts to bite";
                    formula = Format.money(c) + " × " + Format.money(post) + " / " + Format.money(invested) + " = " + Format.money(v);
                }
                case FLOOR_POST, FLOOR_CHECK -> {
                    if (floor == null || floor.openai() || at == null) {
                        return a;
                    }
                    if (reverse == Reverse.FLOOR_POST) {
                        v = invested.multiply(at, MC).divide(floor.value(), MC);
                        metric = InputId.POST_MONEY_VALUATION.id();
                        label = "OpenAI's post-money that puts the " + Format.money(floor.value()) + " floor at a " + Format.money(at) + " exit";
                        formula = Format.money(invested) + " × " + Format.money(at) + " / " + Format.money(floor.value()) + " = " + Format.money(v);
                    } else {
                        v = floor.value().multiply(post, MC).divide(at, MC);
                        metric = InputId.INVESTMENT.id();
                        label = "The check that puts the " + Format.money(floor.value()) + " floor at a " + Format.money(at) + " exit";
                        formula = Format.money(floor.value()) + " × " + Format.money(post) + " / " + Format.money(at) + " = " + Format.money(v);
                    }
                }
                case GOAL_EXIT -> {
                    BigDecimal hold = StakeInputs.every(a, r, Map.of(), model).get(InputId.HOLDING_YEARS.id());
                    BigDecimal held = goalMoic != null ? goalMoic.multiply(basis, MC)
                            : basis.multiply(Compounding.growth(BigDecimal.ONE.add(goalIrr), hold), MC);
                    if (f != null && held.compareTo(f) < 0 || c != null && held.compareTo(c) > 0) {
                        return Reframing.refused(a, "the hedge holds the stake's value between " + (f == null ? "nothing" : Format.money(f)) + " and "
                                + (c == null ? "no cap" : Format.money(c)) + ", so no exit gives the " + Format.money(held) + " that goal needs.");
                    }
                    v = held.multiply(post, MC).divide(invested, MC);
                    metric = InputId.EXIT_VALUATION.id();
                    label = "OpenAI's exit for " + (goalMoic != null ? Format.value(goalMoic, Unit.MULTIPLE) : Format.percent(goalIrr) + " a year") + " on the all-in cost, hedged";
                    formula = Format.money(held) + " × " + Format.money(post) + " / " + Format.money(invested) + " = " + Format.money(v);
                }
                case GOAL_HOLD -> {
                    BigDecimal held = clamp(invested.multiply(exit, MC).divide(post, MC), f, c);
                    if (goalIrr == null || goalIrr.signum() <= 0 || held.compareTo(basis) <= 0) {
                        return Reframing.refused(a, "the hedged value (" + Format.money(held) + ") does not grow the all-in cost (" + Format.money(basis) + ") at that rate over any hold.");
                    }
                    // (ln x is the continuously compounded rate of the growth x - 1)
                    v = Compounding.fromEffective(Compounding.Convention.CONTINUOUS, held.divide(basis, MC).subtract(BigDecimal.ONE), null)
                            .divide(Compounding.fromEffective(Compounding.Convention.CONTINUOUS, goalIrr, null), MC);
                    metric = InputId.HOLDING_YEARS.id();
                    unit = Unit.YEARS;
                    label = "The longest hold that still clears " + Format.percent(goalIrr) + " a year, hedged, on the all-in cost";
                    formula = "ln(" + Format.money(held) + " / " + Format.money(basis) + ") / ln(1 + " + Format.percent(goalIrr) + ") = " + plain(v.round(new MathContext(6)));
                }
                default -> {
                    return a;
                }
            }
            MetricResult out = new MetricResult(metric, label, v, unit, r.scenario(), r.inputs(), formula, "With " + hedge + ".", MetricResult.Kind.SOLVED);
            String text = "*" + label + ": " + Format.value(v, unit) + "* (" + r.scenario() + " case) `" + formula + "`\n_With " + hedge + "._";
            return new Answer(a.id(), a.route(), text, a.narrative(), List.of(out), a.citations(), a.answerer(), a.notes(), a.decision(), a.clarify(), a.charts());
        }
    }

    private Hedges() {
    }

    private static BigDecimal clamp(BigDecimal v, BigDecimal floor, BigDecimal cap) {
        BigDecimal out = floor != null && v.compareTo(floor) < 0 ? floor : v;
        return cap != null && out.compareTo(cap) > 0 ? cap : out;
    }

    private static Level level(Matcher m, String g) {
        BigDecimal v = new BigDecimal(m.group(g).replace(",", "."));
        String u = m.group(g + "u");
        boolean tn = u != null && u.startsWith("t");
        v = tn ? v.multiply(BigDecimal.valueOf(1000)) : v;
        boolean openai = m.group(g + "o") != null || tn || v.compareTo(BigDecimal.valueOf(200)) >= 0;
        return new Level(v, openai);
    }

    static Optional<Found> find(String question, ScenarioModel model) {
        if (question == null || question.length() > 2_000) {
            return Optional.empty();
        }
        String text = question.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        String kept = null;
        Matcher k = KEPT.matcher(text);
        if (k.find()) {
            kept = k.group("w");
            text = text.substring(0, k.start());
        }
        if (!HEDGE.matcher(text).find() && kept == null) {
            return Optional.empty();
        }
        List<int[]> cut = new ArrayList<>();
        Level floor = null;
        Level cap = null;
        Matcher cs = COLLAR_SLASH.matcher(text);
        if (cs.find()) {
            floor = level(cs, "f");
            cap = level(cs, "c");
            cut.add(new int[] {cs.start(), cs.end()});
        }
        if (floor == null) {
            Matcher f = FLOOR.matcher(text);
            while (floor == null && f.find()) {
                if (f.group("cents") != null) {
                    BigDecimal invested = model.value(InputId.INVESTMENT.id(), ScenarioModel.BASE);
                    floor = new Level(new BigDecimal(f.group("cents")).movePointLeft(2).multiply(invested, MC), false);
                } else if (f.group("v") != null) {
                    floor = level(f, "v");
                } else if (f.group("w") != null) {
                    floor = level(f, "w");
                }
                if (floor != null) {
                    cut.add(new int[] {f.start(), f.end()});
                }
            }
        }
        if (cap == null) {
            Matcher c = CAP.matcher(text);
            if (c.find()) {
                cap = level(c, c.group("v") != null ? "v" : "w");
                cut.add(new int[] {c.start(), c.end()});
            }
        }
        BigDecimal premium = null;
        Matcher p = PREMIUM.matcher(text);
        int pos = 0;
        while (premium == null && pos < text.length() && p.find(pos)) {
            // (not a level's own figure: "put floor 40 prem 2" pays 2)
            int from = p.group("p") != null ? p.start("p") : p.group("q") != null ? p.start("q") : p.start("r");
            pos = p.start() + 1;
            if (cut.stream().anyMatch(c -> from >= c[0] && from < c[1])) {
                continue;
            }
            premium = new BigDecimal(p.group("p") != null ? p.group("p") : p.group("q") != null ? p.group("q") : p.group("r"));
            cut.add(new int[] {p.start(), p.end()});
        }
        if (premium == null && ZERO_COST.matcher(text).find()) {
            premium = BigDecimal.ZERO;
        }
        boolean swapped = text.matches("(?s).*\\b(?:swap|switch|replace)\\b.*\\bcol+ar\\b.*");
        if (kept != null) {
            // the thread's hedge, with what this question changes: its own levels first
            Found was = find("hedge: " + kept.replace("floor at", "floor").replace("cap at", "cap"), model).orElse(null);
            if (was != null) {
                floor = floor != null ? floor : was.floor();
                cap = cap != null || swapped ? cap : was.cap();
                premium = premium != null ? premium : was.premium();
            }
        }
        if (floor == null && cap == null || floor != null && floor.value().signum() <= 0 || cap != null && cap.value().signum() <= 0) {
            return Optional.empty(); // (no level, or a level at zero: no hedge, the question read as it is)
        }
        premium = premium == null ? BigDecimal.ZERO : premium;
        if (premium.compareTo(BigDecimal.valueOf(1000)) > 0) {
            return Optional.empty();
        }
        // what is asked the other way round
        Reverse reverse = Reverse.NONE;
        BigDecimal at = null;
        BigDecimal goalMoic = null;
        BigDecimal goalIrr = null;
        Matcher ax = AT_EXIT.matcher(text);
        if (ax.find()) {
            at = new BigDecimal(ax.group("x").replace(",", "."));
            at = ax.group("u") != null && ax.group("u").startsWith("t") ? at.multiply(BigDecimal.valueOf(1000)) : at;
            at = at.signum() > 0 ? at : null;
        }
        Matcher gm = GOAL_MOIC.matcher(text);
        Matcher gi = GOAL_IRR.matcher(text);
        boolean moicGoal = gm.find();
        boolean irrGoal = gi.find();
        if (CAP_BITES.matcher(text).find()) {
            reverse = Reverse.CAP_EXIT;
        } else if (NAKED.matcher(text).find() && ASKS_EXIT.matcher(text).find()) {
            reverse = Reverse.NAKED_EXIT;
        } else if (FLOOR_WORKS.matcher(text).find() && at != null && ASKS_POST.matcher(text).find()) {
            reverse = Reverse.FLOOR_POST;
        } else if (FLOOR_WORKS.matcher(text).find() && at != null && ASKS_CHECK.matcher(text).find()) {
            reverse = Reverse.FLOOR_CHECK;
        } else if (FLOOR_WORKS.matcher(text).find()) {
            reverse = Reverse.FLOOR_EXIT;
        } else if (ASKS_HOLD.matcher(text).find() && irrGoal) {
            reverse = Reverse.GOAL_HOLD;
            goalIrr = new BigDecimal(gi.group("r") != null ? gi.group("r") : gi.group("r2")).movePointLeft(2);
        } else if (ASKS_EXIT.matcher(text).find() && (moicGoal || irrGoal)) {
            reverse = Reverse.GOAL_EXIT;
            if (moicGoal) {
                goalMoic = new BigDecimal(gm.group("x"));
            } else {
                goalIrr = new BigDecimal(gi.group("r") != null ? gi.group("r") : gi.group("r2")).movePointLeft(2);
            }
        }
        String left = Reframing.cut(text, cut);
        String q;
        if (reverse != Reverse.NONE) {
            // the model's inputs in force (the scenario, the entry, the exit, the hold), asked as the stake's value; the
            // sentence that asks the other way round is answered here
            List<String> keep = new ArrayList<>();
            for (String s : left.split("(?<=[.?!:;])\\s+|\\s+-\\s+")) {
                if (!(CAP_BITES.matcher(s).find() || FLOOR_WORKS.matcher(s).find() || NAKED.matcher(s).find() || ASKS_EXIT.matcher(s).find()
                        || ASKS_HOLD.matcher(s).find() || ASKS_POST.matcher(s).find() || ASKS_CHECK.matcher(s).find()
                        || s.matches("\\s*(?:the\\s+)?(?:oai\\s+|openai\\s+)?(?:exit|valuation|mark)\\s*[?.!]*\\s*"))) {
                    keep.add(s);
                }
            }
            q = "what is the stake worth? " + String.join(" ", keep).replaceAll("\\b(?:put|puts|col+ar|hedged?|floor|cap|prem(?:ium)?|all-?in|zero[- ]cost|costless)\\b", " ");
        } else {
            q = left.replaceAll("\\b(?:hedged|collared|after\\s+the\\s+(?:collar|put|cap|floor|hedge)|on\\s+the\\s+all-?in(?:\\s+(?:cost|basis))?|all-?in(?:\\s+(?:cost|basis))?|w/\\s+prem\\s+in\\s+the\\s+basis|prem(?:ium)?\\s+in\\s+the\\s+basis"
                    + "|(?:zero[- ]cost|costless)\\s+(?:collar|put)|(?:buys?|buy|with|we've\\s+got)\\s+(?:a|the)\\s+(?:protective\\s+)?(?:put|collar)(?:\\s+on)?|(?:the\\s+)?(?:protective\\s+)?(?:put|collar)\\s+(?:on|is\\s+on)\\b)\\b", " ")
                    .replaceAll("\\b(?:put|puts|col+ar|hedge)\\b", " ");
            // ("roll the cap up to 120bn", "swap the put for a collar, floor 38 cap 70": a change of the hedge only, the
            // thread's question again)
            String verbs = q.replaceAll("\\b(?:roll(?:ing)?|move|raise|lower|lift|bump|push|tighten|widen|set|swap|switch|replace|make)\\b(?:\\s+(?:the|it|a|for))*(?:\\s+(?:up|down))?(?:\\s+to)?", " ");
            if (Reframing.NOTHING_ELSE.matcher(verbs).matches()) {
                q = "same question again";
            }
        }
        return Optional.of(new Found(Reframing.orSame(Reframing.tidy(q)), floor, cap, premium, reverse, at, goalMoic, goalIrr, model));
    }

    private static String plain(BigDecimal v) {
        return v.round(new MathContext(12)).stripTrailingZeros().toPlainString();
    }
}
