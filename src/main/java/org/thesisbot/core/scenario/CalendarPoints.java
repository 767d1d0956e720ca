package org.thesisbot.core.scenario;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Points in time written as calendar periods in a normalised question: a quarter ("q1'26", "end of q2 2026", "1q27"),
 * a month ("dec 2028", "june '31"), a fiscal or calendar year's end ("fy30", "fy 30 year-end", "year-end 2029",
 * "end of 2029"), a half ("h1 2027") or "mid-2030". Each stands for the last month of its period. A bare year ("by 2030",
 * "2026 capex") is not a point: whether it means its start or its end is the writer's secret.
 */
public final class CalendarPoints {
    private CalendarPoints() {
    }

    /** A calendar period in the text, by the month it ends in. */
    public record Point(YearMonth month, String text, int start, int end) {
    }

    /**
     * "the end of", "end-of", "close of" before a period belong to it. Looked for only before a period found, not tried at
     * every place of the text by each pattern (that tripled the cost of a scan, which every {@link Amounts#find} pays).
     */
    private static final Pattern END_OF = Pattern.compile("\\b(?:the )?(?:end|close)[- ]of[- ](?:the )?$");
    private static final String NOT_AMOUNT = "(?![\\d%]|\\.\\d| ?(?:bn|b|tn|t|x|k|m|mm|billion|trillion|percent|pct)\\b)";
    private static final String YEAR = "(?:'|20)?(\\d{2})";
    private static final Pattern QUARTER = Pattern.compile("\\b"
            + "(?:q([1-4])|([1-4])q)(?: ?(?:of )?(?:fy|cy))?[ '-]?" + YEAR + "\\b" + NOT_AMOUNT);
    private static final Pattern QUARTER_WORDS = Pattern.compile("\\b"
            + "(first|second|third|fourth|1st|2nd|3rd|4th) quarter(?: of)?,? (?:fy ?|cy ?)?(20\\d{2})\\b" + NOT_AMOUNT);
    private static final Pattern MONTH = Pattern.compile("\\b"
            + "(jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october"
            + "|nov|november|dec|december)\\.?,? (?:of )?(?:'(\\d{2})|(20\\d{2}))\\b" + NOT_AMOUNT);
    private static final Pattern FISCAL = Pattern.compile("\\b(?:fy|cy) ?" + YEAR + "(?:[- ](?:year[- ]?end|ye))?\\b"
            + NOT_AMOUNT);
    private static final Pattern YEAR_END = Pattern.compile(
            "\\b(?:(?:the )?(?:year[- ]?end|ye)(?: of)?[- ]'?(20\\d{2}|\\d{2})|(?:the )?end[- ]of[- ](20\\d{2})|(20\\d{2})[- ]year[- ]?end)\\b"
                    + NOT_AMOUNT);
    private static final Pattern HALF = Pattern.compile("\\b(?:h([12])|([12])h)[ '-]?" + YEAR + "\\b" + NOT_AMOUNT);
    private static final Pattern MID = Pattern.compile("\\bmid[- ](20\\d{2})\\b" + NOT_AMOUNT);
    private static final Map<String, Integer> ORDINAL = Map.of("first", 1, "1st", 1, "second", 2, "2nd", 2, "third", 3,
            "3rd", 3, "fourth", 4, "4th", 4);

    /** The points in {@code s} (normalised: lower case), in order, none overlapping (the longer kept). */
    public static List<Point> find(String s) {
        List<Point> all = new ArrayList<>();
        Matcher m = QUARTER.matcher(s);
        while (m.find()) {
            int q = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
            add(all, s, m, year(m.group(3)), q * 3);
        }
        m = QUARTER_WORDS.matcher(s);
        while (m.find()) {
            add(all, s, m, Integer.parseInt(m.group(2)), ORDINAL.get(m.group(1)) * 3);
        }
        m = MONTH.matcher(s);
        while (m.find()) {
            add(all, s, m, m.group(2) != null ? year(m.group(2)) : Integer.parseInt(m.group(3)), month(m.group(1)));
        }
        m = FISCAL.matcher(s);
        while (m.find()) {
            add(all, s, m, year(m.group(1)), 12);
        }
        m = YEAR_END.matcher(s);
        while (m.find()) {
            String y = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            add(all, s, m, y.length() == 2 ? year(y) : Integer.parseInt(y), 12);
        }
        m = HALF.matcher(s);
        while (m.find()) {
            int h = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
            add(all, s, m, year(m.group(3)), h * 6);
        }
        m = MID.matcher(s);
        while (m.find()) {
            add(all, s, m, Integer.parseInt(m.group(1)), 6);
        }
        all.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        List<Point> out = new ArrayList<>();
        for (Point p : all) {
            if (out.isEmpty() || p.start() >= out.get(out.size() - 1).end()) {
                out.add(p);
            } else if (p.end() - p.start() > out.get(out.size() - 1).end() - out.get(out.size() - 1).start()) {
                out.set(out.size() - 1, p);
            }
        }
        return out;
    }

    /** Whole months from {@code from} to {@code to} (negative when {@code to} comes first). */
    public static long months(YearMonth from, YearMonth to) {
        return (to.getYear() - from.getYear()) * 12L + to.getMonthValue() - from.getMonthValue();
    }

    private static void add(List<Point> out, String text, Matcher m, int year, int month) {
        if (year < 2000 || year > 2100) {
            return;
        }
        int start = m.start();
        int end = m.start() + m.group().trim().length();
        Matcher e = END_OF.matcher(text.substring(Math.max(0, start - 20), start));
        if (e.find()) {
            start -= e.end() - e.start();
        }
        out.add(new Point(YearMonth.of(year, month), text.substring(start, end), start, end));
    }

    private static int year(String two) {
        return two.length() == 4 ? Integer.parseInt(two) : 2000 + Integer.parseInt(two);
    }

    private static int month(String name) {
        return switch (name.substring(0, 3)) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            default -> 12;
        };
    }
}
