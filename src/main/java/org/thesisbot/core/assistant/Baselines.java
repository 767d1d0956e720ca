package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The share of OpenAI's compute AWS would win without the deal, said so that only the rest counts ("aws would've had 20%
 * anyway", "without it 25 pct", "no-deal counterfactual has aws at ~10% of oai's spend"): the question is answered without
 * that clause, and each AWS number it shows is set against the same number at that share (the deal's part of it). Only a
 * share said in the same clause as words of the world without the deal counts.
 */
final class Baselines {
    /** The share without the deal, how it was said, and the question without it. */
    record Found(BigDecimal share, String said, String rest) {
    }

    /** Words of the world without the deal. */
    private static final Pattern WITHOUT = Pattern.compile(
            "\\bbut-?for\\b|\\babsent (?:the|a|any) deal\\b|\\bwithout (?:the deal|the check|the cheque|us|it|any deal|a deal)\\b|\\bno-?deal\\b"
                    + "|\\banyway\\b|\\bregardless\\b|\\bwith or without (?:us|the deal|it)\\b|\\beven (?:with )?no (?:check|cheque|deal)\\b"
                    + "|\\bwould(?:'ve| have) (?:had|won|seen|taken|got|gotten|landed|booked|hit|kept)\\b|\\bcounterfactual\\b",
            Pattern.CASE_INSENSITIVE);
    /** A share: "20%", "25 pct", "~10%", "a fifth", "a quarter", "1 in 5". */
    private static final Pattern SHARE = Pattern.compile(
            "~?(?<pct>\\d{1,3}(?:\\.\\d{1,2})?)\\s?(?:%|pct|percent)|\\b(?<word>a fifth|a quarter|a third|half|a tenth)\\b|\\b(?<k>1|one) in (?<n>[2-9]|10)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A word that starts a condition inside a clause: "if", "assuming", "taking", "given". */
    private static final Pattern CONDITION = Pattern.compile("\\b(?:if|assuming|taking|given|where|when|since|with)\\b", Pattern.CASE_INSENSITIVE);
    /** Where a clause ends. */
    private static final Pattern CLAUSE_END = Pattern.compile("[,;:?!\\n]|\\.(?!\\d)|\\s[-\u2013\u2014]\\s|\\sand\\s");
    /** Words that say the share is AWS's of OpenAI's compute. */
    private static final Pattern OF_COMPUTE = Pattern.compile("\\b(?:aws|compute|spend|capture|workloads?|oai|openai)\\b", Pattern.CASE_INSENSITIVE);

    private Baselines() {
    }

    static Optional<Found> find(String text) {
        if (text == null || text.length() > 2_000) {
            return Optional.empty();
        }
        Matcher w = WITHOUT.matcher(text);
        while (w.find()) {
            int from = Sums.clauseStart(CLAUSE_END, text, w.start());
            int to = Sums.clauseEnd(CLAUSE_END, text, w.end(), false);
            // "attributable aws revenue if aws would've had 35% anyway": the condition goes, the ask before it stays
            Matcher condition = CONDITION.matcher(text.substring(from, w.start()));
            int cut = -1;
            while (condition.find()) {
                cut = condition.start();
            }
            if (cut > 0) {
                from += cut;
            }
            String clause = text.substring(from, to);
            Matcher s = SHARE.matcher(clause);
            if (!s.find() || !OF_COMPUTE.matcher(text).find()) {
                continue;
            }
            BigDecimal share = share(s);
            if (share == null || share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
                continue;
            }
            String rest = (text.substring(0, from) + " " + text.substring(Math.min(text.length(), to + 1))).replaceAll("\\s{2,}", " ").strip();
            return Optional.of(new Found(share, clause.strip(), rest));
        }
        return Optional.empty();
    }

    private static BigDecimal share(Matcher s) {
        if (s.group("pct") != null) {
            return new BigDecimal(s.group("pct")).movePointLeft(2);
        }
        if (s.group("word") != null) {
            return switch (s.group("word").toLowerCase(java.util.Locale.ROOT)) {
                case "a fifth" -> new BigDecimal("0.2");
                case "a quarter" -> new BigDecimal("0.25");
                case "a tenth" -> new BigDecimal("0.1");
                case "half" -> new BigDecimal("0.5");
                default -> null; // a third has no exact decimal: left to be said as a percentage
            };
        }
        try {
            return BigDecimal.ONE.divide(new BigDecimal(s.group("n"))); // "1 in 5"; "1 in 3" has no exact decimal
        } catch (ArithmeticException e) {
            return null;
        }
    }
}
