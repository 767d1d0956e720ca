package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.Format;
import org.thesisbot.core.api.MetricResult;

/**
 * Odds a question puts on the scenarios, as an analyst blends them: "25 bull / 50 base / 25 bear", "60/40 base/bear",
 * "coin flip between bull and base", "one in four on bear, three in four on bull", "bull gets a quarter, base the other
 * 75", "a third on each case", "2:1 bull over bear". The odds are taken out of the question (their figures are no
 * input's) and the cases they weigh are asked instead, each computed exactly; the blend, the weighted sum of each metric
 * over those cases, is said after them with its sum written out. A case asked on its own within a blend ("what exit in
 * the bear leg gets the blended MOIC to 1.5x") is {@link #leg}: the assistant solves that case for what the others leave.
 *
 * <p>Odds are read only when at least two cases get a weight (one may be "the rest") and the weights come to the whole,
 * 100 or 1, or are a ratio ("2:1"); anything else is left to the reader as written, so a figure beside a case's name that
 * is no weight ("bull at a 45% margin") is never taken for one.
 */
final class Blends {
    private static final MathContext MC = MathContext.DECIMAL128;
    /** A case named, with its word if any ("bull", "the bear leg", "base case"); the case is group 1. Shared with {@link Between}. */
    static final String CASE = "(?<!\\w)(bull|base|bear)(?:ish)?(?:[- ](?:case|leg|scenario)s?)?(?!\\w)";
    private static final String FRACTION_WORD = "(?:(?:a|one) (?:quarter|third|fifth|tenth|half)|(?:two|three|four) (?:quarters|thirds|fifths|tenths)|half)";
    private static final String SMALL = "(?:one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})";
    private static final String IN_M = SMALL + "[- ]?(?:in|out of)[- ]?" + SMALL;
    private static final String REST = "(?:the )?(?:rest|remainder|balance|whatever'?s (?:left|remaining)|what'?s (?:left|remaining)|remaining)";
    private static final String NUMBER = "\\d{1,3}(?:\\.\\d+)?\\s?%?";
    private static final String OTHER = "(?:the )?other " + NUMBER;
    private static final String WEIGHT = "(?<w>" + OTHER + "|" + NUMBER + "|" + FRACTION_WORD + "|" + IN_M + "|" + REST + "|nothing|zero)";
    /** A weight that is no weight: a figure with a unit or an input's name after it ("bull 45% margin", "bear 30bn"). */
    private static final String NOT_AFTER = "(?!\\s?(?:%\\s?)?(?:margin|capture|share|irr|years?|yrs?|y\\b|x\\b|b\\b|bn|bil|billion|t\\b|tn|tril|trillion|cents|of (?:the |oai|openai|compute|spend)|exit|post|pre|hold))";
    private static final String NAMED_CASE = CASE.replace("(bull|base|bear)", "(?<c>bull|base|bear)");
    private static final Pattern BEFORE = Pattern.compile(WEIGHT + NOT_AFTER + "(?: of (?:my|the|our) (?:odds|weight|probability|book))?\\s?(?:(?:on|to|for|in|at|weight on|odds on|probability on|chance of|chance on)\\s)?(?:the\\s)?" + NAMED_CASE);
    private static final Pattern AFTER = Pattern.compile(NAMED_CASE + "(?:\\s?(?::|=|at|gets|takes|with|on)\\s?|\\s)" + WEIGHT + NOT_AFTER);
    private static final Pattern RATIO_LIST = Pattern.compile(
            "(?<!\\w)(\\d{1,3}(?:\\.\\d+)?)\\s?%?\\s?/\\s?(\\d{1,3}(?:\\.\\d+)?)\\s?%?(?:\\s?/\\s?(\\d{1,3}(?:\\.\\d+)?)\\s?%?)?\\s(?:(?:on|across|for|between|in)\\s)?(?:the\\s)?"
                    + "(bull|base|bear)(?:ish)?\\s?/\\s?(bull|base|bear)(?:ish)?(?:\\s?/\\s?(bull|base|bear)(?:ish)?)?(?:[- ](?:case|leg|scenario)s?)?(?!\\w)");
    private static final Pattern ODDS_RATIO = Pattern.compile(
            "(?<!\\w)(\\d{1,2})\\s?:\\s?(\\d{1,2})\\s(?:(?:on|for)\\s)?(?:the\\s)?(bull|base|bear)(?:ish)?(?:[- ](?:case|leg|scenario))?\\s(?:over|to|vs\\.?|versus|against)\\s(?:the\\s)?(bull|base|bear)(?:ish)?(?:[- ](?:case|leg|scenario))?(?!\\w)");
    private static final Pattern EVEN = Pattern.compile(
            "(?:coin ?flip|even odds|even money|50-50|fifty[- ]fifty|equal (?:odds|weights?|chances?)|same odds)\\s(?:between|on|across|for|of)\\s(?:the\\s)?(bull|base|bear)(?:ish)?(?:[- ](?:case|leg|scenario))?\\s?(?:and|&|/|or|vs\\.?)\\s?(?:the\\s)?(bull|base|bear)(?:ish)?(?:[- ](?:case|leg|scenario)s?)?(?!\\w)");
    private static final Pattern THIRDS = Pattern.compile(
            "(?:a third|one third|1/3|33(?:\\.3+)?%) (?:on|to|in|for) (?:each|every|all(?: three)?)(?: of the)?(?: three)? (?:cases?|legs?|scenarios?)"
                    + "|(?:equal(?:ly)?|evenly) (?:weight(?:ed|s)?|odds|split)?\\s?(?:on|across|over|between)? (?:all )?(?:three|3|the three) (?:cases|legs|scenarios)");
    /** Words that make a blend of what follows: a weighted value is the blend, named in the note. */
    private static final Pattern BLEND_WORDS = Pattern.compile(
            "\\b(?:probability|probabilty|odds)[- ]weighted\\s|\\b(?:blended|weighted)\\s(?!(?:average|avg)\\b)|\\bexpected (?=value|payoff|gain|moic|irr|stake|profit|revenue|return)");
    /** A case asked on its own beside the odds: named as a case or a leg ("the bear leg"), or "in bull". */
    private static final Pattern LEG = Pattern.compile("(?<!\\w)(?:(bull|base|bear)(?:ish)?[- ](?:case|leg|scenario)|(?<=\\bin (?:the )?)(bull|base|bear)(?!\\w))");
    /** What introduces the odds and says nothing else: "odds i'm running:", "weights:", "i'd put", "blend is". */
    private static final Pattern LEAD_IN = Pattern.compile(
            "(?i)(?:^|(?<=[.;:!?]\\s))(?:(?:my |the )?(?:odds|weights?|weighting|blend|mix|split)(?: (?:i'?m|we'?re) (?:running|using|at|on))?(?: (?:is|are|of))?|i'?d put|i put|let'?s (?:say|put)|say)\\s*[:,\\-]?\\s*$");
    private static final Pattern CUE = Pattern.compile(
            "\\b(?:odds|weights?|weighted|weighting|blend|blended|probabilit\\w*|probabilty|chance|coin ?flip|expected|mix|split)\\b");

    /**
     * @param question the question with the odds taken out and the cases they weigh asked
     * @param weights  each weighed case and its weight, in the order named; the weights come to 1
     * @param leg      the one case asked on its own beside the odds ("in the bear leg"), or null
     */
    record Found(String question, Map<String, BigDecimal> weights, String leg, Tipping tipping) {
        Found(String question, Map<String, BigDecimal> weights, String leg) {
            this(question, weights, leg, null);
        }

        /** "bull 25%, base 75%". */
        String said() {
            List<String> parts = new ArrayList<>();
            weights.forEach((s, w) -> parts.add(s + " " + percent(w)));
            return String.join(", ", parts);
        }
    }

    private Blends() {
    }

    /**
     * The weight one case can carry, the rest on another, before a blended metric crosses a bar ("how much weight can i
     * put on bear, rest on bull, before the blended irr goes negative?").
     *
     * @param heavy the case whose weight is asked
     * @param other the case that gets the rest
     * @param bar   the level the blend must not cross: zero for "negative"
     */
    record Tipping(String heavy, String other, BigDecimal bar) {
    }

    private static final Pattern TIPPING = Pattern.compile(
            "how (?:much|high an?|big an?|large an?)\\s(?:weight|odds|probability|probabilty|chance|%|percent|share)\\s(?:[a-z']+\\s){0,4}?(?:on|to|for)\\s(?:the\\s)?"
                    + "(?<heavy>bull|base|bear)(?:ish)?(?:[- ](?:case|leg|scenario))?[,;]?\\s(?:with\\s|and\\s)?(?:the\\s)?(?:rest|remainder|balance)\\s(?:on|to|in|for)\\s(?:the\\s)?"
                    + "(?<other>bull|base|bear)(?:ish)?(?:[- ](?:case|leg|scenario))?[,;]?\\s(?:before|until|till|without)\\s(?<what>.+?)\\s"
                    + "(?:goes|turns|gets|falls|drops|dips|slips|is|comes in|ends up|going|turning|falling|dropping)\\s"
                    + "(?:negative|below zero|under zero|(?:below|under|beneath|short of)\\s(?<bar>\\$?\\d+(?:\\.\\d+)?\\s?(?:%|x|bn|b|billion)?))\\W*$");

    static Optional<Found> find(String question) {
        if (Weighings.find(question).isPresent()) {
            return Optional.empty(); // (a weight solved for, the rest on another case: {@link Weighings})
        }
        String q = question.toLowerCase(Locale.ROOT);
        Matcher tip = TIPPING.matcher(q);
        if (tip.find() && !tip.group("heavy").equals(tip.group("other"))) {
            BigDecimal bar = BigDecimal.ZERO;
            if (tip.group("bar") != null) {
                String b = tip.group("bar").replace("$", "").strip();
                BigDecimal n = new BigDecimal(b.replaceAll("[^\\d.]", ""));
                bar = b.endsWith("%") ? n.movePointLeft(2) : n;
            }
            Map<String, BigDecimal> both = new LinkedHashMap<>();
            both.put(tip.group("heavy"), BigDecimal.ZERO);
            both.put(tip.group("other"), BigDecimal.ONE);
            String what = BLEND_WORDS.matcher(question.substring(tip.start("what"), tip.end("what"))).replaceAll("").strip();
            String text = question.substring(0, tip.start()) + "in the " + tip.group("heavy") + " and " + tip.group("other") + " cases: " + what;
            return Optional.of(new Found(text.strip(), both, null, new Tipping(tip.group("heavy"), tip.group("other"), bar)));
        }
        Spec spec = ratioList(q);
        if (spec == null) {
            spec = oddsRatio(q);
        }
        if (spec == null) {
            spec = even(q);
        }
        if (spec == null) {
            spec = thirds(q);
        }
        if (spec == null && CUE.matcher(q).find()) {
            spec = terms(q);
        }
        if (spec == null) {
            return Optional.empty();
        }
        spec = withTail(spec, q);
        if (spec == null || !sums(spec.weights)) {
            return Optional.empty();
        }
        String rest = q.substring(0, spec.start) + " " + q.substring(spec.end);
        String leg = null;
        // (a case named as a case or a leg, "in the bear leg", "the base case": "lean bull" names a view, not a leg)
        Matcher named = LEG.matcher(rest);
        while (named.find()) {
            String c = named.group(1) != null ? named.group(1) : named.group(2);
            if (spec.weights.containsKey(c) && spec.weights.get(c).signum() > 0) {
                leg = leg == null || leg.equals(c) ? c : "";
            }
        }
        if ("".equals(leg)) {
            leg = null; // more than one case named outside the odds: no one leg
        }
        List<String> cases = spec.weights.entrySet().stream().filter(e -> e.getValue().signum() > 0).map(Map.Entry::getKey).toList();
        String asked = leg != null ? "" : "in the " + joined(cases) + " case" + (cases.size() > 1 ? "s" : "");
        String before = LEAD_IN.matcher(question.substring(0, spec.start)).replaceFirst("").replaceAll("[\\s,;:.\\-\u2013\u2014]+$", "");
        String after = question.substring(spec.end).replaceAll("^[\\s,;:.\\-\u2013\u2014]+", "");
        String text = (before.isEmpty() ? "" : before + ", ") + asked + (asked.isEmpty() || after.isEmpty() ? "" : ": ") + after;
        text = BLEND_WORDS.matcher(text).replaceAll("").replaceAll("\\s{2,}", " ").strip();
        return Optional.of(new Found(text, spec.weights, leg));
    }

    /**
     * The blend of every metric shown for each weighed case, its sum written out ("Blended at your odds (bull 25%, base
     * 75%): stake value $45.34B = 25% × $68.18B + 75% × $37.73B."), or empty when no metric has a value in every case.
     */
    static Optional<String> blended(Found f, List<MetricResult> results) {
        Map<String, Map<String, MetricResult>> byMetric = new LinkedHashMap<>();
        for (MetricResult r : results) {
            if (r.kind() == MetricResult.Kind.METRIC && r.scenario() != null) {
                byMetric.computeIfAbsent(r.metric(), k -> new LinkedHashMap<>()).put(r.scenario(), r);
            }
        }
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, Map<String, MetricResult>> e : byMetric.entrySet()) {
            BigDecimal sum = BigDecimal.ZERO;
            List<String> terms = new ArrayList<>();
            MetricResult any = null;
            boolean all = true;
            for (Map.Entry<String, BigDecimal> w : f.weights().entrySet()) {
                if (w.getValue().signum() == 0) {
                    continue;
                }
                MetricResult r = e.getValue().get(w.getKey());
                if (r == null) {
                    all = false;
                    break;
                }
                any = r;
                sum = sum.add(w.getValue().multiply(r.value(), MC), MC);
                terms.add(percent(w.getValue()) + " × " + r.display());
            }
            if (all && any != null && terms.size() > 1) {
                lines.add(any.label() + " " + Format.value(sum, any.unit()) + " = " + String.join(" + ", terms));
            }
        }
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Blended at your odds (" + f.said() + "): " + String.join("; ", lines) + ".");
    }

    /**
     * The most weight the heavy case can carry before the blend of the metric asked crosses the bar: with the heavy case
     * at h and the other at o, the blend w·h + (1 − w)·o equals the bar at w = (o − bar) / (o − h). Empty when the answer
     * has no one metric in both cases.
     */
    static Optional<String> tipping(Found f, List<MetricResult> results) {
        Tipping t = f.tipping();
        MetricResult heavy = null;
        MetricResult other = null;
        for (MetricResult r : results) {
            if (r.kind() == MetricResult.Kind.METRIC && t.heavy().equals(r.scenario()) && heavy == null) {
                heavy = r;
            }
        }
        for (MetricResult r : results) {
            if (heavy != null && r.kind() == MetricResult.Kind.METRIC && t.other().equals(r.scenario()) && r.metric().equals(heavy.metric())) {
                other = r;
            }
        }
        if (heavy == null || other == null) {
            return Optional.empty();
        }
        String bar = Format.value(t.bar(), heavy.unit());
        String head = heavy.label() + ": " + t.heavy() + " " + heavy.display() + ", " + t.other() + " " + other.display() + ". ";
        BigDecimal gap = other.value().subtract(heavy.value());
        boolean otherClears = other.value().compareTo(t.bar()) >= 0;
        boolean heavyClears = heavy.value().compareTo(t.bar()) >= 0;
        if (otherClears == heavyClears) {
            return Optional.of(head + (otherClears ? "Both are at or above " + bar + ", so any weight on " + t.heavy() + " keeps the blend there."
                    : "Both are under " + bar + ", so no weight on " + t.heavy() + " lifts the blend to it."));
        }
        BigDecimal w = other.value().subtract(t.bar()).divide(gap, MC);
        String side = otherClears ? "at most " : "at least ";
        return Optional.of(head + "The blend stays at or above " + bar + " with " + side + percent(w) + " on " + t.heavy()
                + " (the rest on " + t.other() + "): w = (" + other.display() + " − " + bar + ") / (" + other.display() + " − "
                + heavy.display() + ").");
    }

    /** The target one case must reach so that the blend reaches {@code target}, the other cases at {@code others}. */
    static BigDecimal legTarget(Found f, BigDecimal target, Map<String, BigDecimal> others) {
        BigDecimal rest = target;
        for (Map.Entry<String, BigDecimal> o : others.entrySet()) {
            rest = rest.subtract(f.weights().get(o.getKey()).multiply(o.getValue(), MC), MC);
        }
        return rest.divide(f.weights().get(f.leg()), MC);
    }

    static String percent(BigDecimal w) {
        BigDecimal p = w.multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return p.toPlainString() + "%";
    }

    private static String joined(List<String> cases) {
        if (cases.size() == 1) {
            return cases.get(0);
        }
        return String.join(", ", cases.subList(0, cases.size() - 1)) + " and " + cases.get(cases.size() - 1);
    }

    // --- the forms odds are written in ------------------------------------------------------------

    private record Spec(Map<String, BigDecimal> weights, int start, int end) {
    }

    private static Spec ratioList(String q) {
        Matcher m = RATIO_LIST.matcher(q);
        if (!m.find()) {
            return null;
        }
        List<String> numbers = new ArrayList<>();
        List<String> cases = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            if (m.group(i) != null) {
                numbers.add(m.group(i));
            }
            if (m.group(i + 3) != null) {
                cases.add(m.group(i + 3));
            }
        }
        if (numbers.size() != cases.size()) {
            return null;
        }
        Map<String, BigDecimal> w = new LinkedHashMap<>();
        for (int i = 0; i < cases.size(); i++) {
            if (w.put(cases.get(i), new BigDecimal(numbers.get(i))) != null) {
                return null;
            }
        }
        return whole(w, m.start(), m.end());
    }

    private static Spec oddsRatio(String q) {
        Matcher m = ODDS_RATIO.matcher(q);
        if (!m.find() || m.group(3).equals(m.group(4))) {
            return null;
        }
        BigDecimal a = new BigDecimal(m.group(1));
        BigDecimal b = new BigDecimal(m.group(2));
        BigDecimal sum = a.add(b);
        if (sum.signum() == 0) {
            return null;
        }
        Map<String, BigDecimal> w = new LinkedHashMap<>();
        w.put(m.group(3), a.divide(sum, MC));
        w.put(m.group(4), b.divide(sum, MC));
        return new Spec(w, m.start(), m.end());
    }

    private static Spec even(String q) {
        Matcher m = EVEN.matcher(q);
        if (!m.find() || m.group(1).equals(m.group(2))) {
            return null;
        }
        Map<String, BigDecimal> w = new LinkedHashMap<>();
        w.put(m.group(1), new BigDecimal("0.5"));
        w.put(m.group(2), new BigDecimal("0.5"));
        return new Spec(w, m.start(), m.end());
    }

    private static Spec thirds(String q) {
        Matcher m = THIRDS.matcher(q);
        if (!m.find()) {
            return null;
        }
        BigDecimal third = BigDecimal.ONE.divide(BigDecimal.valueOf(3), MC);
        Map<String, BigDecimal> w = new LinkedHashMap<>();
        for (String s : List.of("bull", "base", "bear")) {
            w.put(s, third);
        }
        return new Spec(w, m.start(), m.end());
    }

    /** Weights said one case at a time, each before its case ("30% bull, 70% base") or each after it ("bear 30, bull 20"). */
    private static Spec terms(String q) {
        Spec before = terms(q, BEFORE);
        Spec after = terms(q, AFTER);
        if (before == null) {
            return after;
        }
        if (after == null) {
            return before;
        }
        return before.start <= after.start ? before : after;
    }

    private static Spec terms(String q, Pattern form) {
        Matcher m = form.matcher(q);
        Map<String, String> said = new LinkedHashMap<>();
        int start = -1;
        int end = -1;
        while (m.find()) {
            String c = m.group("c");
            if (said.containsKey(c) || end >= 0 && q.substring(end, m.start()).strip().length() > 12) {
                break; // a case weighed twice, or the next weight is far from the last: the odds ended
            }
            said.put(c, m.group("w"));
            start = start < 0 ? m.start() : start;
            end = m.end();
        }
        if (said.size() < 2) {
            return null;
        }
        Map<String, BigDecimal> w = new LinkedHashMap<>();
        String rest = null;
        boolean percents = said.values().stream().anyMatch(v -> v.matches(".*\\d.*") && !v.matches(IN_M));
        for (Map.Entry<String, String> e : said.entrySet()) {
            String v = e.getValue().strip();
            if (v.matches(REST)) {
                if (rest != null) {
                    return null;
                }
                rest = e.getKey();
                w.put(rest, null);
                continue;
            }
            BigDecimal x = weight(v, percents);
            if (x == null) {
                return null;
            }
            w.put(e.getKey(), x);
        }
        BigDecimal known = w.values().stream().filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (rest != null) {
            BigDecimal left = BigDecimal.ONE.subtract(known);
            if (left.signum() < 0) {
                return null;
            }
            w.put(rest, left);
        }
        return new Spec(w, start, end);
    }

    /** A case the odds leave out, said after them ("…, nothing on base", "… and the rest on base"); null if they overflow. */
    private static Spec withTail(Spec spec, String q) {
        Matcher tail = Pattern.compile("^[,;]?\\s?(?:and\\s)?(?:(?:the )?rest|nothing|zero)\\s(?:on|to|in|for)?\\s?(?:the\\s)?" + CASE).matcher(q.substring(spec.end));
        if (!tail.find() || spec.weights.containsKey(tail.group(1))) {
            return spec;
        }
        boolean nothing = tail.group().contains("nothing") || tail.group().contains("zero");
        Map<String, BigDecimal> w = new LinkedHashMap<>(spec.weights);
        BigDecimal left = BigDecimal.ONE.subtract(w.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        if (left.signum() < 0) {
            return null;
        }
        w.put(tail.group(1), nothing ? BigDecimal.ZERO : left);
        return new Spec(w, spec.start, spec.end + tail.end());
    }

    /** A weight in words or figures as a fraction of the whole; {@code percents}: bare figures are percentages. */
    private static BigDecimal weight(String v, boolean percents) {
        if (v.equals("nothing") || v.equals("zero")) {
            return BigDecimal.ZERO;
        }
        Matcher other = Pattern.compile("^(?:the )?other (\\d{1,3}(?:\\.\\d+)?)\\s?%?$").matcher(v);
        if (other.find()) {
            return new BigDecimal(other.group(1)).movePointLeft(2);
        }
        if (v.matches(NUMBER)) {
            return new BigDecimal(v.replace("%", "").strip()).movePointLeft(2);
        }
        Matcher in = Pattern.compile("^(" + SMALL + ")[- ]?(?:in|out of)[- ]?(" + SMALL + ")$").matcher(v);
        if (in.find()) {
            BigDecimal n = small(in.group(1));
            BigDecimal d = small(in.group(2));
            return d.signum() == 0 || n.compareTo(d) > 0 ? null : n.divide(d, MC);
        }
        Matcher f = Pattern.compile("^(a|one|two|three|four)?\\s?(half|quarters?|thirds?|fifths?|tenths?)$").matcher(v);
        if (f.find()) {
            BigDecimal n = f.group(1) == null || f.group(1).equals("a") ? BigDecimal.ONE : small(f.group(1));
            int d = switch (f.group(2).replaceAll("s$", "")) {
                case "half" -> 2;
                case "quarter" -> 4;
                case "third" -> 3;
                case "fifth" -> 5;
                default -> 10;
            };
            return n.divide(BigDecimal.valueOf(d), MC);
        }
        return null;
    }

    private static BigDecimal small(String s) {
        List<String> words = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");
        int i = words.indexOf(s);
        return i >= 0 ? BigDecimal.valueOf(i) : new BigDecimal(s);
    }

    /** Figures that come to 100 (percentages) or to 1 (fractions) are odds; anything else is no blend. */
    private static Spec whole(Map<String, BigDecimal> w, int start, int end) {
        BigDecimal sum = w.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(BigDecimal.valueOf(100)) != 0) {
            return null;
        }
        w.replaceAll((k, v) -> v.movePointLeft(2));
        return new Spec(w, start, end);
    }

    private static final BigDecimal TOLERANCE = new BigDecimal("0.000001");

    private static boolean near(BigDecimal a, BigDecimal b) {
        return a.subtract(b).abs().compareTo(TOLERANCE) <= 0;
    }

    private static boolean sums(Map<String, BigDecimal> w) {
        return near(w.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add), BigDecimal.ONE);
    }
}
