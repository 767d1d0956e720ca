package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Format;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.api.Unit;
import org.thesisbot.core.scenario.Amounts;
import org.thesisbot.core.scenario.Calculator;
import org.thesisbot.core.scenario.InputId;
import org.thesisbot.core.scenario.Metric;

/**
 * AWS's side of the deal valued as a business, a sum of the parts: a year of AWS's operating profit on OpenAI's compute
 * capitalised at an earnings multiple ("the aws leg at 20x ebit", "22x p/e on aws profit after 21% tax", "capped at 16x
 * EV/EBIT") beside the stake. The multiple is of the profit, never of the post-money: without this reader a bare "20x"
 * read as an exit twenty times the post-money. The year of profit is the model's profit over the compute window divided
 * by the window's years; a tax said with the multiple comes off first. The rest of the question is read as usual; when it
 * asks for the stake (or its gain) beside AWS's profit, the answer adds the leg and the sum, net of the check when asked.
 * With an input asked for ("what capture share gets that leg alone to the 50", "at what exit is our stake worth the same as
 * the leg", "biggest check where stake + the leg still cover it"), the input is solved by bisection; with the multiple
 * asked for, it is solved directly. The frame lasts in a thread ({@link Frames}).
 */
final class Capitalised {
    private static final MathContext MC = MathContext.DECIMAL128;

    /** What the goal sets equal: the leg alone, the stake (or gain) plus the leg, or the leg and the stake (or gain). */
    enum Kind { LEG_ALONE, SUM, LEVEL }

    /**
     * A goal: {@code input} solved (null: the multiple itself) so that the {@code kind}'s two sides meet; {@code target}
     * is the sum to reach (null: the check, "still cover it"), and {@code net} says the check comes off the sum first
     * ("minus the 50 to 150bn of value created").
     */
    record Goal(InputId input, Kind kind, BigDecimal target, boolean net) {
    }

    record Found(String question, BigDecimal multiple, BigDecimal tax, boolean gainSaid, boolean netOfCheck, Goal goal, Calculator calculator)
            implements Reframing {
        @Override
        public Optional<String> kept() {
            return multiple == null ? Optional.empty()
                    : Optional.of("aws leg at " + Sums.plain(multiple) + "x" + (tax == null ? "" : " after " + Sums.plain(tax.movePointRight(2)) + "% tax"));
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
            Optional<MetricResult> anchor = a.results().stream().filter(r -> r.kind() == MetricResult.Kind.METRIC && r.value() != null).findFirst();
            if (anchor.isEmpty()) {
                return a;
            }
            String sc = anchor.get().scenario();
            Map<String, BigDecimal> ins = StakeInputs.every(a, anchor.get(), inForce, calculator.model());
            try {
                return goal != null ? solved(a, sc, ins) : forward(a, sc, ins);
            } catch (RuntimeException e) {
                return Reframing.refused(a, e.getMessage() == null ? "an input is out of range" : e.getMessage());
            }
        }

        private BigDecimal afterTax() {
            return tax == null ? BigDecimal.ONE : BigDecimal.ONE.subtract(tax);
        }

        /** A year of AWS's profit on OpenAI's compute, after the tax said. */
        private BigDecimal yearly(String sc, Map<String, BigDecimal> ins) {
            BigDecimal years = ins.get(InputId.COMPUTE_YEARS.id());
            return calculator.value(Metric.AWS_COMPUTE_PROFIT, sc, ins).divide(years, MC).multiply(afterTax(), MC);
        }

        private BigDecimal leg(String sc, Map<String, BigDecimal> ins, BigDecimal k) {
            return k.multiply(yearly(sc, ins), MC);
        }

        private BigDecimal equity(String sc, Map<String, BigDecimal> ins) {
            return calculator.value(gainSaid ? Metric.GAIN : Metric.STAKE_VALUE, sc, ins);
        }

        private String legWorking(String sc, Map<String, BigDecimal> ins) {
            BigDecimal profit = calculator.value(Metric.AWS_COMPUTE_PROFIT, sc, ins);
            BigDecimal years = ins.get(InputId.COMPUTE_YEARS.id());
            return Sums.plain(multiple) + "x \u00d7 " + Format.money(profit) + " / " + Sums.plain(years) + " years"
                    + (tax == null ? "" : " \u00d7 (1 \u2212 " + Sums.plain(tax.movePointRight(2)) + "% tax)") + " = " + Format.money(leg(sc, ins, multiple));
        }

        private Answer forward(Answer a, String sc, Map<String, BigDecimal> ins) {
            boolean hasProfit = a.results().stream().anyMatch(r -> r.metric().equals(Metric.AWS_COMPUTE_PROFIT.id()) && r.scenario().equals(sc));
            boolean hasEquity = a.results().stream().anyMatch(r -> (r.metric().equals(Metric.STAKE_VALUE.id()) || r.metric().equals(Metric.GAIN.id())) && r.scenario().equals(sc));
            if (!hasProfit) {
                return RoutingAssistant.withNote(a, "Not used here: the " + Sums.plain(multiple) + "x multiple, which values AWS's yearly profit on OpenAI's compute"
                        + " (ask for the stake and AWS's profit together to see the sum of the parts).");
            }
            BigDecimal leg = leg(sc, ins, multiple);
            if (!hasEquity) {
                // (AWS's profit alone asked: it heads the answer, the leg follows it)
                return new Answer(a.id(), a.route(), a.text() + "\n_AWS leg at " + Sums.plain(multiple) + "x" + (tax == null ? "" : " after tax") + ": "
                        + Format.money(leg) + " (" + sc + " case) `" + legWorking(sc, ins) + "`_", a.narrative(), a.results(), a.citations(), a.answerer(),
                        a.notes(), a.decision(), a.clarify(), a.charts());
            }
            StringBuilder head = new StringBuilder("*AWS leg at " + Sums.plain(multiple) + "x" + (tax == null ? "" : " after tax") + ": " + Format.money(leg) + "* ("
                    + sc + " case) `" + legWorking(sc, ins) + "`");
            if (hasEquity) {
                boolean gain = a.results().stream().anyMatch(r -> r.metric().equals(Metric.GAIN.id()) && r.scenario().equals(sc));
                BigDecimal eq = calculator.value(gain ? Metric.GAIN : Metric.STAKE_VALUE, sc, ins);
                BigDecimal sum = eq.add(leg);
                String eqWord = gain ? "gain on the stake" : "stake";
                head.append("\n*Sum of the parts: ").append(Format.money(sum)).append("* `").append(eqWord).append(' ').append(Format.money(eq)).append(" + AWS leg ")
                        .append(Format.money(leg)).append(" = ").append(Format.money(sum)).append('`');
                if (netOfCheck && !gain) {
                    BigDecimal check = ins.get(InputId.INVESTMENT.id());
                    head.append("\n*Net of the ").append(Format.money(check)).append(" check: ").append(Format.money(sum.subtract(check))).append('*');
                }
                head.append(eq.compareTo(leg) >= 0 ? "\n_The " + eqWord + " is the bigger leg._" : "\n_The AWS leg is the bigger leg._");
            }
            return new Answer(a.id(), a.route(), head + "\n_The working of the model's numbers:_\n" + a.text(), a.narrative(), a.results(), a.citations(), a.answerer(),
                    a.notes(), a.decision(), a.clarify(), a.charts());
        }

        private BigDecimal goalGap(String sc, Map<String, BigDecimal> ins, BigDecimal k) {
            BigDecimal leg = leg(sc, ins, k);
            return switch (goal.kind()) {
                case LEG_ALONE -> leg.subtract(target(ins));
                case LEVEL -> leg.subtract(equity(sc, ins));
                case SUM -> equity(sc, ins).add(leg).subtract(goal.net() ? ins.get(InputId.INVESTMENT.id()) : BigDecimal.ZERO).subtract(target(ins));
            };
        }

        private BigDecimal target(Map<String, BigDecimal> ins) {
            return goal.target() != null ? goal.target() : ins.get(InputId.INVESTMENT.id());
        }

        private String goalSaid() {
            String k = multiple == null ? "the AWS leg" : "the AWS leg at " + Sums.plain(multiple) + "x";
            String eq = gainSaid ? "the gain on the stake" : "the stake";
            return switch (goal.kind()) {
                case LEG_ALONE -> k + " alone to reach " + (goal.target() == null ? "the check" : Format.money(goal.target()));
                case LEVEL -> k + " to match " + eq;
                case SUM -> eq + " plus " + k + (goal.net() ? ", less the check," : "") + " to reach "
                        + (goal.target() == null ? "the check" : Format.money(goal.target()));
            };
        }

        private Answer solved(Answer a, String sc, Map<String, BigDecimal> ins) {
            if (goal.input() == null) {
                // the multiple itself: the leg is linear in it
                BigDecimal y = yearly(sc, ins);
                if (y.signum() <= 0) {
                    return Reframing.refused(a, "AWS makes no profit on OpenAI's compute in the " + sc + " case, so no multiple of it reaches anything.");
                }
                BigDecimal need = switch (goal.kind()) {
                    case LEG_ALONE -> target(ins);
                    case LEVEL -> equity(sc, ins);
                    case SUM -> target(ins).add(goal.net() ? ins.get(InputId.INVESTMENT.id()) : BigDecimal.ZERO).subtract(equity(sc, ins));
                };
                if (need.signum() <= 0) {
                    return Reframing.refused(a, "the stake alone already gets there in the " + sc + " case; no multiple is needed.");
                }
                BigDecimal k = Roots.round(need.divide(y, MC));
                String head = "*To get " + goalSaid() + ", the multiple on AWS's yearly profit must be " + k.setScale(2, RoundingMode.HALF_EVEN).toPlainString() + "x* ("
                        + sc + " case) `" + Format.money(need) + " / " + Format.money(y) + " a year = " + k.setScale(2, RoundingMode.HALF_EVEN).toPlainString() + "x`\n";
                return new Answer(a.id(), a.route(), head + "_The working of the model's numbers:_\n" + a.text(), a.narrative(), a.results(), a.citations(), a.answerer(),
                        a.notes(), a.decision(), a.clarify(), a.charts());
            }
            InputId in = goal.input();
            BigDecimal lo = new BigDecimal("0.001");
            BigDecimal hi = new BigDecimal("100000");
            if (in == InputId.AWS_CAPTURE_SHARE || in == InputId.AWS_OPERATING_MARGIN) {
                lo = BigDecimal.ZERO;
                hi = BigDecimal.ONE;
            } else if (in == InputId.INVESTMENT) {
                hi = ins.get(InputId.POST_MONEY_VALUATION.id()).multiply(new BigDecimal("0.999999"));
            } else if (in == InputId.POST_MONEY_VALUATION) {
                lo = ins.get(InputId.INVESTMENT.id()).multiply(new BigDecimal("1.000001"));
            }
            Function<BigDecimal, BigDecimal> gap = x -> {
                Map<String, BigDecimal> m = new HashMap<>(ins);
                m.put(in.id(), x);
                return goalGap(sc, m, multiple);
            };
            String what = WORD.getOrDefault(in, in.id().replace('_', ' '));
            Optional<BigDecimal> root = Roots.bisect(gap, lo, hi);
            if (root.isEmpty()) {
                return Reframing.refused(a, "no " + what + " gets " + goalSaid() + " in the " + sc + " case.");
            }
            BigDecimal x = root.get();
            Unit unit = calculator.model().input(in.id()).map(i -> i.unit()).orElse(Unit.USD_BILLIONS);
            String label = calculator.model().input(in.id()).map(i -> i.label()).orElse(in.id());
            List<MetricResult> results = new ArrayList<>();
            results.add(new MetricResult(in.id(), label, x, unit, sc, List.of(), "solved so that " + goalSaid(), "the " + what + " at which " + goalSaid(),
                    MetricResult.Kind.SOLVED));
            Map<String, BigDecimal> at = new HashMap<>(ins);
            at.put(in.id(), x);
            String head = "*To get " + goalSaid() + ", the " + what + " must be " + Format.value(x, unit) + "* (" + sc + " case) `AWS leg "
                    + legWorking(sc, at) + (goal.kind() == Kind.LEG_ALONE ? "" : "; " + (gainSaid ? "gain " : "stake ") + Format.money(equity(sc, at))) + "`\n";
            return new Answer(a.id(), a.route(), head + "_The working at the inputs before solving:_\n" + a.text(), a.narrative(), results, a.citations(), a.answerer(),
                    a.notes(), a.decision(), a.clarify(), a.charts());
        }

    }

    private static final Map<InputId, String> WORD = Map.of(InputId.EXIT_VALUATION, "exit valuation", InputId.AWS_CAPTURE_SHARE, "capture share",
            InputId.AWS_OPERATING_MARGIN, "AWS operating margin", InputId.INVESTMENT, "check", InputId.POST_MONEY_VALUATION, "post-money valuation",
            InputId.OPENAI_COMPUTE_SPEND, "compute spend");

    private static final String K = "\\d{1,3}(?:\\.\\d+)?";
    /** Earnings a multiple is of: "ebit", "EV/EBIT", "p/e", "earnings", "op profit". */
    private static final String EARNINGS = "(?:ev\\s*/\\s*ebit(?:da)?|ebit(?:da)?|p\\s*/\\s*e|pe|earnings|op(?:erating)?\\s+profit)\\b";
    /** A multiple named as one of earnings: "20x ebit", "18x EV/EBIT", "p/e 25x", "ebit x20", "capitalised at 20x". */
    private static final Pattern NAMED = Pattern.compile("(?<k>" + K + ")\\s?x\\s+(?:on\\s+(?:the\\s+)?(?:annual\\s+|yearly\\s+)?(?:aws\\s+)?)?" + EARNINGS
            + "|\\b" + EARNINGS + "\\s+(?:of\\s+|at\\s+)?(?<k2>" + K + ")\\s?x\\b"
            + "|\\bebit\\b[^.?;]{0,30}?\\sx\\s?(?<k3>\\d{1,3})\\b"
            + "|\\bcapitali[sz](?:ed|ing|e)\\s+(?:at\\s+|@\\s*)(?<k4>" + K + ")\\s?x\\b|(?<k5>" + K + ")\\s?x\\s+capitali[sz]ed\\b");
    /**
     * Words that say a bare multiple is the AWS leg's: "the 20x leg", "aws leg at 15x", "cap the yearly figure at 18x" (a
     * leg of the scenarios, "the bear leg … at 1.25x", is no such word: that multiple is the stake's).
     */
    private static final Pattern LEG_WORDS = Pattern.compile("\\baws\\s+(?:leg|side)\\b|\\b" + K + "\\s?x\\s+leg\\b|\\bcapitali[sz]|\\bsotp\\b|\\bsum\\s+of\\s+the\\s+parts\\b|\\bcap(?:ped|ping)?\\b[^.?;]{0,40}\\bat\\s+" + K
            + "\\s?x|\\b" + K + "\\s?x\\s+cap\\b|\\b(?:running|putting|using)\\s+" + K + "\\s?x\\b|\\bebit\\b|\\bp\\s*/\\s*e\\b");
    /** A bare multiple, not a return's ("a 3x moic", "2x on the check"). */
    private static final Pattern BARE = Pattern.compile("(?<!\\w)(?<k>" + K + ")\\s?x\\b(?!\\s*(?:moic|return|on\\s+(?:the|our)\\s+(?:check|50|money|\\$)|money|the\\s+(?:check|money)))");
    private static final Pattern AWS = Pattern.compile("\\baws\\b|\\bebit\\b|\\bp\\s*/\\s*e\\b|\\bop(?:erating)?\\s+profit\\b");
    /** The words around a multiple that say only how the asker will use it: "i'm running … on the yearly", "for my … cap". */
    private static final Pattern AROUND = Pattern.compile("(?:,?\\s*(?:i'?m|im|i\\s+am)\\s+(?:running|putting|using)\\s+)?(?:\\bon\\s+(?:the\\s+)?(?:yearly|annual)\\s+(?:aws\\s+)?(?:profit|ebit)\\b\\s*)?"
            + "(?:\\bthe\\s+aws\\s+leg\\s+(?:on|at)\\s+|\\baws\\s+leg\\s+at\\s+|\\bthe\\s+|\\bmy\\s+|\\bfor\\s+my\\s+|\\bat\\s+|@\\s*|\\bcapitali[sz]ing\\s+(?:at\\s+|@\\s*)?)?");
    private static final Pattern TAX = Pattern.compile("\\bafter(?:[- ]tax)?\\s+(?:at\\s+|of\\s+)?(?<t>\\d{1,2}(?:\\.\\d+)?)" + Sums.PCT + "(?:\\s+tax)?|(?<t2>\\d{1,2}(?:\\.\\d+)?)" + Sums.PCT + "\\s+tax\\b");
    private static final Pattern EQUITY = Pattern.compile("\\bstake\\b|\\bpiece\\s+of\\s+(?:oai|openai)\\b|\\bequity\\b|\\bsotp\\b|\\bsum\\b|\\btotal\\b|\\bgain\\b");
    private static final Pattern GAIN = Pattern.compile("\\bgain\\b");
    private static final Pattern NET = Pattern.compile("\\b(?:net\\s+of|less|minus|vs\\.?|versus|against|clear|cover|back)\\s+(?:the\\s+|our\\s+)?(?:\\$?\\d+(?:bn|b)?|check|cheque)\\b");
    /** The input asked for. */
    private static final Pattern ASKED = Pattern.compile("\\b(?<capture>what\\s+(?:aws\\s+)?capture(?:\\s+share)?|how\\s+much\\s+of\\s+(?:oai|openai)'?s?\\s+compute\\s+does\\s+aws\\s+need(?:\\s+to\\s+win)?|what\\s+share\\s+of\\s+(?:oai|openai)'?s?\\s+compute)"
            + "|\\b(?<margin>what\\s+(?:aws\\s+)?(?:op(?:erating)?\\s+)?margin(?:\\s+on\\s+(?:oai|openai))?)"
            + "|\\b(?<exit>(?:at\\s+)?what\\s+(?:oai\\s+|openai\\s+)?exit(?:\\s+valuation)?|where\\s+does\\s+the\\s+(?:bull\\s+|bear\\s+|base\\s+)?exit(?:\\s+have\\s+to\\s+(?:be|land))?)"
            + "|\\b(?<post>what\\s+post[- ]?money)|\\b(?<check>(?:biggest|largest|max(?:imum)?)\\s+(?:check|cheque|ticket)|what\\s+(?:check|ticket)(?:\\s+size)?)"
            + "|\\b(?<multiple>what\\s+multiple)");
    private static final Pattern LEG_ALONE = Pattern.compile("\\b(?:alone|by\\s+itself|on\\s+its\\s+own|standalone)\\b");
    private static final Pattern LEVEL = Pattern.compile("\\b(?:the\\s+)?same\\s+as\\b|\\blevel\\s+with\\b|\\bequal(?:s)?\\s+(?:to\\s+)?|\\bmatch(?:es)?\\b|\\bexactly\\s+that\\s+stake\\b|\\bas\\s+much\\s+as\\b");
    /** "to the 50", "cover the full 50", "= the 50", "get back to the 50", "to 150bn of value created". */
    private static final Pattern TARGET = Pattern.compile("(?:\\b(?:to|cover|reach|hit|(?:to\\s+be\\s+)?worth)|=)\\s*(?:exactly\\s+)?(?:the\\s+)?(?:full\\s+)?(?<t>\\$?\\d+(?:\\.\\d+)?\\s?(?:bn|b|billion)?)(?!\\s?[%x\\d])(?<created>\\s+of\\s+value\\s+created)?"
            + "|\\bget\\s+back\\s+to\\s+the\\s+(?<t2>\\d+(?:\\.\\d+)?)\\b|(?<it>\\bcover\\s+it\\b|\\bcover\\s+the\\s+check\\b)");
    private static final Pattern SCENARIO = Pattern.compile("\\b(bull|bear|base)\\b");
    private static final Pattern CARRIED = Pattern.compile("\\s*\\((aws leg at [^)]*)\\)\\s*$");
    static final Pattern LEAVE = Pattern.compile("\\b(?:no|forget\\s+the|drop\\s+the|without\\s+the)\\s+(?:aws\\s+)?(?:multiple|leg|sotp|cap)\\b", Pattern.CASE_INSENSITIVE);
    /** A follow-up that names a multiple of its own: the thread's frame read again with it. */
    static final Pattern AGAIN = Pattern.compile("\\b\\d{1,3}(?:\\.\\d+)?\\s?x\\b", Pattern.CASE_INSENSITIVE);

    private Capitalised() {
    }

    static Optional<Found> find(String question, Calculator calculator) {
        if (question == null || question.length() > 2_000) {
            return Optional.empty();
        }
        String text = question;
        BigDecimal keptK = null;
        BigDecimal keptTax = null;
        Matcher c = CARRIED.matcher(text);
        if (c.find()) {
            Matcher km = Pattern.compile("aws leg at (" + K + ")x(?: after (\\d{1,2}(?:\\.\\d+)?)% tax)?").matcher(c.group(1));
            if (km.find()) {
                keptK = new BigDecimal(km.group(1));
                keptTax = km.group(2) == null ? null : new BigDecimal(km.group(2)).movePointLeft(2);
            }
            text = text.substring(0, c.start());
        }
        text = Amounts.normalise(text);
        StringBuilder rest = new StringBuilder(text);
        BigDecimal k = null;
        Matcher n = NAMED.matcher(rest);
        int at = -1;
        int end = -1;
        if (n.find()) {
            for (String g : List.of("k", "k2", "k3", "k4", "k5")) {
                if (n.group(g) != null) {
                    k = new BigDecimal(n.group(g));
                }
            }
            at = n.start();
            end = n.end();
        } else if (LEG_WORDS.matcher(text).find() && (AWS.matcher(text).find() || keptK != null || text.matches("(?s).*\\b(?:yearly|annual)\\b.*"))) {
            Matcher b = BARE.matcher(rest);
            if (b.find()) {
                k = new BigDecimal(b.group("k"));
                at = b.start();
                end = b.end();
            }
        }
        Matcher asked = ASKED.matcher(text);
        boolean multipleAsked = asked.find() && asked.group("multiple") != null && LEG_WORDS.matcher(text).find();
        if (k == null && keptK == null && !multipleAsked) {
            return Optional.empty();
        }
        if (k != null && k.signum() <= 0) {
            return Optional.empty();
        }
        if (at >= 0) {
            // the multiple and the words that only say how it is used
            int from = at;
            Matcher around = AROUND.matcher(rest);
            for (int s = Math.max(0, at - 40); s < at; s++) {
                around.region(s, at);
                if (around.matches() && around.end() > around.start()) {
                    from = s;
                    break;
                }
            }
            Sums.blank(rest, from, end);
        }
        BigDecimal tax = keptTax;
        Matcher t = TAX.matcher(rest);
        if ((k != null || keptK != null) && t.find()) {
            tax = new BigDecimal(t.group("t") != null ? t.group("t") : t.group("t2")).movePointLeft(2);
            Sums.blank(rest, t.start(), t.end());
        }
        if (k == null) {
            k = keptK;
        }
        if (tax != null && tax.compareTo(BigDecimal.ONE) >= 0) {
            return Optional.empty();
        }
        String left = rest.toString();
        boolean gainSaid = GAIN.matcher(left).find();
        boolean equitySaid = EQUITY.matcher(left).find();
        Goal goal = null;
        Matcher a = ASKED.matcher(rest);
        if (a.find()) {
            InputId in = a.group("capture") != null ? InputId.AWS_CAPTURE_SHARE : a.group("margin") != null ? InputId.AWS_OPERATING_MARGIN
                    : a.group("exit") != null ? InputId.EXIT_VALUATION : a.group("post") != null ? InputId.POST_MONEY_VALUATION
                    : a.group("check") != null ? InputId.INVESTMENT : null;
            boolean multiple = a.group("multiple") != null;
            Sums.blank(rest, a.start(), a.end());
            String after = rest.toString();
            Kind kind = null;
            BigDecimal target = null;
            boolean net = false;
            Matcher tg = TARGET.matcher(rest);
            boolean targetSaid = false;
            if (tg.find()) {
                targetSaid = true;
                if (tg.group("it") == null) {
                    target = Sums.billions(tg.group("t") != null ? tg.group("t") : tg.group("t2"));
                    net = tg.group("created") != null;
                }
                Sums.blank(rest, tg.start(), tg.end());
            }
            if (LEVEL.matcher(after).find()) {
                kind = Kind.LEVEL;
            } else if (LEG_ALONE.matcher(after).find()) {
                kind = Kind.LEG_ALONE;
            } else if (equitySaid && targetSaid) {
                kind = Kind.SUM;
            } else if (targetSaid) {
                kind = Kind.LEG_ALONE;
            }
            if (kind != null && (in != null || multiple) && (kind == Kind.LEVEL || targetSaid) && (kind != Kind.LEG_ALONE || target != null || in != InputId.INVESTMENT)) {
                goal = new Goal(in, kind, target, net);
                if (target == null && kind == Kind.LEG_ALONE && in == null) {
                    return Optional.empty();
                }
            }
        }
        if (k == null && goal == null) {
            return Optional.empty();
        }
        String scenario = null;
        Matcher s = SCENARIO.matcher(left);
        if (s.find()) {
            scenario = s.group(1);
        }
        String q;
        if (goal != null || equitySaid) {
            // the stake (or its gain) and AWS's profit asked for, at the figures the rest says (each clause with a figure)
q = Sums.figuresThen(rest.toString(), "\\b(?:net\\s+of|less|minus|vs\\.?|versus|against)\\s+(?:the\\s+|our\\s+)?\\$?\\d+(?:bn|b)?\\b",
                    (scenario == null ? "" : scenario + ": ") + (gainSaid ? "gain" : "stake value") + ", aws compute profit");
        } else {
            q = Reframing.orSame(Reframing.tidy(rest.toString().replaceAll("^[\\s.,;:-]+", "").replaceAll("\\s+[.,;]\\s+", " ")));
        }
        return Optional.of(new Found(q, k, tax, gainSaid, NET.matcher(left).find(), goal, calculator));
    }
}
