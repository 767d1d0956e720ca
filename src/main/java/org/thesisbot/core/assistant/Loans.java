package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Format;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.scenario.Amounts;
import org.thesisbot.core.scenario.Metric;

/**
 * A loan against the stake, which the model does not have: "with 12bn drawn", "our 15bn facility", "the covenant trips at
 * 60% ltv". Loan-to-value is the loan over the stake's value. A loan and a trigger with a level asked ("what oai mark puts
 * our 20bn draw at a 65% ltv", "how big would our check have to be to borrow 20bn at 40% ltv") is a goal for the stake's
 * value, the loan over the trigger, and the model solves the level as for any stake value. A loan the profit should repay
 * ("so that profit retires a 12bn loan", "to cover a 14bn paydown") is the profit's goal. Anything else about the loan is the
 * asker's context: its figures are taken out, so that none fills an input, and the answer names them as not used, with the
 * loan-to-value at the stake's value when one is computed. The loan lasts in a thread ({@link Frames}): "what mark takes that
 * 20bn to a 55% ltv", then "same trigger, at a 1T post".
 */
final class Loans {
    private static final MathContext MC = MathContext.DECIMAL128;
    private static final String SUM = Sums.SUM_SAID;
    private static final String PCT = Sums.PCT;
    private static final String LOAN_NOUN = "(?:term |margin |bridge |secured |credit )?(?:loan|draw ?down|draw|facility|credit line|line of credit|(?<!anthropic )(?<!anthropic's )line(?!s?\\s*(?::|->|=>|[-–—]+\\s))|revolver|paydown|pay-down|borrowing)s?\\b";

    /** A loan's amount with its words: "a 12bn draw", "our 15bn facility", "12bn drawn", "drawn 18bn", "borrow 20bn", "25bn outstanding". */
    private static final Pattern AMOUNT = Pattern.compile(
            "(?<a1>" + SUM + ") (?:of )?" + LOAN_NOUN
                    + "|(?<a2>" + SUM + ") (?:drawn|borrowed|outstanding|of borrowing|lent)\\b"
                    // "24bn against the position", "a 10bn margin loan secured on the shares": a sum held against the stake
                    + "|(?<a5>" + SUM + ") (?:against|secured (?:on|by|against)) (?:the |our |its |amazon'?s? )?(?:oai |openai )?(?:stake|position|holding|shares|equity|collateral)\\b"
                    + "|\\b(?:loan|facility|credit line|draw|revolver)s? (?:is|of|at|=|sized at|size is) (?:about |roughly |up to )?(?<a4>" + SUM + ")"
                    + "|\\b(?:drawn|draw|drawing|borrow(?:ed|ing|s)?|lever(?:ing)?|outstanding) (?:down )?(?:about |roughly |up to )?(?<a3>" + SUM + ")",
            Pattern.CASE_INSENSITIVE);
    /** A loan-to-value: "60% ltv", "a 45% max ltv", "ltv of 50%", "a 60% margin call trigger", "max ltv is 50%". */
    private static final Pattern LTV = Pattern.compile(
            "(?<p1>\\d+(?:\\.\\d+)?)" + PCT + " ?(?:max(?:imum)? )?(?:ltv|loan[- ]to[- ]value)\\b(?: (?:ratio|trigger|covenant|margin call))?"
                    + "|(?<p2>\\d+(?:\\.\\d+)?)" + PCT + " ?(?:margin call|covenant)(?: trigger)?"
                    + "|\\b(?:max(?:imum)? )?(?:ltv|loan[- ]to[- ]value)(?: ratio| trigger| covenant)? (?:of |at |is |to )?(?:a |an )?(?<p3>\\d+(?:\\.\\d+)?)" + PCT,
            Pattern.CASE_INSENSITIVE);
    /** Words of a loan at all: without them, the question is not this reader's. */
    private static final Pattern WORDS = Pattern.compile(
            "\\b(?:ltv|loan[- ]to[- ]value|loans?|draw|drawn|facility|credit line|line|revolver|paydown|borrow\\w*|lender|covenant|margin call|outstanding|collateral)\\b",
            Pattern.CASE_INSENSITIVE);
    /** The profit (or revenue) that repays a loan: "retires a 12bn loan", "to cover a 14bn paydown", "pays down 3bn a year". */
    private static final Pattern REPAYS = Pattern.compile(
            "\\b(?:retires?|retiring|covers?|covering|pays? (?:down|off|back)|paying (?:down|off|back)|repays?|repaying|services?|servicing) (?:a |an |the |our |that |all of |all )?(?<a>" + SUM + ")"
                    + "(?: (?:a|per) (?:year|yr)| annually)?(?: (?:of )?(?:" + LOAN_NOUN + "|debt\\b))?",
            Pattern.CASE_INSENSITIVE);
    /** "of our 15bn loan", "on the 12bn": what the repaid figure is a part of, taken out with it. */
    private static final Pattern OF_LOAN = Pattern.compile("\\s(?:of|on|against) (?:a |an |the |our |that )?(?:" + SUM + ") " + LOAN_NOUN, Pattern.CASE_INSENSITIVE);
    /** A level asked: "what oai mark", "at what openai mark", "the lowest oai valuation", "how big would our check", "what entry post-money". */
    private static final Pattern LEVEL_ASKED = Pattern.compile(
            "\\b(?:what|which|at what|how (?:big|large|small|low|high)(?: a| of a)?)(?:'s| is| would be| will be| does| do)?(?: the)?(?: (?:oai|openai)(?:'s)?)?"
                    + "(?: (?:entry|exit|round|lowest|highest|smallest|biggest|largest|minimum|maximum|max|min|required|needed))? (?:mark|valuation|exit|post[- ]?money|post|pre[- ]?money|pre|price|level|check|cheque|ticket|investment|round|value)\\b"
                    + "|\\b(?:lowest|highest|smallest|biggest|largest|minimum|maximum|max|min) (?:oai |openai )?(?:mark|valuation|exit|post[- ]?money|price|check|cheque|ticket)\\b"
                    + "|\\bhow (?:big|large|small) (?:\\w+ ){0,3}?(?:check|cheque|ticket|round)\\b",
            Pattern.CASE_INSENSITIVE);
    /** An input of AWS's side asked: "what operating margin does it need", "what capture share", "what share of oai's compute". */
    private static final Pattern INPUT_ASKED = Pattern.compile(
            "\\b(?:what|which|how (?:much|big|high))(?: \\w+){0,2}? (?:margin|capture|share|cut|portion|slice|percent(?:age)?)\\b", Pattern.CASE_INSENSITIVE);
    /** A case the question names. */
    private static final Pattern CASE = Pattern.compile("\\b(?:bull|bear|base)\\b", Pattern.CASE_INSENSITIVE);
    /** An asked level that starts with its interrogative ("what mark", "how big would our check"). */
    private static final Pattern ASKS_AT_START = Pattern.compile("(?:what|which|at what|how)\\b");
    /** "same trigger", "same 45% trigger", "same ltv": the thread's trigger again. */
    private static final Pattern SAME_TRIGGER = Pattern.compile("\\bsame (?:\\d+(?:\\.\\d+)?" + PCT + " ?)?(?:trigger|ltv|covenant|margin call|loan[- ]to[- ]value)\\b", Pattern.CASE_INSENSITIVE);
    /** The loan-to-value asked for: "whats the ltv on a 10bn draw". */
    private static final Pattern LTV_ASKED = Pattern.compile("\\b(?:what(?:'s| is|s)?|how (?:high|much)(?: is)?) (?:the |our |my )?(?:ltv|loan[- ]to[- ]value)\\b", Pattern.CASE_INSENSITIVE);
    /** The stake's value in a lender's words: "collateral value", "worth as collateral". */
    private static final Pattern COLLATERAL = Pattern.compile("\\bcollateral value\\b|\\bworth as colla?teral\\b", Pattern.CASE_INSENSITIVE);
    /** A loan's own term, not the hold: "our term loan runs 3 years". */
    private static final Pattern TERM = Pattern.compile("\\b(?:loan|facility|line|draw)s? (?:runs?|matures?|lasts?|is for|tenor is|term is) (?:for )?(?:about )?\\d+(?:\\.\\d+)? ?(?:years?|yrs?|y)\\b", Pattern.CASE_INSENSITIVE);
    /** A coupon or rate on the loan: "a 7% coupon on the loan". */
    private static final Pattern COUPON = Pattern.compile("\\b(?:an? )?\\d+(?:\\.\\d+)?" + PCT + " ?(?:coupon|interest|rate)(?: on the (?:loan|facility|line|debt))?", Pattern.CASE_INSENSITIVE);
    /** The frame kept in a thread: "loan $20B, trigger 55% ltv". */
    private static final Pattern CARRIED = Pattern.compile("\\s*\\((loan \\$[\\d.]+B[^)]*)\\)\\s*$");
    private static final Pattern KEPT = Pattern.compile("^loan \\$([\\d.]+)B(?:, trigger ([\\d.]+)% ltv)?(?:, asked ([\\w' -]+))?");
    /** Leaving the frame: "forget the loan", "no loan". */
    static final Pattern LEAVE = Pattern.compile("\\b(?:forget|ignore|drop|no|without)\\s+(?:the\\s+)?(?:loan|draw|facility|line|debt|ltv)\\b", Pattern.CASE_INSENSITIVE);
    /** A follow-up with a new trigger or loan: the thread's loan read again with it. */
    static final Pattern AGAIN = Pattern.compile("\\bltv\\b|\\bloan[- ]to[- ]value\\b|\\btrigger\\b|\\bmargin call\\b|\\bcovenant\\b", Pattern.CASE_INSENSITIVE);

    /**
     * What was found: the loan (null when only a trigger was said), the trigger (null when none), the stake's value solved
     * for (null when no goal), and the figures taken out as context, in words.
     */
    record Found(String question, BigDecimal loan, BigDecimal ltv, BigDecimal stakeGoal, String asked, List<String> context) implements Reframing {
        @Override
        public Optional<String> kept() {
            return loan == null ? Optional.empty()
                    : Optional.of("loan $" + Sums.plain(loan) + "B" + (ltv == null ? "" : ", trigger " + Sums.plain(ltv.movePointRight(2)) + "% ltv")
                            + (asked == null ? "" : ", asked " + asked));
        }

        @Override
        public Answer told(Answer a) {
            if (a.results().isEmpty()) {
                return a;
            }
            List<String> notes = new ArrayList<>();
            if (stakeGoal != null) {
                notes.add("A " + Format.money(loan) + " loan is at " + Sums.plain(ltv.movePointRight(2)) + "% loan-to-value when the stake is worth "
                        + Format.money(loan) + " / " + Sums.plain(ltv.movePointRight(2)) + "% = " + Format.money(stakeGoal) + ": that is the stake's value solved for.");
            }
            Optional<MetricResult> value = a.results().stream().filter(r -> r.metric().equals(Metric.STAKE_VALUE.id()) && r.value() != null
                    && r.kind() == MetricResult.Kind.METRIC).findFirst();
            if (stakeGoal == null && value.isPresent() && value.get().value().signum() > 0) {
                BigDecimal v = value.get().value();
                if (loan != null) {
                    notes.add("Loan-to-value: the " + Format.money(loan) + " loan over the stake's " + Format.money(v) + " is "
                            + Format.percent(loan.divide(v, MC)) + (ltv == null ? "" : " (the trigger is " + Sums.plain(ltv.movePointRight(2)) + "%)") + ".");
                } else if (ltv != null) {
                    notes.add("At " + Sums.plain(ltv.movePointRight(2)) + "% loan-to-value, the stake's " + Format.money(v) + " carries a loan of up to "
                            + Format.money(v.multiply(ltv, MC)) + ".");
                }
            }
            if (!context.isEmpty()) {
                notes.add("Not used by the model, which has no loan: " + String.join(", ", context) + ".");
            }
            return Reframing.noted(a, notes);
        }
    }

    private Loans() {
    }

    /** The sum an {@link #AMOUNT} match says, whichever of its shapes matched. */
    private static String amountSaid(Matcher m) {
        for (String g : List.of("a1", "a2", "a3", "a4", "a5")) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return null;
    }

    /** The loan-to-value an {@link #LTV} match says, as a fraction. */
    private static BigDecimal ltvOf(Matcher m) {
        String p = m.group("p1") != null ? m.group("p1") : m.group("p2") != null ? m.group("p2") : m.group("p3");
        return new BigDecimal(p).movePointLeft(2);
    }

    /** A sentence and the space after it. */
    private static final Pattern SENTENCE = Pattern.compile("(?:[^.?!]|[.?!](?=\\w))+(?:[.?!]+|$)\\s*");
    /** Words that ask: a question mark, or an interrogative or a request at the start. */
    private static final Pattern ASKS = Pattern.compile("\\?|^\\s*(?:what|which|how|where|when|why|who|is|are|does|do|can|could|should|would|will|give|show|tell|pls|please)\\b", Pattern.CASE_INSENSITIVE);
    /** The asker's own business: a credit memo, a lender, a committee. */
    private static final Pattern BUSINESS = Pattern.compile("\\b(?:credit memo|credit committee|memo|lenders?|bank|treasury|desk)\\b", Pattern.CASE_INSENSITIVE);

    /** A sentence about the loan (or the asker's lending business) that asks nothing. */
    private static boolean contextOnly(String sentence) {
        return (WORDS.matcher(sentence).find() || BUSINESS.matcher(sentence).find()) && !ASKS.matcher(sentence).find();
    }

    static Optional<Found> find(String question) {
        if (question == null || question.length() > 2_000) {
            return Optional.empty();
        }
        String text = question;
        BigDecimal keptLoan = null;
        BigDecimal keptLtv = null;
        String keptAsked = null;
        Matcher c = CARRIED.matcher(text);
        if (c.find()) {
            Matcher k = KEPT.matcher(c.group(1));
            if (k.find()) {
                keptLoan = new BigDecimal(k.group(1));
                keptLtv = k.group(2) == null ? null : new BigDecimal(k.group(2)).movePointLeft(2);
                keptAsked = k.group(3);
            }
            text = text.substring(0, c.start());
        }
        text = Amounts.normalise(text);
        if (!WORDS.matcher(text).find() && !BUSINESS.matcher(text).find() && keptLoan == null) {
            return Optional.empty();
        }
        StringBuilder rest = new StringBuilder(text);
        List<String> context = new ArrayList<>();
        BigDecimal ltvSaid = null;
        Matcher ls = LTV.matcher(text);
        if (ls.find()) {
            ltvSaid = ltvOf(ls);
        }
        // "… the 15bn facility is waiting on it.", "sizing a 20bn draw off it.": a sentence about the loan that asks nothing,
        // beside one that asks, is the asker's context; its loan is noted, and nothing else in it is read
        List<int[]> sentences = new ArrayList<>();
        Matcher sm = SENTENCE.matcher(text);
        while (sm.find()) {
            sentences.add(new int[] {sm.start(), sm.end()});
        }
        String whole = text;
        boolean asks = sentences.stream().anyMatch(x -> !contextOnly(whole.substring(x[0], x[1])));
        List<BigDecimal> aside = new ArrayList<>();
        if (asks && sentences.size() > 1) {
            for (int[] x : sentences) {
                String sentence = text.substring(x[0], x[1]);
                if (contextOnly(sentence)) {
                    StringBuilder left = new StringBuilder(sentence);
                    Matcher am = AMOUNT.matcher(sentence);
                    while (am.find()) {
                        BigDecimal v = Sums.billions(amountSaid(am));
                        if (v != null && v.signum() > 0) {
                            aside.add(v);
                        }
                        Sums.blank(left, am.start(), am.end());
                    }
                    Matcher lm = LTV.matcher(left);
                    while (lm.find()) {
                        Sums.blank(left, lm.start(), lm.end());
                    }
                    // ("we want to borrow 20bn at 40% ltv with oai marked at 1T.": the mark is the question's own figure;
                    // "the bank asked for stake value plus … minus our 50bn check, for a 30bn line.": so is the check)
                    if (Sums.hasFigure(left.toString())) {
                        rest.replace(x[0], x[1], left.toString());
                    } else {
                        Sums.blank(rest, x[0], x[1]);
                    }
                }
            }
        }
        BigDecimal loan = null;
        BigDecimal profitGoal = null;
        String profitGoalSaid = null;
        Matcher r = REPAYS.matcher(rest);
        if (r.find() && (LEVEL_ASKED.matcher(text).find() || INPUT_ASKED.matcher(text).find())) {
            BigDecimal v = Sums.billions(r.group("a"));
            if (v != null && v.signum() > 0) {
                profitGoal = v;
                String perYear = r.group().matches("(?is).*\\b(?:a|per) (?:year|yr)\\b.*|.*\\bannually\\b.*") ? " a year" : "";
                profitGoalSaid = "come to $" + Sums.plain(v) + "B" + perYear;
                rest.replace(r.start(), r.end(), " " + profitGoalSaid + " ");
                Matcher of = OF_LOAN.matcher(rest);
                if (of.find(r.start())) {
                    Sums.blank(rest, of.start(), of.end());
                }
            }
        }
        Matcher m = AMOUNT.matcher(rest);
        while (m.find()) {
            String said = amountSaid(m);
            BigDecimal v = Sums.billions(said);
            if (v == null || v.signum() <= 0) {
                continue;
            }
            if (loan == null) {
                loan = v;
            }
            context.add("the " + Format.money(v) + " loan");
            Sums.blank(rest, m.start(), m.end());
        }
        BigDecimal ltv = null;
        Matcher l = LTV.matcher(rest);
        if (l.find()) {
            ltv = ltvOf(l);
            Sums.blank(rest, l.start(), l.end());
        }
        boolean same = SAME_TRIGGER.matcher(text).find();
        if (same) {
            Matcher s = SAME_TRIGGER.matcher(rest);
            while (s.find()) {
                Sums.blank(rest, s.start(), s.end());
            }
        }
        // "what mark takes that 20bn to a 55% ltv": the thread's loan, said again by its size
        if (loan == null && keptLoan != null) {
            String said = "\\b(?:that|the|our) \\$?" + Pattern.quote(Sums.plain(keptLoan)) + " ?(?:bn|b|billion)?\\b";
            Matcher again = Pattern.compile(said, Pattern.CASE_INSENSITIVE).matcher(rest);
            if (again.find()) {
                Sums.blank(rest, again.start(), again.end());
            }
            loan = keptLoan;
        }
        if (ltv == null && (same || keptLoan != null && LEVEL_ASKED.matcher(text).find()) && keptLtv != null) {
            ltv = keptLtv;
        }
        for (Pattern p : List.of(TERM, COUPON)) {
            Matcher t = p.matcher(rest);
            while (t.find()) {
                context.add("\"" + t.group().trim() + "\"");
                Sums.blank(rest, t.start(), t.end());
            }
        }
        for (BigDecimal v : aside) {
            if (loan == null) {
                loan = v;
            }
            context.add("the " + Format.money(v) + " loan");
        }
        if (ltv == null) {
            ltv = ltvSaid;
        }
        if (loan == null && ltv == null && profitGoal == null && context.isEmpty()) {
            return Optional.empty();
        }
        String left = COLLATERAL.matcher(rest).replaceAll(mr -> mr.group().toLowerCase().startsWith("collateral") ? "stake value" : "worth");
        left = LTV_ASKED.matcher(left).replaceAll("what is the stake worth");
        left = left.replaceAll("(?i)\\b(?:ltv|loan[- ]to[- ]value)\\b", " ");
        BigDecimal stakeGoal = null;
        Matcher level = LEVEL_ASKED.matcher(text);
        String asked = level.find() ? level.group().toLowerCase(java.util.Locale.ROOT) : null;
        if (profitGoal == null && loan != null && ltv != null && ltv.signum() > 0 && (asked != null || same)) {
            stakeGoal = loan.divide(ltv, MC);
            // ("same trigger, at a 1T post": the thread's level asked again)
            String goal = " for the stake to be worth $" + Sums.plain(stakeGoal.round(new MathContext(20))) + "B";
            boolean again = asked == null;
            asked = again ? keptAsked : asked;
            // the goal asked in the model's words, after the clauses that give a figure of their own ("with oai marked at
            // 1T"), with the case the question names ("keeping everything else on bull numbers"); the loan's words, which
            // asked it, are not left to be read as a question of their own ("… before a draw breaches a …")
            Matcher sc = CASE.matcher(left);
            String ask = (ASKS_AT_START.matcher(asked).lookingAt() ? "" : "what is the ") + asked;
            String head = (sc.find() ? sc.group().toLowerCase(java.util.Locale.ROOT) + " case: " : "") + ask + goal;
            // (the thread's level asked again goes first: "what if the round prices at a 1T post" names the round, not what is solved)
            left = again ? head + "; " + Sums.figuresThen(left, null, "") : Sums.figuresThen(left, null, head);
            context.clear();
        } else if (profitGoal != null) {
            context.clear();
        }
        String q = Reframing.tidy(left.replaceAll("\\s+[,;]\\s*(?=[,;.?])", " "));
        if (ltv != null && stakeGoal == null && loan == null && profitGoal == null) {
            context.add(Sums.plain(ltv.movePointRight(2)) + "% loan-to-value");
        }
        return Optional.of(new Found(Reframing.orSame(q), loan, ltv, stakeGoal, stakeGoal == null ? null : asked, List.copyOf(context)));
    }
}
