package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Alternatives listed to be put in order: "smallest to biggest - our % if the round is done at: 1.2T post / 950bn pre /
 * 1T post", "exit needed for each, lowest first: 2x; stake worth 120bn; 20% irr over 5 yrs", "bull, biggest first: what
 * our stake is worth / aws op profit", "odd one out on moic: …", "top 2 only: …". The words that order the list ask no
 * number of their own; each item, said after the words before the colon, is a question of its own, answered from the
 * thread as it stood, and the answers are then put in the order asked (the first number of each answer decides), the
 * top few kept, or the one that differs from the rest named first.
 *
 * <p>A list is items after a colon, two to six, separated by " / ", ";" or " | ". Items of bare figures ("2x / 2.5x /
 * 3x") are {@link Series}' and read there; only their ordering words are taken out here.
 */
final class Rankings {
    enum Order { ASCENDING, DESCENDING, AS_LISTED }

    /** The questions, one per item, each item's own words as its label, and how to order the answers. */
    record Found(List<String> questions, List<String> labels, Order order, int top, boolean oddOneOut, String stem, List<String> items) {
        /** The list as the thread keeps it, so "same list in bear" asks it again. */
        Kept kept() {
            return new Kept(stem, items, labels, order, top, oddOneOut);
        }
    }

    /** One item said after the words before the colon: where "each" stands, after a word that runs on, or after a colon. */
    static String compose(String stem, String item) {
        Matcher each = EACH.matcher(stem);
        if (each.find()) {
            // "exit that gets each back to zero: gain / payoff": the item stands where "each" does
            return stem.substring(0, each.start()) + item + stem.substring(each.end());
        }
        return stem.isEmpty() ? item : RUNS_ON.matcher(stem).find() ? stem + " " + item
                : NEEDS.matcher(stem).find() ? stem + " for " + item
                : GOAL_VERB.matcher(item).lookingAt() ? stem + " to " + item : stem + ": " + item;
    }

    static final int MAX_ITEMS = 6;
    private static final String LOW = "(?:smallest|lowest|least|low|cheapest|shortest|min(?:imum)?|worst|leanest|thinnest|slimmest)";
    private static final String HIGH = "(?:biggest|largest|highest|high|most|greatest|fattest|longest|max(?:imum)?|best|richest|steepest)";
    private static final String TO = "\\s*(?:to|->|\u2192|-|vs)\\s*";
    /** "smallest to biggest", "low -> high", "lowest first", "ascending". */
    private static final Pattern UP = Pattern.compile("\\b(?:from )?" + LOW + TO + HIGH + "\\b|\\b" + LOW + "(?: [\\w'%$]+){0,2}? first\\b|\\bascending\\b",
            Pattern.CASE_INSENSITIVE);
    /** "biggest to smallest", "high to low", "biggest ask first", "fattest first", "descending". */
    private static final Pattern DOWN = Pattern.compile("\\b(?:from )?" + HIGH + TO + LOW + "\\b|\\b" + HIGH + "(?: [\\w'%$]+){0,2}? first\\b|\\bdescending\\b",
            Pattern.CASE_INSENSITIVE);
    /** "top 2 only", "top two by size", "just the top 3". */
    private static final Pattern TOP = Pattern.compile("\\b(?:just |only )?(?:the )?top (\\d|one|two|three|four|five)\\b(?: only| by (?:size|value)(?: only)?)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ODD = Pattern.compile("\\bodd one out\\b(?: on| for| by| in terms of)?", Pattern.CASE_INSENSITIVE);
    /** Words that only ask for order: "rank by", "ranking on", "sort by", "order them", "in order", "list all 3". */
    private static final Pattern ORDERING = Pattern.compile(
            "\\b(?:rank(?:ed|ing)?|sort(?:ed)?|order(?:ed)?)(?: (?:them|these|those|all \\w+|the [\\w']+))?(?: (?:by|in terms of))?\\b(?: size)?"
                    + "|\\bin order\\b|\\blist all (?:\\d|three|four|five|of them)\\b|\\b(?:for )?each(?: of (?:these|them|the \\w+))?(?: on its own)?\\b(?=\\s*[:,;-]|$)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SEPARATOR = Pattern.compile("\\s+/\\s+|\\s*;\\s*|\\s+\\|\\s+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.?!]\\s");
    /** Where the list ends: a sentence after it ("… 4.5%. give me the odd one's $"). */
    private static final Pattern TAIL = Pattern.compile("[.?!](?=\\s|$)|\\s\\+\\s");
    /** A stem that runs on into its item ("if the round gets done at", "exit oai needs for"). */
    private static final Pattern RUNS_ON = Pattern.compile("\\b(?:at|if|when|with|for|to|of|on|by|under|in|where|assuming|given)\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** An item that is only a figure (and its unit): Series reads such a list. */
    private static final Pattern BARE = Pattern.compile("\\s*\\$?\\d[\\d,]*(?:\\.\\d+)?\\s*(?:%|x|bn|b|tn|t|trillions?|billions?|tril|pts?|yrs?|years?|y)?\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("\\$?\\d[\\d,]*(?:\\.\\d+)?|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|half)\\b",
            Pattern.CASE_INSENSITIVE);

    /** The name a list is kept under in a thread's state ({@link #kept}). */
    static final String KEPT = "list";
    private static final String SEP = " || ";

    /** A list asked again: "same list in bear", "same 3 but the round prices at a 1T post", "now at 1.5T, same 3". */
    private static final Pattern AGAIN = Pattern.compile(
            "^(?<pre>.*?)[,;:\\s-]*\\b(?:the )?same (?:list|ones?|items|things|set|lot|(?:\\d|two|three|four|five|six)(?: (?:things|items|numbers|ones))?)\\b[,;:\\s-]*(?<post>.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** One item of the thread's list pointed at: "the middle one", "the first one", "the 2nd", "the last one", "the top one". */
    private static final Pattern ITEM = Pattern.compile(
            "\\b(?:at |for |on )?the (?<which>middle|first|1st|second|2nd|third|3rd|fourth|4th|last|top|bottom) (?:one|item|number|figure|case)\\b",
            Pattern.CASE_INSENSITIVE);

    /** A list as the thread keeps it: the words before its colon, each item, and its order, top and odd-one-out. */
    record Kept(String stem, List<String> items, List<String> labels, Order order, int top, boolean odd) {
        String words() {
            return order + "|" + top + "|" + odd + SEP + stem + SEP + String.join(SEP, items) + SEP + "labels" + SEP + String.join(SEP, labels);
        }

        static Optional<Kept> of(String words) {
            String[] parts = words.split(Pattern.quote(SEP), -1);
            int at = java.util.Arrays.asList(parts).indexOf("labels");
            if (parts.length < 4 || at < 3) {
                return Optional.empty();
            }
            String[] head = parts[0].split("\\|", -1);
            try {
                return Optional.of(new Kept(parts[1], List.of(java.util.Arrays.copyOfRange(parts, 2, at)),
                        List.of(java.util.Arrays.copyOfRange(parts, at + 1, parts.length)), Order.valueOf(head[0]), Integer.parseInt(head[1]),
                        Boolean.parseBoolean(head[2])));
            } catch (RuntimeException e) {
                return Optional.empty(); // (a list kept by another release, in another shape: not asked again)
            }
        }
    }

    /**
     * The thread's list asked again with the follow-up's change: each item's question with the change after it, the case a
     * change names taking the place of the one before ("same list in bear" after "bull case, rank …").
     */
    static Optional<Found> again(String text, Kept kept) {
        Matcher m = AGAIN.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String change = (m.group("pre") + " " + m.group("post")).replaceAll("^[\\s,;:-]*(?:and|but|now|ok|so)?\\b\\s*", "").replaceAll("[\\s,;:.?!-]+$", "").strip();
        String stem = kept.stem();
        if (CASE.matcher(change).find()) {
            stem = CASE.matcher(stem).replaceAll(" ").replaceAll("^[\\s,;:-]+|[\\s,;:-]+$", "").strip(); // the change's case, not the list's
        }
        List<String> questions = new ArrayList<>();
        List<String> items = new ArrayList<>();
        for (String item : kept.items()) {
            String changed = change.isEmpty() ? item : item + ", " + change;
            items.add(changed);
            questions.add(compose(stem, changed));
        }
        return Optional.of(new Found(questions, kept.labels(), kept.order(), kept.top(), kept.odd(), stem, items));
    }

    /** The item of the thread's list a follow-up points at, and the follow-up without the pointer; empty when it points at none. */
    static Optional<java.util.Map.Entry<Integer, String>> item(String text, int size) {
        Matcher m = ITEM.matcher(text);
        if (!m.find() || size < 1) {
            return Optional.empty();
        }
        int i = switch (m.group("which").toLowerCase(Locale.ROOT)) {
            case "middle" -> size % 2 == 1 ? size / 2 : -1;
            case "first", "1st", "top" -> 0;
            case "second", "2nd" -> 1;
            case "third", "3rd" -> 2;
            case "fourth", "4th" -> 3;
            default -> size - 1;
        };
        if (i < 0 || i >= size) {
            return Optional.empty();
        }
        // (the item's number is what the follow-up is asked at: "irr at that if we hold 7 yrs")
        return Optional.of(java.util.Map.entry(i, (text.substring(0, m.start()) + " at that " + text.substring(m.end())).replaceAll("\\s{2,}", " ").strip()));
    }

    private static final Pattern CASE = Pattern.compile("\\b(?:bull|base|bear)(?:'s)?(?: case)?\\b", Pattern.CASE_INSENSITIVE);

    private Rankings() {
    }

    /** Whether the text has words that order a list: a cheap look before {@link #find}. */
    static boolean mayAsk(String lower) {
        return lower.indexOf(':') >= 0 && (UP.matcher(lower).find() || DOWN.matcher(lower).find() || TOP.matcher(lower).find()
                || ODD.matcher(lower).find() || ORDERING.matcher(lower).find());
    }

    static Optional<Found> find(String text) {
        if (text.length() > 600 || !mayAsk(text.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        Order order = UP.matcher(text).find() ? Order.ASCENDING : DOWN.matcher(text).find() ? Order.DESCENDING : Order.AS_LISTED;
        Matcher t = TOP.matcher(text);
        int top = t.find() ? count(t.group(1)) : 0;
        if ((top > 0 || RANK.matcher(text).find() || ORDER_WORD.matcher(text).find()) && order == Order.AS_LISTED) {
            // "rank these", "top 2", "put them in order": largest first unless the words say otherwise
            order = Order.DESCENDING;
        }
        boolean odd = ODD.matcher(text).find();
        String plain = without(text);
        int colon = lastColon(plain);
        if (colon < 0) {
            return Optional.empty();
        }
        String stem = plain.substring(0, colon).replaceAll("[\\s,;:\u2013\u2014-]+$", "").replaceAll("^[\\s,;:\u2013\u2014-]+", "").strip();
        String list = plain.substring(colon + 1).strip();
        Matcher tail = TAIL.matcher(list);
        // (a list is split at its separators; a sentence after the last item asks what the ordering words already did)
        String[] raw = SEPARATOR.split(list, -1);
        if (raw.length < 2 || raw.length > MAX_ITEMS) {
            return Optional.empty();
        }
        List<String> items = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            String item = raw[i].strip();
            if (i == raw.length - 1) {
                tail = TAIL.matcher(item);
                if (tail.find() && tail.start() > 0) {
                    item = item.substring(0, tail.start()).strip();
                }
            }
            item = item.replaceAll("[.?!,]+$", "").strip();
            if (item.isEmpty() || item.length() > 160 || SENTENCE_END.matcher(item).find()) {
                // ("… to 80bn. exit / capture / margin": a sentence before the list is no item of it)
                return Optional.empty();
            }
            items.add(item);
        }
        if (items.stream().allMatch(i -> BARE.matcher(i).matches() || i == items.get(items.size() - 1))) {
            return Optional.empty(); // "2x / 2.5x / 3x on the 50": a list of one input's values ({@link Series})
        }
        List<String> filled = filled(items);
        List<String> questions = new ArrayList<>();
        for (String item : filled) {
            questions.add(compose(stem, item));
        }
        return Optional.of(new Found(questions, items, order, top, odd, stem, filled));
    }

    /**
     * The text without the words that say an order ("low to high", "biggest first", "top 2", "odd one out on", "rank by"),
     * for a list {@link Series} reads; the text as it is when it has none.
     */
    static String withoutOrder(String text) {
        if (colon(text) < 0) {
            return text;
        }
        String s = cut(text, RANK);
        int colon = lastColon(s);
        if (colon > 0 && NEEDS.matcher(s.substring(0, colon).replaceAll("[\\s,;\u2013\u2014-]+$", "")).find()) {
            // "exits needed, low to high: 2x / 2.5x / 3x": the exit needed for each
            s = s.substring(0, colon).replaceAll("[\\s,;\u2013\u2014-]+$", "") + " for " + s.substring(colon + 1).strip();
        }
        return s.equals(text) ? text : s.replaceAll("\\s*,\\s*(?=[,:;])", "").replaceAll("[ \\t]{2,}", " ").replaceAll("^[\\s,;\u2013\u2014-]+", "").strip();
    }

    private static final Pattern ORDER_WORD = Pattern.compile("\\b(?:in order|order (?:them|these|those))\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern RANK = Pattern.compile("\\b(?:rank(?:ed|ing)?|sort(?:ed)?)(?: (?:them|these|those))?(?: (?:by|on))?\\b", Pattern.CASE_INSENSITIVE);

    /** The text without the words that only order the list. */
    static String without(String text) {
        return cut(text, ORDERING).replaceAll("\\s*,\\s*(?=[,:;])", "").replaceAll("[ \\t]{2,}", " ").replaceAll("\\(\\s*\\)", "").strip();
    }

    /** The text without the words of a direction, a top few, an odd one out, and {@code also}'s. */
    private static String cut(String text, Pattern also) {
        String s = text;
        for (Pattern p : List.of(UP, DOWN, TOP, ODD, also)) {
            s = p.matcher(s).replaceAll(" ");
        }
        return s;
    }

    /** An item that is a goal said with its verb ("own 5% at the 830 post", "hit 3x"): the words before ask what reaches it. */
    private static final Pattern GOAL_VERB = Pattern.compile("(?:own|get|hit|reach|make|clear|buy|keep|hold|double|triple|earn|have|land|break even)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "each" standing for the items in the words before the list ("the exit that gets each back to zero"). */
    private static final Pattern EACH = Pattern.compile("\\beach(?: one| of (?:them|these))?\\b(?! (?:year|yr|month|quarter|case|scenario|other|leg|lever|way)\\b)",
            Pattern.CASE_INSENSITIVE);
    /** Words before the list that ask what a goal needs ("the exit it takes", "capture share needed"): the item is the goal. */
    private static final Pattern NEEDS = Pattern.compile("\\b(?:needed|required|it takes|it'd take|it would take|takes|needs|need)\\s*$",
            Pattern.CASE_INSENSITIVE);

    /** The last colon that ends words (not "10:30"), or -1: the list follows it. */
    private static int lastColon(String s) {
        int at = -1;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == ':' && (i + 1 == s.length() || Character.isWhitespace(s.charAt(i + 1)))) {
                at = i;
            }
        }
        return at;
    }

    /** The first colon that ends words (not "10:30"), or -1. */
    private static int colon(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == ':' && (i + 1 == s.length() || Character.isWhitespace(s.charAt(i + 1)))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Items said in short after the first ("50 still buys at least 6% / at least 5%"): the words of the first before its
     * own like words are put before them ("50 still buys at least 5%"); a bare number after an item with a unit takes that
     * unit ("held seven years / held 4" is four years).
     */
    static List<String> filled(List<String> items) {
        List<String> out = new ArrayList<>();
        String first = items.get(0);
        String firstShape = shape(first);
        Matcher lastFigure = LAST_FIGURE.matcher(first);
        String beforeFigure = lastFigure.find() && lastFigure.start() > 0 ? first.substring(0, lastFigure.start()) : null;
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i);
            if (i > 0) {
                String shape = shape(item);
                Matcher word = LEADING_WORD.matcher(item);
                int said = word.find() ? first.toLowerCase(Locale.ROOT).lastIndexOf(" " + word.group(1).toLowerCase(Locale.ROOT) + " ") : -1;
                if (shape.length() < firstShape.length() && firstShape.endsWith(" " + shape) && shape.contains("N")) {
                    // "50 still buys at least 6% / at least 5%": the first's words before its own like ones
                    int words = item.split("\\s+").length;
                    String[] f = first.split("\\s+");
                    item = String.join(" ", java.util.Arrays.copyOfRange(f, 0, Math.max(0, f.length - words))) + " " + item;
                } else if (BARE_WORDS.matcher(item).matches() && beforeFigure != null) {
                    // "oai exits at half a trillion / 1.5 tril": a figure alone in place of the first's last figure
                    item = beforeFigure + item;
                } else if (said > 0) {
                    // "the 50 as a % of the round; of 2026 capex": the first's words up to the same word
                    item = first.substring(0, said + 1) + item;
                }
                Matcher bareEnd = BARE_END.matcher(item);
                Matcher unit = UNIT_END.matcher(first);
                if (bareEnd.find() && unit.find()) {
                    // "held seven years / held 4": four years
                    item = item + (unit.group(1).equals("%") || unit.group(1).equalsIgnoreCase("x") ? "" : " ") + unit.group(1);
                }
            }
            out.add(item.strip());
        }
        return out;
    }

    private static final Pattern LEADING_WORD = Pattern.compile("^(of|at|in|on|for|with|to|over|under|by|if)\\s", Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_END = Pattern.compile("(\\d+(?:\\.\\d+)?)$");
    private static final Pattern UNIT_END = Pattern.compile("(?:\\d|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten))\\s*(years?|yrs?|months?|pts?|%|x)$",
            Pattern.CASE_INSENSITIVE);
    private static final String FIGURE_WORDS = "(?:\\$?\\d[\\d,]*(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|half|point|a|and)";
    private static final String SCALE = "(?:%|x|bn|b|tn|t|trillions?|billions?|tril|bil|pts?|yrs?|years?|months?)";
    /** An item that is a figure alone, in digits or words ("1.5 tril", "one point six six trillion"). */
    private static final Pattern BARE_WORDS = Pattern.compile("\\s*(?:" + FIGURE_WORDS + "[\\s-]*)+" + SCALE + "?\\s*", Pattern.CASE_INSENSITIVE);
    /** The figure an item ends with ("… at half a trillion", "… at $1,200bn"). */
    private static final Pattern LAST_FIGURE = Pattern.compile("(?<=\\s)(?:(?:\\$?\\d[\\d,]*(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|half)[\\s-]*)(?:" + FIGURE_WORDS + "[\\s-]*)*" + SCALE + "?\\s*$",
            Pattern.CASE_INSENSITIVE);

    /** The words with each number as N, lower case: "at least 6%" and "at least 4.5%" have one shape. */
    private static String shape(String s) {
        return NUMBER.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("N").replaceAll("\\s+", " ").strip();
    }

    private static int count(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "one" -> 1;
            case "two" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            default -> Integer.parseInt(word);
        };
    }

    /** The indexes of the answers' first numbers in the order asked; null when they cannot be compared (units differ). */
    static List<Integer> ordered(List<BigDecimal> values, Order order) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            idx.add(i);
        }
        if (order == Order.AS_LISTED) {
            return idx;
        }
        idx.sort((a, b) -> order == Order.ASCENDING ? values.get(a).compareTo(values.get(b)) : values.get(b).compareTo(values.get(a)));
        return idx;
    }

    /** The one value unlike the others, all of which are equal; -1 when there is none such. */
    static int odd(List<BigDecimal> values) {
        if (values.size() < 3) {
            return -1;
        }
        for (int i = 0; i < values.size(); i++) {
            BigDecimal other = null;
            boolean same = true;
            for (int j = 0; j < values.size() && same; j++) {
                if (j == i) {
                    continue;
                }
                if (other == null) {
                    other = values.get(j);
                } else if (values.get(j).subtract(other).abs().compareTo(new BigDecimal("1E-9")) > 0) {
                    same = false;
                }
            }
            if (same && other != null && values.get(i).subtract(other).abs().compareTo(new BigDecimal("1E-9")) > 0) {
                return i;
            }
        }
        return -1;
    }
}
