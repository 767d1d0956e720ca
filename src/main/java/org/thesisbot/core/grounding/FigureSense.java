package org.thesisbot.core.grounding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a figure in a claim means what the same figure means in its source, beyond its digits
 * ({@link Figures} checks those):
 * <ul>
 * <li><b>quarters and halves</b> ("Q1", "the second quarter", "H2") must be ones the source names;</li>
 * <li><b>fractions and multiples in words</b> ("half", "a third", "two-fifths", "twice") must match a source
 * figure ("up to half", "40%"), or, after "less than"/"more than", be on the right side of it;</li>
 * <li><b>bounds</b>: "at least $100 billion" or "more than $100 billion" where the source says "up to $100
 * billion" (and the reverse) is a different figure;</li>
 * <li><b>years in a range</b>: "between 2025 and 2029" supports "from 2025", "by 2029" and the range, not
 * "in 2025";</li>
 * <li><b>what a figure counts</b>: the words right after a figure ("$11 billion <i>data center campus</i>")
 * and right before it ("<i>invest</i> $8 billion") must not be those the source gives another figure of the
 * same kind while never giving them this one ("an $11 billion investment" where the source has "an $8 billion
 * investment and an $11 billion data center campus").</li>
 * </ul>
 * Generic English. Stateless.
 */
final class FigureSense {
    private static final Pattern QUARTER = Pattern.compile("(?i)\\b(?:Q([1-4])|([1-4])Q|(first|second|third|fourth|1st|2nd|3rd|4th|last|final)"
            + "(?:\\s+|-)(quarter|half)|H([12]))\\b");
    private static final Pattern FRACTION = Pattern.compile("(?i)\\b(?:(less than|fewer than|under|below|more than|over|above|"
            + "at least|at most|up to|as much as|nearly|almost|about|around|roughly|approximately|some)\\s+)?"
            + "(half|a third|one[- ]third|two[- ]thirds|a quarter|one[- ]quarter|three[- ]quarters|a fifth|one[- ]fifth|"
            + "two[- ]fifths|three[- ]fifths|a tenth|one[- ]tenth|majority|twice|double|triple|tripled|doubled|"
            + "(?:two|three|four|five|ten) times)\\b(?!\\s+(?:of\\s+)?(?:the\\s+)?(?:year|century|decade))");
    private static final Pattern LOWER_BOUND = Pattern.compile("(?i)(?:at least|more than|over|above|in excess of|exceeding|"
            + "upwards of|north of|no less than|a minimum of|minimum of)\\s*$");
    private static final Pattern UPPER_BOUND = Pattern.compile("(?i)(?:up to|as much as|at most|no more than|less than|under|"
            + "below|a maximum of|maximum of|as high as)\\s*$");
    private static final Pattern YEAR = Pattern.compile("\\b(19\\d\\d|20\\d\\d)\\b");
    private static final Pattern WORD = Pattern.compile("\\$?\\d[\\d,.]*%?|\\p{L}[\\p{L}'\u2019-]*|[,;:.()\u2014]");

    private FigureSense() {
    }

    /** The first figure of {@code claim} whose sense {@code source} does not support, described; empty if none. */
    static java.util.Optional<String> firstMisread(String claim, String source) {
        String c = Markers.strip(claim);
        List<String> problems = new ArrayList<>();
        quarters(c, source, problems);
        fractions(c, source, problems);
        bounds(c, source, problems);
        years(c, source, problems);
        roles(c, source, problems);
        return problems.stream().findFirst();
    }

    /** Quarters and halves of a year, as "q1".."q4", "h1", "h2", "last". */
    static Set<String> quarters(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = QUARTER.matcher(text);
        while (m.find()) {
            if (m.group(1) != null) {
                out.add("q" + m.group(1));
            } else if (m.group(2) != null) {
                out.add("q" + m.group(2));
            } else if (m.group(5) != null) {
                out.add("h" + m.group(5));
            } else {
                String n = switch (m.group(3).toLowerCase(Locale.ROOT)) {
                    case "first", "1st" -> "1";
                    case "second", "2nd" -> "2";
                    case "third", "3rd" -> "3";
                    case "fourth", "4th" -> "4";
                    default -> "last";
                };
                out.add((m.group(4).equalsIgnoreCase("half") ? "h" : "q") + n);
            }
        }
        return out;
    }

    /** Writes quarters as words ("Q1" as "first quarter"), so that the meaning check reads them as the source does. */
    static String quartersInWords(String text) {
        return Pattern.compile("\\bQ([1-4])\\b").matcher(text).replaceAll(r -> switch (r.group(1)) {
            case "1" -> "first quarter";
            case "2" -> "second quarter";
            case "3" -> "third quarter";
            default -> "fourth quarter";
        });
    }

    private static void quarters(String claim, String source, List<String> problems) {
        Set<String> s = quarters(source);
        for (String q : quarters(claim)) {
            if (!s.contains(q)) {
                problems.add("quarter " + q);
            }
        }
    }

    /** A fraction or multiple in words, as a percentage (twice = 200). */
    private static BigDecimal percentOf(String words) {
        String w = words.toLowerCase(Locale.ROOT).replace('-', ' ');
        return switch (w) {
            case "half" -> BigDecimal.valueOf(50);
            case "a third", "one third" -> new BigDecimal("33.3");
            case "two thirds" -> new BigDecimal("66.7");
            case "a quarter", "one quarter" -> BigDecimal.valueOf(25);
            case "three quarters" -> BigDecimal.valueOf(75);
            case "a fifth", "one fifth" -> BigDecimal.valueOf(20);
            case "two fifths" -> BigDecimal.valueOf(40);
            case "three fifths" -> BigDecimal.valueOf(60);
            case "a tenth", "one tenth" -> BigDecimal.valueOf(10);
            case "majority" -> BigDecimal.valueOf(50.1);
            case "twice", "double", "doubled", "two times" -> BigDecimal.valueOf(200);
            case "triple", "tripled", "three times" -> BigDecimal.valueOf(300);
            case "four times" -> BigDecimal.valueOf(400);
            case "five times" -> BigDecimal.valueOf(500);
            default -> BigDecimal.valueOf(1000);
        };
    }

    /** The fractions, multiples and percentages {@code text} states, as percentages. */
    private static List<BigDecimal> shares(String text) {
        List<BigDecimal> out = new ArrayList<>();
        Matcher m = FRACTION.matcher(text);
        while (m.find()) {
            if (!isPeriod(text, m)) {
                out.add(percentOf(m.group(2)));
            }
        }
        for (Figures.Figure f : Figures.in(text)) {
            if (f.percent()) {
                out.add(f.number());
            }
        }
        return out;
    }

    /** "the first half" is a period, not a fraction. */
    private static boolean isPeriod(String text, Matcher m) {
        String before = text.substring(Math.max(0, m.start(2) - 8), m.start(2)).toLowerCase(Locale.ROOT);
        return m.group(2).equalsIgnoreCase("half") && before.matches("(?s).*\\b(?:first|second|1st|2nd)[\\s-]+$");
    }

    private static void fractions(String claim, String source, List<String> problems) {
        List<BigDecimal> backing = shares(source);
        Matcher m = FRACTION.matcher(claim);
        while (m.find()) {
            if (isPeriod(claim, m)) {
                continue;
            }
            BigDecimal v = percentOf(m.group(2));
            String q = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            boolean ok = switch (q) {
                case "less than", "fewer than", "under", "below", "at most", "up to", "as much as" ->
                        backing.stream().anyMatch(b -> b.compareTo(v) <= 0);
                case "more than", "over", "above", "at least" -> backing.stream().anyMatch(b -> b.compareTo(v) >= 0);
                case "nearly", "almost", "about", "around", "roughly", "approximately", "some" ->
                        backing.stream().anyMatch(b -> b.subtract(v).abs().compareTo(v.multiply(new BigDecimal("0.1"))) <= 0);
                default -> backing.stream().anyMatch(b -> b.subtract(v).abs().compareTo(BigDecimal.ONE) < 0);
            };
            if (!ok && !partOfStatedWhole(claim.substring(m.end()), v, source)) {
                problems.add("fraction " + m.group());
            }
        }
    }

    /**
     * True when a fraction applied to the amount written right after it is an amount the source states: "half of the
     * maximum $100 billion" where the source says $50 billion. Arithmetic on the source's own figures, not a new figure.
     */
    private static boolean partOfStatedWhole(String after, BigDecimal percent, String source) {
        Matcher of = Pattern.compile("^\\s+of\\s+(?:(?:the|its|their|a|an|this|that)\\s+)?(?:\\p{L}+\\s+){0,2}(?=\\$?\\d)").matcher(after);
        if (!of.find()) {
            return false;
        }
        List<Figures.Figure> whole = Figures.in(after.substring(of.end()));
        if (whole.isEmpty() || whole.get(0).percent()) {
            return false;
        }
        Figures.Figure w = whole.get(0);
        Figures.Figure part = new Figures.Figure(w.number().multiply(percent).divide(BigDecimal.valueOf(100), 6,
                java.math.RoundingMode.HALF_UP).stripTrailingZeros(), w.exponent(), false, "part of " + w.text());
        return Figures.in(source).stream().anyMatch(part::backedBy);
    }

    private static void bounds(String claim, String source, List<String> problems) {
        for (Located f : located(claim)) {
            int side = bound(claim.substring(0, f.start));
            if (side == 0) {
                continue;
            }
            for (Located s : located(source)) {
                if (s.figure.number().compareTo(f.figure.number()) == 0 && s.figure.exponent() == f.figure.exponent()
                        && s.figure.percent() == f.figure.percent() && bound(source.substring(0, s.start)) == -side) {
                    problems.add("bound " + f.figure.text());
                }
            }
        }
    }

    /** 1 after "at least"/"more than", -1 after "up to"/"less than", 0 otherwise. */
    private static int bound(String before) {
        String b = before.length() > 30 ? before.substring(before.length() - 30) : before;
        b = b.replaceAll("\\$\\s*$", "");
        return LOWER_BOUND.matcher(b).find() ? 1 : UPPER_BOUND.matcher(b).find() ? -1 : 0;
    }

    private static void years(String claim, String source, List<String> problems) {
        Set<String> points = new HashSet<>();
        Set<String> starts = new HashSet<>();
        Set<String> ends = new HashSet<>();
        Matcher y = YEAR.matcher(source);
        while (y.find()) {
            String before = source.substring(Math.max(0, y.start() - 12), y.start()).toLowerCase(Locale.ROOT);
            String after = source.substring(y.end(), Math.min(source.length(), y.end() + 14)).toLowerCase(Locale.ROOT);
            if (before.matches("(?s).*\\b(?:between|from|since|starting)\\s+$") || after.matches("(?s)^\\s*(?:and|to|through|until)\\s+\\d.*|^\\s*[-\u2013]\\s*\\d.*")) {
                starts.add(y.group());
            } else if (before.matches("(?s).*(?:\\band|\\bto|\\bthrough|\\buntil|\\bby|-|\u2013)\\s*$")) {
                ends.add(y.group());
            } else {
                points.add(y.group());
            }
        }
        Matcher c = YEAR.matcher(claim);
        while (c.find()) {
            String year = c.group();
            if (!points.contains(year) && !starts.contains(year) && !ends.contains(year)) {
                continue; // Figures reports a year the source lacks
            }
            String before = claim.substring(Math.max(0, c.start() - 12), c.start()).toLowerCase(Locale.ROOT);
            String after = claim.substring(c.end(), Math.min(claim.length(), c.end() + 14)).toLowerCase(Locale.ROOT);
            boolean ok;
            if (before.matches("(?s).*\\b(?:between|from|since|starting)\\s+$") || after.matches("(?s)^\\s*(?:and|to|through|until)\\s+\\d.*|^\\s*[-\u2013]\\s*\\d.*")) {
                ok = starts.contains(year) || points.contains(year);
            } else if (before.matches("(?s).*(?:\\band|\\bto|\\bthrough|\\buntil|\\bby|-|\u2013)\\s*$")) {
                ok = ends.contains(year) || points.contains(year);
            } else {
                ok = points.contains(year);
            }
            if (!ok) {
                problems.add("year " + year);
            }
        }
    }

    private record Located(Figures.Figure figure, int start, int end) {
    }

    /** The figures of {@code text} with where they stand. */
    private static List<Located> located(String text) {
        List<Located> out = new ArrayList<>();
        Matcher m = Pattern.compile("\\$?\\d[\\d,]*(?:\\.\\d+)?(?:\\s*(?:%|percent\\b|trillion\\b|billion\\b|million\\b|[tbmk]n?\\b))?",
                Pattern.CASE_INSENSITIVE).matcher(text);
        while (m.find()) {
            List<Figures.Figure> f = Figures.in(m.group());
            if (!f.isEmpty()) {
                out.add(new Located(f.get(0), m.start(), m.end()));
            }
        }
        return out;
    }

    /** What kind of figure: a year, a percentage, an amount of money, another number. */
    private static String kind(Located f, String text) {
        if (f.figure.percent()) {
            return "percent";
        }
        if (f.figure.exponent() > 0 || text.charAt(f.start) == '$') {
            return "money";
        }
        return YEAR.matcher(f.figure.text()).matches() ? "year" : "number";
    }

    private static void roles(String claim, String source, List<String> problems) {
        List<Located> sourceFigures = located(source);
        for (Located f : located(claim)) {
            String kind = kind(f, claim);
            if (kind.equals("year")) {
                continue; // the years check reads years
            }
            Set<String> said = attached(claim, f);
            if (said.isEmpty()) {
                continue;
            }
            Set<String> same = new HashSet<>();
            Set<String> other = new HashSet<>();
            for (Located s : sourceFigures) {
                if (!kind(s, source).equals(kind)) {
                    continue;
                }
                boolean equal = s.figure.number().compareTo(f.figure.number()) == 0 && s.figure.exponent() == f.figure.exponent();
                (equal ? same : other).addAll(attached(source, s));
            }
            if (same.isEmpty()) {
                continue; // Figures reports a figure the source lacks
            }
            other.removeAll(same);
            boolean fits = said.stream().anyMatch(same::contains);
            boolean belongsElsewhere = said.stream().anyMatch(other::contains);
            if (!fits && belongsElsewhere) {
                problems.add("role " + f.figure.text());
            }
        }
    }

    /**
     * The words that say what a figure counts: up to three content words after it (its noun: "$11 billion data
     * center campus", stopping at punctuation or another figure), as six-letter roots. The words before a figure
     * are often its sentence's subject or verb, shared by several figures, so they are not counted.
     */
    private static Set<String> attached(String text, Located f) {
        Set<String> out = new HashSet<>();
        Matcher after = WORD.matcher(text);
        after.region(f.end, text.length());
        int taken = 0;
        while (taken < 3 && after.find()) {
            String w = after.group();
            if (!Character.isLetter(w.charAt(0))) {
                break;
            }
            for (String t : Terms.of(w)) {
                if (!Set.of("billion", "million", "trillion", "thousand", "percent").contains(t)) {
                    out.add(t.length() > 6 ? t.substring(0, 6) : t);
                    taken++;
                }
            }
        }
        return out;
    }
}
