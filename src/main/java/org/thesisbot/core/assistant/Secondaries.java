package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Format;

/**
 * A check split between new money in the round (primary) and shares bought from existing holders (secondary), usually at a
 * discount to the round's price: "30 primary at a 900 pre + 20 secondary off employees at 15% under the round px", "25/25
 * prim/sec, secondary 20% under the round px (830)", "all 50 thru secondary @ 10% disc". Secondary money buys shares at the
 * discounted price, so each dollar of it buys 1 / (1 − discount) of what a dollar of primary buys; the stake is primary /
 * post + secondary / (post × (1 − discount)). The model has one check and one entry valuation, so the mix is said to it as
 * the whole check in at the valuation that gives that stake (the blended entry: post × check / (primary + secondary / (1
 * − discount))); the stake, its value, the multiple, the IRR and the gain then follow from the check actually paid. When
 * the round's valuation is what is asked ("what round post-money gets us to 7%"), the check is said instead as the
 * primary dollars it buys as much as. The mix is kept for the thread, so "push the secondary discount to 25%" and
 * "bump the secondary to 25, primary stays 40" change it.
 */
final class Secondaries {
    static final String KEPT = "secondary";
    private static final MathContext MC = MathContext.DECIMAL128;
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    /** A part of Amazon's check is tens of billions; hundreds are another investor's ("the $500bn secondary"). */
    private static final BigDecimal LARGEST = BigDecimal.valueOf(250);
    private static final String AMT = "\\$?(\\d{1,3}(?:\\.\\d+)?)\\s?(?:bn|b|billion)?";
    /** "the $600bn secondary buyers": another investor, not part of our check ({@link OtherInvestors}). */
    private static final String NOT_BUYERS = "(?!\\s+(?:buyers?|investors?|holders?|sellers?|market|sale|trade|round|price|px)\\b)";
    private static final Pattern SLASH = Pattern.compile(AMT + "\\s?/\\s?" + AMT + "\\s+(?:prim(?:ary)?|new(?: money)?)\\s?/\\s?sec(?:ondary)?\\b");
    private static final Pattern PRIMARY = Pattern.compile(AMT + "\\s+(?:of\\s+)?(?:primary|prim|new money|new)\\b");
    private static final Pattern SECONDARY = Pattern.compile(AMT + "\\s+(?:of\\s+)?(?:(?:employee|employees'?|early[- ]holder)\\s+)?(?:secondary|sec)\\b" + NOT_BUYERS
            + "|" + AMT + "\\s+bought\\s+(?:from|off)\\s+(?:early|existing|current|old)?\\s*(?:holders|employees|shareholders|investors)\\b");
    private static final Pattern ALL_SECONDARY = Pattern.compile("\\ball\\s+(?:of\\s+)?(?:the\\s+|our\\s+)?" + AMT
            + "\\s+(?:(?:thru|through|bought|via|in|as)\\s+)?(?:the\\s+)?(?:secondary|sec)\\b" + NOT_BUYERS);
    private static final Pattern NO_PRIMARY = Pattern.compile("\\bno (?:primary|new money)(?: (?:at all|from us))?\\b");
    /** Follow-ups: "secondary to 25", "primary stays 40", "push the secondary discount to 25%". */
    private static final Pattern SECONDARY_TO = Pattern.compile("\\bsecondary\\s+(?:to|at|up to|down to)\\s+" + AMT + "(?!\\s?%)");
    private static final Pattern PRIMARY_TO = Pattern.compile("\\bprimary\\s+(?:stays|stays at|to|at|up to|down to)\\s+" + AMT + "(?!\\s?%)");
    private static final Pattern DISCOUNT = Pattern.compile("(\\d{1,2}(?:\\.\\d+)?)\\s?(?:%|percent|pct)\\s*(?:off|disc(?:ount)?|under|below|haircut)\\b"
            + "|\\b(?:disc(?:ount)?|haircut)\\s+(?:of\\s+|to\\s+|at\\s+)(\\d{1,2}(?:\\.\\d+)?)\\s?(?:%|percent|pct)"
            + "|\\b(\\d{2})\\s?cents on the dollar\\b");
    private static final Pattern PREMIUM = Pattern.compile("(\\d{1,2}(?:\\.\\d+)?)\\s?(?:%|percent|pct)\\s*premium\\b|\\bpremium\\s+(?:of\\s+|to\\s+)(\\d{1,2}(?:\\.\\d+)?)\\s?(?:%|percent|pct)");
    private static final String N = "(\\d[\\d,]*(?:\\.\\d+)?)\\s?(t|tn|tril|trillion|bn|b|billion)?";
    /** The round's valuation: "at a 900 pre", "the 830 px", "round still prints at 1.2 tril post", "round px (830)", "off the 830". */
    private static final Pattern ROUND_VALUE = Pattern.compile("\\$?" + N + "\\s*(post(?:-money)?|pre(?:-money)?|px|round)\\b"
            + "|\\bround\\s+(?:still\\s+)?(?:prints|closes|gets done|done|priced|prices|is)?\\s*at\\s+\\$?" + N + "(?:\\s*(post(?:-money)?|pre(?:-money)?))?"
            + "|\\b(?:px|round)\\s*\\(\\s*\\$?" + N + "\\s*\\)"
            + "|\\b(?:off|to|under|below)\\s+the\\s+\\$?(\\d{3,4})(?![\\d.,]|\\s?(?:t|tn|tril|trillion|bn|b|billion)\\b)");
    /** A follow-up that changes the thread's mix names it: "push the secondary discount to 25%", "same premium". */
    private static final Pattern MIX_WORDS = Pattern.compile("\\b(?:secondary|sec|primary|prim|premium)\\b");
    /** A discount on a sale of the stake is {@link Haircuts}', not the secondary's: "sell at a 10% discount to NAV". */
    private static final Pattern SALE_WORDS = Pattern.compile("\\b(?:nav|sell|sells|selling|sold|sale)\\b|\\bto (?:its|the|our|that) mark\\b");
    /** The round's valuation asked: "what round post-money gets us there", "what pre do we need". */
    private static final Pattern VALUE_ASKED = Pattern.compile("\\b(?:what|which|highest|max(?:imum)?|lowest)\\s+(?:round\\s+)?(?:post(?:-money)?|pre(?:-money)?|valuation|val|entry)\\b");

    /**
     * A message read.
     *
     * @param text  the message as said to the model
     * @param frame the mix kept for the thread (null: none)
     * @param note  what the mix was read as (null: no mix)
     */
    record Read(String text, String frame, String note) {
        Answer told(Answer a) {
            return note == null || a.results().isEmpty() ? a : RoutingAssistant.withNote(a, note);
        }
    }

    private record Mix(BigDecimal primary, BigDecimal secondary, BigDecimal discount, BigDecimal post) {
        String frame() {
            return KEPT + "\tp=" + primary.toPlainString() + "\ts=" + secondary.toPlainString() + "\td=" + discount.toPlainString()
                    + "\tpost=" + post.toPlainString();
        }

        static Mix kept(List<String> frames) {
            java.util.Map<String, String> kept = Frames.pairs(frames, KEPT);
            if (!kept.keySet().containsAll(List.of("p", "s", "d", "post"))) {
                return null;
            }
            return new Mix(new BigDecimal(kept.get("p")), new BigDecimal(kept.get("s")), new BigDecimal(kept.get("d")), new BigDecimal(kept.get("post")));
        }
    }

    private Secondaries() {
    }

    /**
     * @param frames the thread's frames (its mix, when one was given)
     * @param post   the model's post-money valuation, for a mix said with no valuation of its own
     * @param round  the size of OpenAI's round (a pre-money and it make the post-money)
     */
    static Read read(String message, List<String> frames, BigDecimal post, BigDecimal round) {
        Mix before = frames == null ? null : Mix.kept(frames);
        String keep = before == null ? null : before.frame();
        if (message == null) {
            return new Read(message, keep, null);
        }
        String t = message.toLowerCase(Locale.ROOT);
        boolean mentions = t.contains("second") || t.contains("sec ") || t.contains("sec,") || t.contains("/sec") || t.contains("prim")
                || t.contains("bought from") || t.contains("bought off");
        if (!mentions && before == null) {
            return new Read(message, keep, null);
        }
        List<int[]> spans = new ArrayList<>();
        BigDecimal p = null;
        BigDecimal s = null;
        Matcher m = SLASH.matcher(t);
        if (m.find()) {
            p = new BigDecimal(m.group(1));
            s = new BigDecimal(m.group(2));
            spans.add(new int[] {m.start(), m.end()});
        }
        m = ALL_SECONDARY.matcher(t);
        if (s == null && m.find()) {
            s = new BigDecimal(m.group(1));
            p = BigDecimal.ZERO;
            spans.add(new int[] {m.start(), m.end()});
        }
        m = PRIMARY.matcher(t);
        if (p == null && m.find()) {
            p = new BigDecimal(m.group(1));
            spans.add(new int[] {m.start(), m.end()});
        }
        m = SECONDARY.matcher(t);
        boolean primarySaid = p != null;
        if (s == null && m.find()) {
            s = new BigDecimal(m.group(1) != null ? m.group(1) : m.group(2));
            spans.add(new int[] {m.start(), m.end()});
            if (!primarySaid && !m.group().contains("secondary") && !m.group().contains("bought") && !DISCOUNT.matcher(t).find()
                    && !PREMIUM.matcher(t).find()) {
                return new Read(message, keep, null); // ("give me 10 sec"): "sec" alone, with no primary and no price, is no mix
            }
        }
        m = NO_PRIMARY.matcher(t);
        if (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
            p = p == null ? BigDecimal.ZERO : p;
        }
        if (before != null) {
            m = SECONDARY_TO.matcher(t);
            if (s == null && m.find()) {
                s = new BigDecimal(m.group(1));
                spans.add(new int[] {m.start(), m.end()});
            }
            m = PRIMARY_TO.matcher(t);
            if (p == null && m.find()) {
                p = new BigDecimal(m.group(1));
                spans.add(new int[] {m.start(), m.end()});
            }
        }
        boolean mixChanged = before != null && (DISCOUNT.matcher(t).find() || PREMIUM.matcher(t).find()) && MIX_WORDS.matcher(t).find()
                && !SALE_WORDS.matcher(t).find();
        if (s == null && (p == null || before == null) && !mixChanged) {
            return new Read(message, keep, null); // no secondary said, nor a change to the thread's mix
        }
        if (s == null && p != null && before == null || s != null && s.compareTo(LARGEST) > 0 || p != null && p.compareTo(LARGEST) > 0) {
            return new Read(message, keep, null); // ("the people who bought the $500bn secondary": a market, not our check)
        }
        BigDecimal d = null;
        m = DISCOUNT.matcher(t);
        if (m.find()) {
            String v = m.group(1) != null ? m.group(1) : m.group(2);
            d = v != null ? new BigDecimal(v).movePointLeft(2) : BigDecimal.ONE.subtract(new BigDecimal(m.group(3)).movePointLeft(2));
            spans.add(new int[] {m.start(), m.end()});
        } else if ((m = PREMIUM.matcher(t)).find()) {
            d = new BigDecimal(m.group(1) != null ? m.group(1) : m.group(2)).movePointLeft(2).negate();
            spans.add(new int[] {m.start(), m.end()});
        }
        BigDecimal value = null;
        m = ROUND_VALUE.matcher(t);
        while (m.find()) {
            BigDecimal v = roundValue(m, round);
            if (v != null) {
                value = v;
                spans.add(new int[] {m.start(), m.end()});
                break;
            }
        }
        if (before != null && s == null && p == null && d == null && value == null) {
            return new Read(message, keep, null);
        }
        p = p != null ? p : before != null ? before.primary() : BigDecimal.ZERO;
        s = s != null ? s : before != null ? before.secondary() : BigDecimal.ZERO;
        d = d != null ? d : before != null ? before.discount() : BigDecimal.ZERO;
        BigDecimal entry = value != null ? value : before != null ? before.post() : post;
        if (s.signum() <= 0 || d.compareTo(BigDecimal.ONE) >= 0 || entry == null || entry.signum() <= 0) {
            return new Read(message, keep, null);
        }
        Mix mix = new Mix(p, s, d, entry);
        BigDecimal check = p.add(s);
        BigDecimal bought = p.add(s.divide(BigDecimal.ONE.subtract(d), MC)); // (in primary dollars)
        BigDecimal blended = entry.multiply(check, MC).divide(bought, MC).stripTrailingZeros();
        boolean valueAsked = value == null && VALUE_ASKED.matcher(t).find();
        String rest = without(message, spans);
        String said = valueAsked ? "we put in $" + plain(bought) + "b. " : "we put in $" + plain(check) + "b at a post-money of $" + plain(blended) + "b. ";
        String sec = Format.money(s) + " secondary at " + (d.signum() >= 0 ? Format.percent(d) + " off" : Format.percent(d.negate()) + " over") + " the round's price";
        String note = valueAsked
                ? "Reading " + Format.money(p) + " primary + " + sec + " as " + Format.money(bought) + " of primary: the secondary's shares cost "
                        + Format.percent(d.abs()) + (d.signum() >= 0 ? " less" : " more") + " each."
                : "Reading " + Format.money(p) + " primary + " + sec + " (a " + Format.money(entry) + " post-money) as " + Format.money(check)
                        + " in at a blended " + Format.money(blended) + " post-money: " + Format.money(p) + " / " + Format.money(entry) + " + "
                        + Format.money(s) + " / (" + Format.money(entry) + " \u00d7 " + Format.plain(BigDecimal.ONE.subtract(d), 4) + ") = "
                        + Format.percent(check.divide(blended, MC)) + " of OpenAI.";
        return new Read(said + rest, mix.frame(), note);
    }

    private static BigDecimal roundValue(Matcher m, BigDecimal round) {
        int g = m.group(1) != null ? 1 : m.group(4) != null ? 4 : m.group(7) != null ? 7 : m.group(9) != null ? 9 : -1;
        if (g < 0) {
            return null;
        }
        BigDecimal v = new BigDecimal(m.group(g).replace(",", ""));
        String unit = g == 9 ? null : m.group(g + 1);
        if (unit != null && unit.startsWith("t") || unit == null && v.compareTo(BigDecimal.TEN) < 0) {
            v = v.multiply(THOUSAND);
        }
        if (v.compareTo(BigDecimal.valueOf(100)) < 0) {
            return null; // ("20 sec", "30 new"): no valuation
        }
        String kind = g == 1 ? m.group(3) : g == 4 ? m.group(6) : null;
        return kind != null && kind.startsWith("pre") && round != null ? v.add(round) : v;
    }

    /** The message without the mix's words: a clause that said only the mix goes, else the mix's words go. */
    private static String without(String message, List<int[]> spans) {
        spans.sort((a, b) -> Integer.compare(a[0], b[0]));
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (int[] s : spans) {
            if (s[0] < at) {
                continue;
            }
            b.append(message, at, s[0]).append(' ');
            at = s[1];
        }
        b.append(message.substring(at));
        StringBuilder out = new StringBuilder();
        for (String clause : b.toString().split("(?<=[,.;?!])|(?=\\s[-\u2013\u2014]\\s)")) {
            String words = FILLER.matcher(clause).replaceAll(" ").strip();
            if (!words.isEmpty()) {
                out.append(clause);
            } else if (clause.strip().endsWith("?")) {
                out.append("?");
            }
        }
        return Reframing.tidy(out.toString().replaceAll("^[\\s,.;:+/&-]+", ""));
    }

    /** Words left of a clause that said only the mix: "+ … off employees at … under the round px". */
    private static final Pattern FILLER = Pattern.compile("(?i)\\b(?:at|a|an|the|off|of|from|to|on|for|employees?|early|existing|holders|shareholders|round|px|price|"
            + "post|pre|under|below|over|and|plus|with|w/?|say|but|still|gets?|done|prints|closes|secondary|primary|sec|prim|new|money|our|"
            + "bought|thru|through|any|mix|is|it|then|ok|so|setting|one|up|different|flip|push|bump|stays|same|premium|discount|disc|all)\\b"
            + "|[\\s\\p{Punct}\u2013\u2014]+");

    private static String plain(BigDecimal v) {
        return v.round(MC).stripTrailingZeros().toPlainString();
    }
}
