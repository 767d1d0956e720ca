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
import org.thesisbot.core.api.InputUsed;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.scenario.Amount;
import org.thesisbot.core.scenario.Amounts;
import org.thesisbot.core.scenario.Calculator;
import org.thesisbot.core.scenario.InputId;
import org.thesisbot.core.scenario.Metric;

/**
 * Warrants on top of the equity: "warrants on 2% fd, struck at the 830 post, all vested", "another 1.5% fd, strike at a 1T
 * valuation", "5 equal tranches, one per 10bn of aws spend", "penny strike". A warrant on a share w of OpenAI, fully diluted,
 * struck at a valuation K, is worth w × max(exit − K, 0) at the exit (its intrinsic value, net of the strike); a part of it
 * vests with each tranche of AWS's revenue from OpenAI. With W that value and v the share vested:
 * <ul>
 *   <li>the stake is the equity's share + v·w, its value + W; the MOIC (value + W) / investment, the IRR that multiple's
 *   rate over the hold, the gain and the combined payoff + W;</li>
 *   <li>an exit solved for a goal on the stake's value (a multiple, an IRR, a gain) is the exit at which equity and
 *   warrants reach the value the reader solved the equity alone for: (V + v·w·K) / (investment / post + v·w) when that is
 *   above the strike; a stake goal ("8% all in") is the equity's share of it less v·w, solved for the post-money or the
 *   check; a hold solved for an IRR is the hold at which the multiple with the warrants makes that rate.</li>
 * </ul>
 * The strike, when not said or said as the round's price or the post, is the post-money the answer used. A question that
 * sets the warrants aside ("equity alone", "I'll layer the warrants on separately") is read without their figures.
 */
final class Warrants {
    private static final MathContext MC = MathContext.DECIMAL128;

    /**
     * @param share    the warrants' share of OpenAI, fully diluted
     * @param strike   the valuation they are struck at; null for the post-money ("at the round price", "the 830 post")
     * @param tranches the number of tranches that vest with AWS's revenue, or 0 when they are all vested
     * @param per      AWS's revenue from OpenAI that vests one tranche, with {@code tranches}; else null
     * @param aside    the warrants set aside: their figures taken out, the answer the equity's alone
     */
    record Found(String question, BigDecimal share, BigDecimal strike, int tranches, BigDecimal per, boolean aside, boolean vestingSaid,
                 Calculator calculator) implements Reframing {
        @Override
        public String measures() {
            return aside ? null : "the warrants";
        }

        @Override
        public Optional<String> kept() {
            if (aside) {
                return Optional.empty();
            }
            return Optional.of("warrants on " + plain(share.movePointRight(2)) + "% fd, " + (strike == null ? "strike at the post" : "strike at $" + plain(strike) + "B")
                    + (tranches > 0 ? ", " + tranches + " tranches, one per $" + plain(per) + "B of aws spend" : ", fully vested"));
        }

        @Override
        public Answer told(Answer a) {
            if (aside || a.results().isEmpty()) {
                return aside && !a.results().isEmpty() ? RoutingAssistant.withNote(a, "The equity alone, as you asked: the warrants"
                        + (share.signum() > 0 ? " on " + Format.percent(share) : "") + " are left out.") : a;
            }
            List<MetricResult> results = new ArrayList<>();
            StringBuilder head = new StringBuilder();
            List<String> notes = new ArrayList<>();
            Optional<MetricResult> solved = a.results().stream().filter(r -> r.kind() == MetricResult.Kind.SOLVED && r.value() != null).findFirst();
            for (MetricResult r : a.results()) {
                if (r.value() == null || r.kind() != MetricResult.Kind.METRIC && r.kind() != MetricResult.Kind.SOLVED) {
                    results.add(r);
                    continue;
                }
                Map<String, BigDecimal> at = StakeInputs.listed(a, r);
                Terms t = terms(r.scenario(), at);
                if (t == null) {
                    results.add(r);
                    continue;
                }
                MetricResult done = r.kind() == MetricResult.Kind.SOLVED ? resolved(a, r, t, at) : withWarrants(r, t, at, solved.isPresent());
                if (done == null) {
                    results.add(r);
                    continue;
                }
                results.add(done);
                if (r.kind() == MetricResult.Kind.SOLVED) {
                    head.append("*With the warrants, ").append(Format.inSentence(r.label())).append(" must be ").append(Format.value(done.value(), done.unit()))
                            .append("* (").append(r.scenario()).append(" case; ").append(done.formula()).append(")\n");
                } else if (solved.isEmpty()) {
                    head.append("*").append(done.label()).append(": ").append(Format.value(done.value(), done.unit())).append("* (").append(r.scenario())
                            .append(" case) `").append(done.formula()).append("`\n");
                }
            }
            if (head.isEmpty()) {
                return RoutingAssistant.withNote(a, "None of these numbers depends on the warrants, so they are as for the equity alone.");
            }
            if (!vestingSaid) {
                notes.add("I took the warrants as fully vested: say how they vest (\u201c5 tranches, one per 10bn of aws spend\u201d) to count only part of them.");
            }
            String text = head + "_With warrants on " + Format.percent(share) + " of OpenAI, fully diluted, struck at "
                    + (strike == null ? "the post-money" : Format.money(strike)) + (tranches > 0 ? ", vesting in " + tranches + " tranches, one per "
                    + Format.money(per) + " of AWS's revenue from OpenAI" : "") + ". The equity alone:_\n" + a.text();
            Answer out = new Answer(a.id(), a.route(), text, a.narrative(), results, a.citations(), a.answerer(), a.notes(), a.decision(), a.clarify(), a.charts());
            return Reframing.noted(out, notes);
        }

        /** The warrants at these inputs: the share vested, the strike, the exit; null when an input is missing. */
        private Terms terms(String scenario, Map<String, BigDecimal> at) {
            BigDecimal post = at.getOrDefault(InputId.POST_MONEY_VALUATION.id(), calculator.model().value(InputId.POST_MONEY_VALUATION.id(), scenario));
            BigDecimal exit = at.getOrDefault(InputId.EXIT_VALUATION.id(), calculator.model().value(InputId.EXIT_VALUATION.id(), scenario));
            BigDecimal invested = at.getOrDefault(InputId.INVESTMENT.id(), calculator.model().value(InputId.INVESTMENT.id(), scenario));
            BigDecimal hold = at.getOrDefault(InputId.HOLDING_YEARS.id(), calculator.model().value(InputId.HOLDING_YEARS.id(), scenario));
            if (post == null || exit == null || invested == null || post.signum() <= 0 || invested.signum() <= 0) {
                return null;
            }
            BigDecimal vested = share;
            String vesting = "";
            if (tranches > 0) {
                BigDecimal revenue;
                try {
                    revenue = calculator.value(Metric.AWS_COMPUTE_REVENUE, scenario, at);
                } catch (RuntimeException e) {
                    return null;
                }
                int in = Math.min(tranches, revenue.divide(per, MC).intValue());
                vested = share.multiply(BigDecimal.valueOf(in)).divide(BigDecimal.valueOf(tranches), MC);
                vesting = in + " of " + tranches + " tranches vested on " + Format.money(revenue) + " of AWS revenue";
            }
            return new Terms(vested, strike == null ? post : strike, exit, post, invested, hold, vesting);
        }

        /** A metric of the stake with the warrants counted; null for one they do not change. */
        private MetricResult withWarrants(MetricResult r, Terms t, Map<String, BigDecimal> at, boolean beside) {
            BigDecimal w = t.value();
            String ws = Format.money(w);
            BigDecimal out;
            String formula;
            String label;
            switch (r.metric()) {
                case "stake" -> {
                    out = r.value().add(t.vested);
                    formula = Format.percent(r.value()) + " + " + Format.percent(t.vested) + " = " + Format.percent(out);
                    label = "Amazon's stake with the warrants";
                }
                case "stake_value" -> {
                    out = r.value().add(w);
                    formula = Format.money(r.value()) + " + " + t.said() + " = " + Format.money(out);
                    label = "Value of the equity and the warrants";
                }
                case "gain", "combined_payoff" -> {
                    out = r.value().add(w);
                    formula = Format.money(r.value()) + " + " + t.said() + " = " + Format.money(out);
                    label = r.label() + " with the warrants";
                }
                case "moic" -> {
                    BigDecimal v = t.equity().add(w);
                    out = v.divide(t.invested, MC);
                    formula = "(" + Format.money(t.equity()) + " + " + ws + ") / " + Format.money(t.invested) + " = " + Format.multiple(out);
                    label = "MOIC with the warrants";
                }
                case "irr" -> {
                    if (t.hold == null || t.hold.signum() <= 0) {
                        return null;
                    }
                    BigDecimal m = t.equity().add(w).divide(t.invested, MC);
                    out = Calculator.annualReturn(m, t.hold);
                    formula = Format.multiple(m) + "^(1/" + plain(t.hold) + ") - 1 = " + Format.percent(out) + " (the multiple with " + ws + " of warrants)";
                    label = "IRR with the warrants";
                }
                default -> {
                    return null;
                }
            }
            if (beside) {
                return null; // (the goal's own metric, shown at the goal by the reader: the solved input says the rest)
            }
            return new MetricResult(r.metric(), label, out, r.unit(), r.scenario(), r.inputs(), formula,
                    "The equity and the warrants: " + t.said() + (t.vesting.isEmpty() ? "" : " (" + t.vesting + ")") + ".");
        }

        /** The input the reader solved for on the equity alone, solved again with the warrants; null when this cannot. */
        private MetricResult resolved(Answer a, MetricResult s, Terms t, Map<String, BigDecimal> at) {
            Optional<MetricResult> goal = a.results().stream().filter(r -> r.kind() == MetricResult.Kind.METRIC && r.value() != null).findFirst();
            if (goal.isEmpty()) {
                return null;
            }
            String metric = goal.get().metric();
            BigDecimal g = goal.get().value();
            BigDecimal out;
            String formula;
            if (s.metric().equals(InputId.EXIT_VALUATION.id()) && List.of("stake_value", "moic", "irr", "gain", "combined_payoff").contains(metric)) {
                // the value the equity alone reached at the reader's exit is the value asked of both
                BigDecimal need = t.invested.divide(t.post, MC).multiply(s.value(), MC);
                BigDecimal slope = t.invested.divide(t.post, MC).add(t.vested);
                BigDecimal e = need.add(t.vested.multiply(t.strike, MC)).divide(slope, MC);
                out = e.compareTo(t.strike) > 0 ? e : s.value();
                formula = "(" + Format.money(need) + " + " + Format.percent(t.vested) + " × " + Format.money(t.strike) + ") / (" + Format.money(t.invested) + " / "
                        + Format.money(t.post) + " + " + Format.percent(t.vested) + ") = " + Format.money(out);
            } else if (metric.equals("stake") && (s.metric().equals(InputId.POST_MONEY_VALUATION.id()) || s.metric().equals(InputId.INVESTMENT.id()))) {
                BigDecimal equity = g.subtract(t.vested);
                if (equity.signum() <= 0) {
                    return null;
                }
                if (s.metric().equals(InputId.POST_MONEY_VALUATION.id())) {
                    out = t.invested.divide(equity, MC);
                    formula = Format.money(t.invested) + " / (" + Format.percent(g) + " - " + Format.percent(t.vested) + ") = " + Format.money(out);
                } else {
                    out = equity.multiply(t.post, MC);
                    formula = "(" + Format.percent(g) + " - " + Format.percent(t.vested) + ") × " + Format.money(t.post) + " = " + Format.money(out);
                }
            } else if (s.metric().equals(InputId.HOLDING_YEARS.id()) && metric.equals("irr") && g.signum() > 0) {
                BigDecimal m = t.equity().add(t.value()).divide(t.invested, MC);
                if (m.compareTo(BigDecimal.ONE) <= 0) {
                    return null;
                }
                out = BigDecimal.valueOf(Math.log(m.doubleValue()) / Math.log(1 + g.doubleValue())).round(new MathContext(12));
                formula = "ln(" + Format.multiple(m) + ") / ln(1 + " + Format.percent(g) + ") = " + out.stripTrailingZeros().toPlainString() + " years";
            } else {
                return null;
            }
            return new MetricResult(s.metric(), s.label(), out, s.unit(), s.scenario(), s.inputs(), formula,
                    "Solved with the warrants counted.", MetricResult.Kind.SOLVED);
        }

    }

    /** The warrants at one answer's inputs. */
    private record Terms(BigDecimal vested, BigDecimal strike, BigDecimal exit, BigDecimal post, BigDecimal invested, BigDecimal hold, String vesting) {
        BigDecimal equity() {
            return invested.divide(post, MC).multiply(exit, MC);
        }

        /** Their value at the exit, net of the strike. */
        BigDecimal value() {
            return vested.multiply(exit.subtract(strike).max(BigDecimal.ZERO), MC);
        }

        String said() {
            return Format.percent(vested) + " × (" + Format.money(exit) + " - " + Format.money(strike) + ")" + (exit.compareTo(strike) <= 0 ? " (under water: $0B)" : "")
                    + " of warrants";
        }
    }

    private static final Pattern WARRANT = Pattern.compile("\\bwarrants?\\b", Pattern.CASE_INSENSITIVE);
    private static final String PCT = "(?<w>\\d{1,2}(?:\\.\\d{1,3})?)\\s?(?:%|pct\\b|percent\\b)";
    /** Their size: "warrants on 2%", "(2% fd", "another 1.5% fd", "2.5% fully diluted". */
    private static final Pattern SIZE = Pattern.compile(
            "\\bwarrants?\\s+(?:on|for|over|to buy|covering)\\s+(?:another\\s+|an extra\\s+)?" + PCT + "(?:\\s*(?:fd|f\\.d\\.|fully[- ]diluted))?(?:\\s+of\\s+(?:oai|openai))?"
                    + "|(?:another\\s+|an extra\\s+)?" + PCT.replace("?<w>", "?<w2>") + "\\s*(?:fd\\b|f\\.d\\.|fully[- ]diluted)",
            Pattern.CASE_INSENSITIVE);
    /** The strike: "struck at the 830 post", "strike at a $1,000bn valuation", "strike 830", "strike at the round price", "penny strike". */
    private static final Pattern STRIKE = Pattern.compile(
            "\\b(?<penny>penny strike(?:\\s+so\\s+treat\\s+it\\s+as\\s+zero)?)|\\b(?:strike|struck)(?:\\s+price)?(?:\\s+(?:is\\s+)?set)?(?:\\s+(?:at|of|@))?\\s+(?:a\\s+|an\\s+|the\\s+)?"
                    + "(?:(?<round>round(?:'s)?\\s+price|round|post(?:[- ]money)?|current\\s+(?:mark|post))|(?<k>\\$?\\d+(?:,\\d{3})*(?:\\.\\d+)?\\s?(?:bn|b|billion|tn|t|tril\\w*)?))"
                    + "(?:\\s+(?:post(?:[- ]money)?|valuation|mark|pre(?:[- ]money)?))?(?:\\s+off\\s+the\\s+(?:old\\s+)?mark)?",
            Pattern.CASE_INSENSITIVE);
    /** Vested: "all vested", "fully vested", "all 5 tranches vested", "package fully vested by then". */
    private static final Pattern VESTED = Pattern.compile(
            "\\b(?:(?:the\\s+)?package\\s+)?(?:fully|all)\\s+vested(?:\\s+by\\s+(?:then|exit|the exit))?|\\ball\\s+(?:\\d\\s+)?tranches\\s+(?:vested|in)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Vesting with AWS's revenue: "5 equal tranches, one per 10bn of aws spend", "4 tranches, one per 12.5bn of cumulative aws spend". */
    private static final Pattern TRANCHES = Pattern.compile(
            "\\b(?<n>\\d{1,2})\\s+(?:equal\\s+)?tranches?,?\\s+(?:one\\s+)?(?:per|every|for each|each)\\s+\\$?(?<per>\\d{1,4}(?:\\.\\d{1,3})?)\\s?(?:bn|b|billion)\\s+of\\s+(?:cumulative\\s+)?aws\\s+(?:spend|revenue|billing)",
            Pattern.CASE_INSENSITIVE);
    /** The warrants set aside. */
    private static final Pattern ASIDE = Pattern.compile(
            "\\bequity\\s+(?:alone|only)\\b|\\bplain equity\\b|\\bno warrants\\b|\\bex[- ]warrants\\b|\\bwithout (?:the )?warrants\\b|\\bbefore (?:the )?warrants\\b"
                    + "|\\blayer (?:the )?warrants\\b[^.?!]{0,60}\\bseparately\\b|\\bwarrants?\\b[^.?!]{0,60}\\b(?:under ?water|worthless)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Words that count the warrants in, taken out for the reader: "w/ the warrants counted", "equity + warrants", "incl the warrants". */
    private static final Pattern COUNTED = Pattern.compile(
            "\\s*(?:\\+|\\bplus|\\band)\\s+(?:the\\s+)?warrants\\b|\\b(?:w/|with|incl(?:uding|\\.)?|counting|plus)\\s+(?:the\\s+)?(?:warrants?|warrant package|package)(?:\\s+(?:counted|included|in|on top))?\\b"
                    + "|\\bonce\\s+the\\s+warrants\\s+are\\s+(?:counted|in|included)\\b|\\ball[- ]in\\b",
            Pattern.CASE_INSENSITIVE);
    /** Words that leave the warrants in a thread. */
    static final Pattern LEAVE = Pattern.compile(
            "\\bequity\\s+(?:alone|only)\\b|\\bplain equity\\b|\\bno warrants\\b|\\bex[- ]warrants\\b|\\bwithout (?:the )?warrants\\b|\\bforget (?:the )?warrants\\b",
            Pattern.CASE_INSENSITIVE);

    private Warrants() {
    }

    static Optional<Found> find(String text, Calculator calculator) {
        if (text == null || text.length() > 2_000 || !WARRANT.matcher(text).find() && !text.toLowerCase(java.util.Locale.ROOT).contains(" fd")) {
            return Optional.empty();
        }
        Matcher size = SIZE.matcher(text);
        boolean sized = size.find();
        if (!sized && !ASIDE.matcher(text).find()) {
            return Optional.empty();
        }
        // (warrants set aside need no size: "the warrants are under water there, so what's the equity alone worth")
        BigDecimal share = sized ? new BigDecimal(size.group("w") != null ? size.group("w") : size.group("w2")).movePointLeft(2) : BigDecimal.ZERO;
        if (sized && (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) >= 0)) {
            return Optional.empty();
        }
        String q = text;
        BigDecimal strike = null;
        Matcher k = STRIKE.matcher(q);
        if (k.find()) {
            if (k.group("penny") != null) {
                strike = BigDecimal.ZERO;
            } else if (k.group("k") != null) {
                String said = k.group("k").strip();
                List<Amount> found = Amounts.find(Amounts.normalise(said.matches(".*\\d$") ? said + "bn" : said));
                if (found.isEmpty() || found.get(0).kind() != Amount.Kind.MONEY) {
                    return Optional.empty();
                }
                strike = found.get(0).value();
            }
        }
        int tranches = 0;
        BigDecimal per = null;
        Matcher tr = TRANCHES.matcher(q);
        boolean vested = VESTED.matcher(q).find();
        if (tr.find() && !vested) {
            tranches = Integer.parseInt(tr.group("n"));
            per = new BigDecimal(tr.group("per"));
            if (tranches <= 0 || per.signum() <= 0) {
                return Optional.empty();
            }
        }
        boolean aside = ASIDE.matcher(q).find();
        // the warrants' terms taken out: a parenthesis that holds them, else each term where it stands
        q = q.replaceAll("(?i)\\s*\\([^()]*\\b(?:fd|strike|struck|tranches?|vested|warrants?)\\b[^()]*\\)", " ");
        for (Pattern p : List.of(SIZE, STRIKE, VESTED, TRANCHES)) {
            q = p.matcher(q).replaceAll(" ");
        }
        q = COUNTED.matcher(q).replaceAll(" ");
        q = q.replaceAll("(?i)\\b(?:the\\s+)?(?:fully\\s+vested\\s+)?warrants?\\b", aside ? "$0" : " ").replaceAll("(?i)\\bequity\\b(?=\\s+worth)", "stake");
        if (aside) {
            // (said as the stake, which is what is asked: "so what's the equity alone worth" after "the warrants are under water")
            q = q.replaceAll("(?i)(?:,\\s*|\\s+-\\s+)?\\b(?:the\\s+)?warrants?\\b[^.?!,;]{0,60}\\b(?:under ?water|worthless)\\b(?:\\s+(?:anyway|obviously|there))?", " ")
                    .replaceAll("(?i)\\b(?:the\\s+)?equity\\s+(?:alone|only)\\b(?=\\s+(?:worth|valued?)\\b)", "the stake");
        } else {
            q = q.replaceAll("(?i)\\bequity\\b(?=\\s+in\\s+\\$)", "stake value").replaceAll("(?i)\\b(?:the\\s+)?(?:warrant\\s+)?package\\b", " ");
        }
        q = Reframing.orSame(Reframing.tidy(q.replaceAll("(?i)(?:,\\s*)+(?=[.?!]|$)", "").replaceAll("\\s*,\\s*,", ",")));
        return Optional.of(new Found(q, share, strike, tranches, per, aside, vested || tranches > 0, calculator));
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
