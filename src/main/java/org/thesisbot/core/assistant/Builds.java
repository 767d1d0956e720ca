package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Format;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.scenario.Amounts;
import org.thesisbot.core.scenario.Calculator;
import org.thesisbot.core.scenario.InputId;
import org.thesisbot.core.scenario.Metric;

/**
 * The capacity AWS builds to serve OpenAI, and what its operating profit on OpenAI's compute does for that build: "40bn of
 * new dc capex", "a 50bn oai buildout", "build is 12bn a yr for 3 yrs", "60bn of capacity, depreciated over 6 yrs". The
 * build is no input of the model, so it is taken out of the question (never read as the check or the capex plan), and a
 * goal said of it becomes a goal for AWS's operating profit over the window: a payback in P years is the build ÷ P a
 * year, a return of r a year is r × the build a year, covering the depreciation over D years is the build ÷ D a year, and
 * paying it back inside the window is the build itself; a yearly goal is that × the window's years. Asked forward, the
 * payback or the return is said beside AWS's profit. The build lasts in a thread ({@link Frames}).
 */
final class Builds {
    record Found(String question, BigDecimal build, String goalSaid, BigDecimal goal, boolean paybackAsked, boolean returnAsked, Calculator calculator)
            implements Reframing {
        @Override
        public Optional<String> kept() {
            return Optional.of("aws build $" + Sums.plain(build) + "B" + (goalSaid == null ? "" : ", " + goalSaid));
        }

        @Override
        public Answer told(Answer a) {
            if (a.results().isEmpty()) {
                return a;
            }
            if (goal != null) {
                return RoutingAssistant.withNote(a, "The goal for the $" + Sums.plain(build) + "B build (" + goalSaid + ") is AWS's operating profit on OpenAI's compute of "
                        + Format.money(goal) + " over the window.");
            }
            Optional<MetricResult> profit = a.results().stream().filter(r -> r.metric().equals(Metric.AWS_COMPUTE_PROFIT.id()) && r.value() != null).findFirst();
            if (profit.isEmpty() || !paybackAsked && !returnAsked) {
                return RoutingAssistant.withNote(a, "I left the $" + Sums.plain(build) + "B build out of the model's inputs: it is AWS's cost, not the check or the capex plan.");
            }
            MetricResult p = profit.get();
            BigDecimal years = p.inputs().stream().filter(i -> i.id().equals(InputId.COMPUTE_YEARS.id())).map(i -> i.value()).findFirst()
                    .orElse(calculator.model().value(InputId.COMPUTE_YEARS.id(), p.scenario()));
            BigDecimal yearly = p.value().divide(years, MathContext.DECIMAL64);
            StringBuilder head = new StringBuilder();
            if (paybackAsked) {
                head.append(yearly.signum() <= 0 ? "*No payback on the " + Format.money(build) + " build: AWS makes no operating profit on it*"
                        : "*Payback on the " + Format.money(build) + " build: " + build.divide(yearly, 4, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString()
                        + " years* `" + Format.money(build) + " \u00f7 " + Format.money(yearly) + " a year (" + Format.money(p.value()) + " over " + Sums.plain(years) + " years)`");
            }
            if (returnAsked) {
                head.append(head.length() == 0 ? "" : "\n").append("*Pre-tax return on the ").append(Format.money(build)).append(" build: ")
                        .append(Format.percent(yearly.divide(build, MathContext.DECIMAL64))).append(" a year, ")
                        .append(Format.percent(p.value().divide(build, MathContext.DECIMAL64))).append(" over the window* `").append(Format.money(yearly))
                        .append(" a year \u00f7 ").append(Format.money(build)).append("`");
            }
            return new Answer(a.id(), a.route(), head + "\n" + a.text(), a.narrative(), a.results(), a.citations(), a.answerer(), a.notes(), a.decision(),
                    a.clarify(), a.charts());
        }
    }

    private static final String M = "(?:\\$\\s?)?\\d[\\d,]*(?:\\.\\d+)?\\s?(?:bn|b|billion|trillion|tril|tn|t)\\b";
    private static final String BUILD = "(?:(?:aws|amazon|oai|openai)\\s+)?(?:new\\s+)?(?:dc\\s+|data[- ]cent\\w*\\s+)?(?:capex|capacity|build(?:out)?|halls)";
    /** "40bn of new dc capex", "a 50bn oai buildout", "60bn of capacity", "35b of capex", "a 60b build". */
    private static final Pattern SIZE_BEFORE = Pattern.compile("(?<m>" + M + ")\\s+(?:of\\s+)?" + BUILD + "\\b(?:\\s+(?:for|to\\s+serve|to\\s+stand\\s+up)\\s+(?:oai|openai|it|the\\s+oai\\s+\\w+)(?:\\s+compute)?)?");
    /** "build is 45bn", "the oai build adds 40bn", "capex runs 20bn a yr for 3 yrs", "sink 70bn into capacity". */
    private static final Pattern SIZE_AFTER = Pattern.compile("\\b(?:(?:oai|openai)\\s+)?(?:build(?:out)?|capex)\\s+(?:is|of|=|runs|runs\\s+at|costs?)\\s+(?<m>" + M + ")"
            + "|\\b(?:sink|put|spend)\\s+(?<m2>" + M + ")\\s+into\\s+(?:capacity|the\\s+build|dcs?|data\\s+cent\\w*)(?:\\s+for\\s+it)?");
    /** "20bn a yr for 3 yrs": the yearly build times its years. */
    private static final Pattern PER_YEAR = Pattern.compile("^\\s*(?:a|per)\\s+(?:yr|year)\\s+for\\s+(?<n>\\d{1,2})\\s+(?:yrs|years)(?:\\s+to\\s+stand\\s+up\\s+the\\s+(?:oai|openai)\\s+\\w+)?");
    /** How the build is spread, which no number of the model uses: "phased 15/15/15 across 26-28", "straight line over 6 yrs". */
    private static final Pattern SPREAD = Pattern.compile(",?\\s*phased\\s+[\\d/.]+(?:\\s+across\\s+\\d{2,4}\\s*-\\s*\\d{2,4})?|,?\\s*(?:depreciated\\s+)?(?:straight[- ]line\\s+)?over\\s+(?<d>\\d{1,2})\\s+(?:yrs|years)(?=\\s*[.,;?-]|\\s+-|\\s*$)");
    private static final Pattern PAYBACK = Pattern.compile("(?<p>\\d{1,2}(?:\\.\\d+)?)\\s*-?\\s*(?:yr|year)s?\\s+payback\\b|\\bpays?\\s+back\\s+in\\s+(?<p2>\\d{1,2}(?:\\.\\d+)?)\\s+(?:yrs|years)\\b"
            + "|\\bpayback\\s+(?:in|of|within)\\s+(?<p3>\\d{1,2}(?:\\.\\d+)?)\\s+(?:yrs|years)\\b");
    private static final Pattern RETURN = Pattern.compile("(?<r>\\d{1,3}(?:\\.\\d+)?)\\s?(?:%|pct|percent)\\s+(?:pre-?tax(?:\\s+return)?\\b|return\\b)(?<yr>\\s*(?:a|per)\\s+(?:yr|year)\\b|\\s+annually\\b)?"
            + "(?:\\s+on\\s+(?:a\\s+|the\\s+)?(?:" + M + "\\s+)?(?:build|capex|\\d+))?");
    private static final Pattern DEPRECIATION = Pattern.compile("\\bdep(?:reciation)?\\s+charge\\b|\\bcover\\s+(?:the\\s+)?dep\\w*");
    private static final Pattern WHOLE = Pattern.compile("\\b(?:inside|within)\\s+(?:the\\s+)?(?:window|25-29|2025-29|2025-2029)\\b|\\bfully\\s+cover\\b|\\bpays?\\s+the\\s+whole\\s+thing\\s+back\\b"
            + "|\\bpaying\\s+off\\b|\\bcovered\\b|\\bpay(?:s|ing)?\\s+(?:it\\s+)?(?:off|back)\\b");
    private static final Pattern ASK_INPUT = Pattern.compile("\\bcapt(?:ure|rue)\\b|\\bcapture\\s+share\\b|\\bmargin\\b|\\bmarign\\b|\\bcompute\\s+spend\\b|\\bspend\\b");
    private static final Pattern PAYBACK_ASKED = Pattern.compile("\\bpayback\\b|\\bpays?\\s+back\\b");
    private static final Pattern RETURN_ASKED = Pattern.compile("\\bpre-?tax\\s+return\\b|\\breturn\\s+on\\s+(?:a|the)\\b");
    private static final Pattern SCENARIO = Pattern.compile("\\b(bull|bear|base)\\b");
    private static final Pattern CARRIED = Pattern.compile("\\s*\\(aws build \\$(?<b>[\\d.]+)B(?:, (?<g>[^)]*))?\\)\\s*$", Pattern.CASE_INSENSITIVE);
    /** A follow-up that names a goal for the build ("same payback target in bull"): the thread's build with it. */
    static final Pattern AGAIN = Pattern.compile("\\bpayback\\b|\\bpays?\\s+back\\b|\\bpre-?tax\\b", Pattern.CASE_INSENSITIVE);
    static final Pattern LEAVE = Pattern.compile("\\bforget\\s+the\\s+build\\b|\\bno\\s+build\\b|\\bwithout\\s+the\\s+build\\b", Pattern.CASE_INSENSITIVE);

    private Builds() {
    }

    static Optional<Found> find(String question, Calculator calculator) {
        if (question == null || question.length() > 2_000) {
            return Optional.empty();
        }
        String text = question;
        BigDecimal build = null;
        String keptGoal = null;
        Matcher c = CARRIED.matcher(text);
        if (c.find()) {
            build = new BigDecimal(c.group("b"));
            keptGoal = c.group("g");
            text = text.substring(0, c.start());
        }
        text = Amounts.normalise(text);
        StringBuilder rest = new StringBuilder(text);
        Matcher s = SIZE_BEFORE.matcher(rest);
        Matcher a = SIZE_AFTER.matcher(rest);
        BigDecimal said = null;
        boolean goalWords = PAYBACK_ASKED.matcher(text).find() || RETURN_ASKED.matcher(text).find() || text.contains("pre-tax");
        boolean found = s.find();
        // ("capex" alone is Amazon's capex plan, an input: a build only when it serves OpenAI or has a payback or a return)
        while (found && s.group().matches("(?s).*\\bcapex\\b.*") && !goalWords
                && !(s.group() + " " + text.substring(s.end(), Math.min(text.length(), s.end() + 25))).matches("(?s).*\\b(?:dc|data|serve|for|stand|build)\\b.*")) {
            found = s.find();
        }
        if (found) {
            said = perYear(rest, s.start(), s.end(), Sums.valuation(s.group("m")));
        } else if (a.find() && (!a.group().contains("capex") || a.group().contains("runs") || goalWords)) {
            said = perYear(rest, a.start(), a.end(), Sums.valuation(a.group("m") != null ? a.group("m") : a.group("m2")));
        }
        if (said != null) {
            build = said;
        }
        if (build == null || build.signum() <= 0) {
            return Optional.empty();
        }
        Integer depYears = null;
        Matcher sp = SPREAD.matcher(rest);
        while (sp.find()) {
            if (sp.group("d") != null) {
                depYears = Integer.valueOf(sp.group("d"));
            }
            Sums.blank(rest, sp.start(), sp.end());
        }
        String left = rest.toString();
        BigDecimal years = calculator.model().value(InputId.COMPUTE_YEARS.id(), "base");
        BigDecimal yearly = null;
        BigDecimal window = null;
        String goalSaid = null;
        Matcher p = PAYBACK.matcher(left);
        Matcher r = RETURN.matcher(left);
        if (p.find()) {
            String n = p.group("p") != null ? p.group("p") : p.group("p2") != null ? p.group("p2") : p.group("p3");
            yearly = build.divide(new BigDecimal(n), MathContext.DECIMAL64);
            goalSaid = "payback " + n + " years";
        } else if (r.find() && (left.contains("return") || left.contains("pre-tax") || left.contains("pretax"))) {
            BigDecimal rate = new BigDecimal(r.group("r")).movePointLeft(2);
            if (r.group("yr") != null) {
                yearly = rate.multiply(build);
                goalSaid = "a " + Sums.plain(rate.movePointRight(2)) + "% return a year";
            } else {
                window = rate.multiply(build);
                goalSaid = "a " + Sums.plain(rate.movePointRight(2)) + "% return";
            }
        } else if (DEPRECIATION.matcher(left).find() && depYears != null) {
            yearly = build.divide(BigDecimal.valueOf(depYears), MathContext.DECIMAL64);
            goalSaid = "the depreciation over " + depYears + " years";
        } else if (WHOLE.matcher(left).find() && ASK_INPUT.matcher(left).find()) {
            window = build;
            goalSaid = "paid back inside the window";
        } else if (keptGoal != null && left.contains("same")) {
            goalSaid = keptGoal;
            Matcher kp = Pattern.compile("payback (\\S+) years").matcher(keptGoal);
            Matcher kr = Pattern.compile("a (\\S+)% return( a year)?").matcher(keptGoal);
            if (kp.find()) {
                yearly = build.divide(new BigDecimal(kp.group(1)), MathContext.DECIMAL64);
            } else if (kr.find()) {
                BigDecimal rate = new BigDecimal(kr.group(1)).movePointLeft(2);
                if (kr.group(2) != null) {
                    yearly = rate.multiply(build);
                } else {
                    window = rate.multiply(build);
                }
            } else if (keptGoal.startsWith("paid back")) {
                window = build;
            }
        }
        if (yearly != null) {
            window = yearly.multiply(years);
        }
        Matcher in = ASK_INPUT.matcher(left);
        if (window != null && in.find()) {
            String w = in.group();
            String input = w.startsWith("capt") ? "capture share" : w.startsWith("mar") ? "aws margin" : "openai compute spend over the window";
            Matcher sc = SCENARIO.matcher(left);
            String q = "what " + input + " gets aws operating profit on openai's compute to $" + Sums.plain(window.setScale(6, RoundingMode.HALF_EVEN)) + "b"
                    + (sc.find() ? " in the " + sc.group(1) + " case" : "");
            return Optional.of(new Found(q, build, goalSaid, window, false, false, calculator));
        }
        boolean paybackAsked = PAYBACK_ASKED.matcher(left).find();
        boolean returnAsked = RETURN_ASKED.matcher(left).find();
        String q = left;
        if (paybackAsked || returnAsked) {
            // (what the payback or the return rests on: AWS's operating profit on OpenAI's compute, said beside them)
            q = q.replaceAll("\\bpayback(?:\\s+(?:yrs|years|period))?(?:\\s+on)?\\b|\\bpre-?tax\\s+return(?:\\s+on)?\\b", "aws operating profit ");
        }
        q = Reframing.orSame(Reframing.tidy(q.replaceAll("^[\\s.,;:-]+", "").replaceAll("\\s+[.,;]\\s+", " ")));
        return Optional.of(new Found(q, build, goalSaid, null, paybackAsked, returnAsked, calculator));
    }

    /**
     * The build said at {@code [start, end)} of the text being read, times the years when "a year for 4 years" follows it
     * ("10bn a yr for 5 yrs" is a $50B build); the phrase and its years are blanked so that no other reader takes them.
     */
    private static BigDecimal perYear(StringBuilder rest, int start, int end, BigDecimal said) {
        Matcher y = PER_YEAR.matcher(rest.substring(end));
        if (y.find() && said != null) {
            said = said.multiply(new BigDecimal(y.group("n")));
            end += y.end();
        }
        Sums.blank(rest, start, end);
        return said;
    }
}
