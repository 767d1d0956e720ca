package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Format;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.scenario.Calculator;

/**
 * The check paid partly in kind: "30 cash / 20 credits, credits cost us 65c/$", "20 of the 50 lands as aws credits, ~65c/$
 * to deliver", "40% of it ends up as credits". The headline buys the stake (the stake, its value, the pre-money are as
 * before); what Amazon really gives up is the cash plus what the credits cost it to deliver, {@code cash + credits × cents},
 * and every number measured against the money in can be asked on that cash basis. With H the headline and C the cash:
 * <ul>
 *   <li>MOIC × H/C, and the IRR of that multiple over the same hold; the gain + (H − C); the combined payoff + (H − C);</li>
 *   <li>the check's share of capex and the break-even capture share × C/H, the circular return ratio × H/C, the total AI
 *   commitment − (H − C).</li>
 * </ul>
 * A goal asked on a cash basis ("what exit gets 2.5x on a cash basis", "a 20% cash irr over 5y", "10bn up on a cash
 * basis") is said to the solver as the headline's goal it equals (2.5 × C/H; (1 + r)^n × C/H as a multiple; g + C − H), and
 * the answer is headlined with the goal as asked. Without the cash basis asked, the split is taken out of the question (its
 * figures are no inputs) and a note says how to ask for it.
 */
final class CashBasis {
    /** What the question said of the split and the cash basis, and the question left for the reader. */
    record Found(String question, BigDecimal headline, BigDecimal cash, BigDecimal credits, BigDecimal cents, boolean cashAsked,
                 boolean headlineAsked, String goalSaid, String goalAsHeadline) implements Reframing {
        @Override
        public String measures() {
            return cashAsked ? "the cash basis" : null;
        }

        /** What Amazon gives up: the cash and the credits at what they cost to deliver. */
        BigDecimal cost() {
            return cash.add(credits.multiply(cents));
        }

        /** The split, what a dollar of credits costs, and the cash basis when it was asked: the thread stays on it. */
        @Override
        public Optional<String> kept() {
            return Optional.of(plain(cash) + " cash / " + plain(credits) + " credits" + (cents.compareTo(BigDecimal.ONE) < 0 ? " at " + plain(cents.movePointRight(2)) + "c/$" : "")
                    + (cashAsked ? " on a cash basis" : ""));
        }

        @Override
        public Answer told(Answer a) {
            if (a.results().isEmpty()) {
                return a;
            }
            String basis = "$" + plain(cost()) + "B of cash: " + Format.money(cash) + " cash + " + Format.money(credits)
                    + " of AWS credits at " + plain(cents.movePointRight(2)) + "c per dollar";
            if (!cashAsked) {
                return RoutingAssistant.withNote(a, "On the headline " + Format.money(headline) + ". Ask \u201con a cash basis\u201d for the numbers"
                        + " measured against the " + basis + ".");
            }
            if (goalSaid != null) {
                return solved(a, basis);
            }
            if (a.results().stream().anyMatch(r -> r.kind() == MetricResult.Kind.SOLVED)) {
                // (a goal this class cannot say in the headline's terms: solved on the headline, and said so)
                return RoutingAssistant.withNote(a, "Solved on the headline " + Format.money(headline) + ": I can't put this goal on the cash basis (the "
                        + basis + ").");
            }
            List<MetricResult> results = new ArrayList<>();
            StringBuilder head = new StringBuilder();
            for (MetricResult r : a.results()) {
                MetricResult cashed = r.kind() == MetricResult.Kind.METRIC && r.value() != null ? onCash(r) : null;
                if (cashed != null) {
                    results.add(cashed);
                    head.append("*").append(cashed.label()).append(": ").append(Format.value(cashed.value(), cashed.unit())).append("* (")
                            .append(r.scenario()).append(" case) `").append(cashed.formula()).append("`\n");
                }
                if (cashed == null || headlineAsked) {
                    results.add(r);
                }
            }
            if (head.isEmpty()) {
                return RoutingAssistant.withNote(a, "None of these numbers is measured against the money in, so the cash basis ("
                        + basis + ") does not change them.");
            }
            String text = head + "_On a cash basis, the " + basis + "; the stake is still bought by the headline "
                    + Format.money(headline) + (headlineAsked ? ". The headline numbers:_\n" : ". The working on the headline:_\n") + a.text();
            return new Answer(a.id(), a.route(), text, a.narrative(), results, a.citations(), a.answerer(), a.notes(), a.decision(),
                    a.clarify(), a.charts());
        }

        /** A goal asked on the cash basis: solved as the headline's goal it equals, headlined as asked. */
        private Answer solved(Answer a, String basis) {
            Optional<MetricResult> s = a.results().stream().filter(r -> r.kind() == MetricResult.Kind.SOLVED && r.value() != null).findFirst();
            if (s.isEmpty()) {
                return a;
            }
            MetricResult r = s.get();
            String head = "*To reach " + goalSaid + " on a cash basis, " + Format.inSentence(r.label()) + " must be " + Format.value(r.value(), r.unit())
                    + "* (the " + basis + "; on the headline " + Format.money(headline) + " that is " + goalAsHeadline
                    + ", which the working below solves)\n";
            return new Answer(a.id(), a.route(), head + a.text(), a.narrative(), a.results(), a.citations(), a.answerer(), a.notes(),
                    a.decision(), a.clarify(), a.charts());
        }

        /** The result measured against the cash instead of the headline; null for one that does not depend on the money in. */
        private MetricResult onCash(MetricResult r) {
            BigDecimal h = headline;
            BigDecimal c = cost();
            BigDecimal gap = h.subtract(c);
            BigDecimal v = r.value();
            String hs = Format.money(h);
            String cs = Format.money(c);
            BigDecimal out;
            String formula;
            switch (r.metric()) {
                case "moic", "circular_return_ratio" -> {
                    out = v.multiply(h).divide(c, MathContext.DECIMAL128);
                    formula = Format.multiple(v) + " \u00d7 " + hs + " / " + cs + " = " + Format.multiple(out);
                }
                case "capex_share", "breakeven_capture_share" -> {
                    out = v.multiply(c).divide(h, MathContext.DECIMAL128);
                    formula = Format.percent(v) + " \u00d7 " + cs + " / " + hs + " = " + Format.percent(out);
                }
                case "gain", "combined_payoff" -> {
                    out = v.add(gap);
                    formula = Format.money(v) + " + (" + hs + " - " + cs + ") = " + Format.money(out);
                }
                case "total_ai_commitment" -> {
                    out = v.subtract(gap);
                    formula = Format.money(v) + " - (" + hs + " - " + cs + ") = " + Format.money(out);
                }
                case "irr" -> {
                    BigDecimal years = input(r, "holding_years");
                    BigDecimal exit = input(r, "exit_valuation");
                    BigDecimal post = input(r, "post_money_valuation");
                    if (years == null || exit == null || post == null || years.signum() <= 0 || post.signum() <= 0 || exit.signum() <= 0) {
                        return null;
                    }
                    // the headline multiple exactly (exit / post-money, as the IRR was computed), then measured on the cash
                    BigDecimal headMultiple = exit.divide(post, MathContext.DECIMAL128);
                    BigDecimal cashMultiple = headMultiple.multiply(h).divide(c, MathContext.DECIMAL128);
                    out = Calculator.annualReturn(cashMultiple, years);
                    formula = "(" + Format.multiple(headMultiple) + " \u00d7 " + hs + " / " + cs + ")^(1/" + years.stripTrailingZeros().toPlainString()
                            + ") - 1 = " + Format.percent(out);
                }
                default -> {
                    return null;
                }
            }
            return new MetricResult(r.metric(), r.label() + " on a cash basis", out, r.unit(), r.scenario(), r.inputs(), formula,
                    "Measured against the " + cs + " of cash Amazon gives up, not the headline " + hs + ".");
        }
    }

    private static BigDecimal input(MetricResult r, String id) {
        return r.inputs().stream().filter(i -> i.id().equals(id)).map(i -> i.value()).findFirst().orElse(null);
    }

    /** Words that leave a thread's cash basis: "forget the credits", "all cash", "no credits", "ignore the credit split". */
    static final Pattern LEAVE = Pattern.compile(
            "\\b(?:forget|ignore|drop|without|excluding|ex|no|scrap|ditch|strip(?:ping)? out|leave out|take out|minus)\\s+(?:the\\s+|any\\s+)?(?:aws\\s+)?credits?\\b(?:\\s+split)?"
                    + "|\\ball[- ]cash\\b|\\bfully in cash\\b", Pattern.CASE_INSENSITIVE);

    /** "30 cash / 20 credits", "35 cash + 15 credits", "30 in cash and 20 in aws credits". */
    private static final Pattern SPLIT = Pattern.compile(
            "\\$?(?<cash>\\d{1,4}(?:\\.\\d{1,3})?)\\s?(?:bn|b|billion)?\\s+(?:in\\s+)?cash\\s*(?:/|\\+|,|&|and|plus)\\s*\\$?(?<cr>\\d{1,4}(?:\\.\\d{1,3})?)\\s?(?:bn|b|billion)?\\s+(?:in\\s+|of\\s+)?(?:aws\\s+)?credits?\\b"
                    // "30/20 cash/credits", "split 40/10 cash/credits"
                    + "|\\$?(?<a>\\d{1,4}(?:\\.\\d{1,3})?)\\s?(?:bn|b)?\\s*/\\s*\\$?(?<b>\\d{1,4}(?:\\.\\d{1,3})?)\\s?(?:bn|b)?\\s+cash\\s*/\\s*(?:aws\\s+)?credits?\\b"
                    // "20 of the 50 lands as aws credits", "20 of it is credits", "20 of our 50 comes back as credits"
                    + "|\\$?(?<part>\\d{1,4}(?:\\.\\d{1,3})?)\\s?(?:bn|b|billion)?\\s+of\\s+(?:(?:the|our|that)\\s+(?:oai\\s+|openai\\s+|headline\\s+)?\\$?(?<of>\\d{1,4}(?:\\.\\d{1,3})?)\\s?(?:bn|b|billion)?|it|that)\\b[^.?!;()]{0,40}?\\bcredits?\\b"
                    // "40% of it ends up as credits"
                    + "|(?<pct>\\d{1,2}(?:\\.\\d{1,2})?)\\s?%\\s+of\\s+(?:it|that|the\\s+check|the\\s+cheque|the\\s+\\d+)\\b[^.?!;()]{0,40}?\\bcredits?\\b",
            Pattern.CASE_INSENSITIVE);
    /** What a dollar of credits costs to deliver: "at 65c/$", "@ 62c/$", "credits cost us 60c/$", "~65c on the dollar". */
    private static final Pattern CENTS = Pattern.compile(
            "(?:,\\s*)?(?:\\b(?:cost(?:s|ing)?(?:\\s+(?:us|aws|amazon))?|at)\\s+|@\\s*)?~?(?<c>\\d{1,2}(?:\\.\\d{1,2})?)\\s?(?:c|\u00a2|cents)\\s*(?:/\\s*\\$|per\\s+(?:\\$|dollar)|on\\s+the\\s+(?:\\$|dollar)|a\\s+dollar)"
                    + "(?:\\s+to\\s+deliver)?(?:\\s+on\\s+the\\s+credits)?",
            Pattern.CASE_INSENSITIVE);
    /** The cash basis asked: "cash basis", "on the cash", "our real cash", "cash moic", "net of credits". */
    private static final Pattern CASH_ASKED = Pattern.compile(
            "\\bcash[- ]?basis\\b|\\b(?:on|of)\\s+(?:the|our)\\s+(?:real\\s+)?cash\\b|\\breal cash\\b|\\bcash\\s+(?:moic|irr|multiple|x|gain|return)\\b|\\bnet of (?:the )?credits\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADLINE_ASKED = Pattern.compile("\\bheadline\\b|\\bvs\\.?\\b|\\bversus\\b|\\bcompared? (?:to|with)\\b", Pattern.CASE_INSENSITIVE);
    /** Words of the cash basis, said to the reader as the money in they stand for. */
    private static final Pattern CASH_WORDS = Pattern.compile(
            "\\b(?:on\\s+)?(?:a\\s+|the\\s+)?cash[- ]?basis\\b|\\b(?:on|of)\\s+(?:the|our)\\s+(?:real\\s+)?cash\\b|\\bour real cash(?: out)?\\b|\\breal cash(?: out)?\\b|\\bnet of (?:the )?credits\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MULTIPLE_GOAL = Pattern.compile("(?<![\\d.])(?<m>\\d{1,3}(?:\\.\\d{1,3})?)\\s?x\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern IRR_GOAL = Pattern.compile("(?<![\\d.])(?<r>\\d{1,3}(?:\\.\\d{1,2})?)\\s?(?:%|pct|percent)\\s+(?:cash\\s+basis\\s+|cash\\s+)?irr\\b"
            + "|\\birr\\s+of\\s+(?<r2>\\d{1,3}(?:\\.\\d{1,2})?)\\s?(?:%|pct|percent)", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEARS = Pattern.compile("(?<![\\d.])(?<n>\\d{1,2})\\s?(?:y|yr|yrs|year|years)\\b(?!\\s*(?:ago|old))", Pattern.CASE_INSENSITIVE);
    private static final Pattern GAIN_GOAL = Pattern.compile("(?<![\\d.])\\$?(?<g>\\d{1,4}(?:\\.\\d{1,3})?)\\s?(?:bn|b|billion)\\s+(?:up|ahead|in profit)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ASKS_YEARS = Pattern.compile("\\bhow (?:many|much) (?:yrs|years|time)\\b|\\bhow long\\b", Pattern.CASE_INSENSITIVE);

    private CashBasis() {
    }

    /**
     * @param invested the model's investment (the headline when the split does not say one)
     * @param years    the model's holding period (an IRR goal's hold when the question gives none)
     */
    static Optional<Found> find(String text, BigDecimal invested, BigDecimal years) {
        if (text == null || text.length() > 2_000 || !text.toLowerCase(Locale.ROOT).contains("credit")) {
            return Optional.empty();
        }
        Matcher s = SPLIT.matcher(text);
        if (!s.find()) {
            return Optional.empty();
        }
        BigDecimal cash;
        BigDecimal credits;
        BigDecimal headline;
        if (s.group("cash") != null || s.group("a") != null) {
            cash = new BigDecimal(s.group("cash") != null ? s.group("cash") : s.group("a"));
            credits = new BigDecimal(s.group("cash") != null ? s.group("cr") : s.group("b"));
            headline = cash.add(credits);
        } else if (s.group("part") != null) {
            credits = new BigDecimal(s.group("part"));
            headline = s.group("of") != null ? new BigDecimal(s.group("of")) : invested;
            cash = headline.subtract(credits);
        } else {
            headline = invested;
            credits = headline.multiply(new BigDecimal(s.group("pct")).movePointLeft(2));
            cash = headline.subtract(credits);
        }
        if (headline.signum() <= 0 || cash.signum() < 0 || credits.signum() <= 0) {
            return Optional.empty();
        }
        StringBuilder q = new StringBuilder(text);
        // the split said as the headline it adds up to, or taken out when that is the model's own
        String headlineSaid = headline.compareTo(invested) == 0 ? "" : "a $" + plain(headline) + "B investment";
        Matcher c = CENTS.matcher(text);
        BigDecimal cents = null;
        int cs = -1, ce = -1;
        while (c.find()) {
            if (c.end() <= s.start() || c.start() >= s.end()) {
                cents = new BigDecimal(c.group("c")).movePointLeft(2);
                cs = c.start();
                ce = c.end();
                break;
            }
        }
        boolean cashAsked = CASH_ASKED.matcher(text).find();
        boolean headlineAsked = HEADLINE_ASKED.matcher(text).find() && cashAsked;
        if (cents == null) {
            if (cashAsked) {
                return Optional.empty(); // (no cost said for the credits: the question is read as written)
            }
            cents = BigDecimal.ONE;
        }
        if (cs >= 0 && cs > s.start()) {
            q.replace(cs, ce, "");
            q.replace(s.start(), s.end(), headlineSaid);
        } else {
            q.replace(s.start(), s.end(), headlineSaid);
            if (cs >= 0) {
                q.replace(cs, ce, "");
            }
        }
        String rest = q.toString();
        String goalSaid = null;
        String goalAsHeadline = null;
        BigDecimal cost = cash.add(credits.multiply(cents));
        if (cashAsked && !headlineAsked && !ASKS_YEARS.matcher(rest).find()) {
            Matcher m = MULTIPLE_GOAL.matcher(rest);
            Matcher r = IRR_GOAL.matcher(rest);
            Matcher g = GAIN_GOAL.matcher(rest);
            if (r.find()) {
                BigDecimal rate = new BigDecimal(r.group("r") != null ? r.group("r") : r.group("r2")).movePointLeft(2);
                Matcher y = YEARS.matcher(rest);
                BigDecimal n = y.find() ? new BigDecimal(y.group("n")) : years;
                if (n != null && n.signum() > 0 && n.stripTrailingZeros().scale() <= 0) {
                    BigDecimal multiple = BigDecimal.ONE.add(rate).pow(n.intValueExact(), MathContext.DECIMAL128).multiply(cost)
                            .divide(headline, MathContext.DECIMAL128).round(new MathContext(20, RoundingMode.HALF_EVEN)).stripTrailingZeros();
                    goalSaid = "a " + plain(rate.movePointRight(2)) + "% IRR over " + n.toPlainString() + " years";
                    goalAsHeadline = "a " + plain(multiple) + "x MOIC";
                    rest = rest.substring(0, r.start()) + plain(multiple) + "x moic" + rest.substring(r.end());
                }
            } else if (m.find()) {
                BigDecimal said = new BigDecimal(m.group("m"));
                BigDecimal multiple = said.multiply(cost).divide(headline, MathContext.DECIMAL128).round(new MathContext(20, RoundingMode.HALF_EVEN)).stripTrailingZeros();
                goalSaid = plain(said) + "x";
                goalAsHeadline = plain(multiple) + "x";
                rest = rest.substring(0, m.start()) + plain(multiple) + "x" + rest.substring(m.end());
            } else if (g.find()) {
                BigDecimal said = new BigDecimal(g.group("g"));
                BigDecimal gain = said.add(cost).subtract(headline);
                goalSaid = "a gain of " + Format.money(said);
                goalAsHeadline = "a gain of " + Format.money(gain);
                rest = rest.substring(0, g.start()) + "a gain of $" + plain(gain) + "B" + rest.substring(g.end());
            } else if (rest.matches("(?is).*\\b(?:back|repays?|recoup\\w*|break ?even)\\b.*") && rest.matches("(?is).*\\bwhat\\b.*")) {
                // "what exit just gets our real cash back": a 1x multiple on the cash
                BigDecimal multiple = cost.divide(headline, MathContext.DECIMAL128).stripTrailingZeros();
                goalSaid = "1x";
                goalAsHeadline = plain(multiple) + "x";
                rest = rest + " (" + plain(multiple) + "x moic)";
            }
        }
        rest = CASH_WORDS.matcher(rest).replaceAll(cashAsked ? "" : "$0");
        if (cashAsked) {
            rest = Reframing.orSame(rest); // ("and on a cash basis?" in a thread: the thread's question, on the cash)
        }
        rest = rest.replaceAll("\\(\\s*\\)", " ").replaceAll("^[\\s.,;:-]+", "").replaceAll("\\s+([,.?!])", "$1").replaceAll("\\s{2,}", " ").trim();
        return Optional.of(new Found(rest, headline, cash, credits, cents, cashAsked, headlineAsked, goalSaid, goalAsHeadline));
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

}
