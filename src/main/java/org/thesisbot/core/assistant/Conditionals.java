package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.Format;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.api.Unit;
import org.thesisbot.core.scenario.Amount;
import org.thesisbot.core.scenario.Amounts;

/**
 * A question, then what to do depending on its answer: "what % do we own? if it's under 5 work out the check that gets us
 * to exactly 5%, if not just the %", "irr? if that's above 8% done, otherwise what exit gets 8%", "compute profit - over
 * 20bn? if not, what margin gets it there". The first question is answered, its number compared with the condition's
 * figure, and the branch that holds is asked next in the same thread ("there", "at it" point back at the first answer); a
 * branch that says to stop ("just the %", "stop there", "done") asks nothing more, and the answer says why.
 *
 * <p>The condition's subject is the answer ("it", "that", "the answer", "the payoff"), never a figure of the question: "what
 * irr if the exit is above 1T" supposes an exit. A condition whose figure cannot be compared with the first answer's
 * number (another unit, or words such as "a big chunk") is no condition this reads: the message is answered whole.
 */
final class Conditionals {
    private Conditionals() {
    }

    enum Comparison {
        BELOW("under"), AT_MOST("at most"), ABOVE("over"), AT_LEAST("at least"), ABOUT_ZERO("about zero"), EQUAL("exactly");

        final String said;

        Comparison(String said) {
            this.said = said;
        }
    }

    /** The condition: the comparison, its figure as written, and the metric words it names (null for "it", "that"). */
    record Condition(Comparison comparison, Amount figure, String subject) {
    }

    /** The first question, the condition on its answer, and the branch for each outcome (null: ask nothing more). */
    record Found(String first, Condition condition, String ifTrue, String ifFalse) {
    }

    private static final String SUBJECT = "(?<subj>it|that|this|the answer|the result|the number|the figure|the total|you land|you get|it all"
            + "|we(?:'re| are)|the (?:payoff|irr|moic|multiple|stake|share|profit|revenue|gain|ratio|exit|value|margin|capture|hold)"
            + "(?: (?!(?:is|are|comes?|lands?|ends?|looks?|still|turns?|works?|stays?)\\b)\\w+)?)";
    private static final String BE = "(?:'s|s|is|are|comes? (?:out|in)|lands?|ends? up|looks?|still|even|turns? out(?: to be)?|works? out(?: to be| at)?)";
    private static final String BELOW_WORDS = "under|below|less than|lower than|smaller than|shorter than|south of|short of|sub|beneath|<";
    private static final String ABOVE_WORDS = "over|above|more than|greater than|higher than|bigger than|longer than|north of|beats?|clears?|tops?|exceeds?|>";
    /** A figure in a condition: "5", "$15bn", "1.5x", "2T", "a trillion", "half". */
    private static final String FIG = "(?:(?:the|our|a|an) )?(?:\\$?\\d+(?:[.,]\\d+)*|half|a third|third|a trillion|one|two|three|four|five|ten)"
            + "(?:\\s?(?:bn|b|billion|t|tn|trillion|tril|%|x|yrs?|years?|pct|percent)\\b|%)?";
    /** What a condition's figure names, after it: "the 830 round price", "the 50 we put in", "the 5 we use". */
    private static final String FIG_NOUN = "(?:\\s+(?:round(?: price)?|price|post(?:-money)?|mark|check|cheque|hold|(?:we|you) (?:put in|use|assume|paid)))?";
    /** A comparison and its figure: "under 5", "north of 15bn", "2x or better", "50% or less", "negative", "basically zero". */
    private static final Pattern COMPARE = Pattern.compile(
            "(?<cmp>" + BELOW_WORDS + "|" + ABOVE_WORDS + "|at least|at most|exactly)\\s*(?<fig>" + FIG + ")" + FIG_NOUN
                    + "|(?<fig2>" + FIG + ")\\s+or\\s+(?<dir>more|better|higher|above|less|lower|worse|below|under)"
                    + "|(?<sign>negative|positive|below zero|under water|underwater|in the red|basically zero|about zero|(?:roughly |around |near )?zero|flat|nothing)(?!\\s*(?:years?|yrs?|months?|%|x\\b|bn\\b|b\\b|billion))",
            Pattern.CASE_INSENSITIVE);
    /** Where a condition starts: "if it's", "if that's still", "if under", after the first question. */
    private static final Pattern IF = Pattern.compile(
            "(?:^|[?.;,!:]\\s*|\\s[-\u2013\u2014]+\\s*|\\s*(?:->|\u2192)\\s*|\\s)(?:and\\s+|but\\s+|then\\s+)?(?:if|when|in case)\\s+(?:" + SUBJECT + "\\s*)?(?:" + BE + "\\s+)*(?:still\\s+|even\\s+|basically\\s+|already\\s+)?",
            Pattern.CASE_INSENSITIVE);
    /** A condition said without "if", right after the first question: "- over 20bn? if not, …", "? 40 or more - just that". */
    private static final Pattern BARE = Pattern.compile("(?:[?:]\\s+|\\s[-\u2013\u2014]+\\s*|\\s*(?:->|\u2192)\\s*)(?=\\S)");
    /** What must follow a bare condition's figure: a branch ("then", a dash, an arrow) or the other branch ("? if not"). */
    private static final Pattern BARE_BRANCH = Pattern.compile(
            "^\\s*(?:\\?\\s*(?=if not|otherwise|else)|then\\b|[-\u2013\u2014]+|->|\u2192|[,;:]\\s*(?=just|stop|then|if not|otherwise|else|done))",
            Pattern.CASE_INSENSITIVE);
    /** The other branch: "otherwise", "if not", "else", "if above", "if it's short of 2x then", ", below 12% then". */
    private static final Pattern ELSE = Pattern.compile(
            "[,;]\\s*(?:" + BELOW_WORDS + "|" + ABOVE_WORDS + ")\\s*" + FIG + "\\s*(?:then\\b|[-\u2013\u2014]+|->|\u2192|:)\\s*"
                    + "|(?:[,;.]\\s*|\\s[-\u2013\u2014]+\\s*|\\s)(?:(?:and\\s+)?otherwise|else|if not|if it'?s not|if it isn'?t|if that'?s not|if that isn'?t|if no"
                    + "|if (?:it'?s |that'?s |it |you )?(?:" + BELOW_WORDS + "|" + ABOVE_WORDS + "|less|more)\\b[^,;:]*?(?=\\s(?:then|also|give|tell|what|how|just|stop|work)\\b|[,;:]|\\s[-\u2013\u2014]))[,:]?\\s*",
            Pattern.CASE_INSENSITIVE);
    /** A branch that asks for nothing more. */
    private static final Pattern STOP = Pattern.compile(
            "^\\s*(?:then\\s+)?(?:(?:just|only)\\b.*|stop(?: there| here)?|done|fine|leave it(?: there)?|skip(?: it)?|that'?s it|no more|nothing(?: else)?|don'?t bother|ignore it)\\W*$",
            Pattern.CASE_INSENSITIVE);
    /** Words of a branch that only join it: "then", "also", "too", "as well". */
    private static final Pattern JOINERS = Pattern.compile("^\\s*(?:[,:?]\\s*)?(?:then\\s+|also\\s+|->\\s*|\u2192\\s*|[-\u2013\u2014]+\\s*)*|(?:\\s+(?:too|as well|also))?[\\s?.!,;:]*$",
            Pattern.CASE_INSENSITIVE);

    static Optional<Found> find(String text) {
        if (text.length() > 600 || text.indexOf('\n') >= 0) {
            return Optional.empty();
        }
        Matcher ifs = IF.matcher(text);
        while (ifs.find()) {
            int at = ifs.start();
            String first = text.substring(0, at).strip();
            // a first question of its own before the condition ("what % do we own? if …", "irr on the stake - if …")
            if (!first.matches("(?s).*\\p{L}{2}.*")) {
                continue;
            }
            String after = text.substring(ifs.end());
            Matcher c = COMPARE.matcher(after);
            if (!c.lookingAt()) {
                continue;
            }
            Condition cond = condition(c, ifs.group("subj"));
            if (cond == null) {
                continue;
            }
            Found f = found(first, cond, after.substring(c.end()));
            if (f != null) {
                return Optional.of(f);
            }
        }
        Matcher bare = BARE.matcher(text);
        while (bare.find()) {
            String first = text.substring(0, bare.start()).strip();
            String after = text.substring(bare.end());
            Matcher c = COMPARE.matcher(after);
            if (!first.matches("(?s).*\\p{L}{2}.*") || !c.lookingAt() || !BARE_BRANCH.matcher(after.substring(c.end())).lookingAt()) {
                continue;
            }
            Condition cond = condition(c, null);
            Found f = cond == null ? null : found(first, cond, after.substring(c.end()));
            if (f != null) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    private static Found found(String first, Condition cond, String rest) {
        if (rest.matches("[\\s?.!]*")) {
            return null; // "…, and what does it mean if that comes out above 100%?": the ask came first, no branch follows
        }
        Matcher e = ELSE.matcher(rest);
        boolean other = e.find();
        String yes = other ? rest.substring(0, e.start()) : rest;
        String no = other ? rest.substring(e.end()) : null;
        return new Found(first.replaceAll("[\\s,;:\u2013\u2014-]+$", ""), cond, branch(yes), no == null ? null : branch(no));
    }

    /** A branch's question, or null when it asks for nothing more. */
    private static String branch(String s) {
        String b = JOINERS.matcher(s).replaceAll("").strip();
        return b.isEmpty() || STOP.matcher(b).matches() ? null : b;
    }

    private static Condition condition(Matcher c, String subject) {
        String sign = c.group("sign");
        if (sign != null) {
            String s = sign.toLowerCase(Locale.ROOT);
            Comparison cmp = s.equals("positive") ? Comparison.ABOVE
                    : s.equals("negative") || s.contains("below") || s.contains("water") || s.contains("red") ? Comparison.BELOW : Comparison.ABOUT_ZERO;
            return new Condition(cmp, new Amount(Amount.Kind.PLAIN, BigDecimal.ZERO, "0", 0, 0), subject);
        }
        String fig = c.group("fig") != null ? c.group("fig") : c.group("fig2");
        List<Amount> found = Amounts.find(Amounts.normalise(fig));
        Amount a;
        if (found.size() == 1) {
            a = found.get(0);
        } else if (fig.matches("(?i)half")) {
            a = new Amount(Amount.Kind.RATIO, new BigDecimal("0.5"), fig, 0, 0);
        } else if (fig.matches("(?i)(?:a )?third")) {
            a = new Amount(Amount.Kind.RATIO, BigDecimal.ONE.divide(BigDecimal.valueOf(3), java.math.MathContext.DECIMAL128), fig, 0, 0);
        } else {
            return null;
        }
        Comparison cmp;
        if (c.group("cmp") != null) {
            String w = c.group("cmp").toLowerCase(Locale.ROOT);
            cmp = w.equals("at least") ? Comparison.AT_LEAST : w.equals("at most") ? Comparison.AT_MOST : w.equals("exactly") ? Comparison.EQUAL
                    : w.matches(BELOW_WORDS) ? Comparison.BELOW : Comparison.ABOVE;
        } else {
            cmp = c.group("dir").toLowerCase(Locale.ROOT).matches("more|better|higher|above") ? Comparison.AT_LEAST : Comparison.AT_MOST;
        }
        return new Condition(cmp, a, subject);
    }

    /** The condition checked on one of the first answer's results: whether it holds, and how it is said ("4.76% is under 5%"). */
    record Checked(boolean held, String said) {
    }

    /**
     * The condition checked on the first answer's numbers: on the result it is about (the metric its subject names, else the
     * first whose unit its figure fits), or empty when none can be compared.
     */
    static Optional<Checked> check(Condition cond, List<MetricResult> results) {
        MetricResult r = compared(cond, results);
        if (r == null) {
            return Optional.empty();
        }
        BigDecimal x = r.value();
        boolean held;
        if (cond.comparison() == Comparison.ABOUT_ZERO) {
            BigDecimal tolerance = r.unit() == Unit.USD_BILLIONS ? new BigDecimal("0.5") : new BigDecimal("0.005");
            held = x.abs().compareTo(tolerance) < 0;
        } else {
            int sign = x.compareTo(threshold(cond.figure(), r.unit()));
            held = switch (cond.comparison()) {
                case BELOW -> sign < 0;
                case AT_MOST -> sign <= 0;
                case ABOVE -> sign > 0;
                case AT_LEAST -> sign >= 0;
                case EQUAL -> sign == 0;
                case ABOUT_ZERO -> false;
            };
        }
        return Optional.of(new Checked(held, said(cond, r, held)));
    }

    /** The result compared: the one the subject names, else the first whose unit the figure fits. */
    private static MetricResult compared(Condition cond, List<MetricResult> results) {
        List<MetricResult> numbers = results.stream().filter(r -> r.kind() != MetricResult.Kind.CHANGE && r.value() != null).toList();
        if (cond.subject() != null && cond.subject().startsWith("the ")) {
            String word = cond.subject().substring(4).split(" ")[0];
            for (MetricResult r : numbers) {
                if (r.metric().contains(word) || r.label().toLowerCase(Locale.ROOT).contains(word)) {
                    return fits(cond, r) ? r : null;
                }
            }
            return null; // "what if the exit is above 1.5T": a subject no answer is, so a supposition, not a condition
        }
        for (MetricResult r : numbers) {
            if (fits(cond, r)) {
                return r;
            }
        }
        return null;
    }

    private static boolean fits(Condition cond, MetricResult r) {
        if (cond.comparison() == Comparison.ABOUT_ZERO || cond.figure().value().signum() == 0) {
            return true;
        }
        return switch (cond.figure().kind()) {
            case PLAIN -> true;
            case MONEY -> r.unit() == Unit.USD_BILLIONS;
            case RATIO -> r.unit() == Unit.RATIO;
            case MULTIPLE -> r.unit() == Unit.MULTIPLE;
            case YEARS -> r.unit() == Unit.YEARS;
            default -> false;
        };
    }

    /** The condition's figure in the result's unit: a bare 5 against a share is 5%. */
    private static BigDecimal threshold(Amount a, Unit unit) {
        if (a.kind() == Amount.Kind.PLAIN && unit == Unit.RATIO && a.value().abs().compareTo(BigDecimal.ONE) >= 0) {
            return a.value().movePointLeft(2);
        }
        return a.value();
    }

    /** How the condition is said in the answer: "4.76% is under 5%". */
    private static String said(Condition cond, MetricResult r, boolean held) {
        String value = Format.value(r.value(), r.unit());
        if (cond.comparison() == Comparison.ABOUT_ZERO) {
            return value + (held ? " is about zero" : " is not about zero");
        }
        String t = Format.value(threshold(cond.figure(), r.unit()), r.unit());
        String verb = held ? " is " : " is not ";
        return value + verb + cond.comparison().said + " " + t;
    }
}
