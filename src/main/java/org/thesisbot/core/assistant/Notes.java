package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Format;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.scenario.Calculator;
import org.thesisbot.core.scenario.InputId;

/**
 * Part of the check funded with notes: "20 of the 50 on 5y notes at 4.8%, 30 cash", "30 notes at 520 bps / 20 cash", "all
 * 50 debt-funded at 5.25%". The check still buys the stake; the notes and their coupons (simple interest, principal ×
 * rate × the years held, paid with the principal at the exit) come out of what the stake fetches, and what is left is the
 * return on the cash. With N the notes, r their rate, C the cash, V the stake's value after H years and D = N + N·r·H:
 * <ul>
 *   <li>the MOIC on the cash is (V − D) / C, its IRR that multiple's rate over H years, the gain V − D − C;</li>
 *   <li>a goal on the cash (a multiple, an IRR, a gain) is the stake's value V* = goal on C + D; an exit solved for it is
 *   V* × post / investment, a post-money investment × exit / V*, a hold the years at which the cash's IRR meets it.</li>
 * </ul>
 * The stake, its value "gross" and AWS's numbers do not change. A question that sets the notes aside ("notes aside",
 * "before any coupon cost") is read without their figures. With no cash at all there is no return on it to give.
 */
final class Notes {
    private static final MathContext MC = MathContext.DECIMAL128;

    /** The notes, their rate, the cash; the notes set aside; the coupon's cost asked as a goal (null: none). */
    record Found(String question, BigDecimal notes, BigDecimal rate, BigDecimal cash, boolean aside, Calculator calculator) implements Reframing {
        @Override
        public String measures() {
            return aside || rate == null ? null : "the notes";
        }

        @Override
        public Optional<String> kept() {
            return aside || rate == null ? Optional.empty()
                    : Optional.of(plain(notes) + " notes at " + plain(rate.movePointRight(2)) + "% / " + plain(cash) + " cash");
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
            if (aside || rate == null) {
                return RoutingAssistant.withNote(a, "Before the notes" + (rate == null ? " (say their rate, \u201cat 5%\u201d, to count their coupons)" : ", as you asked")
                        + ": the stake is bought by the whole check either way.");
            }
            Optional<MetricResult> solved = a.results().stream().filter(r -> r.kind() == MetricResult.Kind.SOLVED && r.value() != null).findFirst();
            List<MetricResult> results = new ArrayList<>();
            StringBuilder head = new StringBuilder();
            for (MetricResult r : a.results()) {
                if (r.value() == null || r.kind() != MetricResult.Kind.METRIC && r.kind() != MetricResult.Kind.SOLVED) {
                    results.add(r);
                    continue;
                }
                StakeInputs in = StakeInputs.of(a, r, inForce, calculator.model());
                BigDecimal invested = in.invested();
                BigDecimal post = in.post();
                BigDecimal exit = in.exit();
                BigDecimal hold = in.hold();
                if (invested == null || post == null || exit == null || hold == null || post.signum() <= 0) {
                    results.add(r);
                    continue;
                }
                MetricResult done = r.kind() == MetricResult.Kind.SOLVED ? resolved(a, r, invested, post, exit, hold)
                        : solved.isPresent() ? null : levered(r, invested.divide(post, MC).multiply(exit, MC), hold);
                if (done == null) {
                    results.add(r);
                    continue;
                }
                if (done.value() == null) {
                    return new Answer(a.id(), a.route(), "I can't compute that: " + done.explanation(), a.narrative(), List.of(), a.citations(), a.answerer(),
                            a.notes(), a.decision(), a.clarify(), a.charts());
                }
                results.add(done);
                head.append("*").append(r.kind() == MetricResult.Kind.SOLVED ? "After the notes, " + Format.inSentence(r.label()) + " must be "
                        : done.label() + ": ").append(Format.value(done.value(), done.unit())).append("* (").append(r.scenario()).append(" case) `")
                        .append(done.formula()).append("`\n");
            }
            if (head.isEmpty()) {
                return RoutingAssistant.withNote(a, "None of these numbers is a return on the cash, so the notes do not change them.");
            }
            String text = head + "_" + Format.money(notes) + " of the check on notes at " + Format.percent(rate) + " (coupons paid with the principal at the exit), "
                    + Format.money(cash) + " in cash. The whole check:_\n" + a.text();
            return new Answer(a.id(), a.route(), text, a.narrative(), results, a.citations(), a.answerer(), a.notes(), a.decision(), a.clarify(), a.charts());
        }

        /** What the notes cost at the exit after {@code years}: principal and coupons. */
        private BigDecimal debt(BigDecimal years) {
            return notes.add(notes.multiply(rate, MC).multiply(years, MC));
        }

        private String debtSaid(BigDecimal years) {
            return Format.money(notes) + " + " + Format.money(notes) + " × " + Format.percent(rate) + " × " + plain(years);
        }

        /** A metric of the stake on the cash, after the notes; null for one they do not change; a null value when it cannot be. */
        private MetricResult levered(MetricResult r, BigDecimal value, BigDecimal hold) {
            BigDecimal left = value.subtract(debt(hold));
            String leftSaid = "(" + Format.money(value) + " - (" + debtSaid(hold) + "))";
            switch (r.metric()) {
                case "moic", "irr" -> {
                    if (cash.signum() <= 0) {
                        return noValue(r, "with the whole check on notes there is no cash in, so no multiple or return on it.");
                    }
                    BigDecimal m = left.divide(cash, MC);
                    if (r.metric().equals("moic")) {
                        return new MetricResult(r.metric(), "MOIC on the cash, after the notes", m, r.unit(), r.scenario(), r.inputs(),
                                leftSaid + " / " + Format.money(cash) + " = " + Format.multiple(m), "What is left after the notes and coupons, over the cash.");
                    }
                    if (m.signum() <= 0 || hold.signum() <= 0) {
                        return noValue(r, "the notes and coupons take all the stake fetches, so the cash has no annual return.");
                    }
                    BigDecimal irr = org.thesisbot.core.scenario.Calculator.annualReturn(m, hold);
                    return new MetricResult(r.metric(), "IRR on the cash, after the notes", irr, r.unit(), r.scenario(), r.inputs(),
                            "(" + leftSaid + " / " + Format.money(cash) + ")^(1/" + plain(hold) + ") - 1 = " + Format.percent(irr), "The cash's annual return after the notes.");
                }
                case "gain" -> {
                    BigDecimal g = left.subtract(cash);
                    return new MetricResult(r.metric(), "Gain on the cash, after the notes", g, r.unit(), r.scenario(), r.inputs(),
                            leftSaid + " - " + Format.money(cash) + " = " + Format.money(g), "What is left after the notes and coupons, less the cash.");
                }
                default -> {
                    return null;
                }
            }
        }

        private static MetricResult noValue(MetricResult r, String why) {
            return new MetricResult(r.metric(), r.label(), null, r.unit(), r.scenario(), r.inputs(), "", why);
        }

        /** The input the reader solved for on the whole check, solved again for the goal on the cash after the notes. */
        private MetricResult resolved(Answer a, MetricResult s, BigDecimal invested, BigDecimal post, BigDecimal exit, BigDecimal hold) {
            Optional<MetricResult> goal = a.results().stream().filter(r -> r.kind() == MetricResult.Kind.METRIC && r.value() != null
                    && List.of("moic", "irr", "gain").contains(r.metric())).findFirst();
            if (goal.isEmpty()) {
                return null;
            }
            String metric = goal.get().metric();
            BigDecimal g = goal.get().value();
            if (!metric.equals("gain") && cash.signum() <= 0) {
                return noValue(s, "with the whole check on notes there is no cash in, so no multiple or return on it.");
            }
            if (s.metric().equals(InputId.HOLDING_YEARS.id()) && metric.equals("irr")) {
                // the coupons grow with the hold: the years at which the cash's IRR is the goal, by bisection
                BigDecimal value = invested.divide(post, MC).multiply(exit, MC);
                BigDecimal lo = new BigDecimal("0.1");
                BigDecimal hi = new BigDecimal("100");
                java.util.function.Function<BigDecimal, BigDecimal> gap = y -> {
                    BigDecimal m = value.subtract(debt(y)).divide(cash, MC);
                    return m.signum() <= 0 ? BigDecimal.ONE.negate() : BigDecimal.valueOf(Math.log(m.doubleValue()) / y.doubleValue() - Math.log1p(g.doubleValue()));
                };
                if (gap.apply(lo).signum() == gap.apply(hi).signum()) {
                    return null;
                }
                for (int i = 0; i < 80; i++) {
                    BigDecimal mid = lo.add(hi).divide(BigDecimal.valueOf(2), MC);
                    if (gap.apply(mid).signum() == gap.apply(lo).signum()) {
                        lo = mid;
                    } else {
                        hi = mid;
                    }
                }
                BigDecimal y = lo.add(hi).divide(BigDecimal.valueOf(2), MC).round(new MathContext(10, RoundingMode.HALF_EVEN));
                return new MetricResult(s.metric(), s.label(), y, s.unit(), s.scenario(), s.inputs(), "the cash's IRR after the notes is " + Format.percent(g)
                        + " at " + y.stripTrailingZeros().toPlainString() + " years", "Solved after the notes and their coupons.", MetricResult.Kind.SOLVED);
            }
            BigDecimal need = switch (metric) {
                case "moic" -> g.multiply(cash, MC);
                case "irr" -> BigDecimal.ONE.add(g).pow(hold.intValue(), MC).multiply(cash, MC);
                default -> g.add(cash);
            };
            if (metric.equals("irr") && hold.stripTrailingZeros().scale() > 0) {
                return null;
            }
            need = need.add(debt(hold));
            BigDecimal out;
            String formula;
            if (s.metric().equals(InputId.EXIT_VALUATION.id())) {
                out = need.multiply(post, MC).divide(invested, MC);
                formula = "stake worth " + Format.money(need) + " (" + debtSaid(hold) + " of notes, the rest the cash's goal) × " + Format.money(post) + " / "
                        + Format.money(invested) + " = " + Format.money(out);
            } else if (s.metric().equals(InputId.POST_MONEY_VALUATION.id())) {
                out = invested.multiply(exit, MC).divide(need, MC);
                formula = Format.money(invested) + " × " + Format.money(exit) + " / " + Format.money(need) + " = " + Format.money(out);
            } else {
                return null;
            }
            return new MetricResult(s.metric(), s.label(), out, s.unit(), s.scenario(), s.inputs(), formula, "Solved after the notes and their coupons.",
                    MetricResult.Kind.SOLVED);
        }

    }

    private static final String N = "(?:\\$?(?<%s>\\d{1,4}(?:\\.\\d{1,3})?)\\s?(?:bn|b|billion)?)";
    /** The notes: "20 of the 50 on 5y notes", "30 notes", "notes cover 15 of the 50", "all 50 debt-funded", "the full 50 on notes". */
    private static final Pattern NOTES = Pattern.compile(
            "(?:(?:all|the full|every dollar of the)\\s+)?" + N.formatted("n") + "(?:\\s+of\\s+(?:the|our|it|the check)(?:\\s+\\d{1,4})?)?\\s+(?:(?:is|sits|goes|on|in|of|as)\\s+){0,2}(?:\\d{1,2}\\s?y(?:r|ear)?s?\\s+)?(?:(?<r0>\\d{1,2}(?:\\.\\d{1,3})?)\\s?(?:%|pct\\b|percent\\b)\\s+)?(?:notes|debt(?:[- ]funded)?)\\b"
                    + "|\\bnotes\\s+cover\\s+" + N.formatted("n2") + "(?:\\s+of\\s+the\\s+\\d{1,4})?"
                    + "|\\b(?:putting|put|fund(?:ing)?)\\s+(?:the\\s+full\\s+|all\\s+|" + N.formatted("n3") + "\\s+of\\s+(?:it|the check|the \\d{1,4})\\s+)?(?<all>\\d{1,4})?\\s*(?:on|with)\\s+(?:\\d{1,2}\\s?y\\s+)?notes\\b",
            Pattern.CASE_INSENSITIVE);
    /** Their rate: "at 4.8%", "520 bps", "6.1% notes", "notes price at 6.25%". */
    private static final Pattern RATE = Pattern.compile(
            "(?:\\bat\\s+)?(?<p>\\d{1,2}(?:\\.\\d{1,3})?)\\s?(?:%|pct\\b|percent\\b)(?=\\s+notes|\\s*(?:,|/|\\.|$|\\s+(?:with|and|rest|each|coupon)))|\\bnotes?\\b[^.?!]{0,40}?\\bat\\s+(?<p2>\\d{1,2}(?:\\.\\d{1,3})?)\\s?(?:%|pct\\b|percent\\b)|(?:\\bat\\s+)?(?<b>\\d{2,4})\\s?bps\\b",
            Pattern.CASE_INSENSITIVE);
    /** The cash: "30 cash", "rest cash", "zero cash". */
    private static final Pattern CASH = Pattern.compile("(?:/\\s*|,\\s*|\\bwith\\s+|\\band\\s+)?\\b(?:(?<c>\\d{1,4}(?:\\.\\d{1,3})?)\\s?(?:bn|b)?|(?<zero>zero|no)|(?<rest>rest|the rest))\\s+(?:in\\s+)?cash\\b",
            Pattern.CASE_INSENSITIVE);
    /** The notes' own terms, taken out: "5y notes", "7y tenor", "notes get retired at the exit", "coupons paid at exit". */
    private static final Pattern TERMS = Pattern.compile(
            "\\b\\d{1,2}\\s?y(?:r|ear)?s?\\s+tenor\\b|,?\\s*\\b(?:the\\s+)?notes?\\s+(?:get\\s+|are\\s+|still\\s+)?(?:retired|repaid)\\s+at\\s+(?:the\\s+)?exit\\b|,?\\s*\\bcoupons?\\s+paid\\s+at\\s+(?:the\\s+)?exit\\b"
                    + "|\\b(?:once|after)\\s+(?:the\\s+)?(?:notes|principal)(?:\\s*(?:\\+|and|plus)\\s*(?:the\\s+)?coupons?)?\\s+(?:are\\s+)?(?:paid(?:\\s+(?:down|out))?|repaid|come\\s+out)(?:\\s+(?:out\\s+of|from)\\s+(?:the\\s+)?(?:exit|proceeds))?"
                    + "|\\b(?:after|net of)\\s+(?:repaying\\s+)?(?:the\\s+)?(?:notes|principal|debt service)(?:\\s*(?:\\+|and|plus)\\s*(?:\\d\\s+yrs?\\s+of\\s+)?(?:the\\s+)?coupons?)?(?:\\s+(?:are\\s+)?(?:repaid|paid))?(?:\\s+from\\s+proceeds)?"
                    + "|\\bafter\\s+(?:\\d\\s+yrs?\\s+of\\s+)?(?:debt service|coupons?)\\b|\\bnotes\\s+and\\s+coupons\\s+repaid\\s+from\\s+proceeds\\b|\\blevered\\b",
            Pattern.CASE_INSENSITIVE);
    /** The notes set aside. */
    private static final Pattern ASIDE = Pattern.compile(
            "\\b(?:notes|debt)\\s+aside\\b|\\bbefore\\s+(?:any\\s+)?(?:coupon|the notes|we touch the notes)\\b|\\bgross\\b|\\bdoesn'?t\\s+change\\s+this\\b|\\bdifferent q\\b",
            Pattern.CASE_INSENSITIVE);

    /** The notes kept from earlier in the thread, after a follow-up. */
    private static final Pattern CARRIED = Pattern.compile("\\s*\\((?<n>\\d+(?:\\.\\d+)?) notes at (?<r>\\d+(?:\\.\\d+)?)% / (?<c>\\d+(?:\\.\\d+)?) cash\\)\\s*$");
    /** A follow-up that changes the notes without their rate ("make it 40 notes / 10 cash"): the thread's rate goes with it. */
    static final Pattern AGAIN = Pattern.compile("(?is)^(?!.*(?:%|\\bbps\\b|\\bpct\\b|\\bpercent\\b)).*\\bnotes\\b.*");
    /** Words that leave the notes in a thread. */
    static final Pattern LEAVE = Pattern.compile(
            "\\b(?:notes|debt)\\s+aside\\b|\\bno\\s+notes\\b|\\ball[- ]cash\\b|\\bwithout\\s+(?:the\\s+)?(?:notes|debt|leverage)\\b|\\bunlevered\\b|\\bforget\\s+the\\s+notes\\b",
            Pattern.CASE_INSENSITIVE);

    private Notes() {
    }

    static Optional<Found> find(String question, BigDecimal invested, Calculator calculator) {
        String text = question;
        if (text == null || text.length() > 2_000 || !text.toLowerCase(java.util.Locale.ROOT).matches("(?s).*\\b(?:notes?|debt)\\b.*")) {
            return Optional.empty();
        }
        // (the thread's notes, as {@link Found#kept} says them: "and with 40 notes / 10 cash? (50 notes at 5% / 0 cash)")
        Matcher kept = CARRIED.matcher(text);
        BigDecimal keptRate = null;
        if (kept.find()) {
            keptRate = new BigDecimal(kept.group("r")).movePointLeft(2);
            String own = text.substring(0, kept.start());
            text = NOTES.matcher(own).find() ? own : own + " " + kept.group("n") + " notes / " + kept.group("c") + " cash";
        }
        Matcher n = NOTES.matcher(text);
        if (!n.find()) {
            return Optional.empty();
        }
        String said = n.group("n") != null ? n.group("n") : n.group("n2") != null ? n.group("n2") : n.group("n3") != null ? n.group("n3") : n.group("all");
        BigDecimal notes = said == null ? invested : new BigDecimal(said);
        String q = text.substring(0, n.start()) + " " + text.substring(n.end());
        BigDecimal rate = n.group("r0") == null ? null : new BigDecimal(n.group("r0")).movePointLeft(2);
        Matcher r = RATE.matcher(q);
        if (rate == null && r.find()) { // (a rate said now wins over the thread's: "same but the notes price at 6.25%")
            rate = r.group("b") != null ? new BigDecimal(r.group("b")).movePointLeft(4) : new BigDecimal(r.group("p") != null ? r.group("p") : r.group("p2")).movePointLeft(2);
            q = q.substring(0, r.start()) + " " + q.substring(r.end());
            q = q.replaceAll("(?i)\\bthe\\s+notes\\s+price\\b", "");
        }
        rate = rate == null ? keptRate : rate;
        BigDecimal cash = null;
        Matcher c = CASH.matcher(q);
        if (c.find()) {
            cash = c.group("c") != null ? new BigDecimal(c.group("c")) : c.group("zero") != null ? BigDecimal.ZERO : null;
            q = q.substring(0, c.start()) + " " + q.substring(c.end());
        }
        BigDecimal headline = cash != null && said != null && n.group("n") != null && !text.substring(n.start(), n.end()).matches("(?is).*\\bof\\b.*") ? notes.add(cash) : invested;
        if (cash == null) {
            cash = headline.subtract(notes);
        }
        if (notes.signum() <= 0 || cash.signum() < 0 || notes.compareTo(headline) > 0) {
            return Optional.empty();
        }
        boolean aside = ASIDE.matcher(text).find();
        q = TERMS.matcher(q).replaceAll(" ");
        // (the check is the headline the split adds up to; the cash itself is asked as "our 30", "the 20", "the cash half", "our equity")
        q = q.replaceAll("(?i)\\b(?:our|the)\\s+" + plain(cash) + "\\s+back\\b", "our money back")
                .replaceAll("(?i)\\b(?:on\\s+)?(?:our|the)\\s+(?:other\\s+)?" + plain(cash) + "(?:\\s+of\\s+cash)?\\b(?!\\s*(?:%|bn|b\\b|billion|t\\b))", " on the 50")
                .replaceAll("(?i)\\bon\\s+the\\s+cash(?:\\s+half)?\\b|\\bon\\s+(?:our\\s+)?equity\\b|\\bon\\s+the\\s+equity\\b", " on the 50")
                .replaceAll("(?i)\\b(?:the\\s+)?notes?\\b", " ");
        if (headline.compareTo(invested) != 0) {
            q = "a $" + plain(headline) + "B investment. " + q;
        }
        q = Reframing.orSame(Reframing.tidy(q.replaceAll("(?i)(?:,\\s*)+(?=[.?!]|$)", "").replaceAll("^[\\s.,;:-]+", "")));
        return Optional.of(new Found(q, notes, rate, cash, aside, calculator));
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
