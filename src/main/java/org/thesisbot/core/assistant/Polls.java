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

    record Found(String question, String said, String keep) implements Reframing {
        @Override
        public Answer told(Answer a) {
            return a.results().isEmpty() ? a : RoutingAssistant.withNote(a, said);
        }

        @Override
        public Optional<String> kept() {
            return Optional.of(keep);
        }
    }

    /** Words that leave the thread's poll. */
    static final Pattern LEAVE = Pattern.compile("\\b(?:forget|drop|ignore|scrap|never ?mind) (?:the |that )?poll\\b", Pattern.CASE_INSENSITIVE);
    /** The thread's poll, as {@link Frames} adds it after a follow-up: "(poll median exit money: kasia 1100, luis 950, …)". */
    private static final Pattern CARRIED = Pattern.compile("\\s*\\((?:(exit|post-money|pre-money|hold|capture|margin) )?poll at its (median|average): ([^()]{1,400})\\)\\s*$");
    /** One guess as {@link #keep} says it: a name, then "$1100bn", "5%", "2x" or "6 years". */
    private static final Pattern KEPT_GUESS = Pattern.compile("(\\S+) \\$?(\\d+(?:\\.\\d+)?)(bn|%|x| years)");
    /** A name taken out of the poll: "scratch luis", "drop kit's", "without bo", "ignore femi's guess". */
    private static final String OUT = "\\b(?:scratch|drop|dropping|remove|removing|ignore|ignoring|exclude|excluding|without|toss|cut|bin|leave out|take out|throw out|not counting|minus)\\s+(?:out\\s+)?";
    /** A guess added: "add zoe: 1.5T", "plus ola 2T", "zoe says 1.5T". */
    private static final Pattern ADDED = Pattern.compile(
            "\\b(?:(?:add|adding|plus|include|including|\\+)\\s+(?<name>[a-z][a-z'.-]{1,15}):?\\s+(?:at\\s+|with\\s+)?"
                    + "|(?<name2>[a-z][a-z'.-]{1,15})\\s+(?:says|said|votes|voted|guesses|guessed|chimed in with|weighs in at|weighed in at|is in at|came in at)\\s+)"
                    + "(?<num>\\$?\\d[\\d,]*(?:\\.\\d+)?)\\s?(?<unit>%|c\\b|cents?\\b|x\\b|bn\\b|b\\b|billion\\b|tn\\b|t\\b|trillion\\b|tril\\b|yrs?\\b|years?\\b)?",
            Pattern.CASE_INSENSITIVE);

    private Polls() {
    }

    static Optional<Found> find(String text) {
        if (text.length() > 1200) {
            return Optional.empty();
        }
        Matcher carried = CARRIED.matcher(text);
        if (carried.find()) {
            return edited(text.substring(0, carried.start()), carried);
        }
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
        String which = stat.group("stat").toLowerCase(Locale.ROOT).equals("median") ? "median" : "average";
        BigDecimal v = which.equals("median") ? median(values) : mean(values);
        String value = said(v, kind);
        String replacement = value + (topic == null ? "" : " " + (topic.equals("years hold") ? "hold" : topic));
        // (the statistic asked after the list, "… femi: 2T. stake at the median?", or before it, "median of the poll - kasia: …")
        String question = stat.start() >= last
                ? text.substring(0, first) + " " + text.substring(last, stat.start()) + replacement + text.substring(stat.end())
                : text.substring(0, stat.start()) + replacement + text.substring(stat.end(), first) + " " + text.substring(last);
        String theKind = kind;
        String note = "The poll's " + which + " of " + values.size() + " guesses ("
                + String.join(", ", values.stream().map(x -> said(x, theKind)).toList()) + ") is " + value + ".";
        return Optional.of(new Found(Reframing.tidy(question), note, keep(which, topic, kind, names, values)));
    }

    /** The poll in the words {@link #CARRIED} reads back: "exit poll at its median: kasia $1100bn, luis $950bn, …". */
    private static String keep(String which, String topic, String kind, List<String> names, List<BigDecimal> values) {
        List<String> guesses = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            guesses.add(names.get(i).toLowerCase(Locale.ROOT) + " " + said(values.get(i), kind));
        }
        return (topic == null ? "" : (topic.equals("years hold") ? "hold" : topic) + " ") + "poll at its " + which + ": " + String.join(", ", guesses);
    }

    /**
     * A follow-up that edits the thread's poll: a name taken out ("scratch luis, he was trolling"), a guess changed ("kit
     * changed his to 1.3T"), one added ("add zoe: 1.5T"). The poll's statistic (or one the follow-up names, "median now?") is
     * taken again and said as the input the poll is about; a follow-up that does none of these is not about the poll.
     */
    private static Optional<Found> edited(String typed, Matcher carried) {
        String topic = carried.group(1) == null ? null : carried.group(1).equals("hold") ? "years hold" : carried.group(1);
        String which = carried.group(2);
        String kind = null;
        List<String> names = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        for (String g : carried.group(3).split(",\\s*")) {
            Matcher m = KEPT_GUESS.matcher(g.trim());
            if (!m.matches()) {
                return Optional.empty();
            }
            kind = switch (m.group(3)) {
                case "bn" -> "money";
                case " years" -> "years";
                default -> m.group(3);
            };
            names.add(m.group(1));
            values.add(new BigDecimal(m.group(2)));
        }
        String rest = typed;
        List<String> changes = new ArrayList<>();
        for (int i = names.size() - 1; i >= 0; i--) {
            String n = Pattern.quote(names.get(i));
            Matcher out = Pattern.compile("(?i)" + OUT + n + "(?:'s)?(?:\\s+(?:guess|number|figure|pick|vote|one))?\\b").matcher(rest);
            if (out.find()) {
                changes.add("without " + names.get(i));
                names.remove(i);
                values.remove(i);
                rest = rest.substring(0, out.start()) + " " + rest.substring(out.end());
                continue;
            }
            Matcher changed = Pattern.compile("(?i)\\b" + n + "\\b(?:'s)?[^.;?!\\d$]{0,40}?(?<num>\\$?\\d[\\d,]*(?:\\.\\d+)?)\\s?"
                    + "(?<unit>%|c\\b|cents?\\b|x\\b|bn\\b|b\\b|billion\\b|tn\\b|t\\b|trillion\\b|tril\\b|yrs?\\b|years?\\b)?").matcher(rest);
            if (changed.find()) {
                BigDecimal v = value(changed, kind);
                if (v == null) {
                    return Optional.empty();
                }
                changes.add(names.get(i) + " now " + said(v, kind));
                values.set(i, v);
                rest = rest.substring(0, changed.start()) + " " + rest.substring(changed.end());
            }
        }
        Matcher add = ADDED.matcher(rest);
        while (add.find()) {
            String name = add.group("name") != null ? add.group("name") : add.group("name2");
            BigDecimal v = value(add, kind);
            if (v == null || names.contains(name.toLowerCase(Locale.ROOT)) || names.size() == MAX_GUESSES) {
                return Optional.empty();
            }
            names.add(name.toLowerCase(Locale.ROOT));
            values.add(v);
            changes.add("with " + name + " at " + said(v, kind));
            rest = rest.substring(0, add.start()) + " " + rest.substring(add.end());
            add = ADDED.matcher(rest);
        }
        if (changes.isEmpty() || values.size() < 2) {
            return Optional.empty();
        }
        Matcher stat = STATISTIC.matcher(rest);
        if (stat.find()) {
            which = stat.group("stat").toLowerCase(Locale.ROOT).equals("median") ? "median" : "average";
            rest = rest.substring(0, stat.start()) + " " + rest.substring(stat.end());
        }
        BigDecimal v = which.equals("median") ? median(values) : mean(values);
        String theKind = kind;
        String value = said(v, kind);
        String question = "what about " + value + (topic == null ? "" : " " + (topic.equals("years hold") ? "hold" : topic)) + " " + rest;
        String note = "The poll's " + which + " of " + values.size() + " guesses, " + String.join(", ", changes) + " ("
                + String.join(", ", values.stream().map(x -> said(x, theKind)).toList()) + "), is " + value + ".";
        return Optional.of(new Found(Reframing.tidy(question), note, keep(which, topic, kind, names, values)));
    }

    /** A guess's figure in the poll's kind; null when its unit is of another kind. */
    private static BigDecimal value(Matcher m, String kind) {
        String unit = m.group("unit") == null ? "" : m.group("unit").toLowerCase(Locale.ROOT);
        String k = kindOf(unit);
        if (!k.isEmpty() && !k.equals(kind)) {
            return null;
        }
        return inBillions(new BigDecimal(m.group("num").replace("$", "").replace(",", "")), unit);
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
