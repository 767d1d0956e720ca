package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.thesisbot.core.api.Format;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.api.Unit;
import org.thesisbot.core.scenario.Compounding;

/**
 * Statistics of a metric across the cases the answer computed, as an analyst asks for them: "the arithmetic mean and the
 * population standard deviation of our stake value across bear, base and bull", "the mean and the sample SD (n-1)",
 * "the arithmetic and the geometric mean of the three multiples", "which is more dispersed relative to its mean: … or …?
 * compare the coefficients of variation", "how many SDs from the three-case mean does the base case lie?". Each is worked
 * out exactly from the cases' own values (the square root to 34 digits) and said with its working, after the numbers. A
 * geometric mean of a value at or below zero is said not to exist, not guessed.
 */
final class CaseStats {
    private static final MathContext MC = MathContext.DECIMAL128;
    /** A mean asked, not the verb: "the mean", "their average", "mean and SD", "mean of", "arithmetic mean". */
    private static final Pattern MEAN = Pattern.compile("\\b(?:the|a|its|their|our|and|both)\\s+(?:(?:arithmetic|arithmatic|simple|three-case|cross-case)\\s+)?(?:mean|average)s?\\b"
            + "|\\b(?:arithmetic|arithmatic|simple)\\s+(?:mean|average)s?\\b|\\b(?:mean|average)\\s+(?:and|&|of|across|over)\\b");
    private static final Pattern ARITHMETIC = Pattern.compile("\\barithm[ae]tic\\b");
    private static final Pattern GEOMETRIC = Pattern.compile("\\bgeometric\\s+(?:mean|average)s?\\b");
    private static final Pattern SD = Pattern.compile("\\b(?:standard\\s+deviations?|std\\.?\\s*devs?|stdevs?|sds?|variances?)\\b");
    private static final Pattern SAMPLE = Pattern.compile("\\bsample\\b|n\\s*-\\s*1\\b");
    private static final Pattern CV = Pattern.compile("\\bcoefficients?\\s+of\\s+variation\\b|\\bcvs?\\b|\\bmore\\s+dispersed\\b|\\bdispersion\\b");
    private static final Pattern SDS_FROM = Pattern.compile("\\bhow\\s+many\\s+(?:sds?|standard\\s+deviations?|std\\.?\\s*devs?)\\b");
    private static final Pattern WEIGHTED = Pattern.compile("\\bweight(?:s|ed|ing)?\\b|\\bprobability[- ]weighted\\b|\\bodds\\b");
    private static final Pattern MEDIAN = Pattern.compile("\\bmedian\\b");

    private CaseStats() {
    }

    /** What is asked: which statistics, and whether the deviation is the sample's (n - 1) or the population's. */
    record Asked(boolean mean, boolean sd, boolean sample, boolean geometric, boolean cv, boolean zOfBase, boolean median) {
    }

    /** The statistics a question asks of the cases; empty when it asks none (or asks a weighted mean, which {@link Blends} gives). */
    static Optional<Asked> find(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (WEIGHTED.matcher(t).find()) {
            return Optional.empty();
        }
        boolean geometric = GEOMETRIC.matcher(t).find();
        boolean mean = MEAN.matcher(t.replaceAll("\\bgeometric\\s+(?:mean|average)s?\\b", " ")).find() || ARITHMETIC.matcher(t).find();
        boolean sd = SD.matcher(t).find();
        boolean cv = CV.matcher(t).find();
        boolean z = SDS_FROM.matcher(t).find();
        boolean median = MEDIAN.matcher(t).find();
        if (!mean && !sd && !geometric && !cv && !z && !median) {
            return Optional.empty();
        }
        return Optional.of(new Asked(mean || z, sd || z, SAMPLE.matcher(t).find(), geometric, cv, z, median));
    }

    /** The statistics as one note per metric computed in two cases or more; empty when there is none. */
    static List<String> told(Asked a, List<MetricResult> results) {
        Map<String, List<MetricResult>> byMetric = new LinkedHashMap<>();
        for (MetricResult r : results) {
            if (r.kind() == MetricResult.Kind.METRIC && r.scenario() != null
                    && byMetric.computeIfAbsent(r.metric(), k -> new ArrayList<>()).stream().noneMatch(x -> x.scenario().equals(r.scenario()))) {
                byMetric.get(r.metric()).add(r);
            }
        }
        List<String> out = new ArrayList<>();
        for (List<MetricResult> rs : byMetric.values()) {
            if (rs.size() < 2) {
                continue;
            }
            out.add(said(a, rs));
        }
        return out;
    }

    private static String said(Asked a, List<MetricResult> rs) {
        Unit unit = rs.get(0).unit();
        String label = Format.inSentence(rs.get(0).label());
        int n = rs.size();
        List<BigDecimal> v = rs.stream().map(MetricResult::value).toList();
        BigDecimal sum = v.stream().reduce(BigDecimal.ZERO, (x, y) -> x.add(y, MC));
        BigDecimal mean = sum.divide(BigDecimal.valueOf(n), MC);
        StringBuilder b = new StringBuilder("Across the " + (n == 3 ? "three" : String.valueOf(n)) + " cases, " + label + ": ");
        List<String> parts = new ArrayList<>();
        String values = String.join(", ", v.stream().map(x -> Format.value(x, unit)).toList());
        if (a.mean() || a.cv()) {
            parts.add("mean " + Format.value(mean, unit) + " ((" + String.join(" + ", v.stream().map(x -> Format.value(x, unit)).toList())
                    + ") / " + n + ")");
        }
        BigDecimal sd = null;
        if (a.sd() || a.cv()) {
            BigDecimal squares = BigDecimal.ZERO;
            for (BigDecimal x : v) {
                BigDecimal d = x.subtract(mean, MC);
                squares = squares.add(d.multiply(d, MC), MC);
            }
            int over = a.sample() ? n - 1 : n;
            sd = squares.divide(BigDecimal.valueOf(over), MC).sqrt(MC);
            parts.add((a.sample() ? "sample" : "population") + " standard deviation " + Format.value(sd, unit)
                    + " (square root of the squared deviations from the mean over " + (a.sample() ? "n - 1 = " + over : "n = " + over) + ")");
        }
        if (a.cv() && sd != null) {
            parts.add(mean.signum() == 0 ? "no coefficient of variation (the mean is zero)"
                    : "coefficient of variation " + Format.plain(sd.divide(mean.abs(), MC), 4) + " (standard deviation / |mean|)");
        }
        if (a.zOfBase() && sd != null) {
            MetricResult base = rs.stream().filter(r -> r.scenario().equals("base")).findFirst().orElse(null);
            if (base != null && sd.signum() != 0) {
                parts.add("the base case lies " + Format.plain(base.value().subtract(mean, MC).divide(sd, MC), 4) + " standard deviations from the mean");
            }
        }
        BigDecimal geo = null;
        if (a.geometric()) {
            if (v.stream().anyMatch(x -> x.signum() <= 0)) {
                parts.add("no geometric mean (a value is zero or below)");
            } else {
                BigDecimal product = v.stream().reduce(BigDecimal.ONE, (x, y) -> x.multiply(y, MC));
                geo = Compounding.power(product, BigDecimal.ONE.divide(BigDecimal.valueOf(n), MC));
                parts.add("geometric mean " + Format.value(geo, unit) + " (" + n + (n == 2 ? "nd" : n == 3 ? "rd" : "th") + " root of the product)");
                if (a.mean()) {
                    parts.add("the arithmetic mean exceeds it by " + Format.value(mean.subtract(geo, MC), unit));
                }
            }
        }
        if (a.median()) {
            List<BigDecimal> sorted = new ArrayList<>(v);
            sorted.sort(BigDecimal::compareTo);
            BigDecimal median = n % 2 == 1 ? sorted.get(n / 2)
                    : sorted.get(n / 2 - 1).add(sorted.get(n / 2), MC).divide(BigDecimal.valueOf(2), MC);
            parts.add("median " + Format.value(median, unit));
        }
        return b.append(String.join("; ", parts)).append(" (of ").append(values).append(").").toString();
    }
}
