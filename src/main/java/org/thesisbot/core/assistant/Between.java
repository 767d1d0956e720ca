package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.scenario.InputId;

/**
 * A case between two of the model's cases, as an analyst interpolates them: "halfway between base and bull on every
 * input", "2/3 of the way from bear to base on everything", "a quarter of the way base→bull", "nudge capture a quarter of
 * the way toward bull". Each input the two cases set differently is placed that far along, exactly
 * ({@code a + t·(b − a)}); with an input named ("nudge capture …"), that input alone, from the case the question is in.
 * {@link #find} gives the phrase and the fraction; the assistant writes the inputs out as figures the question gives,
 * leaving out any input the rest of the question sets or solves for itself.
 */
final class Between {
    private static final String CASE = Blends.CASE;
    private static final String TO = "\\s?(?:and|to|toward|towards|up to|&|n|->|-->|=>|\u2192|<->|\u2194|/|-|\u2013)\\s?";
    private static final String SIZE = "(?<size>midpt|midpoint|mid-point|halfway|half way|half-way|midway|mid-way|in the middle|the middle"
            + "|(?<num>\\d{1,2})\\s?/\\s?(?<den>\\d{1,2})|(?<pct>\\d{1,3}(?:\\.\\d+)?)\\s?(?:%|pct|percent)|(?<dec>0?\\.\\d+)"
            + "|(?:a|one)[- ]quarter|quarter|(?:a|one)[- ]third|three[- ]quarters|two[- ]thirds|(?:a|one)[- ]fifth|two[- ]fifths|three[- ]fifths|four[- ]fifths)";
    /** "N of the way from A to B", "halfway between A and B", "midpoint of A and B", "midway A<->B", "halfway A to B". */
    private static final Pattern SPAN = Pattern.compile(
            SIZE + "(?: of the way| the way| along| point)?(?:\\s(?:from|between|betwen|beteen|btwn|b/w|of|across))?\\s(?:the\\s)?" + CASE.replace("(bull|base|bear)", "(?<from>bull|base|bear)") + TO + "(?:the\\s)?"
                    + CASE.replace("(bull|base|bear)", "(?<to>bull|base|bear)"),
            Pattern.CASE_INSENSITIVE);
    /** The words that make a figure a distance between two cases. */
    private static final Pattern WAY = Pattern.compile("\\b(?:of the way|the way|along|from|between|betwen|beteen|btwn)\\b", Pattern.CASE_INSENSITIVE);
    /** "a quarter of the way toward bull": from the case the question is in. */
    private static final Pattern TOWARD = Pattern.compile(
            SIZE + "(?: of the way| the way)?(?:\\s(?:up|down|back|over|out|across))?\\s(?:toward|towards|to|in the direction of)\\s(?:the\\s)?" + CASE.replace("(bull|base|bear)", "(?<to>bull|base|bear)"),
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EVERY = Pattern.compile(
            "\\s*,?\\s*(?:on everything|across the board|everywhere|on all fronts|everything moved|all moved|on all of them)"
                    + "|\\s*,?\\s*(?:on|across|for)\\s(?:every|each|all)(?:\\s(?:three|3|the|of the))*(?:\\s(?:inputs?|levers?|assumptions?|drivers?|figures?|numbers?))?\\b",
            Pattern.CASE_INSENSITIVE);
    /** An input named just before the span ("nudge capture …", "pull the exit …", "shift capture + margin …"). */
    private static final Pattern INPUT_WORD = Pattern.compile(
            "\\b(?:capture(?: share)?|take rate|share of (?:the )?compute|(?:op(?:erating)? )?margin|exit(?: valuation)?|valuation|mark)\\b",
            Pattern.CASE_INSENSITIVE);
    /** The verb that moves the inputs, left dangling once the span is taken out ("now slide it out to"). */
    private static final Pattern MOVER = Pattern.compile(
            "(?:\\b(?:now|ok|okay|so|then)\\s)*\\b(?:slide|slides|move|moves|moved|push|pushes|pull|pulls|shift|shifts|nudge|nudges|put|take|set|make|bring)"
                    + "(?:\\s(?:it|that|them|everything|things|those|these))?(?:\\s(?:out|up|down|back|over|across))?(?:\\s(?:to|toward|towards))?\\s*$",
            Pattern.CASE_INSENSITIVE);

    /**
     * @param from     the case the span starts at; null: the case the rest of the question is in
     * @param to       the case it goes toward
     * @param fraction how far along, 0 to 1
     * @param input    the one input moved ("capture"), or null for every input the two cases set differently
     * @param start    where the phrase starts in the question
     * @param end      where it ends (with "on every input")
     */
    record Found(String question, String from, String to, BigDecimal fraction, String input, int start, int end) {
        String phrase() {
            return question.substring(start, end).strip();
        }

        /** The question without the phrase. */
        String rest() {
            String before = question.substring(0, start);
            if (input == null) {
                before = MOVER.matcher(before).replaceFirst("");
            }
            before = before.replaceAll("[\\s,;:]+$", "");
            String after = question.substring(end).replaceAll("^[\\s,;:.]+", "");
            return (before.isEmpty() ? after : after.isEmpty() ? before : before + ", " + after).strip();
        }
    }

    private Between() {
    }

    static Optional<Found> find(String question) {
        Matcher m = SPAN.matcher(question);
        String from;
        String to;
        if (m.find() && (m.group("num") == null && m.group("pct") == null && m.group("dec") == null || WAY.matcher(m.group()).find())) {
            // (a figure is a distance only said as one: "25/75 bull/base" are odds, "2/3 of the way from bear to base" a case)
            from = m.group("from").toLowerCase(Locale.ROOT);
            to = m.group("to").toLowerCase(Locale.ROOT);
        } else {
            m = TOWARD.matcher(question);
            if (!m.find()) {
                return Optional.empty();
            }
            from = null; // the case the question is in: the assistant reads it
            to = m.group("to").toLowerCase(Locale.ROOT);
        }
        if (to.equals(from)) {
            return Optional.empty();
        }
        BigDecimal t = fraction(m);
        if (t == null || t.signum() <= 0 || t.compareTo(BigDecimal.ONE) >= 0) {
            return Optional.empty();
        }
        int end = m.end();
        Matcher every = EVERY.matcher(question).region(end, question.length());
        boolean all = every.lookingAt();
        if (all) {
            end = every.end();
        }
        String input = null;
        int start = m.start();
        if (!all) {
            // "nudge capture a quarter of the way toward bull", "capture moved halfway toward base": that input alone
            // ("shift capture + margin 2/3 toward base": each input named just before)
            Matcher named = INPUT_WORD.matcher(question.substring(Math.max(0, start - 40), start));
            List<String> words = new ArrayList<>();
            while (named.find()) {
                words.add(named.group().toLowerCase(Locale.ROOT));
            }
            input = words.isEmpty() ? null : String.join(" and ", words);
        }
        return Optional.of(new Found(question, from, to, t, input, start, end));
    }

    /** The inputs the span sets: each input the two cases hold at different values, placed {@code t} of the way. */
    static Map<String, BigDecimal> inputs(Found f, Map<String, BigDecimal> fromValues, Map<String, BigDecimal> toValues) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (Map.Entry<String, BigDecimal> e : fromValues.entrySet()) {
            BigDecimal a = e.getValue();
            BigDecimal b = toValues.get(e.getKey());
            if (b == null || a.compareTo(b) == 0 || f.input() != null && !named(f.input(), e.getKey())) {
                continue;
            }
            out.put(e.getKey(), a.add(f.fraction().multiply(b.subtract(a), MathContext.DECIMAL128), MathContext.DECIMAL128));
        }
        return out;
    }

    /** Whether the words that name the inputs moved ("capture and margin") name this one. */
    private static boolean named(String words, String inputId) {
        InputId id = InputId.of(inputId);
        if (id == InputId.AWS_CAPTURE_SHARE) {
            return words.contains("capture") || words.contains("take rate") || words.contains("share of");
        }
        if (id == InputId.AWS_OPERATING_MARGIN) {
            return words.contains("margin");
        }
        return id == InputId.EXIT_VALUATION && (words.contains("exit") || words.contains("valuation") || words.contains("mark"));
    }

    private static BigDecimal fraction(Matcher m) {
        String size = m.group("size").toLowerCase(Locale.ROOT).replace('-', ' ');
        if (m.group("num") != null) {
            BigDecimal d = new BigDecimal(m.group("den"));
            return d.signum() == 0 ? null : new BigDecimal(m.group("num")).divide(d, MathContext.DECIMAL128);
        }
        if (m.group("pct") != null) {
            return new BigDecimal(m.group("pct")).movePointLeft(2);
        }
        if (m.group("dec") != null) {
            return new BigDecimal(m.group("dec").startsWith(".") ? "0" + m.group("dec") : m.group("dec"));
        }
        if (size.contains("mid") || size.contains("half") || size.contains("middle")) {
            return new BigDecimal("0.5");
        }
        int n = size.startsWith("two") ? 2 : size.startsWith("three") ? 3 : size.startsWith("four") ? 4 : 1;
        int d = size.contains("quarter") ? 4 : size.contains("third") ? 3 : 5;
        return BigDecimal.valueOf(n).divide(BigDecimal.valueOf(d), MathContext.DECIMAL128);
    }
}
