package org.thesisbot.core.assistant;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where in a message the question is, when the message frames it: a long preamble closed by a summary line that asks
 * ("… i keep wondering how much that dilutes us.\ntl;dr: what % of oai do we end up with"), or a question someone else
 * will ask, quoted, with the asker's own "what do i answer?" around it ("board member will ask 'what does oai have to be
 * worth for a 2x?' - what do i say back"). Each becomes the question, with the rest kept as context where the reader takes
 * figures but no clause as asked: the preamble in brackets after the ask, the frame's own words of asking taken out.
 */
final class Framing {
    /** A summary marker that opens the ask, at a line's or a sentence's start, after some text. */
    private static final Pattern SUMMARY = Pattern.compile(
            "(?:^|(?<=[\\n.!?;])\\s*)(?:tl\\s?;\\s?dr|tldr|tl[- ]dr|too long,? didn'?t read|bottom line|short version|long story short|the ask|my (?:actual )?question)"
                    + "\\s*(?::|-+|\u2013|\u2014)\\s*(?=\\S)",
            Pattern.CASE_INSENSITIVE);

    /** A question in quotes: from an opening quote to a closing one right after its question mark. */
    private static final Pattern QUOTED = Pattern.compile("(?<=^|[\\s:(,-])['\"\u2018\u201c](?<q>[^\\n]{6,400}?\\?)['\"\u2019\u201d](?=$|[\\s,.;:!)\u2013\u2014-])");

    /** The asker's words for what they should say back to the quoted question. */
    private static final Pattern ANSWER_BACK = Pattern.compile(
            "\\b(?:what|how) (?:do|should|would|can|could|shall) i (?:say|answer|reply|respond|tell (?:her|him|them|the \\w+)|come back with|put it)(?: back| to (?:that|it|this|them|her|him))?\\b"
                    + "|\\bwhat(?:'|\u2019)?s my (?:best )?(?:answer|reply|response|line|sound ?bite|comeback|one[- ]liner|retort)\\b"
                    + "|\\bwhat(?:'|\u2019)?s the (?:answer|reply|sound ?bite|one[- ]liner|line|comeback)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Someone asking, before the quote: "will ask", "goes", "might ask", "if they follow up". */
    private static final Pattern ASKS_BEFORE = Pattern.compile(
            "\\b(?:asks?|asked|asking|goes|went|follows? up(?: with)?|pipes? up(?: with)?|chimes? in(?: with)?|wonders?|pushes? back(?: with)?|challenges? (?:me|us)(?: with)?)\\s*(?:with\\s*)?:?\\s*$",
            Pattern.CASE_INSENSITIVE);

    /**
     * After the question, why it is asked: "matters for whether we get characterised as leading it", "for a worst case
     * briefing note", "need it for the board deck".
     */
    private static final Pattern PURPOSE = Pattern.compile(
            "^\\s*(?:(?:it|this|that)\\s+)?(?:matters|counts)\\s+(?:for|because|since|to)\\b[^?]*$"
                    + "|^\\s*(?:(?:i|we)\\s+)?(?:(?:need|want)(?:ed)?\\s+(?:it|this|that)\\s+)?for\\s+(?:a|an|the|my|our|tomorrow'?s?|next week'?s?|this week'?s?)\\s+"
                    + "(?:[\\w'-]+\\s+){0,3}?(?:note|deck|memo|slide|briefing|email|update|review|call|meeting|doc|pre-?read|board|offsite|one-?pager|write-?up|summary)s?\\b[^?]*$",
            Pattern.CASE_INSENSITIVE);

    /** One aside: in brackets, or between two spaced dashes ("— pre-money implied by the round —", " - irr at 6 yrs - "). */
    private static final Pattern ASIDE = Pattern.compile("\\((?<p>[^()\\n]{8,300})\\)|(?<=\\s)(?<d>[-\u2013\u2014]{1,2})\\s(?<dash>[^\\n]{8,300}?)\\s\\k<d>(?=\\s|$)");
    /** A word that asks, opening a clause. */
    private static final Pattern ASKS = Pattern.compile("\\?|(?:^|[,;:.]\\s*|\\b(?:and|but|so)\\s+)(?:what|how|which|why|when|where|who|whats|what's|is|are|does|do|did|can|could|should|would|will|has|have)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Anything outside the aside that asks: a question mark, a question word anywhere, a yes/no word first. */
    private static final Pattern OUTSIDE_ASKS = Pattern.compile(
            "\\?|\\b(?:what|whats|how|which|why|when|where|who)\\b|^\\s*(?:is|are|does|do|did|can|could|should|would|will|has|have)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A message that says what its writer is doing: "filling in the summary table", "just reworking the loss memo". */
    private static final Pattern DOING = Pattern.compile("^\\s*(?:(?:just|still|now|currently|ok|okay|so)\\s+)?(?!(?:thing|something|nothing|anything|everything|morning|evening|string|spring|bring|during)\\b)[a-z]{2,}ing\\b",
            Pattern.CASE_INSENSITIVE);

    /** A level's label: "big picture:", "narrower:", "exact q:", "zooming in:", at a part's start. */
    private static final Pattern LEVEL = Pattern.compile("^\\s*(?<label>[a-z][a-z0-9',./ -]{0,24}?)\\s*:\\s*(?<text>\\S.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** The widest level, first: what the question is about, asked of no one. */
    private static final Pattern BROAD = Pattern.compile(
            "(?:the )?(?:big[- ]picture|broad(?:est)?|high(?:est)?[- ]level|top(?:[- ]level)?|macro|zoom(?:ing|ed)? out|wide(?:st)?|general|overall|level 1|l1|(?:30|10)k (?:ft|feet)|30,?000 (?:ft|feet))(?: q(?:uestion)?| view)?",
            Pattern.CASE_INSENSITIVE);
    /** A narrower level; the last one is the question. */
    private static final Pattern NARROWER = Pattern.compile(
            "(?:the )?(?:narrow(?:er|est)?|mid(?:dle)?(?:[- ]level)?|medium|lower|lowest|bottom(?:[- ]level)?|micro|tight(?:er|est)?|exact|specific(?:ally)?|precise(?:ly)?"
                    + "|concretely|zoom(?:ing|ed)? in|drill(?:ing)? down|level [23]|l[23]|number|ask|(?:actual|real) (?:q|question|ask)|finally)(?: q(?:uestion)?| view)?",
            Pattern.CASE_INSENSITIVE);

    private Framing() {
    }

    private static boolean balanced(String s) {
        return s.chars().filter(c -> c == '(').count() == s.chars().filter(c -> c == ')').count();
    }

    /**
     * A question narrowed in levels, widest first: "big picture: how much of oai do we own\nnarrower: the round prices
     * richer\nnarrowest: our % at a 1.1 trillion post", "zooming out: is aws making money. zooming in: what's the profit
     * at 40 cents on the dollar". The last level is the question, the levels before it its context (the widest level asks
     * nothing: it is what the question is about, and may name the case). A lone narrower level ("tighter: the irr over 7
     * yrs", a thread's next turn) is its text. Unchanged otherwise.
     */
    static String ladder(String text) {
        List<String> parts = new ArrayList<>();
        for (String line : text.strip().split("\\R")) {
            if (!line.isBlank()) {
                // "zooming out: is it worth it. zooming in: …": levels inside one line, one sentence each
                // (a line break reads as "; " once the message is plain text)
                parts.addAll(List.of(line.strip().split("(?:(?<=[.?!])\\s+|;\\s+)(?=[a-z][a-z0-9',./ -]{0,24}:\\s)")));
            }
        }
        if (parts.isEmpty()) {
            return text;
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Matcher m = LEVEL.matcher(parts.get(i));
            if (!m.matches() || !(i == 0 && parts.size() > 1 ? BROAD : NARROWER).matcher(m.group("label").strip()).matches()) {
                return text;
            }
            texts.add(m.group("text").strip());
        }
        if (texts.size() == 1) {
            return texts.get(0);
        }
        // (the widest level says what it is about, and may hold the case: "broad: is the irr story sellable in bull")
        String context = String.join("; ", texts.subList(0, texts.size() - 1)).replaceAll("[()\\[\\]]", ", ");
        return texts.get(texts.size() - 1) + " (" + context + ")";
    }

    /**
     * "filling in the summary table (our stake in dollars not pct, bull case) then off to the next thing", "reworking the
     * loss memo — exit at which the stake is down 20bn — before i send it": a status whose one aside is what is asked.
     * The aside becomes the question, the status its bracketed context; unchanged unless the status is an activity or the
     * aside asks, and nothing outside the aside asks.
     */
    static String aside(String text) {
        Matcher m = ASIDE.matcher(text);
        if (!m.find()) {
            return text;
        }
        String inner = (m.group("p") != null ? m.group("p") : m.group("dash")).strip();
        int start = m.group("p") != null ? m.start() : m.start("d");
        String outside = (text.substring(0, start) + " " + text.substring(m.end())).replaceAll("\\s+", " ").strip();
        if (m.find() || inner.split("\\s+").length < 3 || outside.isEmpty() || OUTSIDE_ASKS.matcher(outside).find()
                || !balanced(inner) || !balanced(outside) || !DOING.matcher(outside).find() && !ASKS.matcher(inner).find()) {
            // (dashes around a bracket, "what exit gets the payoff (stake + aws profit - the check) to $40B", are minus signs)
            return text;
        }
        return inner.replaceAll("[?.!\\s]+$", "") + "? (" + outside.replaceAll("[()\\[\\]]", ", ") + ")";
    }

    /** The message with its framed question first; unchanged when it frames none. */
    static String question(String text) {
        String levels = ladder(text);
        // (a question narrowed in levels has its context in brackets already: no aside to answer instead)
        return quoted(summarised(levels.equals(text) ? aside(withoutPurpose(text)) : withoutPurpose(levels)));
    }

    /** The message without a remark after its question on why it is asked; unchanged when there is none. */
    static String withoutPurpose(String text) {
        int q = text.lastIndexOf('?');
        if (q < 0 || q == text.length() - 1) {
            return text;
        }
        return PURPOSE.matcher(text.substring(q + 1)).find() ? text.substring(0, q + 1) : text;
    }

    /** "… context …\ntl;dr: what % do we own" as "what % do we own (… context …)"; unchanged without such a line. */
    static String summarised(String text) {
        Matcher m = SUMMARY.matcher(text);
        if (!m.find() || m.start() == 0) {
            return text;
        }
        String before = text.substring(0, m.start()).strip();
        String ask = text.substring(m.end()).strip();
        if (before.isEmpty() || ask.isEmpty()) {
            return text;
        }
        // the context as one bracketed aside: its own brackets would end it early
        String context = before.replaceAll("[()\\[\\]]", ", ").replaceAll("\\s+", " ").replaceAll("(?:,\\s*){2,}", ", ").strip();
        return ask + " (" + context + ")";
    }

    /** "the chair will ask 'X?' - what do i answer" as "X?" with what follows the frame; unchanged without such a frame. */
    static String quoted(String text) {
        Matcher q = QUOTED.matcher(text);
        if (!q.find()) {
            return text;
        }
        String before = text.substring(0, q.start());
        String after = text.substring(q.end());
        Matcher back = ANSWER_BACK.matcher(after);
        boolean answersBack = back.find();
        if (!answersBack && !(ASKS_BEFORE.matcher(before).find() && after.strip().length() <= 40)) {
            return text; // a quote in a question of its own ("the piece calls it 'a hard deadline?'")
        }
        String rest = answersBack ? after.substring(0, back.start()) + after.substring(back.end()) : after;
        rest = rest.replaceAll("^[\\s,.;:!?\u2013\u2014-]+", "").strip();
        return rest.isEmpty() ? q.group("q") : q.group("q") + " " + rest;
    }
}
