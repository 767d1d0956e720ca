package org.thesisbot.core.reading;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.Format;
import org.thesisbot.core.scenario.CalendarPoints;
import org.thesisbot.core.scenario.InputId;
import org.thesisbot.core.scenario.Metric;
import org.thesisbot.core.state.ThreadState;
import org.thesisbot.core.api.Unit;

/**
 * A hold given by calendar dates: "we close at the end of q1'26 and exit at the dec 2028 year-end" is a hold of 2.75
 * years, "from the end-of-q2'26 close to the dec 2029 mark" one of 3.5. Each date is the close or the exit by the words
 * next to it ("close", "from", "entry" / "exit", "mark", "by", "to"); a date with no such words is the exit, and of two
 * such dates the earlier is the close. With an exit date alone the hold is counted from the close the sources expect
 * ({@link Vocabulary#expectedClose}), and the note says so.
 */
final class Dates {
    private static final MathContext MC = new MathContext(34);
    private static final Pattern CLOSE_AFTER = Pattern.compile(
            "^(?:'s)? ?(?:deal |round )?(?:clos(?:e|es|ed|ing)|entry|start|signing|funding|investment)\\b");
    private static final Pattern EXIT_AFTER = Pattern.compile("^(?:'s)? ?(?:(?:year[- ]?end )?(?:exit|mark|sale|ipo|valuation|marking))\\b");
    private static final Pattern CLOSE_BEFORE = Pattern.compile(
            "\\b(?:clos(?:e|es|ed|ing)|entry|enter(?:s|ed|ing)?|invest(?:s|ed|ing)?|in at|buy(?:s|ing)? in|went in|go(?:es)? in"
                    + "|get(?:s|ting)? in|from|since|starting|start(?:s|ed)?|signs?|signed|signing|funds?|funded)\\b");
    private static final Pattern EXIT_BEFORE = Pattern.compile(
            "\\b(?:exit(?:s|ed|ing)?|mark(?:s|ed)?|sells?|sold|selling|out|to|until|till|til|through|thru|by|valued|ipo"
                    + "|realis\\w*|realiz\\w*|hold(?:s|ing)?|cash(?:es|ing)? out)\\b");

    private final Knowledge knowledge;

    Dates(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    private enum Role { CLOSE, EXIT, NONE }

    /**
     * Sets the holding period from the question's dates, with a note; does nothing when it names no exit date, or when
     * nothing asked reads the hold ("stake at a 1T post in fy27": the stake does not depend on when it is valued).
     */
    void apply(Work w, List<Metric> metrics, ThreadState.Target target) {
        List<CalendarPoints.Point> points = CalendarPoints.find(w.s);
        if (points.isEmpty()) {
            return;
        }
        List<Metric> asked = !metrics.isEmpty() ? metrics : w.state != null ? w.state.metrics() : List.of();
        boolean holdMatters = asked.stream().anyMatch(m -> knowledge.reads.get(m).contains(InputId.HOLDING_YEARS))
                || target != null && (target.solveFor() == InputId.HOLDING_YEARS
                        || knowledge.reads.get(target.metric()).contains(InputId.HOLDING_YEARS));
        if (!holdMatters || target != null && target.solveFor() == InputId.HOLDING_YEARS) {
            w.cues.add("dates " + points.stream().map(CalendarPoints.Point::text).toList() + " (the hold is not asked with them)");
            return;
        }
        CalendarPoints.Point close = null;
        CalendarPoints.Point exit = null;
        List<CalendarPoints.Point> uncued = new ArrayList<>();
        for (CalendarPoints.Point p : points) {
            Role r = role(w, p);
            if (r == Role.CLOSE && close == null) {
                close = p;
            } else if (r == Role.EXIT) {
                exit = p;
            } else if (r == Role.NONE) {
                uncued.add(p);
            }
        }
        if (close == null && exit == null && uncued.size() == 2 && points.size() == 2) {
            close = points.get(0);
            exit = points.get(1);
        } else if (exit == null && !uncued.isEmpty()) {
            exit = uncued.get(uncued.size() - 1); // a date with no words of its own is when the stake is valued
        }
        if (exit == null) {
            w.cues.add("date " + close.text() + " is the close");
            return;
        }
        Vocabulary.ExpectedClose expected = knowledge.vocab.expectedClose();
        if (close == null && expected == null) {
            w.unused.add("I didn't use " + exit.text() + ": I don't know when the deal closes. Give the close too (\"from a "
                    + "q1'26 close to " + exit.text() + "\") or the hold in years.");
            return;
        }
        if (close == null && w.moved.contains(InputId.HOLDING_YEARS)) {
            // "slide the mark out four quarters to dec 2030": the move is from the thread's own hold, which counts from the
            // thread's close; the date only says where that lands
            w.cues.add("date " + exit.text() + " is where the move of the hold lands");
            return;
        }
        YearMonth from = close != null ? close.month() : expected.month();
        long months = CalendarPoints.months(from, exit.month());
        BigDecimal years = BigDecimal.valueOf(months).divide(BigDecimal.valueOf(12), MC).stripTrailingZeros();
        if (years.scale() < 0) {
            years = years.setScale(0);
        }
        String label = knowledge.label(InputId.HOLDING_YEARS);
        String since = close != null ? "from " + close.text() + " to " + exit.text()
                : "from the close the sources expect, " + expected.said() + " (\"" + expected.quote() + "\"), to " + exit.text();
        // a figure for the hold said beside the dates ("so 20 quarters") says the same: the dates decide
        Mention said = w.setBy.get(InputId.HOLDING_YEARS);
        if (said != null) {
            String reading = "Reading " + Figures.display(said.amount) + " as ";
            w.used.removeIf(n -> n.startsWith(reading));
            BigDecimal before = w.changes.get(InputId.HOLDING_YEARS);
            if (before == null || before.compareTo(years) != 0) {
                w.unused.add("I didn't use " + Figures.display(said.amount) + ": the dates say the hold is "
                        + Format.value(years, Unit.YEARS) + ".");
            }
        }
        w.changes.put(InputId.HOLDING_YEARS, years);
        w.used.add("Reading the dates as " + label + ": " + since + " is " + months + " months, "
                + Format.value(years, Unit.YEARS) + " (" + name(exit.month()) + ").");
        w.cues.add("dates " + (close == null ? "(expected close)" : close.text()) + " -> " + exit.text() + " = " + years.toPlainString()
                + " years");
    }

    private static String name(YearMonth m) {
        return "exit in " + m.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + m.getYear();
    }

    private static Role role(Work w, CalendarPoints.Point p) {
        String after = w.s.substring(p.end(), Math.min(w.s.length(), p.end() + 25));
        if (CLOSE_AFTER.matcher(after).find()) {
            return Role.CLOSE;
        }
        if (EXIT_AFTER.matcher(after).find()) {
            return Role.EXIT;
        }
        int from = Math.max(w.clauseStart(p.start()), p.start() - 45);
        String before = w.s.substring(from, p.start());
        int close = last(CLOSE_BEFORE, before);
        int exit = last(EXIT_BEFORE, before);
        if (close < 0 && exit < 0) {
            return Role.NONE;
        }
        return close > exit ? Role.CLOSE : Role.EXIT;
    }

    private static int last(Pattern p, String s) {
        Matcher m = p.matcher(s);
        int at = -1;
        while (m.find()) {
            at = m.start();
        }
        return at;
    }
}
