package org.thesisbot.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text helpers for Slack's mrkdwn: escaping, reading user text, splitting to Slack's limits, thread titles. */
final class SlackText {
    private static final Pattern USER_MENTION = Pattern.compile("<@([A-Z0-9]+)(\\|[^>]*)?>");
    private static final Pattern LINK = Pattern.compile("<((?:https?|mailto):[^>|]+)(?:\\|([^>]*))?>");
    private static final Pattern SPECIAL = Pattern.compile("<!([a-z^]+)[^>]*>");
    /** mrkdwn {@code *bold*}: single asterisks around non-blank text, not part of a {@code **} pair. */
    private static final Pattern MRKDWN_BOLD = Pattern.compile("(?<![*\\w])\\*(?![*\\s])([^*\\n]*?[^*\\s])\\*(?![*\\w])");
    /** mrkdwn {@code ~strike~}. */
    private static final Pattern MRKDWN_STRIKE = Pattern.compile("(?<![~\\w])~(?![~\\s])([^~\\n]*?[^~\\s])~(?![~\\w])");

    private SlackText() {
    }

    /**
     * Escapes {@code & < >} so that text we did not write (quotes, model output, user input) cannot
     * become a mention, a broadcast ({@code <!channel>}) or a link. Formatting characters stay.
     */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * What the user typed, as plain text for the brain: the bot's own mention removed, other mentions
     * as {@code @U123}, links as their label (or URL), broadcasts dropped, entities unescaped.
     */
    static String toQuestion(String raw, String botUserId) {
        if (raw == null) {
            return "";
        }
        String s = raw;
        Matcher m = USER_MENTION.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            // the bot's own mention as the message's first word only addresses the message; inside it ("- @bot what exit …"
            // on one line of a status update) it says which line asks, for the brain to read that line
            boolean leading = SPECIAL.matcher(s.substring(0, m.start())).replaceAll("").isBlank();
            String replacement = m.group(1).equals(botUserId) ? (leading ? "" : "@thesisbot") : "@" + m.group(1);
            m.appendReplacement(b, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(b);
        s = b.toString();
        if (botUserId == null) {
            // Without a known bot id, a leading mention is the one that addressed us.
            s = s.replaceFirst("^\\s*@[A-Z0-9]+\\b", "");
        }
        Matcher l = LINK.matcher(s);
        b = new StringBuilder();
        while (l.find()) {
            String label = l.group(2) != null && !l.group(2).isBlank() ? l.group(2) : l.group(1);
            l.appendReplacement(b, Matcher.quoteReplacement(label));
        }
        l.appendTail(b);
        s = SPECIAL.matcher(b.toString()).replaceAll("");
        s = s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        return s.replaceAll("[ \\t]+", " ").strip();
    }

    /**
     * mrkdwn to the standard markdown that streamed messages ({@code markdown_text}) take: {@code *bold*}
     * becomes {@code **bold**} (in markdown a single asterisk is italic, so the same answer showed bold in
     * channels and italic in DMs) and {@code ~strike~} becomes {@code ~~strike~~}. {@code _italic_} and
     * {@code `code`} mean the same in both; text already in markdown ({@code **bold**}) is left alone.
     */
    static String toMarkdown(String mrkdwn) {
        if (mrkdwn == null || (mrkdwn.indexOf('*') < 0 && mrkdwn.indexOf('~') < 0)) {
            return mrkdwn == null ? "" : mrkdwn;
        }
        String s = MRKDWN_BOLD.matcher(mrkdwn).replaceAll("**$1**");
        return MRKDWN_STRIKE.matcher(s).replaceAll("~~$1~~");
    }

    /** True when the text mentions a user other than this bot (a reply addressed to a person, not to the bot). */
    static boolean mentionsSomeoneElse(String raw, String botUserId) {
        if (raw == null) {
            return false;
        }
        Matcher m = USER_MENTION.matcher(raw);
        while (m.find()) {
            if (!m.group(1).equals(botUserId)) {
                return true;
            }
        }
        return false;
    }

    /** True when the text mentions this bot user. */
    static boolean mentions(String raw, String botUserId) {
        return raw != null && botUserId != null && raw.contains("<@" + botUserId);
    }

    /**
     * Splits text into pieces of at most {@code max} characters, preferring paragraph, then line, then
     * sentence, then word boundaries.
     */
    static List<String> split(String text, int max) {
        List<String> out = new ArrayList<>();
        String rest = text == null ? "" : text.strip();
        while (rest.length() > max) {
            int cut = lastBoundary(rest, max);
            out.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isEmpty()) {
            out.add(rest);
        }
        return out;
    }

    private static int lastBoundary(String s, int max) {
        String window = s.substring(0, max);
        for (String sep : new String[] {"\n\n", "\n", ". ", " "}) {
            int i = window.lastIndexOf(sep);
            if (i >= max / 2) {
                return i + sep.length();
            }
        }
        return max;
    }

    /** At most {@code max} characters; an ellipsis marks a cut. */
    static String truncate(String s, int max) {
        if (s == null) {
            return "";
        }
        if (s.length() <= max) {
            return s;
        }
        int cut = s.lastIndexOf(' ', max - 1);
        if (cut < max / 2) {
            cut = max - 1;
        }
        return s.substring(0, cut).stripTrailing() + "…";
    }

    /** A thread title from a question: its first sentence or line, at most 60 characters. */
    static String gist(String question) {
        String s = question == null ? "" : question.strip();
        int nl = s.indexOf('\n');
        if (nl > 0) {
            s = s.substring(0, nl);
        }
        for (String end : new String[] {"? ", ". ", "! "}) {
            int i = s.indexOf(end);
            if (i > 0) {
                s = s.substring(0, i + 1);
            }
        }
        s = s.replaceAll("\\s+", " ").strip();
        if (s.isEmpty()) {
            return "Question";
        }
        s = Character.toUpperCase(s.charAt(0)) + s.substring(1);
        return truncate(s, 60);
    }
}
