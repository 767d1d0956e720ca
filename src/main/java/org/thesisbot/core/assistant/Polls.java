package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.Answer;

/**
 * A poll of the team's guesses, asked at its median or average: "exit poll - kasia: 1.1T, luis: 950bn, bo: 1.4 trillion,
 * nadia: 1.25T, femi: 2T. whats our stake worth at the median guess", "hold poll: ama 4, petra 6, sol 5, kit 8, ulla 3. irr
 * at the avg hold". Each guess is a name and a figure of one kind; the poll is taken out of the question, the statistic
 * asked for is said as its value with the input the poll is about (from the poll's own words: "exit poll", "where does the
 * round price post-money", "hold poll", "aws share poll"), and the answer says how the value was found.
 */
final class Polls {
    /** A guess: a name (any word that is not one of the question's own), an optional colon, and a figure. */
    private static final Pattern GUESS = Pattern.compile(
            "(?<![\\w$.])(?<name>(?!(?:at|of|to|the|and|or|is|exit|post|pre|round|margin|capture|hold|irr|moic|for|by|in|on|x|a|an|aws|oai|openai|amazon|amzn|with|from|over|than|our|we|bull|bear|base|case|yrs?|years?|up|down|about|around|so|if)\\b)[a-z][a-z'.-]{1,15}):?\\s+"
                    + "(?<num>\\$?\\d[\\d,]*(?:\\.\\d+)?)\\s?(?<unit>%|c\\b|cents?\\b|x\\b|bn\\b|b\\b|billion\\b|tn\\b|t\\b|trillion\\b|tril\\b|yrs?\\b|years?\\b)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STATISTIC = Pattern.compile(
            "\\b(?:the )?(?<stat>median|avg|average|mean)(?: (?:guess|number|figure|value|pick|of (?:those|them|the (?:poll|guesses|\\d+|[a-z]+) ?(?:left|guesses)?)|hold|post|exit|capture|share))*\\b",
            Pattern.CASE_INSENSITIVE);
    /** What the poll is about, from its own words; the input's word said after the statistic's value. */
    private static final List<String[]> TOPICS = List.of(
            new String[] {"\\bpre[- ]?money\\b|\\bpre\\b", "pre-money"},
            new String[] {"\\bpost[- ]?money\\b|\\bround\\b|\\bpost\\b|\\bpx\\b", "post-money"},
            new String[] {"\\bhold\\b|\\byrs? till\\b|\\byears?\\b", "years hold"},
            new String[] {"\\bexit\\b|\\bipo\\b|\\bmark\\b", "exit"},
            new String[] {"\\bcapture\\b|\\bshare\\b|\\bcents\\b|\\bcompute\\b", "capture"},
            new String[] {"\\bmargin\\b", "margin"});
    private static final int MIN_GUESSES = 3;
    private static final int MAX_GUESSES = 12;

    record Found(String question, String said) implements Reframing {
        @Override
        public Answer told(Answer a) {
            return a.results().isEmpty() ? a : RoutingAssistant.withNote(a, said);
        }
    }

    private Polls() {
    }

    static Optional<Found> find(String text) {
        if (text.length() > 700) {
            return Optional.empty();
        }
        Matcher stat = STATISTIC.matcher(text);
        if (!stat.find()) {
            return Optional.empty();
        }
        List<BigDecimal> values = new ArrayList<>();
        List<String> names = new ArrayList<>();
        String kind = null;
        int first = -1;
        int last = -1;
        Matcher g = GUESS.matcher(text);
        while (g.find()) {
            if (last >= 0 && !text.substring(last, g.start()).matches("\\s*[,;/|]?\\s*(?:and\\s+)?")) {
                if (values.size() >= MIN_GUESSES) {
                    break; // (the poll ends where its list does)
                }
                values.clear();
                names.clear();
                kind = null;
                first = -1;
            }
            if (values.size() == MAX_GUESSES) {
                return Optional.empty(); // (a longer list is no poll this reads; none of it is silently dropped)
            }
            String unit = g.group("unit") == null ? "" : g.group("unit").toLowerCase(Locale.ROOT);
            String k = kindOf(unit);
            if (kind != null && !kind.equals(k) && !(k.isEmpty() || kind.isEmpty())) {
                return Optional.empty();
            }
            kind = kind == null || kind.isEmpty() ? k : kind;
            values.add(inBillions(new BigDecimal(g.group("num").replace("$", "").replace(",", "")), unit));
            names.add(g.group("name"));
            first = first < 0 ? g.start() : first;
            last = g.end();
        }
        if (values.size() < MIN_GUESSES || stat.start() < last && stat.end() > first) {
            return Optional.empty();
        }
        String header = text.substring(0, first);
        String topic = null;
        for (String[] t : TOPICS) {
            if (Pattern.compile(t[0], Pattern.CASE_INSENSITIVE).matcher(header).find()) {
                topic = t[1];
                break;
            }
        }
        if (kind.isEmpty()) {
            kind = "years hold".equals(topic) ? "years" : "capture".equals(topic) || "margin".equals(topic) ? "%" : "money";
        }
        String which = stat.group("stat").toLowerCase(Locale.ROOT);
        BigDecimal v = which.equals("median") ? median(values) : mean(values);
        String value = said(v, kind);
        String replacement = value + (topic == null ? "" : " " + (topic.equals("years hold") ? "hold" : topic));
        String question = text.substring(0, first) + " " + text.substring(last, stat.start()) + replacement + text.substring(stat.end());
        String theKind = kind;
        String note = "The poll's " + (which.equals("median") ? "median" : "average") + " of " + values.size() + " guesses ("
                + String.join(", ", values.stream().map(x -> said(x, theKind)).toList()) + ") is " + value + ".";
        return Optional.of(new Found(Reframing.tidy(question), note));
    }

    private static String kindOf(String unit) {
        return switch (unit) {
            case "%", "c", "cent", "cents" -> "%";
            case "x" -> "x";
            case "bn", "b", "billion", "tn", "t", "trillion", "tril" -> "money";
            case "yr", "yrs", "year", "years" -> "years";
            default -> "";
        };
    }

    private static BigDecimal inBillions(BigDecimal n, String unit) {
        return switch (unit) {
            case "tn", "t", "trillion", "tril" -> n.movePointRight(3);
            default -> n;
        };
    }

    private static BigDecimal median(List<BigDecimal> values) {
        List<BigDecimal> s = values.stream().sorted().toList();
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : s.get(n / 2 - 1).add(s.get(n / 2)).divide(BigDecimal.valueOf(2));
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(values.size()), MathContext.DECIMAL64);
    }

    private static String said(BigDecimal v, String kind) {
        String n = v.stripTrailingZeros().toPlainString();
        return switch (kind) {
            case "%" -> n + "%";
            case "x" -> n + "x";
            case "years" -> n + " years";
            default -> "$" + n + "bn";
        };
    }
}
