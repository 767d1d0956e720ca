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
import org.thesisbot.core.api.Unit;
import org.thesisbot.core.scenario.Amount;
import org.thesisbot.core.scenario.Amounts;
import org.thesisbot.core.scenario.Compounding;
import org.thesisbot.core.scenario.InputId;
import org.thesisbot.core.scenario.ScenarioModel;

/**
 * A sale of OpenAI paid out through a capital stack: claims senior to us (debt, earlier preferences at a multiple, a
 * convertible taken at face) are paid first, and the residual is shared by ownership, ours the stake at the post-money.
 * "Sale at $420bn; senior to us, $30bn of debt and 1x prefs on $90bn", "half a trillion on the block, stack ahead of us:
 * $30bn of debt, 1x prefs on $70bn and a $25bn convert". Recovery "in cents on the dollar" is the multiple.
 * <p>
 * Asked the other way round: the sale price at which we first recover anything (the claims), at which we are made whole,
 * at which we get so many cents or dollars or an annual return; the check or the entry post-money that a sale would have
 * needed for a recovery. The thread keeps the stack, so "drop the debt", "prefs are 1.5x now" and "debt goes to $70bn"
 * change it.
 */
final class Waterfalls {
    private static final MathContext MC = MathContext.DECIMAL128;
    private static final String AMT = "(?<%s>\\$?\\d[\\d,.]*\\s?(?:bn|b|billion|tn|t|trillion|m|mm|million)?)";
    private static final Pattern DEBT = Pattern.compile(AMT.formatted("d") + "\\s+(?:of\\s+)?(?:(?:term|senior|secured|bank)\\s+)?debt\\b|\\bdebt\\s+(?:of|at|is|=|goes\\s+to|to|now)\\s+" + AMT.formatted("e"));
    private static final Pattern PREFS = Pattern.compile("(?<m>\\d(?:\\.\\d{1,2})?)\\s?x\\s+(?:(?:liquidation|liq)\\s+)?(?:prefs?|preferences?)\\s+on\\s+" + AMT.formatted("p")
            + "|\\bprefs?\\s+(?:are|at|of|go\\s+to|now)\\s+(?<m2>\\d(?:\\.\\d{1,2})?)\\s?x\\b|\\bwith\\s+the\\s+prefs\\s+at\\s+(?<m3>\\d(?:\\.\\d{1,2})?)\\s?x\\b");
    private static final Pattern CONVERT = Pattern.compile("(?:an?\\s+)?" + AMT.formatted("c") + "\\s+convert(?:ible)?s?\\b(?:\\s*\\((?:take\\s+it\\s+)?at\\s+face\\))?(?:\\s+that\\s+ranks\\s+senior\\s+at\\s+face)?");
    private static final Pattern STACK = Pattern.compile("\\b(?:senior\\s+to\\s+us|ahead\\s+of\\s+us|in\\s+the\\s+stack|the\\s+stack|waterfall|residual|rank(?:s|ing)?\\s+(?:senior|ahead)|prefs?|preferences?)\\b");
    private static final Pattern DROP = Pattern.compile("\\b(?:drop|strip|remove|no|without|lose|forget)\\s+(?:the\\s+)?(?<what>debt|prefs?|preferences?|converts?|convertibles?)\\b(?:\\s+out)?(?:\\s+entirely)?");
    private static final Pattern SALE = Pattern.compile(
            "\\b(?:sale|sold|sells?|selling)\\s+(?:at|for|price\\s+of)\\s+(?=\\$?\\d)|\\b(?:buyer\\s+pays|goes\\s+for|fetches|on\\s+the\\s+block\\s+at)\\s+(?=\\$?\\d)|\\b(?:openai|oai)\\s+(?:is\\s+)?(?:later\\s+)?(?:sold|sells|goes|fetches)\\s+(?:for\\s+)?(?=\\$?\\d)");
    private static final Pattern SALE_AFTER = Pattern.compile("\\s+(?:on\\s+the\\s+block|on\\s+a\\s+(?:distressed\\s+)?sale)\\b");
    private static final Pattern MADE_WHOLE = Pattern.compile("\\bmakes?\\s+us\\s+whole\\b|\\bfull\\s+\\$?50(?:bn|b)?\\b|\\b100\\s+cents\\b|\\bour\\s+money\\s+back\\b|\\bback\\s+to\\s+par\\b|\\bwhole\\s+on\\b");
    private static final Pattern NOTHING = Pattern.compile("\\bturns?\\s+positive\\b|\\brecover\\s+nothing\\b|\\bfirst\\s+(?:turns?\\s+positive|recover)|\\banything\\s+at\\s+all\\b|\\bwiped\\s+out\\b");
    /** A recovery in cents ("60 cents on the dollar", which the text's normalising has made "60% on the dollar"). */
    private static final Pattern CENTS = Pattern.compile("\\b(?<c>\\d{1,3}(?:\\.\\d{1,2})?)(?:\\s+cents\\b|\\s?%\\s+on\\s+the\\s+dollar\\b)");
    /** More than the whole residual, or a sale below zero: no payout to compute. */
    private static final Pattern IMPOSSIBLE = Pattern.compile("\\b(?:1\\d\\d|[2-9]\\d\\d)(?:\\.\\d+)?\\s?%\\s+of\\s+the\\s+residual\\b|\\b(?:sold|sale|sells?|goes|fetches)\\s+(?:at|for)\\s+(?:minus\\s+|-\\s?)\\$?\\d");
    private static final Pattern SHARE = Pattern.compile("\\b(?<f>three\\s+quarters|half|a\\s+third|two\\s+thirds|a\\s+quarter)\\s+of\\s+(?:the|our)\\s+\\$?50\\b");
    private static final Pattern TAKE = Pattern.compile("\\b(?:residual|take|share)\\s+(?:comes?\\s+to|of|is|=)\\s+\\$?(?<t>\\d{1,3}(?:\\.\\d{1,2})?)\\s?(?:bn|b|billion)\\b|\\$?(?<t2>\\d{1,3}(?:\\.\\d{1,2})?)\\s?(?:bn|b|billion)\\s+(?:out\\s+of|from)\\s+the\\s+residual\\b");
    private static final Pattern ANNUAL = Pattern.compile("\\bannuali[sz]ed\\s+(?<sign>loss|return|gain)\\s+(?:to|of|at)\\s+(?<r>\\d{1,2}(?:\\.\\d{1,2})?)\\s?%|\\b(?<r2>\\d{1,2}(?:\\.\\d{1,2})?)\\s?%\\s+(?:irr|a\\s+year|annual)");
    private static final Pattern ASKS_SALE = Pattern.compile("\\b(?:what|which|below\\s+what|at\\s+what)\\s+(?:sale\\s+)?price\\b|\\bsale\\s+price\\s+(?:that|which|where)\\b|\\bwhat\\s+does\\s+(?:openai|oai)\\s+have\\s+to\\s+sell\\s+for\\b|\\bwhat\\s+sale\\b");
    private static final Pattern ASKS_CHECK = Pattern.compile("\\bwhat\\s+(?:cheque|check|ticket)\\b");
    private static final Pattern ASKS_POST = Pattern.compile("\\bwhat\\s+post(?:-money)?\\b|\\bat\\s+what\\s+post(?:-money)?\\b");
    private static final Pattern KEPT = Pattern.compile("\\(stack: debt (?<d>[\\d.]+)bn, prefs (?<m>[\\d.]+)x on (?<p>[\\d.]+)bn, convert (?<c>[\\d.]+)bn\\)\\s*$");
    static final Pattern LEAVE = Pattern.compile("(?i)\\bno\\s+(?:stack|waterfall)\\b|\\bstraight\\s+pro\\s+rata\\b|\\bforget\\s+the\\s+(?:stack|waterfall)\\b|\\bclean\\s+cap\\s+table\\b");

    /** What is solved for, the other way round. */
    enum Solve { NONE, SALE, CHECK, POST }

    /** The stack: debt, preferences (a multiple on an amount), a convertible at face. */
    record Stack(BigDecimal debt, BigDecimal multiple, BigDecimal prefs, BigDecimal convert) {
        BigDecimal claims() {
            return debt.add(multiple.multiply(prefs, MC)).add(convert);
        }

        String said() {
            List<String> w = new ArrayList<>();
            if (debt.signum() > 0) {
                w.add(Format.money(debt) + " of debt");
            }
            if (prefs.signum() > 0) {
                w.add(plain(multiple) + "x preferences on " + Format.money(prefs));
            }
            if (convert.signum() > 0) {
                w.add("a " + Format.money(convert) + " convertible at face");
            }
            return w.isEmpty() ? "nothing" : String.join(", ", w);
        }
    }

    /**
     * @param fraction the recovery asked, as a multiple of the check (null: {@code take} in dollars, or the claims alone)
     */
    record Found(String question, Stack stack, Solve solve, BigDecimal fraction, BigDecimal take, BigDecimal annual, BigDecimal sale, boolean impossible,
            ScenarioModel model)
            implements Reframing {
        @Override
        public Optional<String> kept() {
            return Optional.of("stack: debt " + plain(stack.debt()) + "bn, prefs " + plain(stack.multiple()) + "x on " + plain(stack.prefs()) + "bn, convert " + plain(stack.convert()) + "bn");
        }

        @Override
        public Answer told(Answer a) {
            return told(a, Map.of());
        }

        @Override
        public Answer told(Answer a, Map<InputId, BigDecimal> inForce) {
            if (impossible) {
                return Reframing.refused(a, "a payout needs a sale price of zero or more, and a share of the residual of no more than all of it.");
            }
            MetricResult first = a.results().stream().filter(r -> r.value() != null && r.kind() == MetricResult.Kind.METRIC).findFirst().orElse(null);
            if (first == null) {
                return a;
            }
            BigDecimal claims = stack.claims();
            String paid = "after " + stack.said() + " senior to us";
            if (solve != Solve.NONE) {
                Map<String, BigDecimal> at = StakeInputs.every(a, first, inForce, model);
                BigDecimal invested = at.get(InputId.INVESTMENT.id());
                BigDecimal post = at.get(InputId.POST_MONEY_VALUATION.id());
                BigDecimal hold = at.get(InputId.HOLDING_YEARS.id());
                BigDecimal exit = sale != null ? sale : at.get(InputId.EXIT_VALUATION.id());
                if (invested == null || post == null || post.signum() <= 0 || invested.signum() <= 0) {
                    return a;
                }
                BigDecimal want = fraction != null ? fraction.multiply(invested, MC)
                        : annual != null ? invested.multiply(Compounding.growth(BigDecimal.ONE.add(annual), hold), MC) : take;
                BigDecimal v;
                String metric;
                String label;
                String formula;
                if (solve == Solve.SALE) {
                    BigDecimal residual = want == null ? BigDecimal.ZERO : want.multiply(post, MC).divide(invested, MC);
                    v = claims.add(residual);
                    metric = InputId.EXIT_VALUATION.id();
                    label = want == null || want.signum() == 0 ? "The sale price at which the claims senior to us are just paid" : "The sale price for a recovery of " + Format.money(want);
                    formula = Format.money(claims) + " of claims + " + Format.money(residual) + " of residual = " + Format.money(v);
                } else {
                    if (exit == null || want == null || want.signum() <= 0) {
                        return a;
                    }
                    BigDecimal residual = exit.subtract(claims);
                    if (residual.signum() <= 0) {
                        return Reframing.refused(a, "a sale at " + Format.money(exit) + " leaves nothing after " + Format.money(claims) + " of claims senior to us.");
                    }
                    if (solve == Solve.CHECK) {
                        v = want.multiply(post, MC).divide(residual, MC);
                        metric = InputId.INVESTMENT.id();
                        label = "The check that takes " + Format.money(want) + " from the residual";
                        formula = Format.money(want) + " × " + Format.money(post) + " / " + Format.money(residual) + " = " + Format.money(v);
                    } else {
                        v = invested.multiply(residual, MC).divide(want, MC);
                        metric = InputId.POST_MONEY_VALUATION.id();
                        label = "The entry post-money for a recovery of " + Format.money(want);
                        formula = Format.money(invested) + " × " + Format.money(residual) + " / " + Format.money(want) + " = " + Format.money(v);
                    }
                }
                MetricResult out = new MetricResult(metric, label, v, Unit.USD_BILLIONS, first.scenario(), first.inputs(), formula, "Paid out " + paid + ".", MetricResult.Kind.SOLVED);
                String text = "*" + label + ": " + Format.money(v) + "* (" + first.scenario() + " case) `" + formula + "`\n_Paid out " + paid + "; the residual shared by ownership._";
                return new Answer(a.id(), a.route(), text, a.narrative(), List.of(out), a.citations(), a.answerer(), a.notes(), a.decision(), a.clarify(), a.charts());
            }
            List<MetricResult> results = new ArrayList<>();
            StringBuilder head = new StringBuilder();
            for (MetricResult r : a.results()) {
                if (r.value() == null || r.kind() != MetricResult.Kind.METRIC) {
                    continue;
                }
                Map<String, BigDecimal> in = StakeInputs.every(a, r, inForce, model);
                BigDecimal i = in.get(InputId.INVESTMENT.id());
                BigDecimal p = in.get(InputId.POST_MONEY_VALUATION.id());
                BigDecimal e = in.get(InputId.EXIT_VALUATION.id());
                BigDecimal t = in.get(InputId.HOLDING_YEARS.id());
                if (i == null || p == null || e == null || t == null || p.signum() <= 0 || i.signum() <= 0) {
                    continue;
                }
                BigDecimal residual = e.subtract(claims).max(BigDecimal.ZERO);
                BigDecimal ours = i.multiply(residual, MC).divide(p, MC);
                BigDecimal v;
                String formula;
                switch (r.metric()) {
                    case "stake_value" -> {
                        v = ours;
                        formula = "(" + Format.money(e) + " - " + Format.money(claims) + ") × " + Format.money(i) + " / " + Format.money(p) + " = " + Format.money(v);
                    }
                    case "moic", "gain", "irr" -> {
                        Optional<Payouts.Figure> returned = Payouts.of(r.metric(), ours, i, t);
                        if (returned.isEmpty()) {
                            continue;
                        }
                        v = returned.get().value();
                        formula = returned.get().formula();
                    }
                    default -> {
                        continue;
                    }
                }
                String label = r.label() + " " + paid;
                results.add(new MetricResult(r.metric(), label, v, r.unit(), r.scenario(), r.inputs(), formula, "The residual after the senior claims, shared by ownership.",
                        MetricResult.Kind.RESTATED));
                head.append("*").append(label).append(": ").append(Format.value(v, r.unit())).append("* (").append(r.scenario()).append(" case) `").append(formula).append("`\n");
            }
            if (results.isEmpty()) {
                return RoutingAssistant.withNote(a, "The capital stack (" + stack.said() + ") does not change these numbers.");
            }
            results.addAll(a.results());
            String text = head + "_Straight pro rata, with nothing senior to us, for comparison:_\n" + a.text();
            return new Answer(a.id(), a.route(), text, a.narrative(), results, a.citations(), a.answerer(), a.notes(), a.decision(), a.clarify(), a.charts());
        }
    }

    private Waterfalls() {
    }

    /** Billions from an amount said: "$45,000m" is 45, "1.2 tril" 1200, a bare "90" 90. */
    private static BigDecimal billions(String said) {
        List<Amount> found = Amounts.find(Amounts.normalise(said));
        if (found.isEmpty()) {
            return null;
        }
        Amount a = found.get(0);
        return a.kind() == Amount.Kind.MONEY || a.kind() == Amount.Kind.PLAIN ? a.value() : null;
    }

    static Optional<Found> find(String question, ScenarioModel model) {
        if (question == null || question.length() > 2_000) {
            return Optional.empty();
        }
        String text = Amounts.normalise(question);
        Stack was = null;
        Matcher k = KEPT.matcher(text);
        if (k.find()) {
            was = new Stack(new BigDecimal(k.group("d")), new BigDecimal(k.group("m")), new BigDecimal(k.group("p")), new BigDecimal(k.group("c")));
            text = text.substring(0, k.start());
        }
        boolean stackWords = STACK.matcher(text).find();
        boolean impossible = IMPOSSIBLE.matcher(text).find();
        List<int[]> cut = new ArrayList<>();
        BigDecimal debt = null;
        BigDecimal multiple = null;
        BigDecimal prefs = null;
        BigDecimal convert = null;
        Matcher d = DEBT.matcher(text);
        if (d.find()) {
            debt = billions(d.group("d") != null ? d.group("d") : d.group("e"));
            cut.add(new int[] {d.start(), d.end()});
        }
        Matcher p = PREFS.matcher(text);
        if (p.find()) {
            if (p.group("m") != null) {
                multiple = new BigDecimal(p.group("m"));
                prefs = billions(p.group("p"));
            } else {
                multiple = new BigDecimal(p.group("m2") != null ? p.group("m2") : p.group("m3"));
            }
            cut.add(new int[] {p.start(), p.end()});
        }
        Matcher c = CONVERT.matcher(text);
        if (c.find()) {
            convert = billions(c.group("c"));
            cut.add(new int[] {c.start(), c.end()});
        }
        Matcher dr = DROP.matcher(text);
        boolean dropDebt = false;
        boolean dropPrefs = false;
        boolean dropConvert = false;
        while (dr.find()) {
            String w = dr.group("what");
            dropDebt |= w.startsWith("debt");
            dropPrefs |= w.startsWith("pref");
            dropConvert |= w.startsWith("conv");
            cut.add(new int[] {dr.start(), dr.end()});
        }
        boolean said = debt != null || prefs != null || multiple != null || convert != null || dropDebt || dropPrefs || dropConvert;
        if (was == null && (!said || !stackWords || debt == null && prefs == null && convert == null)) {
            return Optional.empty();
        }
        Stack base = was != null && !(debt != null && prefs != null) ? was : new Stack(BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO);
        Stack stack = new Stack(dropDebt ? BigDecimal.ZERO : debt != null ? debt : base.debt(), multiple != null ? multiple : base.multiple(),
                dropPrefs ? BigDecimal.ZERO : prefs != null ? prefs : base.prefs(), dropConvert ? BigDecimal.ZERO : convert != null ? convert : base.convert());
        if (stack.debt().signum() < 0 || stack.prefs().signum() < 0 || stack.convert().signum() < 0 || stack.multiple().signum() <= 0
                || stack.multiple().compareTo(BigDecimal.TEN) > 0) {
            return Optional.empty();
        }
        // the sale is the exit; what is asked the other way round
        BigDecimal sale = null;
        Matcher s = SALE.matcher(text);
        String rest = Reframing.cut(text, cut);
        rest = SALE.matcher(rest).replaceAll("an exit of ");
        rest = rest.replaceAll("\\ban?\\s+(\\$?\\d[\\d,.]*\\s?(?:bn|b|billion|tn|t|trillion))\\s+(?:distressed\\s+|fire\\s+)?sale\\b", "an exit of $1");
        rest = rest.replaceAll("^(?<a>\\$?\\d[\\d,.]*\\s?(?:bn|b|billion|tn|t|trillion))" + SALE_AFTER.pattern(), "an exit of ${a}");
        if (s.find()) {
            List<Amount> after = Amounts.find(text.substring(s.end()));
            sale = after.isEmpty() ? null : after.get(0).value();
        }
        Solve solve = Solve.NONE;
        BigDecimal fraction = null;
        BigDecimal take = null;
        BigDecimal annual = null;
        if (ASKS_CHECK.matcher(text).find()) {
            solve = Solve.CHECK;
        } else if (ASKS_POST.matcher(text).find()) {
            solve = Solve.POST;
        } else if (ASKS_SALE.matcher(text).find()) {
            solve = Solve.SALE;
        }
        if (solve != Solve.NONE) {
            Matcher cents = CENTS.matcher(text);
            Matcher share = SHARE.matcher(text);
            Matcher tk = TAKE.matcher(text);
            Matcher an = ANNUAL.matcher(text);
            if (MADE_WHOLE.matcher(text).find()) {
                fraction = BigDecimal.ONE;
            } else if (NOTHING.matcher(text).find()) {
                take = BigDecimal.ZERO;
            } else if (cents.find()) {
                fraction = new BigDecimal(cents.group("c")).movePointLeft(2);
            } else if (share.find()) {
                String f = share.group("f");
                fraction = f.startsWith("three") ? new BigDecimal("0.75") : f.equals("half") ? new BigDecimal("0.5") : f.startsWith("two") ? BigDecimal.valueOf(2).divide(BigDecimal.valueOf(3), MC)
                        : f.contains("third") ? BigDecimal.ONE.divide(BigDecimal.valueOf(3), MC) : new BigDecimal("0.25");
            } else if (tk.find()) {
                take = new BigDecimal(tk.group("t") != null ? tk.group("t") : tk.group("t2"));
            } else if (an.find()) {
                BigDecimal r = new BigDecimal(an.group("r") != null ? an.group("r") : an.group("r2")).movePointLeft(2);
                annual = an.group("sign") != null && an.group("sign").equals("loss") ? r.negate() : r;
                if (annual.compareTo(BigDecimal.ONE.negate()) <= 0) {
                    return Optional.empty(); // (a loss of all of it a year or more: left to the reader)
                }
            } else if (solve == Solve.SALE) {
                return Optional.empty();
            } else {
                return Optional.empty();
            }
            // the model's inputs in force, asked as the stake's value (the sentence that asks the other way round is answered here)
            List<String> keep = new ArrayList<>();
            for (String part : rest.split("(?<=[.?!:;])\\s+")) {
                if (!(ASKS_SALE.matcher(part).find() || ASKS_CHECK.matcher(part).find() || ASKS_POST.matcher(part).find())) {
                    keep.add(part);
                }
            }
            rest = "what is the stake worth? " + String.join(" ", keep);
        }
        rest = rest.replaceAll("\\b(?:senior\\s+to\\s+us|ahead\\s+of\\s+us|in\\s+the\\s+stack|ranking\\s+(?:senior|ahead)(?:\\s+to\\s+us|\\s+of\\s+us)?|rank(?:s)?\\s+(?:senior|ahead)(?:\\s+of\\s+us|\\s+to\\s+us)?|stack\\s+ahead\\s+of\\s+us|on\\s+that\\s+stack|same\\s+stack)\\b", " ")
                .replaceAll("\\b(?:we\\s+(?:take|hold|get)\\s+our\\s+(?:pro\\s+rata\\s+|ownership\\s+)?(?:slice|share)\\s+of\\s+(?:the\\s+)?(?:residual|what\\s+remains)|residual\\s+(?:to\\s+us|shared|split)(?:\\s+(?:pro\\s+rata|by\\s+ownership))?(?:,\\s*ours)?|(?:and\\s+)?we\\s+share\\s+in\\s+the\\s+residual|we\\s+hold\\s+our\\s+\\d+-post\\s+share\\s+of\\s+the\\s+residual)\\b", " ")
                .replaceAll("\\b(?:the\\s+)?dollar\\s+(?:amount|take|terms|value)\\b|\\bin\\s+dollar\\s+terms\\b|\\bwalk\\s+away\\s+with\\b(?:\\s+from\\s+the\\s+residual)?|\\bour\\s+take\\b", "the stake value")
                .replaceAll("\\bshortfall\\s+to\\s+par\\b", "the gain")
                .replaceAll("\\bwhat\\s+do\\s+we\\s+recover\\b", "what moic do we get")
                .replaceAll("\\brecovery(?:\\s+on\\s+(?:the|our)\\s+\\$?\\d+(?:bn|b)?)?(?:\\s*,?\\s*(?:in\\s+)?cents(?:\\s+on\\s+the\\s+dollar)?)?", "moic")
                .replaceAll("\\b(?:in\\s+)?cents(?:\\s+on\\s+the\\s+dollar)?(?:\\s+(?:for|on)\\s+(?:the|our)\\s+\\$?\\d+(?:bn|b)?)?", "moic");
        String q = Reframing.tidy(rest);
        return Optional.of(new Found(Reframing.orSame(q), stack, solve, fraction, take, annual, sale, impossible, model));
    }

    private static String plain(BigDecimal v) {
        return v.round(new MathContext(12)).stripTrailingZeros().toPlainString();
    }
}
