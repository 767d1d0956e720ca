package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.scenario.Amount;
import org.thesisbot.core.scenario.Amounts;
import org.thesisbot.core.scenario.InputId;

/**
 * A question that lists several values of one input, as a table's rows or columns are written: "moic at an exit of 1.2T
 * / 1.5T / 2T", "cols: pre-money $700B | $900B", "rows: hold 3 / 5 / 7 yrs; cols: exit $1.2T / $2T". Each list is
 * figures of one kind separated by a spaced slash or a bar; a figure without a unit takes the list's last unit ("3 / 5 /
 * 7 yrs"). The question is asked once per cell (each list replaced by one of its values; two lists give their product),
 * and the answers are shown side by side. A ratio written with a slash ("50/830") is no list: it has no spaces and no
 * unit; neither is a pair of plain numbers ("50 / 125"), or of figures of different kinds ("125 / 6.02%").
 */
final class Series {
    /** One cell: the question with each list replaced by one of its values, and how that cell is named. */
    record Cell(String text, String label) {
    }

    /** At most this many lists in one question (a table's rows and columns). */
    static final int MAX_LISTS = 2;
    /** At most this many values in a list, and cells in a table: more is answered whole. */
    static final int MAX_VALUES = 6;
    static final int MAX_CELLS = 12;
    /** Values of one list are within this factor of each other: "115 / 5 years" is a division, not two holds. */
    private static final int MAX_RATIO = 20;

    private static final String UNIT = "(?:\\s?(?:%|x|bn|b|tn|t|trillions?|billions?|tril|bil|cents?|pts?|ppts?|yrs?|years?|y|pct|percent)(?![a-z]))";
    private static final String FIGURE = "\\$?\\d[\\d,]*(?:\\.\\d+)?" + UNIT + "?";
    private static final String SEPARATOR = "(?:\\s+/\\s+|\\s*\\|\\s*|,\\s+(?:(?:and|or)\\s+)?|\\s+(?:and|or)\\s+)";
    /** A list written in words ("30, 50 and 70bn", "a $40bn or $60bn check"), which asks more of what is around it. */
    private static final Pattern WORDED = Pattern.compile(",|\\s(?:and|or)\\s");
    /** A range's ends, not a list: "between 30 and 50bn", "from 1T, to 1.5T". */
    private static final Pattern RANGE_BEFORE = Pattern.compile("(?i)\\b(?:between|from|range|ranges|ranging)\\s+(?:of\\s+)?(?:about\\s+|~)?$");
    /** An input named right after a worded list, that another input named before it would share the list with. */
    private static final Pattern INPUT_WORD = Pattern.compile("(?i)\\b(margin|capture|share|exit|post|pre|check|cheque|hold|round|spend|capex|valuation|investment|years?|yrs?)\\b");
    /** A valuation's word written after each value of a list: "1.3T pre / 1.5T pre", "1.1 tril post / 1.25 tril post". */
    private static final String EACH_WORD = "(?:\\s(?:pre|post|pre-money|post-money|exit|entry))";
    private static final Pattern LIST = Pattern.compile(
            "(?<![\\w.$,/|])(" + FIGURE + ")((?:" + SEPARATOR + FIGURE + ")+)(?![\\w%/|])"
                    + "|(?<![\\w.$,/|])(" + FIGURE + EACH_WORD + ")((?:" + SEPARATOR + FIGURE + EACH_WORD + ")+)(?![\\w%/|-])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD_AFTER = Pattern.compile(EACH_WORD + "$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ITEM = Pattern.compile(FIGURE, Pattern.CASE_INSENSITIVE);
    private static final Pattern LAST_UNIT = Pattern.compile(UNIT + "$", Pattern.CASE_INSENSITIVE);

    /** A message that speaks of a table: its rows, columns and cells are layout, not figures or words to read. */
    private static final Pattern TABLE = Pattern.compile("\\b(?:rows?|cols?|columns?|cells?|grid|table|tab|tabled?)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern LAYOUT = Pattern.compile(
            // "row 2:", "col A at", "column 1 ="
            "\\b(?:rows?|cols?|columns?|cells?)\\s*#?(?:\\d{1,2}|[a-d])\\b\\s*[:=]?"
                    // "2 rows", "2-row table", "3 cols", "one cell"
                    + "|\\b(?:\\d{1,2}|one|two|three|four|single)\\s*-?\\s*(?:rows?|cols?|columns?|cells?)\\b"
                    // "1x2", "3x2"
                    + "|\\b\\d{1,2}\\s?x\\s?\\d{1,2}\\b(?!\\s?(?:%|x|bn|b|t|tn|yrs?|years?)\\b)"
                    // "rows:", "cols =", "cell:", "cells ="
                    + "|\\b(?:rows?|cols?|columns?|cells?)\\s*[:=]",
            Pattern.CASE_INSENSITIVE);
    /** A bar between words, as a table's header is written ("case | aws share"): a comma. */
    private static final Pattern WORD_BAR = Pattern.compile("(?<=[\\p{L})'])\\s*\\|\\s*(?=[\\p{L}(])");
    /** A column of the scenarios ("case | …", "scenario, …" first in a header): one row per case. */
    private static final Pattern CASE_COLUMN = Pattern.compile("(?:^|(?<=[:;]))\\s*(?:case|scenario)\\s*,", Pattern.CASE_INSENSITIVE);

    private Series() {
    }

    /**
     * The question without a table's layout words, when it speaks of one: "rows: hold 3 / 5 / 7 yrs; cols: exit $1.2T /
     * $2T" reads "hold 3 / 5 / 7 yrs; exit $1.2T / $2T"; "row 2:", "2 cols", "1x2" go; a bar between words is a comma, and
     * a header that starts with the case ("case | aws share") asks for each case. Unchanged otherwise.
     */
    static String withoutLayout(String text) {
        if (!TABLE.matcher(text).find()) {
            return text;
        }
        String s = LAYOUT.matcher(text).replaceAll(" ");
        s = WORD_BAR.matcher(s).replaceAll(", ");
        s = CASE_COLUMN.matcher(s).replaceAll(" for each case,");
        return s.replaceAll("[ \\t]{2,}", " ").strip();
    }

    /** One list in the text: where it is written and its values, each written with its unit. */
    record ValueList(int start, int end, List<String> values) {
    }

    /** The cells of a question with one or two lists, the last list changing fastest; empty when it has none, or too many. */
    static Optional<List<Cell>> cells(String text) {
        List<ValueList> lists = find(text);
        if (lists.isEmpty() || lists.size() > MAX_LISTS) {
            return Optional.empty();
        }
        int cells = 1;
        for (ValueList l : lists) {
            cells *= l.values().size();
        }
        if (cells > MAX_CELLS) {
            return Optional.empty();
        }
        return Optional.of(cellsOf(text, lists));
    }

    /**
     * The question once per combination of one value from each list (the last list changing fastest), each list's span
     * replaced by its value, and each cell named by its values ("At 1T, 6 yrs"). A band is a list of its two ends.
     */
    static List<Cell> cellsOf(String text, List<ValueList> lists) {
        List<Cell> out = new ArrayList<>();
        for (int[] at : indices(lists.stream().map(l -> l.values().size()).toList())) {
            StringBuilder b = new StringBuilder();
            List<String> label = new ArrayList<>();
            int from = 0;
            for (int i = 0; i < at.length; i++) {
                ValueList l = lists.get(i);
                String v = l.values().get(at[i]);
                b.append(text, from, l.start()).append(v);
                from = l.end();
                label.add(v);
            }
            b.append(text.substring(from));
            out.add(new Cell(b.toString(), "At " + String.join(", ", label)));
        }
        return out;
    }

    /** Every combination of one index per list of these sizes, the last list changing fastest. */
    static List<int[]> indices(List<Integer> sizes) {
        List<int[]> out = new ArrayList<>();
        int total = 1;
        for (int s : sizes) {
            total *= s;
        }
        for (int k = 0; k < total; k++) {
            int[] at = new int[sizes.size()];
            int rest = k;
            for (int i = sizes.size() - 1; i >= 0; i--) {
                at[i] = rest % sizes.get(i);
                rest /= sizes.get(i);
            }
            out.add(at);
        }
        return out;
    }

    static List<ValueList> find(String text) {
        List<ValueList> out = new ArrayList<>();
        Matcher m = LIST.matcher(text);
        while (m.find()) {
            List<String> written = new ArrayList<>();
            Set<String> words = new HashSet<>();
            for (String part : m.group().split(SEPARATOR)) {
                Matcher word = WORD_AFTER.matcher(part);
                words.add(word.find() ? word.group().strip().toLowerCase(java.util.Locale.ROOT) : "");
                Matcher item = ITEM.matcher(part);
                while (item.find()) {
                    written.add(item.group().strip());
                }
            }
            if (words.size() > 1) {
                continue; // "1.3T pre / 1.5T post": two inputs, not one list
            }
            String each = words.iterator().next();
            String lastUnit = unitOf(written.get(written.size() - 1)).orElse("");
            String spaced = lastUnit.matches("(?i)yrs?|years?|cents?|pts?|ppts?|percent|pct|trillions?|billions?|tril|bil") ? " " : "";
            boolean money = written.stream().anyMatch(w -> w.startsWith("$"));
            List<String> values = new ArrayList<>();
            for (String w : written) {
                String v = unitOf(w).isPresent() || lastUnit.isEmpty() ? w : w + spaced + lastUnit;
                v = money && !v.startsWith("$") ? "$" + v : v;
                values.add(each.isEmpty() ? v : v + " " + each);
            }
            if (values.size() > MAX_VALUES || !sameKind(values, text.substring(m.end(), Math.min(text.length(), m.end() + 24)))) {
                continue;
            }
            if (WORDED.matcher(m.group()).find() && !worded(text, m.start(), m.end())) {
                continue;
            }
            out.add(new ValueList(m.start(), m.end(), values));
        }
        return out;
    }

    /**
     * Whether a list written in words is one: not a range's ends ("between 30 and 50bn"), and not two inputs' figures side
     * by side ("capture at 60% and 35% margin": the word after it names another input than the words before it).
     */
    private static boolean worded(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 30), start);
        if (RANGE_BEFORE.matcher(before).find()) {
            return false;
        }
        Matcher after = Pattern.compile("^\\s*(\\S+)").matcher(text.substring(end));
        if (after.find()) {
            Matcher named = INPUT_WORD.matcher(after.group(1));
            Matcher earlier = INPUT_WORD.matcher(before);
            String last = null;
            while (earlier.find()) {
                last = earlier.group(1).toLowerCase(java.util.Locale.ROOT);
            }
            if (named.lookingAt() && last != null && !last.startsWith(named.group(1).toLowerCase(java.util.Locale.ROOT).substring(0, 3))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The text with the input a list stands for named right after it, when no word says which and exactly one input of the
     * model (in money or years) is now at one of its values: "rows $30bn / $50bn / $70bn at the 830 post" is a list of checks,
     * the model's check being $50B. Empty when the text has not exactly one list, or no one input is.
     */
    static Optional<String> named(String text, java.util.function.BiFunction<InputId, String, BigDecimal> now, java.util.function.Function<InputId, String> cue) {
        List<ValueList> lists = find(text);
        if (lists.size() != 1) {
            return Optional.empty();
        }
        ValueList l = lists.get(0);
        String outside = text.substring(0, l.start()) + " " + text.substring(l.end());
        for (String v : l.values()) {
            if (Pattern.compile("(?<![\\d.])" + Pattern.quote(v.replace("$", "").replaceAll("[a-zA-Z\\s]+$", "")) + "(?![\\d.])").matcher(outside).find()) {
                return Optional.empty(); // (a value said again elsewhere, "the $70bn row", is more than a list: left as read)
            }
        }
        Set<InputId> found = new java.util.LinkedHashSet<>();
        for (String v : l.values()) {
            List<Amount> a = Amounts.find(Amounts.normalise(v));
            if (a.isEmpty() || a.get(0).kind() != Amount.Kind.MONEY && a.get(0).kind() != Amount.Kind.YEARS) {
                return Optional.empty();
            }
            for (InputId id : InputId.values()) {
                BigDecimal at = now.apply(id, "base");
                boolean unit = a.get(0).kind() == Amount.Kind.YEARS ? id == InputId.HOLDING_YEARS || id == InputId.COMPUTE_YEARS
                        : id != InputId.HOLDING_YEARS && id != InputId.COMPUTE_YEARS && id != InputId.AWS_CAPTURE_SHARE
                        && id != InputId.AWS_OPERATING_MARGIN && id != InputId.TAX_RATE;
                if (unit && at != null && at.compareTo(a.get(0).value()) == 0) {
                    found.add(id);
                }
            }
        }
        String word = found.size() == 1 ? cue.apply(found.iterator().next()) : null;
        if (word == null || text.substring(l.end()).stripLeading().startsWith(word)) {
            return Optional.empty(); // (none, several, or named already: the list is left as it was read)
        }
        return Optional.of(text.substring(0, l.end()) + " " + word + text.substring(l.end()));
    }

    /** The largest factor between a value and those seen. */
    private static double ratio(BigDecimal v, Set<BigDecimal> seen) {
        double x = Math.abs(v.doubleValue());
        double worst = 1;
        for (BigDecimal s : seen) {
            double y = Math.abs(s.doubleValue());
            if (x == 0 || y == 0) {
                return Double.MAX_VALUE;
            }
            worst = Math.max(worst, Math.max(x / y, y / x));
        }
        return worst;
    }

    private static Optional<String> unitOf(String written) {
        Matcher u = LAST_UNIT.matcher(written);
        return u.find() ? Optional.of(u.group().strip()) : Optional.empty();
    }

    /** Every value one figure of the same kind, none a plain number or a year, and no two the same. */
    private static boolean sameKind(List<String> values, String after) {
        Amount.Kind kind = null;
        Set<BigDecimal> seen = new HashSet<>();
        for (String v : values) {
            List<Amount> a = Amounts.find(Amounts.normalise(v + after));
            if (a.isEmpty()) {
                return false;
            }
            Amount first = a.get(0);
            if (kind != null && ratio(first.value(), seen) > MAX_RATIO) {
                return false; // "115 / 5 years" divides
            }
            if (first.kind() == Amount.Kind.PLAIN || first.kind() == Amount.Kind.CALENDAR_YEAR || kind != null && first.kind() != kind
                    || !seen.add(first.value().stripTrailingZeros())) {
                return false;
            }
            kind = first.kind();
        }
        return true;
    }
}
