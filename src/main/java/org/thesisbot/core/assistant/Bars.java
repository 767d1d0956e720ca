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
import org.thesisbot.core.api.Unit;

/**
 * A number placed on a progress bar, as a tracker or dashboard row shows it: the bar's two ends are given ("1.0x = 0%, 2.0x
 * = 100%", "from 5bn (0%) to 20bn (100%)", "[15bn = 0%, 35bn = 100%]", "(0 -> 100bn)"), and either the number is asked
 * ("how far along are we", "where's the bar") or a fill is the goal ("what exit puts it at 75%", "fills it halfway",
 * "two-thirds full"). The ends are never inputs of the model: they are taken out. A fill asked as the goal is said to the
 * reader as the value it is, end + fill × (other end − end), in the ends' unit; a number asked is answered as usual and
 * then placed on the bar.
 */
final class Bars {
    private static final MathContext MC = new MathContext(34, RoundingMode.HALF_EVEN);
    /** One end's value: "1.0x", "15bn", "$1.2T", "5%", "0", "-30bn", "breakeven". */
    private static final String V = "(?:(?<sign>-|\u2212)?\\$?(?<n>\\d{1,5}(?:\\.\\d{1,4})?)\\s?(?<u>x|%|pct|bn|b|billion|t|tn|tril|trillion)?(?![a-z0-9])(?:\\s?(?:irr|moic|of capex|of the way))?|(?<be>break-?even|zero))";
    /** An end said with its place: "1.0x = 0%", "2.0x -> 100", "50% of capex = full", "600bn (0%)". */
    private static final Pattern END = Pattern.compile(V + "\\s*(?:(?:=|->|\u2192|:|is)\\s*(?<p>0|100)\\s?%?(?![\\d.a-z])|(?:=|->|\u2192|:|is)\\s*(?<w>empty|full)\\b|\\(\\s*(?<pp>0|100)\\s?%?\\s*\\))");
    /** The ends as a span alone: "(0 -> 100bn)". */
    private static final Pattern SPAN = Pattern.compile("\\(\\s*" + V.replace("<sign>", "<sign1>").replace("<n>", "<n1>").replace("<u>", "<u1>").replace("<be>", "<be1>")
            + "\\s*(?:->|\u2192|to)\\s*" + V.replace("<sign>", "<sign2>").replace("<n>", "<n2>").replace("<u>", "<u2>").replace("<be>", "<be2>") + "\\s*\\)");
    /** A fill as the goal: "at 75%", "to 60%", "75% of that bar", "halfway", "two-thirds full", "fills it exactly". */
    private static final Pattern FILL = Pattern.compile("\\b(?:at|to)\\s(?<f>\\d{1,3}(?:\\.\\d{1,2})?)\\s?%(?:\\s+(?:of (?:that|the|this) bar|full))?"
            + "|\\b(?<f2>\\d{1,3}(?:\\.\\d{1,2})?)\\s?% (?:of (?:that|the|this) bar|full)\\b"
            + "|\\b(?<half>half ?way|half full|to half)\\b|\\b(?<twothirds>two[- ]thirds)(?: full)?\\b|\\b(?<third>(?:a|one)[- ]third)(?: full)?\\b"
            + "|\\b(?<quarters>three[- ]quarters)(?: full)?\\b|\\b(?<full>fills? (?:it|that|the (?:\\w+ ){0,3}?bar|that (?:\\w+ ){0,3}?bar)(?: exactly| all the way| completely)?(?! halfway| half| two| a third| three| to \\d| at \\d)|fill(?:s|ed)? (?:all the way|completely)|full bar)\\b");
    /** A tracker row's name in quotes: "'road to 2x'", "'irr to 15%'": its figures are part of the name. */
    private static final Pattern LABEL = Pattern.compile("'([^'\\n]{1,40})'|\u2018([^\u2019\\n]{1,40})\u2019");

    /** An end of the bar: its value in the unit the model uses (a fraction for %, billions for money), and that unit. */
    record End(BigDecimal value, Unit unit) {
    }

    record Found(String question, End low, End high, BigDecimal fill) implements Reframing {
        @Override
        public Answer told(Answer a) {
            if (a.results().isEmpty()) {
                return a;
            }
            String range = Format.value(low.value(), low.unit()) + " = 0% to " + Format.value(high.value(), high.unit()) + " = 100%";
            if (fill != null) {
                return RoutingAssistant.withNote(a, "Reading the bar (" + range + ") at " + Format.plain(fill.movePointRight(2), 2)
                        + "% as " + Format.value(at(fill), low.unit()) + ".");
            }
            for (MetricResult r : a.results()) {
                if (r.unit() == low.unit() && r.value() != null) {
                    BigDecimal f = r.value().subtract(low.value()).divide(high.value().subtract(low.value()), MC);
                    return RoutingAssistant.withNote(a, "On the bar (" + range + "), " + r.display() + " sits at "
                            + Format.plain(f.movePointRight(2), 1) + "%.");
                }
            }
            return RoutingAssistant.withNote(a, "I left the bar's ends (" + range + ") out of the numbers: none of them is in its unit.");
        }

        BigDecimal at(BigDecimal f) {
            return low.value().add(f.multiply(high.value().subtract(low.value()), MC), MC);
        }
    }

    private Bars() {
    }

    static Optional<Found> find(String text) {
        if (text == null || text.length() > 1_000) {
            return Optional.empty();
        }
        // ("80 pct", "15 percent": a percent in words, as a percent)
        text = text.replaceAll("(?i)(\\d)\\s?(?:pct|percent)\\b", "$1%");
        String q = text.toLowerCase(Locale.ROOT);
        End low = null;
        End high = null;
        int from = -1;
        int to = -1;
        Matcher m = END.matcher(q);
        List<int[]> spans = new ArrayList<>();
        List<Matcher> ends = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
            ends.add(END.matcher(q).region(m.start(), m.end()));
        }
        if (spans.size() == 2 && spans.get(1)[0] - spans.get(0)[1] > 30) {
            // two ends far apart are not one bar said in one breath: the words between them would be taken out with them
            return Optional.empty();
        }
        if (spans.size() == 2) {
            String[] place = new String[2];
            End[] value = new End[2];
            for (int i = 0; i < 2; i++) {
                Matcher e = ends.get(i);
                if (!e.lookingAt()) {
                    return Optional.empty();
                }
                place[i] = e.group("p") != null ? e.group("p") : e.group("pp") != null ? e.group("pp") : "full".equals(e.group("w")) ? "100" : "0";
                value[i] = end(e.group("sign"), e.group("n"), e.group("u"), e.group("be"));
            }
            if (place[0].equals(place[1])) {
                return Optional.empty();
            }
            int lo = place[0].equals("0") ? 0 : 1;
            low = value[lo];
            high = value[1 - lo];
            from = spans.get(0)[0];
            to = spans.get(1)[1];
        } else if (spans.isEmpty()) {
            Matcher s = SPAN.matcher(q);
            if (!BAR_SAID.matcher(q).find() || !s.find()) {
                // ("exit (1.2T -> 1.5T)" with no bar spoken of is a change, not a bar's ends)
                return Optional.empty();
            }
            low = end(s.group("sign1"), s.group("n1"), s.group("u1"), s.group("be1"));
            high = end(s.group("sign2"), s.group("n2"), s.group("u2"), s.group("be2"));
            from = s.start();
            to = s.end();
        } else {
            return Optional.empty();
        }
        // an end without a unit ("0", "breakeven") takes the other's
        if (low.unit() == null && high.unit() == null) {
            return Optional.empty();
        }
        low = low.unit() == null ? new End(low.value(), high.unit()) : low;
        high = high.unit() == null ? new End(high.value(), low.unit()) : high;
        if (low.unit() != high.unit() || low.value().compareTo(high.value()) == 0) {
            return Optional.empty();
        }
        // the ends come out, with the brackets or words that held them: "(1.0x = 0%, 2.0x = 100%)", "from 5bn (0%) to 20bn (100%)"
        int a = from;
        int b = to;
        String before = q.substring(0, a);
        Matcher open = Pattern.compile("(?:[\\(\\[]\\s*|\\b(?:bar\\s+)?(?:from|between)\\s+|\\bbar\\s+|\\bon\\s+)$").matcher(before);
        if (open.find()) {
            a = open.start();
        }
        Matcher close = Pattern.compile("^\\s*[\\)\\]]").matcher(q.substring(b));
        if (close.find()) {
            b += close.end();
        }
        String left = text.substring(0, a) + " " + text.substring(b);
        // what asked the place on the bar, left with nothing after it: "where on ?", "where between ?", "how full is the bar?"
        left = left.replaceAll("(?i)(?:[,;:-]\\s*)?\\bwhere (?:does|do|would|will|did) (?:(bull|bear|base)(?: case)?|it|that|this|we|the \\w+) (?:sit|land|fall|come in|end up)\\s*(?=[?,.!]|$)", " $1");
        left = left.replaceAll("(?i)(?:[,;:-]\\s*)?\\b(?:where(?:'s| is)?(?: (?:our|the|its|it|that|we) ?\\w*)?(?: (?:on|between|from|along|sit|sits|land|lands)\\b)?(?: (?:on )?(?:the|that|this) bar)?"
                + "|how (?:full|far along) (?:is|are) (?:the|it|that|this|we)(?: bar)?|(?:pct|percent|%) of the way(?: (?:between|from|along))?)\\s*(?=[?,.!]|$)", "");
        left = labels(left);
        String lowerLeft = left.toLowerCase(Locale.ROOT);
        Matcher f = FILL.matcher(lowerLeft);
        BigDecimal fill = null;
        if (f.find()) {
            fill = f.group("f") != null ? new BigDecimal(f.group("f")).movePointLeft(2)
                    : f.group("f2") != null ? new BigDecimal(f.group("f2")).movePointLeft(2)
                    : f.group("half") != null ? new BigDecimal("0.5")
                    : f.group("twothirds") != null ? BigDecimal.valueOf(2).divide(BigDecimal.valueOf(3), MC)
                    : f.group("third") != null ? BigDecimal.ONE.divide(BigDecimal.valueOf(3), MC)
                    : f.group("quarters") != null ? new BigDecimal("0.75") : BigDecimal.ONE;
        }
        Found found = new Found(null, low, high, fill);
        if (fill != null) {
            String goal = said(found.at(fill), low.unit());
            left = left.substring(0, f.start()) + (f.group().startsWith("fill") ? "gets it to " : f.group().startsWith("to") ? "to " : "at ")
                    + goal + left.substring(f.end());
            // "the exit that fills it to 20%" is the exit that gets it there
            left = left.replaceAll("(?i)\\bfill(?:s|ed|ing)?\\b(?= (?:\\S+ ){0,4}?(?:to|at) )", "gets");
        }
        if (fill == null && low.unit() == Unit.MULTIPLE && !NAMES_A_MULTIPLE.matcher(lowerLeft).find()) {
            // a bar in multiples of the money, and no multiple named: the multiple on the money ("how far along are we on
            // the 50" on a 1.0x-to-2.0x bar)
            left = left.replaceAll("[\\s?.!]+$", "") + ": moic?";
        }
        return Optional.of(new Found(Reframing.tidy(left), low, high, fill));
    }

    /** A bar spoken of: ends given as a bare span ("(0 -> 100bn)") are a bar's only with one of these words. */
    private static final Pattern BAR_SAID = Pattern.compile("\\b(?:bar|gauge|meter|tracker|progress|full|how far along|of the way|fill(?:s|ed)?|row)\\b");
    /** A multiple named: the MOIC, or the compute revenue back per dollar. */
    private static final Pattern NAMES_A_MULTIPLE = Pattern.compile("\\b(?:moic|multiple|circular\\w*|per (?:\\$|dollar)|rev\\w* (?:per|for every)|cash on cash|times)\\b");
    /** A tracker row's quoted name without its figures: "'road to 2x'" is "road", "'irr to 15%'" is "irr". */
    private static String labels(String s) {
        Matcher m = LABEL.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            String bare = name.replaceAll("\\S*\\d\\S*", " ").replaceAll("(?i)\\b(?:to|vs\\.?|versus|of)\\s*$", "")
                    .replaceAll("(?i)\\s(?:to|vs\\.?|versus)\\s", " ").replaceAll("\\s{2,}", " ").trim();
            m.appendReplacement(out, Matcher.quoteReplacement(bare));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static End end(String sign, String n, String u, String breakeven) {
        if (breakeven != null) {
            return new End(BigDecimal.ZERO, null);
        }
        BigDecimal v = new BigDecimal(n);
        if (sign != null) {
            v = v.negate();
        }
        if (u == null) {
            return new End(v, null);
        }
        return switch (u) {
            case "x" -> new End(v, Unit.MULTIPLE);
            case "%", "pct" -> new End(v.movePointLeft(2), Unit.RATIO);
            case "t", "tn", "tril", "trillion" -> new End(v.movePointRight(3), Unit.USD_BILLIONS);
            default -> new End(v, Unit.USD_BILLIONS);
        };
    }

    /** A goal as the reader reads it: "1.75x", "$22B", "4.5%". */
    private static String said(BigDecimal v, Unit unit) {
        BigDecimal r = v.round(new MathContext(12, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        return switch (unit) {
            case MULTIPLE -> r.toPlainString() + "x";
            case RATIO -> r.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
            default -> (r.signum() < 0 ? "-$" + r.negate().toPlainString() : "$" + r.toPlainString()) + "B";
        };
    }
}
