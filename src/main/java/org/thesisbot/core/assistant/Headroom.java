package org.thesisbot.core.assistant;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Questions about room before a line is crossed, as someone who manages to limits asks them. Two shapes:
 * <ul>
 * <li>the room a number has over a bar: "how much cushion does our % of oai have over a 4% floor?", "how far clear of 45bn
 * are we", "room over 1.25x?", "headroom under 20bn?". The bar is no input: it is said as a hurdle ({@link Hurdles}),
 * which answers with the number, whether it clears the bar, and by how much;</li>
 * <li>how far an input can move before a number crosses a line: "how much can the 1.5T exit slip before our moic is under
 * 1.5x", "how far can aws's capture share fall from 50% before its yearly revenue drops below 9bn". That asks for the
 * input at the line, said as "what exit before our moic is under 1.5x", which the reader solves.</li>
 * </ul>
 */
final class Headroom {
    private Headroom() {
    }

    private static final String FIGURE = "\\$?\\d[\\d,.]*\\s?(?:%|x|bn|b|tn|t|trillion|billion|tril|pts?|bps)?";
    private static final String ROOM = "(?:cushion|cusion|headroom|head room|room|slack|buffer|clearance|margin of safety)";
    private static final String ABOVE = "(?:over|above|past|beyond|clear of|vs\\.?|versus|against|on top of)";
    /** Without a word for room, "vs" compares ("how much is amazon up versus the 50 it put in"): only over, above, past. */
    private static final String STRICT_ABOVE = "(?:over|above|past|beyond|clear of)";
    private static final String BELOW = "(?:under|below|short of|beneath|within)";
    private static final String BAR_WORD = "(?:floor|line|cap|ceiling|hurdle|limit|max|maximum|min|minimum|envelope|envelop|mark|threshold|target|budget|bar)";
    /** "… cushion … over a 4% floor", "how far clear of 45bn", "room over 1.25x", "headroom under 20bn". */
    private static final Pattern BAR = Pattern.compile(
            // a word for room, then the bar: "how much cushion does our % have over a 4% floor", "headroom vs 18bn"
            "(?:\\b(?:(?:how much|how many (?:bps|pts|points|basis points|percentage points))(?: of)? )?" + ROOM + "\\b(?<mid>(?:[^?.;]|\\.(?=\\d)){0,50}?)\\s(?<dir>" + ABOVE + "|" + BELOW + ")"
                    // points of room without the word: "how many bps does our % have over 4.5%"
                    + "|\\bhow many (?:bps|pts|points|basis points|percentage points)\\b(?<mid2>(?:[^?.;]|\\.(?=\\d)){0,40}?)\\s(?<dir2>" + STRICT_ABOVE + "|" + BELOW + ")"
                    // "how far clear of 45bn", "how far short of our 50": the direction right after ("how far above 100% is it" is
                    // a mark the reader names and measures the answer against already)
                    + "|\\bhow (?:far|much)(?<mid3>)\\s(?<dir3>clear of|short of))"
                    + "\\s(?:an?\\s|the\\s|our\\s)?(?:internal\\s)?(?!20\\d\\d\\b)(?<fig>" + FIGURE + ")(?!\\w|\\s?-\\s?\\d|\\s?(?:yrs?|years?|y|months?|mos?|case|scenario)\\b)"
                    + "(?:[- ](?:of[- ](?:capex|the raise|the round)[- ])?" + BAR_WORD + "\\b)?"
                    + "(?<tail>\\s(?:does|do|is|are|would)\\s(?:that|it|this|we|the \\w+|our \\w+)(?:\\s(?:leave|have|sit|still|come in|land))?\\b(?:\\s(?:sit|still|at))?)?",
            Pattern.CASE_INSENSITIVE);
    /** Why the asker wants it, said after the question: "want to see how much slack we have vs our 7 yr max". */
    private static final Pattern ASIDE = Pattern.compile(
            "(?:^|(?<=[.?!;,]\\s?)|\\s[-\u2013\u2014]\\s)\\s*(?:i\\s|we\\s)?(?:want|need|trying|wanted|have)\\s(?:to\\s)?(?:see|know|size|gauge|check)\\b[^?.;]*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ROOM_WORD = Pattern.compile("\\b" + ROOM + "\\b|\\bhow (?:far|much) (?:clear|short)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MID_NOISE = Pattern.compile(
            "\\b(?:does|do|did|is there|are there|have|has|had|we|left|is it|can|could|room|cushion|headroom|slack)\\b", Pattern.CASE_INSENSITIVE);
    /** "how much can the 1.5T exit slip before", "how far can aws's capture share fall from 50% before". */
    private static final Pattern BEFORE = Pattern.compile(
            "\\bhow (?:much|far|many (?:pts|points|bps)(?: of)?)\\s(?:(?:room|slack|cushion|headroom) (?:is there |do we have )?(?:on|in) (?<on>(?:[^?.;]|\\.(?=\\d)){1,30}?)\\s(?=before|befor|b4)"
                    + "|(?:can|could)\\s(?:we\\s(?:trim|cut|give up|lose|shave|take)\\s)?(?<x>(?:[^?.;]|\\.(?=\\d)){1,60}?)\\s(?:slip|fall|drop|sag|shrink|undershoot|come in|be trimmed|be cut|dip|slide|give|run|rise|climb)"
                    + "(?:\\s(?:up|down|back))?(?:\\s(?:from|off|over|under|below|past)\\s(?:the\\s|its\\s|our\\s|that\\s)?(?:article's\\s)?" + FIGURE + ")?\\s)(?:before|befor|b4|until|till)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LINE_AFTER = Pattern.compile(
            "^[^?.;]*?(?:\\d|\\b(?:under|below|over|above|negative|underwater|zero|breakeven|break even|less than|more than)\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern FIGURES = Pattern.compile("(?:the\\s|its\\s|our\\s)?" + FIGURE + "(?!\\w)\\s?", Pattern.CASE_INSENSITIVE);
    private static final Pattern SUBJECT_NOISE = Pattern.compile(
            "^(?:(?:the|our|a|an|we|it|can|could|does|do|room|slack|cushion|headroom|on|in|of|pts|points|bps|can we|we can|aws's|aws|amazon's|amzn's)\\s)+|\\s(?:can|could)(?:\\swe)?$",
            Pattern.CASE_INSENSITIVE);

    /** The question with its room said as a hurdle or as the input at the line, or as it was. */
    static String read(String text) {
        Matcher b = BEFORE.matcher(text);
        // (the line is a figure or a sign after "before": "before we're underwater", "before the irr slips under 9%"; not
        // "how much runway do we have before it has to close")
        if (b.find() && LINE_AFTER.matcher(text.substring(b.end())).find()) {
            String x = FIGURES.matcher(b.group("x") != null ? b.group("x") : b.group("on")).replaceAll(" ").replaceAll("\\s+", " ").trim();
            x = SUBJECT_NOISE.matcher(x).replaceAll("").trim();
            if (x.isEmpty() && b.group().toLowerCase(Locale.ROOT).matches(".*\\bwe (?:trim|cut|shave|take)\\b.*")) {
                x = "check"; // "how much can we trim the 50 before …": the check
            }
            if (!x.isEmpty() && x.split(" ").length <= 6) {
                return text.substring(0, b.start()) + "what " + x + " before" + text.substring(b.end());
            }
        }
        // (why the asker wants it is no question of its own when it is about room: "want to see how much slack we have vs
        // our 7 yr max")
        Matcher aside = ASIDE.matcher(text);
        String asked = aside.find() && ROOM_WORD.matcher(aside.group()).find() ? ASIDE.matcher(text).replaceAll("").trim() : text;
        Matcher m = BAR.matcher(asked);
        if (!m.find()) {
            return asked;
        }
        String dir = (m.group("dir") != null ? m.group("dir") : m.group("dir2") != null ? m.group("dir2") : m.group("dir3")).toLowerCase(Locale.ROOT);
        String fig = m.group("fig").trim();
        boolean below = dir.matches(BELOW) || m.group().toLowerCase(Locale.ROOT).matches(".*(?:cap|ceiling|limit|max|maximum|envelope|envelop|budget)\\b.*");
        String mid = m.group("mid") != null ? m.group("mid") : m.group("mid2") != null ? m.group("mid2") : m.group("mid3");
        String kept = MID_NOISE.matcher(mid == null ? "" : mid).replaceAll(" ").replaceAll("\\s+", " ").trim();
        String rest = (asked.substring(0, m.start()) + " " + kept + " " + asked.substring(m.end())).replaceAll("\\s+([,?.;])", "$1").replaceAll("\\s{2,}", " ").trim();
        rest = rest.replaceAll("(?i)\\s*[-\u2013\u2014,]\\s*(?:and\\s)?\\??$", "?").replaceAll("(?i),\\s*and\\s*,", ",");
        return rest + "\nhurdle: " + (below ? "at most " : "at least ") + fig + ".";
    }
}
