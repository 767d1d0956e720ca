package org.thesisbot.core.api;

/**
 * What counts as readable question text, whatever the mouth. A question made only of spaces and invisible
 * characters (no-break spaces, control characters, zero-width and direction marks, combining accents with
 * nothing to sit on, U+FFFD, private-use characters) has nothing to answer: it is refused as bad input
 * (HTTP 400, a polite Slack reply) instead of reaching the embedding model, which throws on it.
 */
public final class QuestionText {
    /**
     * Words that say a figure is the asker's own, not the model's: "my number", "my #", "mine", "call it", "i carry … at".
     * Shared by the router (a company named beside such a figure is no subject) and the reading of comparables.
     */
    public static final String ASKERS_OWN = "\\b(?:my|our) (?:own )?(?:number|figure|math|read|estimate|est|guess|comp|mark)\\b|\\bmy ?#|\\bmine\\b"
            + "|\\bcall it\\b|\\bi (?:use|carry|have|put|mark|value|peg|'ve got|ve got|got)\\b";

    /**
     * Figures one question may hold. Real questions hold a handful ("IRR by exit from $500B to $2T in steps of
     * $250B" has three); reading a figure looks at its neighbours, so hundreds of them ("9..9..9..", "from $1 to
     * $2 from $1 to $2 ...") would cost the reader hundreds of milliseconds for nothing anyone asks.
     */
    public static final int MAX_FIGURES = 24;

    /**
     * Fractions and multiples in words, which the reader takes as figures ("worth half of 830" is $415B, "a
     * tenth of OpenAI", "doubles"): counted like digits, so "half of half of half of …" is refused too.
     */
    private static final java.util.Set<String> FIGURE_WORDS = java.util.Set.of("half", "halves", "halved", "halving",
            "third", "thirds", "quarter", "quarters", "fourth", "fourths", "fifth", "fifths", "tenth", "tenths",
            "twice", "double", "doubles", "doubled", "doubling", "triple", "triples", "tripled", "tripling",
            "quadruple", "quadruples", "quadrupled", "fold");

    private QuestionText() {
    }

    /**
     * How many figures the text holds: runs of digits with their separators, and fractions or multiples in words
     * ("half", "a third", "twice"); counted in one pass.
     */
    public static int figures(String text) {
        if (text == null) {
            return 0;
        }
        int count = 0;
        boolean inFigure = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                int end = i;
                while (end < text.length() && Character.isLetter(text.charAt(end))) {
                    end++;
                }
                // a word of at most 9 letters can be a figure word: no lower-casing of long runs
                if (end - i <= 9 && (end == text.length() || !Character.isDigit(text.charAt(end)))
                        && FIGURE_WORDS.contains(text.substring(i, end).toLowerCase(java.util.Locale.ROOT))) {
                    count++;
                }
                inFigure = false;
                i = end - 1;
                continue;
            }
            if (Character.isDigit(c)) {
                if (!inFigure) {
                    count++;
                    inFigure = true;
                }
            } else if (!(inFigure && continues(text, i))) {
                inFigure = false;
            }
        }
        return count;
    }

    /** A decimal point before a digit, or a thousands comma before exactly three digits, stays in the figure. */
    private static boolean continues(String text, int i) {
        char c = text.charAt(i);
        if (c == '.') {
            return i + 1 < text.length() && Character.isDigit(text.charAt(i + 1));
        }
        if (c != ',') {
            return false;
        }
        for (int k = 1; k <= 3; k++) {
            if (i + k >= text.length() || !Character.isDigit(text.charAt(i + k))) {
                return false;
            }
        }
        return i + 4 >= text.length() || !Character.isDigit(text.charAt(i + 4));
    }

    /**
     * The most digits one figure may have before its decimal point: a figure bigger than any amount of money is refused
     * before anything reads it. (Its decimals are precision, not size: the bot's own readings offered back, "exit of
     * $1171.673819742489270386266094420600858369bn", carry 34 digits.)
     */
    public static final int MAX_DIGITS = 30;

    /**
     * The problem with a question that holds a figure of more than {@value #MAX_DIGITS} digits, or null. Each of the readers a
     * question goes through reads its figures, and a figure of two thousand digits made each of them slow (over a second
     * for one question, measured): refused at once instead, in words.
     */
    public static String tooLongFigure(String text) {
        // (counted by hand, not by a pattern: a repeated group over two thousand digits overflows the regex engine's stack)
        long most = 0;
        long run = 0;
        boolean decimals = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean digitNext = i + 1 < text.length() && Character.isDigit(text.charAt(i + 1));
            if (Character.isDigit(c)) {
                run += decimals ? 0 : 1;
                most = Math.max(most, run);
            } else if (c == '.' && run > 0 && digitNext && !decimals) {
                decimals = true; // (the figure's decimals: precision, not size)
            } else if (!((c == ',' || c == '_') && run > 0 && digitNext && !decimals)) {
                run = 0; // (a thousands separator between digits keeps the figure going; anything else ends it)
                decimals = false;
            }
        }
        return most <= MAX_DIGITS ? null : "That question holds a figure of " + String.format("%,d", most) + " digits; I read figures of at most "
                + MAX_DIGITS + " digits before the decimal point. Please write it shorter (\"$2T\", \"1.5 trillion\").";
    }

    /** The problem with a question of too many figures, or null. */
    public static String tooManyFigures(String text) {
        int n = figures(text);
        return n <= MAX_FIGURES ? null : "That question holds " + n + " figures (numbers, or fractions in words such as "
                + "\"half\"); I read at most " + MAX_FIGURES + " in one question. Please split it into smaller questions.";
    }

    /** A Slack user or channel mention, raw ({@code <@U024BE7LH>}, {@code <#C01|general>}) or as the Slack edge passes it on ({@code @U024BE7LH}). */
    private static final java.util.regex.Pattern MENTION = java.util.regex.Pattern.compile(
            "<[@#!][A-Za-z0-9^]+(?:\\|[^>]*)?>|(?<![\\w@])@[UW][A-Z0-9]{6,}\\b");
    /** A link as Slack sends it, {@code <https://…|the label>} or {@code <https://…>}: its label is what the user wrote. */
    private static final java.util.regex.Pattern LINK = java.util.regex.Pattern.compile("<(?:https?|mailto):[^|>\\s]*(?:\\|([^>]*))?>");
    /** An emoji code ({@code :thinking_face:}, {@code :+1:}, {@code :skin-tone-2:}): a word between colons with no space, at least one letter. */
    private static final java.util.regex.Pattern EMOJI = java.util.regex.Pattern.compile(
            "(?<![\\w:]):(?=[a-z0-9_+'-]*[a-z])[a-z0-9_+'-]{2,40}:(?![\\w])");
    /**
     * The emoji that say a scenario in a market's own shorthand ("in the :bear: case", "for the :rocket: case"): the
     * scenario's word, where a scenario's word would stand (after "the", "in", "for", or before "case", "scenario",
     * "numbers"). Elsewhere ("moic if oai gets to 1.4T :rocket:") it is a mood, and like every other emoji code says
     * nothing the reader reads.
     */
    private static final java.util.Map<String, String> SCENARIO_EMOJI = java.util.Map.of(
            ":bear:", "bear",
            ":ox:", "bull", ":water_buffalo:", "bull", ":rocket:", "bull");

    private static final java.util.regex.Pattern SCENARIO_EMOJI_IN_PLACE = java.util.regex.Pattern.compile(
            "(?<=\\b(?:the|in|for|under) ):(?:bear|ox|water_buffalo|rocket):"
                    + "|:(?:bear|ox|water_buffalo|rocket):(?=\\s*(?:case|scenario|numbers|version|world)\\b)");

    /** The markers of Slack's formatting that carry no words: code ticks, a block quote's {@code >} at a line's start, list bullets. */
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile(
            "`+|(?m)^\\s*(?:>|&gt;)\\s?|(?m)^\\s*[\u2022\u25E6\u2023\u2043\u2219]\\s*");

    /**
     * Bold, italics and strike-through around words ("_per yr_", "*bull*", "~830~"): the markers go, the words stay. Only a
     * pair goes, opened where no word character is before it and closed where none is after it, so "aws_capture_share",
     * "50*2" and a correction's lone star ("150b - *160b") keep theirs.
     */
    private static final java.util.regex.Pattern EMPHASIS = java.util.regex.Pattern.compile(
            "(?<![\\w*_~])([*_~]{1,2})(?=[^\\s*_~])([^\\n]*?[^\\s*_~])\\1(?![\\w*_~])");

    /** A numbered or lettered list's marker at a line's start: "1. ", "2) ", "(b) "; its label is group 1. */
    private static final java.util.regex.Pattern LINE_ENUMERATOR = java.util.regex.Pattern.compile(
            "(?m)^[ \\t]*\\(?([1-9]|[a-h])[.)][ \\t]+");
    /** A list's marker inside a line, "... confirmed. 1) the stake ... 2) the pre-money": only read as one when a second follows. */
    private static final java.util.regex.Pattern INLINE_ENUMERATOR = java.util.regex.Pattern.compile(
            "(?<![\\w.,$])\\(?([1-9]|[a-h])\\)(?=\\s)");

    /**
     * A list's numbers or letters are no figures: "1) the stake at 1.2T 2) the pre-money" asks two things, and its 1 and 2
     * set nothing. Markers at a line's start go (the line break already ends the clause); inside a line, "1)" followed
     * later by "2)" (or "a)" by "b)") are markers, each ending the clause before it.
     */
    /**
     * The parts of a message that numbers its questions ("two checks: 1) what exit makes 2.5x 2) same for 4x", or one item
     * per line): the text before the first marker with the first item, then each later item. Markers count only as a run
     * from 1 (or a) up, one at a time, at least two; otherwise, and for any other message, the list is empty.
     */
    public static java.util.List<String> parts(String text) {
        java.util.List<int[]> markers = new java.util.ArrayList<>(); // start, end, label
        java.util.regex.Matcher line = LINE_ENUMERATOR.matcher(text);
        while (line.find()) {
            markers.add(new int[] {line.start(), line.end(), line.group(1).charAt(0)});
        }
        java.util.regex.Matcher inline = INLINE_ENUMERATOR.matcher(text);
        while (inline.find()) {
            if (markers.stream().noneMatch(k -> k[0] <= inline.start() && inline.start() < k[1])) {
                markers.add(new int[] {inline.start(), inline.end(), inline.group(1).charAt(0)});
            }
        }
        markers.sort(java.util.Comparator.comparingInt(k -> k[0]));
        java.util.List<int[]> run = new java.util.ArrayList<>();
        for (int[] k : markers) {
            if (run.isEmpty() ? k[2] == '1' || k[2] == 'a' : k[2] == run.get(run.size() - 1)[2] + 1) {
                run.add(k);
            }
        }
        if (run.size() < 2) {
            return java.util.List.of();
        }
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < run.size(); i++) {
            int end = i + 1 < run.size() ? run.get(i + 1)[0] : text.length();
            String item = text.substring(run.get(i)[1], end).strip();
            out.add(i == 0 ? (text.substring(0, run.get(0)[0]).strip() + " " + item).strip() : item);
        }
        return out;
    }

    /** A block quote's line: its {@code >} (or {@code &gt;}, as Slack sends it) and its words. */
    private static final java.util.regex.Pattern QUOTE_LINE = java.util.regex.Pattern.compile("(?m)^\\s*(?:>|&gt;)\\s?(.*\\S.*)$");

    /**
     * The lines of a message's block quotes ("> For now, the silence from Anthropic is notable"), in plain words: what the
     * asker pasted above the question, usually from the sources. Empty when there is no quote.
     */
    public static java.util.List<String> quoted(String text) {
        java.util.List<String> out = new java.util.ArrayList<>();
        java.util.regex.Matcher m = QUOTE_LINE.matcher(text);
        while (m.find()) {
            out.add(plain(m.group(1)));
        }
        return out;
    }

    private static String enumeration(String s) {
        // (inside a line first: "1) the stake … 2) the pre-money" on one line starts with its first marker)
        s = LINE_ENUMERATOR.matcher(inlineEnumeration(s)).replaceAll("");
        return s;
    }

    private static String inlineEnumeration(String s) {
        java.util.regex.Matcher m = INLINE_ENUMERATOR.matcher(s);
        java.util.List<int[]> spans = new java.util.ArrayList<>();
        java.util.List<Character> labels = new java.util.ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
            labels.add(m.group(1).charAt(0));
        }
        boolean sequence = false;
        for (int i = 1; i < labels.size() && !sequence; i++) {
            sequence = labels.get(i) == labels.get(i - 1) + 1;
        }
        if (!sequence) {
            return s;
        }
        StringBuilder b = new StringBuilder(s);
        for (int i = spans.size() - 1; i >= 0; i--) {
            int[] sp = spans.get(i);
            String before = b.substring(0, sp[0]).stripTrailing();
            boolean ended = before.isEmpty() || ".;:?!".indexOf(before.charAt(before.length() - 1)) >= 0;
            b.replace(sp[0], sp[1], ended ? "" : ";");
        }
        return b.toString();
    }

    /**
     * Each line break after a line that does not end in punctuation of its own said as a clause's end ("; "), unless the
     * clause plainly runs on: the line ends on a word that needs what follows ("oai at⏎900b pre money", "what do we wire
     * in⏎for 8% of oai") or the next line starts with one ("how many yrs⏎are we holding", "highest post we can pay⏎and still
     * get 5.5%"), as a message typed in bursts of Enter reads. Then it is a space.
     */
    static String lineEnds(String s) {
        java.util.regex.Matcher m = LINE_END.matcher(s);
        if (!m.find()) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        int last = 0;
        do {
            java.util.regex.Matcher before = LAST_WORD.matcher(s.substring(Math.max(last, m.start() - 30), m.start()));
            java.util.regex.Matcher after = FIRST_WORD.matcher(s.substring(m.end(), Math.min(s.length(), m.end() + 30)));
            // (never into a line that starts with a label of its own: "tl;dr: …", "narrower: …", "Find: …")
            boolean runsOn = !LABEL.matcher(s.substring(m.end(), Math.min(s.length(), m.end() + 30))).lookingAt() && before.find() && RUNS_ON_BEFORE.contains(before.group(1).toLowerCase(java.util.Locale.ROOT))
                    || after.lookingAt() && RUNS_ON_AFTER.contains(after.group(1).toLowerCase(java.util.Locale.ROOT));
            out.append(s, last, m.start()).append(runsOn ? " " : "; ");
            last = m.end();
        } while (m.find());
        return out.append(s.substring(last)).toString();
    }

    /**
     * A line of at most three words that starts with a word, a figure or Slack's correcting star, and holds no label or
     * arrow: a piece of a sentence typed in a burst of Enter ("each yr", "no sorry bear", "*33%").
     */
    public static boolean fragment(String line) {
        String l = line.strip();
        return !l.isEmpty() && !listItem(l) && l.split("\\s+").length <= 3 && FRAGMENT_START.matcher(l).lookingAt() && l.indexOf(':') < 0
                && !l.contains("->") && !l.contains("\u2192") && !l.contains("=>");
    }

    private static final java.util.regex.Pattern FRAGMENT_START = java.util.regex.Pattern.compile("[\\p{L}\\p{N}*$~]");
    /** A line that starts with a label: a word or two and a colon ("tl;dr:", "narrower:", "big picture:"). */
    private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile("\\s*[\\p{L}][\\p{L};' -]{0,20}:(?!\\d)");

    /** A line that starts with a list's marker: "- ", "+ ", "• ", "> ", "1. ", "2) ". */
    public static boolean listItem(String line) {
        return LIST_MARK.matcher(line.strip()).lookingAt();
    }

    private static final java.util.regex.Pattern LIST_MARK = java.util.regex.Pattern.compile("(?:[-+\u2022\u2013>]|\\d+[.)])\\s");
    private static final java.util.regex.Pattern LAST_WORD = java.util.regex.Pattern.compile("(?<![\\p{L}'])(\\p{L}+)$");
    private static final java.util.regex.Pattern FIRST_WORD = java.util.regex.Pattern.compile("(\\p{L}+)(?![\\p{L}\\p{N}'])");
    /** Words that cannot end a clause: prepositions, articles, conjunctions, possessives, auxiliaries that ask. */
    private static final java.util.Set<String> RUNS_ON_BEFORE = java.util.Set.of("at", "to", "of", "for", "the", "a", "an", "and", "or", "but",
            "with", "w", "in", "on", "by", "from", "than", "vs", "our", "my", "its", "their", "is", "are", "if", "when", "does", "do", "per",
            "into", "about", "over", "under", "before", "after", "until", "gets", "get", "where", "that");
    /** Words a clause does not start with after a line of its own: prepositions, conjunctions, auxiliaries. */
    private static final java.util.Set<String> RUNS_ON_AFTER = java.util.Set.of("for", "to", "of", "at", "and", "or", "but", "with", "w", "in",
            "on", "by", "from", "than", "before", "after", "until", "does", "do", "is", "are", "was", "were", "can", "could", "would", "will",
            "should", "gets", "get", "vs", "versus", "into", "over", "under", "per");

    /** A line break after a line that does not end in punctuation of its own. */
    private static final java.util.regex.Pattern LINE_END = java.util.regex.Pattern.compile("(?<=[\\p{L}\\p{N})%*_~])[ \\t]*(?:\\r?\\n)+\\s*");

    /**
     * The words of a message as Slack users write them, without what Slack's formatting adds and nobody reads as part
     * of the question: emoji codes ({@code :eyes:}), mentions of colleagues ({@code <@U024BE7LH>}), code ticks around a
     * figure, block quotes' and bullets' markers, and the markers of bold, italics and strike-through.
     * A line break ends a clause: a list of "• exit 1.1T" and "• 6 yrs" on two lines reads as "exit 1.1T; 6 yrs".
     */
    /**
     * Full-width forms as typed on a Japanese, Chinese or Korean keyboard ("？", "：", "（", "１２０"), the ideographic space and
     * the ideographic comma and full stop ("、", "。"), and the digits of every other script ("٥٠", "५०"): their ASCII twins, one
     * character for one, so positions are kept.
     */
    public static String halfWidth(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char h = c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c == '\u3000' ? ' ' : c == '\u3001' ? ',' : c == '\u3002' ? '.'
                    // a Turkish keyboard's dotless and dotted i ("ırr", "openaı", "İndiana"): the Latin i
                    : c == '\u0131' ? 'i' : c == '\u0130' ? 'I'
                    // a phone's or a word processor's curly apostrophes and quotes ("req’d", "1’150", “830”): the typewriter's
                    : c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '\u2032' ? '\''
                    : c == '\u201C' || c == '\u201D' || c == '\u2033' ? '"'
                    : c > 0x7F && Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER ? (char) ('0' + Character.digit(c, 10)) : c;
            if (h != c && out == null) {
                out = new StringBuilder(text);
            }
            if (out != null) {
                out.setCharAt(i, h);
            }
        }
        return out == null ? text : out.toString();
    }

    /** The multiplication sign after a figure ("1.5×") and alone ("how many ×"), and the signs "≥" and "≤", in words. */
    static String signs(String text) {
        if (text.indexOf('\u00d7') < 0 && text.indexOf('\u2265') < 0 && text.indexOf('\u2264') < 0) {
            return text;
        }
        return text.replaceAll("(?<=\\d)\\s?\u00d7", "x").replace("\u00d7", " times ").replace("\u2265", " at least ")
                .replace("\u2264", " at most ");
    }

    /**
     * The bot addressed by name inside a message, "@thesisbot": typed so in the playground or the API, and written so by the
     * Slack adapter for the bot's own mention when it is not the message's first word ("- @thesisbot what exit …" as one
     * bullet of a status update).
     */
    public static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern.compile(
            "(?<![\\w@])@thesis[ _-]?bot\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** The message's lines that hold any visible text, in order. */
    public static java.util.List<String> lines(String text) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String line : text.split("\\r?\\n")) {
            if (readable(line)) {
                out.add(line);
            }
        }
        return out;
    }

    /**
     * A message of several lines of which only some address the bot ("- sent the deck to Ana\n- @thesisbot what exit gets
     * amzn to 2.5x\n- back tmrw"): those lines, the rest being notes to colleagues. Otherwise the text itself.
     */
    public static String addressed(String text) {
        java.util.List<String> lines = lines(text);
        if (lines.size() < 2) {
            return text;
        }
        java.util.List<String> asked = lines.stream().filter(l -> ADDRESS.matcher(l).find()).toList();
        return asked.isEmpty() || asked.size() == lines.size() ? text : String.join("\n", asked);
    }

    /** A list item's marker at a line's start, a space after it: "+ 4 yr hold", "- the 1.3T exit" ("-6", glued, is a sign). */
    private static final java.util.regex.Pattern ITEM = java.util.regex.Pattern.compile("(?m)^[ \\t]*([+\\-\u2013])[ \\t]+(?=\\S)");

    /**
     * True when the message lists what it adds with "+ " at a line's start, as a diff does ("irr?\n+ exit 1.3T\n+ hold 6
     * yrs", then "- 6 yrs\n+ 4 instead\nnow?"): each item is a condition of the question, none a status line.
     */
    public static boolean diffList(String text) {
        java.util.regex.Matcher m = ITEM.matcher(text == null ? "" : text);
        boolean items = false;
        while (m.find()) {
            if (m.group(1).equals("+")) {
                return true;
            }
            items = true;
        }
        // "- the capture thing\nnow?": items taken away, then the thread's question asked again
        return items && AGAIN_LINE.matcher(text).find();
    }

    /** A line that only asks the thread's question again after a change: "now?", "and now?", "then?". */
    private static final java.util.regex.Pattern AGAIN_LINE = java.util.regex.Pattern.compile(
            "(?im)^[ \\t]*(?:and |so |ok )?(?:now|then|and now|what now|how about now)[ \\t]*\\?+[ \\t]*$");

    /**
     * The markers of a diff-like list: "+ X" adds X, so X is read as written; beside such items, "- X" takes X away and is
     * read "without X" ("- the capture thing\nnow?"). A figure right after a marker is never signed by it ("+ 40bn check" is
     * no increase of $40B). A list of "- " items alone is a list of bullets, read as today.
     */
    static String items(String s) {
        if (!diffList(s)) {
            return s;
        }
        return ITEM.matcher(s).replaceAll(m -> m.group(1).equals("+") ? "" : "without ");
    }

    public static String plain(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String s = MENTION.matcher(signs(halfWidth(text))).replaceAll(" ");
        s = ADDRESS.matcher(s).replaceAll(" ");
        s = LINK.matcher(s).replaceAll(r -> r.group(1) == null ? " " : java.util.regex.Matcher.quoteReplacement(r.group(1)));
        s = SCENARIO_EMOJI_IN_PLACE.matcher(s).replaceAll(e -> " " + SCENARIO_EMOJI.get(e.group()) + " ");
        s = EMOJI.matcher(s).replaceAll(" ");
        s = items(s);
        s = MARKS.matcher(s).replaceAll("");
        s = EMPHASIS.matcher(s).replaceAll("$2");
        s = enumeration(s);
        // a line break ends a clause, as a list's items or a question under a quote do: said with a semicolon, which
        // the reader reads as a clause's end (it reads every run of white space as one space)
        s = lineEnds(s.strip());
        return foldCase(s.replaceAll("[ \\t]{2,}", " ").strip());
    }

    /** A word of two letters or more, not glued to a figure ("1.2T", "50bn" are units, not words). */
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])\\p{L}[\\p{L}'-]*\\p{L}(?![\\p{L}\\p{N}])");

    /**
     * A message typed in capitals, or with every word capitalised ("WHAT'S THE IRR IF OAI EXITS AT 1T", "What Is The Stake At
     * 1.2 Tril Post"), says nothing with its capitals: no name stands out from the words around it, no acronym from a word.
     * Such a message is read in lower case, as a lower-case message is (names and acronyms are known in lower case too). A
     * message whose capitals mark names and acronyms ("what's AWS's take if OpenAI exits at 1T") is kept as typed.
     */
    static String foldCase(String s) {
        java.util.regex.Matcher m = WORD.matcher(s);
        int words = 0;
        int upper = 0;
        int initial = 0;
        while (m.find()) {
            String w = m.group();
            words++;
            if (Character.isUpperCase(w.charAt(0))) {
                initial++;
                if (w.equals(w.toUpperCase(java.util.Locale.ROOT))) {
                    upper++;
                }
            }
        }
        boolean shouted = words >= 3 && upper * 10 >= words * 6;
        boolean titled = words >= 4 && initial * 10 >= words * 7;
        return shouted || titled ? s.toLowerCase(java.util.Locale.ROOT) : s;
    }

    /** Control characters other than tab and line breaks become spaces (they can only garble matching and logs). */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                if (b == null) {
                    b = new StringBuilder(text);
                }
                b.setCharAt(i, ' ');
            }
        }
        return b == null ? text : b.toString();
    }

    /** True when the text has at least one letter, digit, punctuation mark or symbol a reader can see. */
    public static boolean readable(String text) {
        if (text == null) {
            return false;
        }
        return text.codePoints().anyMatch(QuestionText::visible);
    }

    private static boolean visible(int cp) {
        if (cp == 0xFFFD) {
            return false; // the replacement character: something that could not be decoded
        }
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.CONNECTOR_PUNCTUATION,
                    Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }
}
