package org.thesisbot.core.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the asker took back, in one message: "900bn pre... no wait, 950 pre", "own 8% at a 1T post? sorry, 7%", "40% margin,
 * no scratch that 38%", "worth 1T - actually scratch that, say it goes to zero", "in bull, sorry, base", "a 40% margin..
 * actually ignore the 40%", "fraction of the 100b raise.. wait no, fraction of its capex". The text is rewritten as if the
 * correction had been typed in the first place: the corrected figure (or scenario, or words) takes the first one's place,
 * and the correction is dropped. Only the normalised text of one message is read; pure and thread-safe.
 *
 * <p>A figure said after a correction replaces the nearest figure before it of the same kind (money, a percentage, a
 * multiple, years; a bare number takes the unit of the one it corrects), within {@value #REACH} words, and never one said
 * as the value it replaces ("10 bil rather than 8 - no, 12 bil" corrects the 10). A correction is a word that takes back
 * ("sorry", "no wait", "i meant", "scratch that", "correction:", "oops", "ugh") or, after a comma, a dash, dots or a full
 * stop, a plainer one ("no", "actually", "make that"); a few filler words may come before the new figure ("make it", "just",
 * "say it goes to").
 */
final class Corrections {
    /** How many words back a corrected figure may be. */
    static final int REACH = 14;
    /** How many words, at least, the words after a correction have when they say the whole question again. */
    static final int RESTATED = 5;

    /** A figure as a correction says it: "900b", "2.5x", "30%", "$1,600bn", "60c", "7 yrs", "zero". */
    private static final Pattern FIGURE = Pattern.compile(
            "(?<![\\w.$])(?<num>\\$?\\d[\\d.,]*+|zero)(?<unit>\\s?(?:%|pct|percent|bn|bil|billion|b|tn|tril|trillion|t|x|years?|yrs?|y|c|cents))?(?![a-z\\d])");
    /** Words that take back what was said, wherever they stand. */
    private static final String STRONG = "sorry|no wait|wait no|wait|i mean|i meant|meant|correction|scratch that|or rather|oops|ugh|typo"
            + "|fat fingers?|my bad|err?|um+|nope";
    /** Words that take back only after a pause (a comma, a dash, dots, a full stop): "exit 2x.. no, 2.5x". */
    private static final String PLAIN = "no|actually|make that|make it";
    /** Words that may come between the correction and the new figure. */
    private static final String FILLER = "(?:(?:make (?:that|it)|just|say|call it|it'?s|it is|it should be|should be|more like|like|to"
            + "|it goes to|goes to|use)\\s+)*";
    /** The pause before a plain correction word. */
    private static final String PAUSE = "(?:\\s*(?:\\.{2,}|[-,;:(.?!])\\s*)";
    /** The correction right before a new figure: its pause (if any), its words, its filler; anchored at the figure. */
    /** One or more words that take back, with the punctuation between them: "no wait,", "ugh, no,", "actually make that". */
    private static final String TAKE_BACK = "(?:\\b(?:" + STRONG + "|" + PLAIN + ")\\b[\\s,;:.!-]*)+";
    private static final Pattern BEFORE_FIGURE = Pattern.compile(
            "(?<pause>" + PAUSE + "?)(?<words>" + TAKE_BACK + ")" + FILLER + "\\*?$");
    /** A scenario said right after a correction: "in bull, sorry, base". */
    private static final Pattern SCENARIO_AFTER = Pattern.compile(PAUSE + "?" + TAKE_BACK + FILLER + "(?<b>bull|bear|base)\\b(?: case)?");
    private static final Pattern STRONG_WORD = Pattern.compile("\\b(?:" + STRONG + ")\\b");
    /** Said as the value replaced: "10 bil rather than 8", "150b instead of 125", "not 125". */
    private static final Pattern REPLACED_BEFORE = Pattern.compile("(?:rather than|instead of|not|than|vs\\.?|versus|from)\\s*$");
    private static final Pattern CALENDAR_YEAR = Pattern.compile("(?:19|20)\\d\\d");
    private static final Pattern SCENARIO = Pattern.compile("\\b(?:bull|bear|base)\\b");
    /** "ignore the 40%", "forget that 1.5t": the figure named is dropped where it was said. */
    private static final Pattern IGNORE = Pattern.compile(
            "(?<pause>" + PAUSE + "?)(?:\\b(?:actually|no|sorry|wait|oh)\\b[\\s,]*)*\\b(?:ignore|forget|drop|disregard|scrap|strike)\\s+(?:the |that |my )?"
                    + "(?<fig>\\$?\\d[\\d.,]*\\s?(?:%|bn|b|tn|t|x|years?|yrs?|cents|c)?)(?![\\w])(?:\\s+(?:one|bit|part|figure|number))?\\s*,?");
    /** A strong correction followed by words: the words replace what came before them in the sentence. */
    private static final Pattern WORDS_AFTER = Pattern.compile(
            PAUSE + "(?:\\b(?:scratch that|no wait|wait no|actually no|no sorry|sorry,? no|sorry,? i meant?|i meant|correction)\\b[\\s,;:.!-]*)+"
                    + "(?<y>[a-z][^.?!]*?)(?=\\s+-\\s|\\s*[.?!]|$)");
    private static final Set<String> LIGHT = Set.of("the", "a", "an", "its", "their", "our", "it", "that", "this", "it's", "amazon's",
            "and", "but", "so", "then");

    private Corrections() {
    }

    /** The message as if each correction had been typed in the first place. */
    static String apply(String s) {
        for (int guard = 0; guard < 8; guard++) {
            String next = figure(s);
            if (next == null) {
                next = ignored(s);
            }
            if (next == null) {
                next = scenario(s);
            }
            if (next == null) {
                next = replacedWords(s);
            }
            if (next == null) {
                return s;
            }
            s = next;
        }
        return s;
    }

    private record Fig(int start, int end, String num, String unit) {
        String kind() {
            String u = unit.strip();
            if (u.isEmpty()) {
                return num.startsWith("$") ? "money" : "";
            }
            return switch (u) {
                case "%", "pct", "percent", "c", "cents" -> "share";
                case "x" -> "multiple";
                case "y", "year", "years", "yr", "yrs" -> "years";
                default -> "money";
            };
        }
    }

    private static List<Fig> figures(String s) {
        List<Fig> out = new ArrayList<>();
        Matcher m = FIGURE.matcher(s);
        while (m.find()) {
            out.add(new Fig(m.start(), m.end(), m.group("num"), m.group("unit") == null ? "" : m.group("unit")));
        }
        return out;
    }

    /** The first figure correction, applied; null when there is none. */
    private static String figure(String s) {
        List<Fig> figs = figures(s);
        for (int i = 1; i < figs.size(); i++) {
            Fig b = figs.get(i);
            Matcher m = BEFORE_FIGURE.matcher(s.substring(0, b.start()));
            if (!m.find()) {
                continue;
            }
            String words = m.group("words");
            if (!STRONG_WORD.matcher(words).find() && m.group("pause").isBlank()) {
                continue; // "is there no 40% case": "no" with no pause before it takes nothing back
            }
            int markStart = m.start();
            Fig a = corrected(s, figs, i, markStart, b);
            if (a == null) {
                continue;
            }
            String said = b.num().equals("zero") ? "0" : b.num();
            String unit = b.unit().isEmpty() ? a.unit() : b.unit();
            if (said.equals("0") && a.kind().equals("money")) {
                said = "$0"; // "worth 1T - scratch that, say it goes to zero": nothing, in dollars
                unit = "";
            }
            if (a.num().startsWith("$") && !said.startsWith("$")) {
                said = "$" + said;
            }
            String pause = m.group("pause");
            int cut = markStart;
            if (!pause.contains("..") && (pause.contains("?") || pause.contains("."))) {
                cut = markStart + pause.indexOf(pause.contains("?") ? '?' : '.') + 1; // a question mark or full stop stays
            } else if (pause.contains("(") && s.startsWith(")", b.end())) {
                b = new Fig(b.start(), b.end() + 1, b.num(), b.unit()); // "(sorry, 1.05t)": the bracket goes with it
            }
            int end = b.end();
            end += repeated(s.substring(a.end(), markStart), s.substring(end));
            String rest = s.substring(end);
            String head = s.substring(0, a.start()) + said + unit + s.substring(a.end(), cut);
            if (cut > markStart || rest.isEmpty() || rest.startsWith(" ") || rest.matches("^[,.?!;:)].*")) {
                return (head + rest).replaceAll("\\s+", " ").trim();
            }
            return (head + " " + rest).replaceAll("\\s+", " ").trim();
        }
        return null;
    }

    /** The figure {@code b} corrects: the nearest before the correction of the same kind, not said as a replaced value. */
    private static Fig corrected(String s, List<Fig> figs, int bi, int markStart, Fig b) {
        for (int j = bi - 1; j >= 0; j--) {
            Fig a = figs.get(j);
            if (a.end() > markStart) {
                continue;
            }
            if (wordCount(s.substring(a.end(), markStart)) > REACH) {
                return null;
            }
            boolean same = a.kind().equals(b.kind()) || b.kind().isEmpty() || a.kind().isEmpty();
            if (same && !CALENDAR_YEAR.matcher(a.num()).matches() && !REPLACED_BEFORE.matcher(s.substring(0, a.start())).find() && !a.num().equals("zero")) {
                return a;
            }
        }
        return null;
    }

    private static int wordCount(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /** How many characters at the start of {@code rest} repeat the words said between the two figures ("900 pre - no, 950 pre"). */
    private static int repeated(String mid, String rest) {
        String[] said = mid.strip().split("[\\s-]+");
        if (said.length == 0 || said[0].isEmpty()) {
            return 0;
        }
        Matcher m = Pattern.compile("^ (" + Pattern.quote(said[0]) + ")(?![\\w])").matcher(rest);
        if (!m.find()) {
            return 0;
        }
        String whole = " " + mid.strip();
        return rest.startsWith(whole) && (rest.length() == whole.length() || !Character.isLetterOrDigit(rest.charAt(whole.length())))
                ? whole.length() : m.end();
    }

    /** "a 40% margin.. actually ignore the 40%": the figure is dropped where it was said, and the instruction with it. */
    private static String ignored(String s) {
        Matcher m = IGNORE.matcher(s);
        while (m.find()) {
            String fig = m.group("fig").replace(" ", "");
            String before = s.substring(0, m.start());
            Matcher f = FIGURE.matcher(before);
            int at = -1;
            int atEnd = -1;
            while (f.find()) {
                if (f.group().replace(" ", "").equals(fig)) {
                    at = f.start();
                    atEnd = f.end();
                }
            }
            if (at < 0) {
                continue; // named in an earlier message: the thread's undo reads it
            }
            String pause = m.group("pause");
            String keep = pause.contains("?") ? "? " : pause.contains(".") && !pause.contains("..") ? ". " : " ";
            String out = s.substring(0, at) + s.substring(atEnd, m.start()) + keep + s.substring(m.end());
            return out.replaceAll("\\s+", " ").replaceAll(" ([,?.])", "$1").trim();
        }
        return null;
    }

    /** "aws compute rev in bull, sorry, base": the scenario said after the correction is the one asked. */
    private static String scenario(String s) {
        Matcher b = SCENARIO_AFTER.matcher(s);
        while (b.find()) {
            String head = s.substring(0, b.start());
            Matcher a = SCENARIO.matcher(head);
            int at = -1;
            int atEnd = -1;
            while (a.find()) {
                at = a.start();
                atEnd = a.end();
            }
            if (at < 0 || wordCount(head.substring(atEnd)) > REACH || !STRONG_WORD.matcher(b.group()).find() && !b.group().matches("^\\s*[-,;:(.?!].*")) {
                continue;
            }
            return (s.substring(0, at) + b.group("b") + head.substring(atEnd) + s.substring(b.end())).replaceAll("\\s+", " ").trim();
        }
        return null;
    }

    /**
     * "what fraction of the 100b raise is the check.. wait no, fraction of its 2026 capex": the words after a correction
     * take the place of the same words before it, to the correction ("fraction of its 2026 capex" for "fraction of the
     * 100b raise is the check"); when their first word was not said before, they replace the clause the correction ends.
     */
    private static String replacedWords(String s) {
        Matcher m = WORDS_AFTER.matcher(s);
        while (m.find()) {
            String y = m.group("y").strip();
            String[] yw = y.split("\\s+");
            if (yw.length < 2 || FIGURE.matcher(yw[0]).lookingAt()) {
                continue;
            }
            String head = s.substring(0, m.start());
            int sentence = Math.max(Math.max(head.lastIndexOf(". "), head.lastIndexOf("? ")), head.lastIndexOf("! "));
            int from = sentence < 0 ? 0 : sentence + 2;
            String anchor = null;
            for (String w : yw) {
                if (!LIGHT.contains(w)) {
                    anchor = w;
                    break;
                }
            }
            int at = -1;
            if (anchor != null) {
                Matcher a = Pattern.compile("\\b" + Pattern.quote(anchor) + "\\b").matcher(head);
                while (a.find()) {
                    if (a.start() >= from) {
                        at = a.start();
                    }
                }
                if (at >= 0 && !yw[0].equals(anchor)) {
                    // the light words before the anchor ("of the 100b raise" for "of capex") are said again too
                    int back = y.indexOf(anchor);
                    String lead = y.substring(0, back);
                    if (head.substring(Math.max(from, at - lead.length()), at).equals(lead)) {
                        at -= lead.length();
                    }
                }
            }
            if (at < 0) {
                if (head.substring(from).strip().split("\\s+").length < 2 || yw.length < RESTATED) {
                    continue; // "- scratch that, the management case": a few words qualify what was said; they do not replace it
                }
                at = from;
            }
            String out = s.substring(0, at) + y + s.substring(m.end());
            return out.replaceAll("\\s+", " ").trim();
        }
        return null;
    }
}
