package org.thesisbot.core.assistant;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures given as a small table, the way a spreadsheet person types one into Slack: a key line naming the columns and
 * one line of values per case, cells split by slashes, what to work out after an arrow.
 * <pre>
 * key: check/post/exit/yrs
 * —/—/1.3T/4 → moic, irr
 * 60/1T/?/7 → irr 12%
 * </pre>
 * Each row is said back in words ("exit 1.3T, 4 yrs: moic, irr"; "check 60, post 1T, 7 yrs, what exit gets irr 12%") and
 * read as any question is: a dash leaves that input as the model has it, a question mark is the input solved for. Several
 * rows are answered side by side as the parts of a numbered message are ({@link Parts}), except that each row is read from
 * the thread as it stood, not after the row above (a dash is the model's value, not the figure above it). A row without its own ask takes the
 * key line's, else the nearest row's below (or above) it ("150/—\n—/62.5 → % of capex, each row"); an ask that starts
 * with "same" takes the ask of the row before ("→ same, bear case"). Anything else in the message, or a row whose cells do
 * not line up with the key, and the message is read as written.
 */
final class KeyTable {
    /**
     * The key line: "key: check/post/exit", "cols = anth chk/campus", after a greeting or a frame if any ("Hello. key: …",
     * "Forwarding for Grace: key: …"), and an ask after an arrow that applies to every row.
     */
    private static final Pattern KEY = Pattern.compile(
            "^\\s*(?:[^\\n/]{0,60}?[.:!,]\\s+)?(?:key|keys|cols?|columns|legend|fields|order|headers?)\\s*[:=]\\s*(?<labels>[^\\n→]{3,200}?)\\s*(?:(?:→|->|=>|⇒)\\s*(?<ask>.{1,300}))?$",
            Pattern.CASE_INSENSITIVE);
    /** A column's name: one to three words ("check", "anth chk", "oai check size"). */
    private static final Pattern LABEL = Pattern.compile("\\p{L}[\\p{L}\\d.'&-]*(?:\\s+\\p{L}[\\p{L}\\d.'&-]*){0,2}");
    /** A row: cells, then what to work out after an arrow. */
    private static final Pattern ROW = Pattern.compile("^(?<cells>[^→]{1,300}?)\\s*(?:(?:→|->|=>|⇒)\\s*(?<ask>.{0,300}))?$");
    /** A cell left as the model has it. */
    private static final Pattern BLANK = Pattern.compile("[—–\\-_.x]?|na|base|same|as is", Pattern.CASE_INSENSITIVE);
    /** A column of years ("yrs", "hold", "horizon"): its figure is said before its name ("7 yrs"), and solved as the hold. */
    private static final Pattern YEARS = Pattern.compile("(?:y|yr|yrs|year|years|hold|holding|holding period|horizon|period)",
            Pattern.CASE_INSENSITIVE);
    /** A column of the case ("case", "scenario"): its value is said before the word ("bull case"). */
    private static final Pattern CASE = Pattern.compile("(?:case|scenario|scen)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SAME = Pattern.compile("^same\\b[\\s,;:.-]*", Pattern.CASE_INSENSITIVE);
    private static final Pattern FIGURE = Pattern.compile("\\d");
    private static final int MAX_ROWS = 8;

    private KeyTable() {
    }

    /** Each row of the table said in words, in order; empty unless the whole message is such a table. */
    static List<String> rows(String text) {
        if (text == null || text.length() > 2_000 || !text.contains("/")) {
            return List.of();
        }
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.size() < 2 || lines.size() > MAX_ROWS + 1) {
            return List.of();
        }
        Matcher key = KEY.matcher(lines.get(0));
        if (!key.matches()) {
            return List.of();
        }
        List<String> labels = split(key.group("labels"));
        if (labels.size() < 2 || labels.stream().anyMatch(l -> !LABEL.matcher(l).matches())) {
            return List.of();
        }
        String keyAsk = trimmed(key.group("ask"));
        List<List<String>> rows = new ArrayList<>();
        List<String> asks = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            Matcher row = ROW.matcher(line);
            if (!row.matches()) {
                return List.of();
            }
            List<String> cells = split(row.group("cells"));
            if (cells.size() != labels.size()) {
                return List.of();
            }
            rows.add(cells);
            asks.add(trimmed(row.group("ask")));
        }
        List<String> said = new ArrayList<>();
        String before = null;
        for (int i = 0; i < rows.size(); i++) {
            String ask = asks.get(i);
            if (ask.isEmpty()) {
                ask = keyAsk.isEmpty() ? nearest(asks, i) : keyAsk;
            }
            Matcher same = SAME.matcher(ask);
            if (before != null && same.find()) {
                String rest = ask.substring(same.end()).strip();
                ask = rest.isEmpty() ? before : before + ", " + rest;
            }
            if (ask.isEmpty()) {
                return List.of(); // nothing asked of this row
            }
            said.add(row(labels, rows.get(i), ask));
            before = ask;
        }
        return said;
    }

    /** One row in words: its figures with their columns' names, then the ask (a goal for the input marked "?"). */
    private static String row(List<String> labels, List<String> cells, String ask) {
        List<String> given = new ArrayList<>();
        String unknown = null;
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            String cell = cells.get(i);
            if (BLANK.matcher(cell).matches()) {
                continue;
            }
            if (cell.equals("?") || cell.equals("??")) {
                unknown = YEARS.matcher(label).matches() ? "holding period" : label;
            } else if (YEARS.matcher(label).matches() && cell.matches("[\\d.,]+")) {
                given.add(cell + " yrs");
            } else if (CASE.matcher(label).matches()) {
                given.add(cell + " case");
            } else {
                given.add(label + " " + cell);
            }
        }
        String givens = String.join(", ", given);
        if (unknown != null && FIGURE.matcher(ask).find()) {
            return (givens.isEmpty() ? "" : givens + ", ") + "what " + unknown + " gets " + ask;
        }
        if (unknown != null) {
            return (givens.isEmpty() ? "" : givens + ", ") + "what " + unknown + "? " + ask;
        }
        return givens.isEmpty() ? ask : givens + ": " + ask;
    }

    /** The ask of the nearest row below that has one, else of the nearest above. */
    private static String nearest(List<String> asks, int i) {
        for (int j = i + 1; j < asks.size(); j++) {
            if (!asks.get(j).isEmpty()) {
                return asks.get(j);
            }
        }
        for (int j = i - 1; j >= 0; j--) {
            if (!asks.get(j).isEmpty()) {
                return asks.get(j);
            }
        }
        return "";
    }

    private static List<String> split(String cells) {
        List<String> out = new ArrayList<>();
        for (String c : cells.split("/", -1)) {
            out.add(c.strip());
        }
        return out;
    }

    private static String trimmed(String s) {
        return s == null ? "" : s.strip();
    }
}
