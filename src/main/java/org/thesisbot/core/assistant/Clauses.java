package org.thesisbot.core.assistant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clauses pasted from a legal document, each under its number, before a question about them: "§2.1 Purchase Price:
 * US$50,000,000,000", "Schedule C (Compute Commitment), §C.1: …", "Recital C: …", "§8.1 Exit Value: US$[●]". The numbers
 * are places, not figures: each clause is read as its caption and its text ("Purchase Price: US$50,000,000,000"), a
 * number the question cites ("what would §8.1 have to read") as the caption it stands for ("Exit Value"), and a blank
 * ("[●]", "[to come]") as what the question asks: its clause is taken out (it gives no value), and the blank cited in the
 * question is that clause's caption ("size of [●]?" is "size of Purchase Price?"). The captions' words ("Purchase
 * Price", "Percentage Interest") are glossed as data, in config/lexicon.yaml; this class knows only how clauses are laid
 * out.
 */
final class Clauses {
    /** The gloss (config/lexicon.yaml) in whose words a message of clauses is read. */
    static final String GLOSS = "term sheet";
    /** One number that places a clause: "§2.1", "§ C.4", "Schedule C", "Recital B", "Section 8.3", "Clause 4". */
    private static final String NUMBER = "(?:\u00a7\\s?[A-Z]?\\.?\\d{1,3}(?:\\.\\d{1,3}){0,3}[a-z]?"
            + "|(?:Schedule|Recital|Annex|Exhibit|Appendix)\\s[A-Z]\\b(?:\\.\\d{1,3})?"
            + "|(?:Section|Clause|Article|Sec\\.)\\s\\d{1,3}(?:\\.\\d{1,3}){0,3}\\b)";
    private static final Pattern CITED = Pattern.compile(NUMBER);
    private static final Pattern SIGNED = Pattern.compile("\u00a7\\s?[A-Z]?\\.?\\d{1,3}(?:\\.\\d{1,3}){0,3}[a-z]?");
    /** A blank left to fill in: "[●]", "[•]", "[ ]", "[__]", "[to come]", "[TBD]". */
    private static final String BLANK = "\\[\\s*(?:\u25cf|\u2022|\u00b7|\\*|_+|x+|\\.{2,}|to come|tbd|tbc|blank)?\\s*\\]";
    private static final Pattern BLANKED = Pattern.compile("(?:US)?\\$?" + BLANK + "\\s?%?", Pattern.CASE_INSENSITIVE);
    private static final Pattern BLANK_CITED = Pattern.compile(BLANK, Pattern.CASE_INSENSITIVE);
    /** A caption: a few words, each capitalised (a word like "of" may be lower case). */
    private static final String CAPTION = "[A-Z][\\w'&/-]*(?:\\s(?:[A-Z][\\w'&/-]*|of|the|and|to|on|for|in|from|per))*";
    /**
     * A clause at the start of a line: its numbers ("Schedule C, §C.2", "Schedule C (Compute Commitment), §C.1"), then a
     * caption, a bracketed caption or note, and a colon before its text; or only a caption with no text ("§8.1 Exit Value
     * (downside case)", which shows which clause a question is about).
     */
    private static final Pattern CLAUSE = Pattern.compile("^(?<numbers>(?:" + NUMBER + ")(?:\\s?\\((?<heading>[^)\\n]{1,60})\\))?"
            + "(?:\\s?,?\\s?(?:" + NUMBER + ")(?:\\s?\\([^)\\n]{1,60}\\))?)*)"
            + "(?:\\s(?<caption>" + CAPTION + "))?(?:\\s?\\((?<note>[^)\\n]{1,80})\\))?\\s?(?::\\s?(?<text>.*))?$");

    private Clauses() {
    }

    /** The kind of frame (ThreadState) that keeps a thread's clause captions, each "number=caption" after a tab. */
    static final String KEPT = "clauses";

    /**
     * A message read: its text, and the captions of every clause it or the thread before it numbered ("§2.2" to
     * "Pre-Money Valuation"), for a follow-up that cites a clause by its number only ("same, but with §2.2 as revised: …").
     */
    record Read(String text, Map<String, String> captions, boolean cited) {
    }

    /**
     * The message with its clauses read as captions and texts, a number it cites but does not caption said by the caption
     * the thread gave it ({@code known}); unchanged when it cites no clause's number.
     */
    static Read read(String message, Map<String, String> known) {
        if (message == null || !CITED.matcher(message).find()) {
            return new Read(message, known, false);
        }
        Read r = readClauses(message, known);
        return new Read(r.text(), r.captions(), !r.text().equals(message));
    }

    /** The captions a thread kept, from its frames. */
    static Map<String, String> kept(List<String> frames) {
        return Frames.pairs(frames, KEPT);
    }

    /** The frame that keeps these captions for the thread; null when there are none. */
    static String frame(Map<String, String> captions) {
        if (captions.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder(KEPT);
        captions.entrySet().stream().limit(40).forEach(e -> b.append('\t').append(e.getKey()).append('=').append(e.getValue()));
        return b.toString();
    }

    private static Read readClauses(String message, Map<String, String> known) {
        String[] lines = message.split("\n", -1);
        Map<String, String> captions = new LinkedHashMap<>();
        List<String> blanks = new ArrayList<>();
        String[] out = new String[lines.length];
        boolean any = false;
        for (int i = 0; i < lines.length; i++) {
            Matcher c = CLAUSE.matcher(lines[i].strip());
            if (!c.matches() || c.group("caption") == null && c.group("heading") == null && c.group("text") == null) {
                continue;
            }
            any = true;
            String caption = c.group("caption") != null ? c.group("caption") : c.group("heading");
            Matcher n = CITED.matcher(c.group("numbers"));
            while (n.find() && caption != null) {
                captions.putIfAbsent(key(n.group()), caption);
            }
            String text = c.group("text");
            if (text != null && BLANKED.matcher(text).find() && caption != null) {
                blanks.add(caption);
                out[i] = ""; // a blank clause gives no value: what it leaves blank is what the question asks
                continue;
            }
            String head = caption == null ? "" : caption;
            String note = c.group("note") == null || c.group("caption") == null ? "" : " (" + c.group("note") + ")";
            String clause = (head + note + (text == null ? "" : (head.isEmpty() ? "" : ": ") + text)).strip();
            // (a clause of words only ends as a sentence does, so that a question under it is read as one of its own)
            out[i] = clause.matches(".*\\d.*") || clause.matches(".*[.?!:]$") ? clause : clause + ".";
        }
        Map<String, String> all = new LinkedHashMap<>(known);
        all.putAll(captions);
        if (!any && captions.isEmpty()) {
            return new Read(known.isEmpty() ? citedOnly(message) : cite(message, known, null), all, false);
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = out[i] != null ? out[i] : cite(lines[i], all, blanks.size() == 1 ? blanks.get(0) : null);
            if (!line.isBlank()) {
                b.append(b.length() == 0 ? "" : "\n").append(line);
            }
        }
        return new Read(b.toString(), all, false);
    }

    /**
     * A follow-up that cites a clause of an earlier message by its sign and number only ("same, but with §2.2 as revised:
     * …"): the number is no figure. A number said in words ("Section 2") is left to the reader outside a clause.
     */
    private static String citedOnly(String message) {
        return message.indexOf('\u00a7') < 0 ? message : SIGNED.matcher(message).replaceAll("").replaceAll("[ \\t]{2,}", " ")
                .replaceAll(" ([,.?;:])", "$1").strip();
    }

    /** A line that cites clauses by number, each said as its caption; a blank, as the one blank clause's caption. */
    private static String cite(String line, Map<String, String> captions, String blank) {
        String s = CITED.matcher(line).replaceAll(m -> {
            String caption = captions.get(key(m.group()));
            if (caption == null) {
                return "";
            }
            // "§2.2 Pre-Money Valuation": the number said with its own caption after it stands for that caption once
            String after = line.substring(m.end()).stripLeading();
            return after.regionMatches(true, 0, caption, 0, caption.length()) ? "" : Matcher.quoteReplacement(caption);
        });
        if (blank != null) {
            s = BLANK_CITED.matcher(s).replaceAll(Matcher.quoteReplacement(blank));
        }
        return s.replaceAll("[ \\t]{2,}", " ").replaceAll(" ([,.?;:])", "$1").strip();
    }

    private static String key(String number) {
        return number.replaceAll("\\s", "").toLowerCase(Locale.ROOT);
    }
}
