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

/**
 * A look-through share: Amazon's pro-rata part of one of OpenAI's own quantities that the model does not hold ("Assume
 * OpenAI revenue of 11bn … what is our pro-rata share of that revenue", "900m weekly users … our look-through count",
 * "OpenAI burns 22bn of cash a year … how much of that burn is ours"). Pro rata is the stake times the quantity, so the
 * quantity is taken out of the question, the stake is asked for, and the answer then gives the look-through figure with
 * its product. Asked the other way ("what post-money would bring our look-through revenue to 0.5bn"), the look-through
 * target is a stake: the target over the quantity, which the reader then solves for as any stake target.
 *
 * <p>The quantity and the look-through words both have to be there: OpenAI's revenue alone is no input of the model and is
 * left to the reader, which says it did not use it. The quantity is kept for the thread ({@link Frames}), so "revenue is
 * 18bn now, same round" is looked through again.
 */
final class LookThroughs {
    /** What the thread keeps: the quantity's name and its value in its own unit. */
    static final String KEPT = "look-through";
    /** Words that leave the frame. */
    static final Pattern LEAVE = Pattern.compile("\\b(?:forget|drop|ignore|without|no more) (?:the )?(?:look[- ]?through|pro[- ]?rata|revenue|burn|headcount|users)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final String FIG = "(?<num>\\d[\\d,]*(?:\\.\\d+)?)(?:\\s?(?<scale>bn|b|billion|mn|m|million|k|thousand|tn|t|trillion))?\\b";
    private static final String ABOUT = "(?:roughly |about |around |~|approximately |some )?";
    /** A money quantity of OpenAI's, then its figure: "OpenAI revenue of 11bn", "its cash burn settles at 20bn a year". */
    private static final Pattern NAMED_THEN_FIGURE = Pattern.compile(
            "(?:(?:openai|oai)(?:'s)? |its |their )?(?:(?:annual|yearly|current|run-?rate) )?(?<name>revenue|revenues|sales|cash burn|burn|losses|loss|headcount|employees|staff|weekly users|users|subscribers)"
                    + "(?: this year| now)? (?:of|at|is|was|runs at|settles at|comes in at|came in at|ends up at|=|sits at|stands at) " + ABOUT + "\\$?" + FIG
                    + "(?<yr> ?(?:a|per) (?:year|yr))?", Pattern.CASE_INSENSITIVE);
    /** A verb of OpenAI's, then the figure: "OpenAI burns 22bn of cash a year", "OpenAI has roughly 4,500 employees". */
    private static final Pattern VERB_THEN_FIGURE = Pattern.compile(
            "\\b(?:openai|oai|it)(?:'s)? (?<verb>burns|loses|makes|earns|books|has|employs) " + ABOUT + "\\$?" + FIG
                    + "(?<what> (?:of cash|in cash|of revenue|in revenue|employees|staff|people|weekly users|users|subscribers))?(?<yr> ?(?:a|per) (?:year|yr))?",
            Pattern.CASE_INSENSITIVE);
    /** The figure, then what it counts: "taking 900m weekly users", "4,500 employees". */
    private static final Pattern FIGURE_THEN_COUNT = Pattern.compile(
            "(?<![\\w.$])" + FIG + " (?<name>weekly users|users|employees|staff|subscribers)\\b", Pattern.CASE_INSENSITIVE);
    /** The look-through asked: "pro rata", "look-through", "our share of that burn", "how much of that is ours". */
    private static final Pattern ASKED = Pattern.compile(
            "\\b(?:pro[- ]?rata|look[- ]?through)\\b|\\bour (?:share|slice|piece|portion|cut) of (?:that|the|its|their|this|openai's|oai's) (?:revenue|sales|burn|cash burn|losses|headcount|employees|users|bill)\\b"
                    + "|\\bhow much of (?:that|it|this|the) (?:\\w+ )?(?:is|would be) ours\\b", Pattern.CASE_INSENSITIVE);
    /** The look-through ask's own clause, to be said as the stake: "what is our pro-rata share of that revenue". */
    private static final Pattern ASK_CLAUSE = Pattern.compile(
            "(?:what(?:'s| is| would be)|how much (?:of [^,?.;]{0,30}? )?(?:is|would be)) [^,?.;]{0,60}?(?:pro[- ]?rata|look[- ]?through)[^,?.;]{0,50}?(?=[,?.;]|$)"
                    + "|how much of (?:that|it|this|the) (?:\\w+ )?(?:is|would be) ours(?: pro[- ]?rata)?", Pattern.CASE_INSENSITIVE);
    /** A look-through target: "bring our look-through revenue to exactly 0.5bn", "our pro-rata share of that burn to stay under 1bn". */
    private static final Pattern TARGET = Pattern.compile(
            "(?:look[- ]?through|pro[- ]?rata|our (?:share|slice|piece|portion|cut) of (?:that|the|its|their) \\w+)[^,?.;]{0,40}? (?:to|at|under|below|of|come to|stay under|stay below|reach)(?: stay under| stay below| be)? (?:exactly )?\\$?" + FIG + "(?: ?(?:a|per) (?:year|yr)\\b)?",
            Pattern.CASE_INSENSITIVE);
    /** A reverse question: the valuation or the check asked for. */
    private static final Pattern SOLVES = Pattern.compile(
            "\\b(?:what|which|where would|where does|at what) (?:the )?(?:post[- ]?money|pre[- ]?money|post|pre|valuation|size of check|check|ticket)\\b", Pattern.CASE_INSENSITIVE);

    /** A quantity: its name, its value (billions of dollars for money, a count otherwise) and whether it is money. */
    record Quantity(String name, BigDecimal value, boolean money, int start, int end) {
        String said() {
            return money ? Format.money(value) : Format.plain(value, 0);
        }
    }

    record Found(String question, Quantity quantity, BigDecimal target) implements Reframing {
        @Override
        public Optional<String> kept() {
            return Optional.of(quantity.name() + " " + (quantity.money() ? quantity.value().stripTrailingZeros().toPlainString() + "bn"
                    : quantity.value().stripTrailingZeros().toPlainString()) + " pro rata");
        }

        @Override
        public Answer told(Answer a) {
            Optional<MetricResult> stake = a.results().stream().filter(r -> r.metric().equals("stake")).findFirst();
            if (stake.isEmpty() || !a.clarify().isEmpty()) {
                return a;
            }
            BigDecimal share = stake.get().value();
            BigDecimal through = share.multiply(quantity.value(), MathContext.DECIMAL64);
            String line = "Look-through: " + Format.percent(share) + " × " + quantity.said() + " of OpenAI's " + quantity.name() + " = "
                    + (quantity.money() ? Format.money(through) : Format.plain(through.setScale(0, RoundingMode.HALF_UP), 0) + " " + quantity.name())
                    + " pro rata (the model holds no " + quantity.name() + " figure: yours).";
            if (target != null) {
                line = "Your look-through target of " + (quantity.money() ? Format.money(target) : Format.plain(target, 0)) + " on "
                        + quantity.said() + " of OpenAI's " + quantity.name() + " is a stake of " + Format.percent(share) + ".";
            }
            return RoutingAssistant.withNote(a, line);
        }
    }

    private LookThroughs() {
    }

    /** The thread's frame, as {@link Frames} adds it after a follow-up: "(revenue 13bn pro rata)". */
    private static final Pattern CARRIED = Pattern.compile("\\s*\\(([^()]{1,60} pro rata)\\)\\s*$");

    static Optional<Found> find(String typed) {
        if (typed.length() > 600) {
            return Optional.empty();
        }
        Matcher carried = CARRIED.matcher(typed);
        boolean inThread = carried.find();
        String text = inThread ? typed.substring(0, carried.start()) : typed;
        boolean lookedThrough = ASKED.matcher(text).find();
        Quantity q = quantity(text);
        String rest;
        if (q != null && (lookedThrough || inThread)) {
            // (in the thread's frame a new figure for its quantity is looked through again: "burn is 28bn now, same round")
            rest = text.substring(0, q.start()) + text.substring(q.end());
        } else if (inThread && (lookedThrough || sameFigure(text, carried.group(1)))) {
            // the look-through asked again with the thread's quantity ("what post-money keeps our share of that burn under 1bn")
            q = quantity(carried.group(1).replace(" pro rata", "").replaceFirst("^(\\S+(?: \\S+)?) ", "$1 of "));
            if (q == null) {
                return Optional.empty();
            }
            q = new Quantity(q.name(), q.value(), q.money(), 0, 0);
            rest = text;
        } else {
            return Optional.empty();
        }
        if (inThread) {
            // "same 18bn, but …": the thread's quantity said again by its figure alone
            rest = same(q.value().stripTrailingZeros().toPlainString()).matcher(rest).replaceAll(" ");
        }
        Matcher t = TARGET.matcher(rest);
        if (t.find() && SOLVES.matcher(rest).find()) {
            BigDecimal target = value(t.group("num"), t.group("scale"), q.money());
            if (target == null || target.signum() <= 0 || q.value().signum() <= 0 || target.compareTo(q.value()) >= 0) {
                return Optional.empty();
            }
            BigDecimal stake = target.divide(q.value(), MathContext.DECIMAL64);
            String pct = stake.movePointRight(2).round(new MathContext(16)).stripTrailingZeros().toPlainString() + "%";
            String asked = rest.substring(0, t.start()) + "stake to " + pct + rest.substring(t.end());
            asked = asked.replaceAll("(?i)\\bour (?:stake|share|look[- ]?through \\w+|pro[- ]?rata share of (?:that|the|its) \\w+(?: \\w+)?) (?=stake to)", "our ");
            return Optional.of(new Found(Reframing.tidy(tidyLead(asked)), q, target));
        }
        Matcher ask = ASK_CLAUSE.matcher(rest);
        String asked = ask.find() ? rest.substring(0, ask.start()) + "what is our stake" + rest.substring(ask.end())
                : ASKED.matcher(rest).replaceAll(" ") + " and our stake?";
        return Optional.of(new Found(Reframing.tidy(tidyLead(asked)), q, null));
    }

    /** "Same 18bn, but …" in the frame of 18bn of revenue: the thread's quantity said again by its figure. */
    private static boolean sameFigure(String text, String carried) {
        Matcher f = Pattern.compile("(\\d[\\d.,]*)").matcher(carried);
        return f.find() && same(f.group(1)).matcher(text).find();
    }

    /** "same 18bn," or "same $18": the figure said again after "same". */
    private static Pattern same(String figure) {
        return Pattern.compile("(?i)\\bsame \\$?" + Pattern.quote(figure) + " ?(?:bn|b|billion)?\\b,?");
    }

    /** "Assume  and a pre-money of 800bn": the words the quantity leaves at the start. */
    private static String tidyLead(String s) {
        return s.replaceAll("(?i)^\\s*(?:assume|assuming|taking|take|say|with|given)\\s*(?:,|\\.|and\\b)?\\s*", "")
                .replaceAll("(?i)\\b(?:assume|assuming|taking|take|say|with|given)\\s*(?:and\\b|,|\\.)\\s*", "")
                .replaceAll("^\\s*(?:and|,|\\.)\\s*", "");
    }

    /** The first quantity the text gives, in whichever of the three ways it is said. */
    private static Quantity quantity(String text) {
        Quantity best = null;
        Matcher m = NAMED_THEN_FIGURE.matcher(text);
        if (m.find()) {
            best = quantity(name(m.group("name")), m.group("num"), m.group("scale"), m.start(), m.end());
        }
        m = VERB_THEN_FIGURE.matcher(text);
        if (m.find() && (best == null || m.start() < best.start())) {
            String what = m.group("what") == null ? "" : m.group("what").trim().toLowerCase(Locale.ROOT);
            String verb = m.group("verb").toLowerCase(Locale.ROOT);
            String name = what.contains("cash") || verb.equals("burns") ? "cash burn" : what.contains("revenue") || verb.matches("makes|earns|books") ? "revenue"
                    : verb.equals("loses") ? "losses" : what.isEmpty() ? null : name(what);
            Quantity q = name == null ? null : quantity(name, m.group("num"), m.group("scale"), m.start(), m.end());
            best = q != null ? q : best;
        }
        m = FIGURE_THEN_COUNT.matcher(text);
        if (m.find() && (best == null || m.start() < best.start())) {
            best = quantity(name(m.group("name")), m.group("num"), m.group("scale"), m.start(), m.end());
        }
        return best;
    }

    private static String name(String said) {
        String s = said.toLowerCase(Locale.ROOT);
        return switch (s) {
            case "revenues", "sales" -> "revenue";
            case "burn" -> "cash burn";
            case "loss" -> "losses";
            case "staff", "people", "headcount" -> "employees";
            default -> s;
        };
    }

    private static boolean isMoney(String name) {
        return name.matches("revenue|cash burn|losses");
    }

    private static Quantity quantity(String name, String num, String scale, int start, int end) {
        BigDecimal v = value(num, scale, isMoney(name));
        return v == null ? null : new Quantity(name, v, isMoney(name), start, end);
    }

    /**
     * A figure in billions of dollars (money) or as a count; null when it cannot be one (a count in billions of dollars is fine).
     * Not {@link org.thesisbot.core.scenario.Amounts}: it reads every figure as money in billions or as a fraction, and a
     * count ("900m weekly users", "4,500 employees") must stay a count; the four scales here are all a count needs.
     */
    private static BigDecimal value(String num, String scale, boolean money) {
        BigDecimal n = new BigDecimal(num.replace(",", ""));
        String s = scale == null ? "" : scale.toLowerCase(Locale.ROOT);
        int power = switch (s) {
            case "bn", "b", "billion" -> 9;
            case "mn", "m", "million" -> 6;
            case "k", "thousand" -> 3;
            case "tn", "t", "trillion" -> 12;
            default -> 0;
        };
        if (money) {
            return power == 0 ? n : n.movePointRight(power - 9).stripTrailingZeros();
        }
        return n.movePointRight(power).stripTrailingZeros();
    }
}
