package org.thesisbot.core.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes English number words as digits where they give a figure: "eight hundred and thirty billion" becomes
 * "830 billion", "one and a half trillion" "1.5 trillion", "sixty-five percent" "65 percent",
 * "two-and-a-half times" "2.5 times", "one point two five trillion" "1.25 trillion". Only a number followed by
 * a unit (trillion, billion, million and their abbreviations, percent, years, times, dollars, cents, x, fold) is
 * rewritten, so "one of
 * the risks" stays words.
 */
public final class NumberWords {
    private static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fourty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("a", 1), Map.entry("an", 1));
    private static final String WORD = "(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
            + "|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)";
    private static final String DIGIT = "(?:zero|one|two|three|four|five|six|seven|eight|nine)";
    /** A run of number words: "eight hundred and thirty", "thirty-five", "one and a half", "one point two five". */
    private static final Pattern RUN = Pattern.compile(
            "\\b(?:(?:an?(?= (?:hundred|thousand|trillion|billion|million))|" + WORD + ")(?:[ -](?:and[ -])?" + WORD + ")*"
                    + "(?:[ -]and[ -]an?[ -](?:half|quarter)|[ -]point(?:[ -]" + DIGIT + ")+)?"
                    // "point nine trillion", "point eight three trillion": a decimal said without its leading zero
                    + "|point(?:[ -]" + DIGIT + ")+)"
                    // "ten bill", "two trill": the units clipped as they are said
                    + "(?=[ -](?:trillions?|billions?|millions?|percent|per cent|pct|years?|yrs?|times|fold|x\\b|dollars?|cents|bucks|(?:bn|bln|bils?|bills?|tn|trn|tril+s?|mn|b|t|m)\\b|%))");

    private static final Pattern COMPOUND = Pattern.compile("(\\d)-(trillion|billion|million)-dollars?\\b");

    private NumberWords() {
    }

    public static String digits(String s) {
        Matcher m = RUN.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            BigDecimal v = value(m.group());
            if (v == null || (m.group().trim().matches("an?") && !s.startsWith(" trillion", m.end())
                    && !s.startsWith(" billion", m.end()) && !s.startsWith(" million", m.end()))) {
                m.appendReplacement(sb, Matcher.quoteReplacement(m.group()));
                continue;
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(v.stripTrailingZeros().toPlainString()));
        }
        m.appendTail(sb);
        // "fifty-billion-dollar", "1.5-trillion-dollar": a compound adjective
        return COMPOUND.matcher(sb).replaceAll("$1 $2 dollar");
    }

    /** The value of a run of number words, or null when it is not one number. */
    static BigDecimal value(String run) {
        String t = run.trim().replace('-', ' ').replaceAll("\\s+", " ");
        if (t.startsWith("point ")) {
            t = "zero " + t; // "point nine": 0.9
        }
        BigDecimal fraction = BigDecimal.ZERO;
        if (t.endsWith(" and a half") || t.endsWith(" and an half")) {
            fraction = new BigDecimal("0.5");
            t = t.substring(0, t.lastIndexOf(" and a")).trim();
        } else if (t.endsWith(" and a quarter")) {
            fraction = new BigDecimal("0.25");
            t = t.substring(0, t.lastIndexOf(" and a")).trim();
        }
        String decimals = "";
        int point = t.indexOf(" point ");
        if (point >= 0) {
            StringBuilder d = new StringBuilder();
            for (String w : t.substring(point + 7).split(" ")) {
                Integer n = SMALL.get(w);
                if (n == null || n > 9) {
                    return null;
                }
                d.append(n);
            }
            decimals = d.toString();
            t = t.substring(0, point);
        }
        List<String> words = new ArrayList<>(List.of(t.split(" ")));
        words.removeIf(w -> w.equals("and"));
        long total = 0;
        long current = 0;
        boolean any = false;
        for (String w : words) {
            if (w.equals("hundred")) {
                current = (current == 0 ? 1 : current) * 100;
            } else if (w.equals("thousand")) {
                total += (current == 0 ? 1 : current) * 1000;
                current = 0;
            } else {
                Integer n = SMALL.get(w);
                if (n == null) {
                    return null;
                }
                current += n;
            }
            any = true;
        }
        if (!any) {
            return null;
        }
        BigDecimal whole = BigDecimal.valueOf(total + current);
        if (!decimals.isEmpty()) {
            whole = new BigDecimal(whole.toPlainString() + "." + decimals);
        }
        return whole.add(fraction);
    }
}
