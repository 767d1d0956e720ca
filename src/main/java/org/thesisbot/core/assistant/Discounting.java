package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Format;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.scenario.InputId;
import org.thesisbot.core.scenario.ScenarioModel;

/**
 * Numbers at a discount rate d: a present value ("PV at 9%", "as a lump sum today", "worth today") or a level annual
 * amount ("level year-end amount with the same PV", "equivalent annual cost", "annuity in arrears"), with payments at
 * year-end unless said at the start of each year (an annuity due, one year's discount less). Each metric is money at a
 * time of its own:
 * <ul>
 *   <li>the stake's value and the gain arrive at the exit, after the hold T: PV = X / (1 + d)^T;</li>
 *   <li>AWS's compute revenue and profit arrive evenly over the compute years n: PV = (X / n) × a(n, d), where
 *       a(n, d) = (1 − (1 + d)^−n) / d;</li>
 *   <li>the commitments (the check, the Anthropic money, the total) are paid today: PV = X.</li>
 * </ul>
 * A level annual amount over N years (the hold, or the years the question says) is PV / a(N, d). A goal with the
 * stake's PV equal to the check ("what exit keeps the 50 NPV-neutral at 8%", "what discount rate makes the PV of the stake
 * equal what we paid") is an IRR of d, or the IRR itself. The rate lasts in the thread ("and at 11%?", "now with the
 * payments at the start of each year") until a question asks without it ("before any discounting").
 */
final class Discounting {
    private static final MathContext MC = MathContext.DECIMAL128;
    private static final BigDecimal MAX_RATE = BigDecimal.ONE;
    private static final int MAX_YEARS = 100;

    /** What is asked of each figure. */
    enum Ask { PV, LEVEL }

    record Found(String question, BigDecimal rate, Ask ask, boolean due, Integer years, boolean goal, ScenarioModel model) implements Reframing {
        @Override
        public Optional<String> kept() {
            if (goal) {
                return Optional.empty();
            }
            return Optional.of("discounted at " + rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%, "
                    + (ask == Ask.PV ? "present value" : "level annual") + (due ? ", paid at the start of each year" : "")
                    + (years == null ? "" : ", over " + years + " years"));
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
            if (goal) {
                return RoutingAssistant.withNote(a, rate.signum() == 0 ? "The discount rate at which the stake's present value equals the check is its IRR."
                        : "The stake's present value at " + Format.percent(rate) + " equals the check exactly when the IRR is " + Format.percent(rate) + "; solved for that.");
            }
            List<MetricResult> restated = new ArrayList<>();
            StringBuilder head = new StringBuilder();
            for (MetricResult r : a.results()) {
                if (r.value() == null || r.kind() != MetricResult.Kind.METRIC) {
                    continue;
                }
                Map<String, BigDecimal> at = StakeInputs.every(a, r, inForce, model);
                BigDecimal hold = at.get(InputId.HOLDING_YEARS.id());
                BigDecimal n = at.get(InputId.COMPUTE_YEARS.id());
                BigDecimal pv;
                String how;
                switch (r.metric()) {
                    case "stake_value", "gain" -> {
                        if (hold == null || hold.signum() <= 0) {
                            continue;
                        }
                        BigDecimal f = org.thesisbot.core.scenario.Compounding.growth(BigDecimal.ONE.add(rate), hold);
                        pv = r.value().divide(f, MC);
                        how = Format.money(r.value()) + " / (1 + " + Format.percent(rate) + ")^" + plain(hold);
                    }
                    case "aws_compute_profit", "aws_compute_revenue" -> {
                        if (n == null || n.signum() <= 0 || n.stripTrailingZeros().scale() > 0) {
                            continue;
                        }
                        BigDecimal each = r.value().divide(n, MC);
                        pv = each.multiply(factor(n.intValueExact()), MC);
                        how = Format.money(each) + " a year × " + plain(factor(n.intValueExact()).round(new MathContext(6)));
                    }
                    case "anthropic_commitment", "total_ai_commitment" -> {
                        pv = r.value();
                        how = Format.money(r.value()) + " paid today";
                    }
                    default -> {
                        continue;
                    }
                }
                BigDecimal out = pv;
                String label = "Present value at " + Format.percent(rate) + " of " + Format.inSentence(r.label());
                String formula = how + " = " + Format.money(pv);
                if (ask == Ask.LEVEL) {
                    int over = years != null ? years : hold != null && hold.stripTrailingZeros().scale() <= 0 ? hold.intValueExact() : -1;
                    if (r.metric().startsWith("aws_compute") && years == null && n != null && n.stripTrailingZeros().scale() <= 0) {
                        over = n.intValueExact();
                    }
                    if (over < 1 || over > MAX_YEARS) {
                        continue;
                    }
                    BigDecimal af = factor(over);
                    out = pv.divide(af, MC);
                    label = "Level " + (due ? "start-of-year" : "year-end") + " amount over " + over + " years at " + Format.percent(rate) + " with the same present value as "
                            + Format.inSentence(r.label());
                    formula = formula + "; / " + plain(af.round(new MathContext(6))) + " = " + Format.money(out);
                }
                restated.add(new MetricResult(r.metric(), label, out, r.unit(), r.scenario(), r.inputs(), formula,
                        "Discounted at " + Format.percent(rate) + " a year, payments " + (due ? "at the start of each year" : "at year-end") + ".",
                        MetricResult.Kind.RESTATED));
                head.append("*").append(label).append(": ").append(Format.money(out)).append("* (").append(r.scenario()).append(" case) `")
                        .append(formula).append("`\n");
            }
            if (restated.isEmpty()) {
                return RoutingAssistant.withNote(a, "None of these numbers is money paid or received over time, so a discount rate of "
                        + Format.percent(rate) + " does not change them.");
            }
            List<MetricResult> results = new ArrayList<>(restated);
            results.addAll(a.results());
            String text = head + "_Before discounting:_\n" + a.text();
            return new Answer(a.id(), a.route(), text, a.narrative(), results, a.citations(), a.answerer(), a.notes(), a.decision(), a.clarify(), a.charts());
        }

        /** The annuity factor over n years: a(n, d), times (1 + d) for payments at the start of each year. */
        private BigDecimal factor(int n) {
            BigDecimal a = BigDecimal.ONE.subtract(BigDecimal.ONE.divide(BigDecimal.ONE.add(rate).pow(n, MC), MC)).divide(rate, MC);
            return due ? a.multiply(BigDecimal.ONE.add(rate), MC) : a;
        }
    }

    /** A present value or a level amount asked. */
    private static final Pattern PV = Pattern.compile("\\bpv\\b|\\bpresent[- ]value\\b|\\blump[- ]sum (?:today|now)\\b|\\b(?:worth|value)(?: as much)? (?:today|now|in today's money)\\b"
            + "|\\bdiscount(?:ed|ing)\\b|\\bdiscount rate\\b|\\bdiscou?n?ted\\b");
    private static final Pattern LEVEL = Pattern.compile("\\b(?:level|flat|equal|even|constant)\\s+(?:annual|yearly|year-end|end-of-year|end of year|start-of-year|year|amount|sum|payment)"
            + "|\\bequivalent annual\\b|\\bannuit(?:y|ies|ise|ize|ised|ized)\\b|\\bannual equivalent\\b|\\blevel amount\\b");
    /** A level stream's PV asked (the AWS stream as a lump), not a level amount: "as a lump sum today, taking it as five equal instalments". */
    private static final Pattern LUMP = Pattern.compile("\\blump[- ]sum\\b|\\bpv\\b|\\bpresent[- ]value\\b|\\bworth (?:as much )?today\\b");
    private static final Pattern NPV_NEUTRAL = Pattern.compile("\\bnpv[- ](?:neutral|zero|breakeven|break-even)\\b|\\bzero npv\\b|\\bnpv of (?:zero|0)\\b"
            + "|\\bpv of (?:the |our )?stake (?:exactly )?equal");
    private static final Pattern NPV = Pattern.compile("\\bnpv\\b|\\bcost of capital\\b|\\bhurdle\\b");
    private static final Pattern RATE_ASKED = Pattern.compile("\\bwhat (?:discount )?rate\\b|\\bwhich (?:discount )?rate\\b");
    private static final String P = "(?<%s>\\d{1,2}(?:\\.\\d{1,3})?)\\s?(?:%%|pct|percent)";
    /** The rate: "discounted at 9%", "at a 10% discount rate", "at 8%". */
    private static final Pattern RATE = Pattern.compile("\\b(?:discou?n?t(?:ed|ing)?\\s+(?:rate\\s+)?(?:at|of|by)?\\s*(?:a\\s+)?" + P.formatted("a")
            + "|(?:at\\s+)?(?:a\\s+)?" + P.formatted("b") + "\\s+discount\\s+rate|at\\s+(?:a\\s+)?" + P.formatted("c") + ")(?:\\s+(?:a|per)\\s+year)?");
    private static final Pattern DUE = Pattern.compile("\\b(?:start|beginning) of (?:each|every|the) year\\b|\\bin advance\\b|\\bannuity[- ]due\\b|\\bstart-of-year\\b|\\bupfront each year\\b");
    private static final Pattern ARREARS = Pattern.compile("\\byear-?end\\b|\\bend[- ]of[- ](?:the[- ])?year\\b|\\bin arrears\\b|\\bend of each year\\b");
    /** "over 5", "over six years", "5-year", "for 5 years": the years of a level amount. */
    private static final Pattern OVER = Pattern.compile("\\b(?:over|for|across)\\s+(?:the\\s+|a\\s+)?(?<n>\\d{1,2})(?:\\s?(?:years?|yrs?|y)\\b|(?![\\d.%$a-z]))");
    private static final Pattern CARRIED = Pattern.compile("\\s*\\(discounted at (?<r>\\d{1,2}(?:\\.\\d{1,3})?)%, (?<ask>present value|level annual)(?<due>, paid at the start of each year)?(?:, over (?<n>\\d{1,2}) years)?\\)\\s*$");
    /** A follow-up that only changes the rate ("and at 12%?", "still at 12%"). */
    private static final Pattern NEW_RATE = Pattern.compile("^\\s*(?:(?:ok|so|now|and|then|try|what about|how about|still)\\s+)*(?:at\\s+)?(?<r>\\d{1,2}(?:\\.\\d{1,3})?)\\s?(?:%|pct|percent)\\s*[.?!]*\\s*$");
    static final Pattern LEAVE = Pattern.compile("(?i)\\bbefore (?:any )?discounting\\b|\\bundiscounted\\b|\\bno discounting\\b|\\bplain (?:stake|gain|number)|\\bnominal\\b");

    private Discounting() {
    }

    static Optional<Found> find(String question, ScenarioModel model) {
        if (question == null || question.length() > 2_000) {
            return Optional.empty();
        }
        String text = question;
        BigDecimal rate = null;
        Ask ask = null;
        Boolean due = null;
        Integer years = null;
        Matcher kept = CARRIED.matcher(text);
        if (kept.find()) {
            rate = new BigDecimal(kept.group("r")).movePointLeft(2);
            ask = kept.group("ask").equals("present value") ? Ask.PV : Ask.LEVEL;
            due = kept.group("due") != null;
            years = kept.group("n") == null ? null : Integer.valueOf(kept.group("n"));
            text = text.substring(0, kept.start());
            Matcher now = NEW_RATE.matcher(text.toLowerCase(java.util.Locale.ROOT));
            if (now.find()) {
                rate = new BigDecimal(now.group("r")).movePointLeft(2);
                text = "same question again";
            }
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        boolean pv = PV.matcher(lower).find();
        boolean level = LEVEL.matcher(lower).find();
        boolean neutral = NPV_NEUTRAL.matcher(lower).find();
        if (!neutral && NPV.matcher(lower).find()) {
            return Optional.empty(); // ("what exit keeps npv at zero at 10%", "before the npv at 8% turns negative": the reader's IRR goal)
        }
        if (rate == null && !pv && !level && !neutral) {
            return Optional.empty();
        }
        String q = text;
        Matcher r = RATE.matcher(lower);
        if (r.find()) {
            String said = r.group("a") != null ? r.group("a") : r.group("b") != null ? r.group("b") : r.group("c");
            rate = new BigDecimal(said).movePointLeft(2);
            q = q.substring(0, r.start()) + " " + q.substring(r.end());
        } else if (rate == null && RATE_ASKED.matcher(lower).find() && neutral) {
            // "what discount rate makes the PV of the stake equal the 50": the IRR
            return Optional.of(new Found(Reframing.tidy(RATE_ASKED.matcher(q.toLowerCase(java.util.Locale.ROOT)).replaceFirst("what irr")
                    .replaceAll("\\bmakes the pv of the stake (?:exactly )?equal(?: to)?[^?]*", "")), BigDecimal.ZERO, Ask.PV, false, null, true, model));
        }
        if (rate == null || rate.signum() <= 0 || rate.compareTo(MAX_RATE) > 0) {
            return Optional.empty();
        }
        if (neutral) {
            // the stake's PV equals the check: an IRR of the rate
            String g = NPV_NEUTRAL.matcher(q.toLowerCase(java.util.Locale.ROOT)).replaceAll("") + " for a " + plain(rate.movePointRight(2)) + "% irr";
            return Optional.of(new Found(Reframing.tidy(g), rate, Ask.PV, false, null, true, model));
        }
        Matcher o = OVER.matcher(q.toLowerCase(java.util.Locale.ROOT));
        if (o.find()) {
            years = Integer.valueOf(o.group("n"));
            if (o.group().matches("(?s).*\\d$")) {
                // a bare "over 5": said in years, for the reader
                q = q.substring(0, o.end()) + " years" + q.substring(o.end());
            }
        }
        if (DUE.matcher(lower).find()) {
            due = true;
        } else if (ARREARS.matcher(lower).find()) {
            due = false;
        }
        if (level || pv) {
            ask = level && !(LUMP.matcher(lower).find() && !Pattern.compile("\\bsame (?:pv|present value)\\b").matcher(lower).find()) ? Ask.LEVEL : Ask.PV;
        }
        if (ask == null) {
            ask = Ask.PV;
        }
        q = q.replaceAll("(?i)\\b(?:payments?|paid|taken|taking it|it comes in|it arrives)?\\s*(?:at|as)?\\s*(?:the\\s+)?(?:start|beginning|end) of each year\\b", " ")
                .replaceAll("(?i),?\\s*(?:with )?(?:the )?payments? at (?:year-?end|the start of each year)\\b", " ");
        q = Reframing.orSame(Reframing.tidy(q.replaceAll("^[\\s.,;:-]+", "")));
        return Optional.of(new Found(q, rate, ask, due != null && due, years, false, model));
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
