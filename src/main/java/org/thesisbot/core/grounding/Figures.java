package org.thesisbot.core.grounding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures written in prose ("$50 billion", "$8.5B", "40%", "2029") and the check that one figure is
 * backed by another. A figure is backed when it is the same amount, possibly rounded: "$50B" is
 * backed by "$50 billion" and by "$50.2 billion"; "40 percent" by "40%"; a bare "50" by any 50.
 */
final class Figures {
    private static final Pattern FIGURE = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,])(\\$)?(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?"
                    + "(?:\\s*(%|percent\\b|per cent\\b|trillion\\b|billion\\b|million\\b|thousand\\b|tn\\b|bn\\b|mn\\b|[tbmk]\\b))?",
            Pattern.CASE_INSENSITIVE);

    private Figures() {
    }

    /**
     * @param number   the digits as written (commas removed)
     * @param exponent power of ten of the magnitude word: 3 thousand, 6 million, 9 billion, 12 trillion; 0 none
     * @param percent  written as a percentage
     */
    record Figure(BigDecimal number, int exponent, boolean percent, String text) {
        boolean backedBy(Figure source) {
            if (percent) {
                return source.percent && roundsTo(source.number, number);
            }
            if (exponent == 0) {
                return roundsTo(source.number, number);
            }
            if (source.percent || source.exponent == 0) {
                return false;
            }
            return roundsTo(source.number.scaleByPowerOfTen(source.exponent - exponent), number);
        }

        /** True if {@code written} is {@code exact}, or {@code exact} rounded to as many decimals as {@code written} shows. */
        private static boolean roundsTo(BigDecimal exact, BigDecimal written) {
            if (exact.compareTo(written) == 0) {
                return true;
            }
            int scale = Math.max(written.scale(), 0);
            return exact.setScale(scale, RoundingMode.HALF_UP).compareTo(written) == 0;
        }
    }

    static List<Figure> in(String text) {
        List<Figure> out = new ArrayList<>();
        Matcher m = FIGURE.matcher(text);
        while (m.find()) {
            String digits = m.group(2).replace(",", "") + (m.group(3) == null ? "" : m.group(3));
            String unit = m.group(4) == null ? "" : m.group(4).toLowerCase(Locale.ROOT);
            boolean percent = unit.equals("%") || unit.startsWith("per");
            int exponent = switch (unit) {
                case "thousand", "k" -> 3;
                case "million", "mn", "m" -> 6;
                case "billion", "bn", "b" -> 9;
                case "trillion", "tn", "t" -> 12;
                default -> 0;
            };
            out.add(new Figure(new BigDecimal(digits), exponent, percent, m.group().trim()));
        }
        return out;
    }

    /** True if every figure in {@code claim} is backed by one of {@code sources}; the first unbacked one otherwise. */
    static java.util.Optional<Figure> firstUnbacked(String claim, List<Figure> sources) {
        for (Figure f : in(claim)) {
            if (sources.stream().noneMatch(f::backedBy)) {
                return java.util.Optional.of(f);
            }
        }
        return java.util.Optional.empty();
    }
}
