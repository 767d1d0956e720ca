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
import org.thesisbot.core.scenario.Calculator;
import org.thesisbot.core.scenario.InputId;

/**
 * Numbers in real terms: "assume 3% CPI throughout", "inflation at 2.5% a year", "in today's dollars", "a 4% real IRR". A
 * value received after H years is worth value / (1 + π)^H today; so the stake's value and the gain are deflated, the
 * multiple is divided by (1 + π)^H, and the real IRR is (1 + IRR) / (1 + π) − 1. A goal in real terms is the nominal goal
 * it equals (a real multiple m is m·(1 + π)^H nominal; a real IRR g is (1 + g)(1 + π) − 1), and the input is solved for it
 * in closed form: an exit, a post-money, a check, or a hold. The model's own figures are nominal: the rate said without
 * "real" asked ("assume 3% CPI. what's the pre-money?") is only taken out of the question, and kept for the thread.
 */
final class Inflation {
    private static final MathContext MC = MathContext.DECIMAL128;

    /** The rate of inflation; whether real terms were asked. */
    record Found(String question, BigDecimal rate, boolean real, Calculator calculator) implements Reframing {
        @Override
        public String measures() {
            return real ? "real terms" : null;
        }

        @Override
        public Optional<String> kept() {
            return Optional.of("inflation at " + plain(rate.movePointRight(2)) + "%" + (real ? ", in real terms" : ""));
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
            if (!real) {
                return RoutingAssistant.withNote(a, "In nominal dollars; ask \u201cin real terms\u201d to deflate at " + Format.percent(rate) + " a year.");
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
                if (invested == null || post == null || exit == null || hold == null || hold.signum() <= 0 || post.signum() <= 0) {
                    results.add(r);
                    continue;
                }
                MetricResult done = r.kind() == MetricResult.Kind.SOLVED ? resolved(a, r, invested, post, exit, hold)
                        : solved.isPresent() ? null : deflated(r, invested, hold);
                if (done == null) {
                    results.add(r);
                    continue;
                }
                results.add(done);
                head.append("*").append(r.kind() == MetricResult.Kind.SOLVED ? "In real terms, " + Format.inSentence(r.label()) + " must be "
                        : done.label() + ": ").append(Format.value(done.value(), done.unit())).append("* (").append(r.scenario()).append(" case) `")
                        .append(done.formula()).append("`\n");
            }
            if (head.isEmpty()) {
                return RoutingAssistant.withNote(a, "None of these numbers is money received later, so inflation at " + Format.percent(rate) + " does not change them.");
            }
            String text = head + "_In today's dollars, with inflation at " + Format.percent(rate) + " a year. In nominal dollars:_\n" + a.text();
            return new Answer(a.id(), a.route(), text, a.narrative(), results, a.citations(), a.answerer(), a.notes(), a.decision(), a.clarify(), a.charts());
        }

        private BigDecimal deflator(BigDecimal years) {
            return org.thesisbot.core.scenario.Compounding.growth(BigDecimal.ONE.add(rate), years);
        }

        private String deflatorSaid(BigDecimal years) {
            return "(1 + " + Format.percent(rate) + ")^" + plain(years);
        }

        /** A metric in today's dollars; null for one that is not money received later. */
        private MetricResult deflated(MetricResult r, BigDecimal invested, BigDecimal hold) {
            BigDecimal d = deflator(hold);
            BigDecimal out;
            String formula;
            switch (r.metric()) {
                case "stake_value" -> {
                    out = r.value().divide(d, MC);
                    formula = Format.money(r.value()) + " / " + deflatorSaid(hold) + " = " + Format.money(out);
                }
                case "gain" -> {
                    BigDecimal v = r.value().add(invested);
                    out = v.divide(d, MC).subtract(invested);
                    formula = Format.money(v) + " / " + deflatorSaid(hold) + " - " + Format.money(invested) + " = " + Format.money(out);
                }
                case "moic" -> {
                    out = r.value().divide(d, MC);
                    formula = Format.multiple(r.value()) + " / " + deflatorSaid(hold) + " = " + Format.multiple(out);
                }
                case "irr" -> {
                    out = BigDecimal.ONE.add(r.value()).divide(BigDecimal.ONE.add(rate), MC).subtract(BigDecimal.ONE);
                    formula = "(1 + " + Format.percent(r.value()) + ") / (1 + " + Format.percent(rate) + ") - 1 = " + Format.percent(out);
                }
                default -> {
                    return null;
                }
            }
            return new MetricResult(r.metric(), "Real " + Format.inSentence(r.label()), out, r.unit(), r.scenario(), r.inputs(), formula,
                    "In today's dollars, deflated at " + Format.percent(rate) + " a year.");
        }

        /** The input the reader solved for the goal read as nominal, solved again for the goal in real terms. */
        private MetricResult resolved(Answer a, MetricResult s, BigDecimal invested, BigDecimal post, BigDecimal exit, BigDecimal hold) {
            Optional<MetricResult> goal = a.results().stream().filter(r -> r.kind() == MetricResult.Kind.METRIC && r.value() != null
                    && List.of("moic", "irr", "gain", "stake_value").contains(r.metric())).findFirst();
            if (goal.isEmpty()) {
                return null;
            }
            String metric = goal.get().metric();
            BigDecimal g = goal.get().value();
            BigDecimal out;
            String formula;
            if (s.metric().equals(InputId.HOLDING_YEARS.id())) {
                if (!metric.equals("irr")) {
                    return null;
                }
                BigDecimal m = invested.divide(post, MC).multiply(exit, MC).divide(invested, MC);
                double nominal = (1 + g.doubleValue()) * (1 + rate.doubleValue());
                if (m.signum() <= 0 || nominal <= 1) {
                    return null;
                }
                out = BigDecimal.valueOf(Math.log(m.doubleValue()) / Math.log(nominal)).round(new MathContext(12));
                formula = "ln(" + Format.multiple(m) + ") / ln((1 + " + Format.percent(g) + ") × (1 + " + Format.percent(rate) + ")) = " + plain(out) + " years";
            } else {
                if (hold.stripTrailingZeros().scale() > 0 && metric.equals("irr")) {
                    return null;
                }
                BigDecimal d = deflator(hold);
                // the stake's value, in nominal dollars at the exit, that the goal in real terms asks for
                BigDecimal need = switch (metric) {
                    case "moic" -> g.multiply(invested, MC).multiply(d, MC);
                    case "irr" -> org.thesisbot.core.scenario.Compounding.growth(BigDecimal.ONE.add(g), hold).multiply(invested, MC).multiply(d, MC);
                    case "gain" -> g.add(invested).multiply(d, MC);
                    default -> g.multiply(d, MC);
                };
                if (s.metric().equals(InputId.EXIT_VALUATION.id())) {
                    out = need.multiply(post, MC).divide(invested, MC);
                    formula = "stake worth " + Format.money(need) + " at the exit × " + Format.money(post) + " / " + Format.money(invested) + " = " + Format.money(out);
                } else if (s.metric().equals(InputId.POST_MONEY_VALUATION.id())) {
                    out = invested.multiply(exit, MC).divide(need, MC);
                    formula = Format.money(invested) + " × " + Format.money(exit) + " / " + Format.money(need) + " = " + Format.money(out);
                } else if (s.metric().equals(InputId.INVESTMENT.id()) && metric.equals("stake_value")) {
                    out = need.multiply(post, MC).divide(exit, MC);
                    formula = Format.money(need) + " × " + Format.money(post) + " / " + Format.money(exit) + " = " + Format.money(out);
                } else {
                    return null;
                }
            }
            return new MetricResult(s.metric(), s.label(), out, s.unit(), s.scenario(), s.inputs(), formula,
                    "Solved for the goal in real terms, inflation at " + Format.percent(rate) + " a year.", MetricResult.Kind.SOLVED);
        }

    }

    private static final String P = "(?<%s>\\d{1,2}(?:\\.\\d{1,2})?)\\s?(?:%%|pct|percent)";
    /** The rate: "3% CPI", "CPI at 3%", "inflation of 3%", "inflation at 2.5% per annum", "deflate at 3% a year". */
    private static final Pattern RATE = Pattern.compile(
            "(?:\\b(?:assume|assuming|use|using|take|taking|hold|holding|with|at)\\s+)?(?:(?:annual|yearly)\\s+)?(?:(?:inflation|cpi)\\s+(?:of|at|is|=|running at)\\s+(?:a\\s+flat\\s+)?" + P.formatted("a")
                    + "|(?:a\\s+)?(?:flat\\s+)?" + P.formatted("b") + "\\s+(?:cpi|inflation)|deflat(?:e|ing)\\s+(?:it\\s+)?(?:at|by)\\s+" + P.formatted("c") + ")"
                    + "(?:\\s+(?:a|per|each)\\s+(?:year|yr|annum)|\\s+p\\.?a\\.?|\\s+annually|\\s+throughout|\\s+per\\s+annum)?[.,;:]?",
            Pattern.CASE_INSENSITIVE);
    /** Real terms asked: "real IRR", "in real terms", "in today's dollars", "once inflation is taken out", "inflation-adjusted". */
    private static final Pattern REAL = Pattern.compile(
            "\\b(?:in\\s+)?real(?:\\s+terms)?\\b|\\bin\\s+(?:today'?s|present[- ]day)\\s+(?:dollars|money|\\$)|\\bpurchasing\\s+power\\b|\\bonce\\s+inflation\\s+is\\s+(?:taken|stripped)\\s+out\\b|\\binflation[- ]adjusted\\b|\\bafter\\s+inflation\\b|\\bdeflat\\w*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOMINAL = Pattern.compile("\\bnominal\\b|\\bbefore\\s+I\\s+deflate\\b", Pattern.CASE_INSENSITIVE);
    /** The frame after a follow-up that only changes the rate: "now at 4%." */
    private static final Pattern CARRIED = Pattern.compile("\\s*\\(inflation at (?<r>\\d{1,2}(?:\\.\\d{1,2})?)%(?<real>, in real terms)?\\)\\s*$");
    /** A follow-up that only changes the rate ("now at 4%", "try 5% cpi"): the thread's question at that rate, in its frame. */
    static final Pattern NEW_RATE = Pattern.compile("^\\s*(?:(?:ok|so|now|and|then|try|make it|what about|how about)\\s+)*(?:at\\s+)?(?<r>\\d{1,2}(?:\\.\\d{1,2})?)\\s?(?:%|pct|percent)\\s*(?<named>inflation|cpi)?\\s*[.?!]*\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** The highest rate a follow-up may change the thread's inflation to without naming it ("now at 4%"), in percent. */
    private static final BigDecimal PLAUSIBLE = BigDecimal.valueOf(20);
    /** Words that leave the inflation frame in a thread. */
    static final Pattern LEAVE = Pattern.compile("\\binflation\\s+aside\\b|\\bignore\\s+inflation\\b|\\bno\\s+inflation\\b|\\bzero\\s+inflation\\b", Pattern.CASE_INSENSITIVE);

    private Inflation() {
    }

    static Optional<Found> find(String question, Calculator calculator) {
        if (question == null || question.length() > 2_000) {
            return Optional.empty();
        }
        String text = question;
        BigDecimal rate = null;
        Matcher kept = CARRIED.matcher(text);
        boolean keptReal = false;
        if (kept.find()) {
            keptReal = kept.group("real") != null;
            text = text.substring(0, kept.start());
            Matcher now = NEW_RATE.matcher(text);
            // (a bare rate above a plausible inflation is not one: "and at 40%?" asks something else of the thread)
            if (now.find() && (now.group("named") != null || new BigDecimal(now.group("r")).compareTo(PLAUSIBLE) <= 0)) {
                rate = new BigDecimal(now.group("r")).movePointLeft(2);
                text = "same question again"; // ("now at 4%." in a thread: the thread's question at the new rate)
            } else {
                rate = new BigDecimal(kept.group("r")).movePointLeft(2);
            }
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (rate == null && !lower.contains("inflation") && !lower.contains("cpi") && !lower.contains("deflat")) {
            return Optional.empty();
        }
        String q = text;
        Matcher r = RATE.matcher(q);
        if (r.find()) {
            String said = r.group("a") != null ? r.group("a") : r.group("b") != null ? r.group("b") : r.group("c");
            rate = new BigDecimal(said).movePointLeft(2);
            q = q.substring(0, r.start()) + " " + q.substring(r.end());
        }
        if (rate == null || rate.signum() < 0) {
            return Optional.empty();
        }
        // (real terms asked, or kept from the thread unless this question asks for nominal dollars)
        boolean real = REAL.matcher(q).find() || keptReal && !NOMINAL.matcher(q).find();
        q = q.replaceAll("(?i)\\b(?:inflation|cpi)\\s+aside\\b[.,]?|\\bsame\\s+inflation\\b[.,]?|\\b(?:keep|still\\s+at)\\s+(?:inflation\\s+at\\s+)?\\d{1,2}(?:\\.\\d{1,2})?\\s?%(?:\\s+inflation)?\\b[.,]?", " ");
        // ("a 5% real return" is a real IRR; "preserve the purchasing power of its $50bn" is breaking even on it in real terms)
        q = q.replaceAll("(?i)(\\d\\s?%)\\s+real\\s+(?:annual\\s+)?return\\b", "$1 irr")
                .replaceAll("(?i)\\b(?:merely\\s+|just\\s+)?preserves?\\s+the\\s+purchasing\\s+power\\s+of\\s+(?:its|our|the)\\s+", "break even on the ");
        q = REAL.matcher(q).replaceAll(" ").replaceAll("(?i)\\bnominal\\b", " ").replaceAll("(?i)\\bbefore\\s+I\\s+deflate\\s+it\\b", " ");
        q = Reframing.orSame(Reframing.tidy(q.replaceAll("^[\\s.,;:-]+", "")));
        return Optional.of(new Found(q, rate, real, calculator));
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
