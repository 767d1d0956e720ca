package org.thesisbot.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.thesisbot.core.grounding.EnglishWords;

/**
 * A developer's probe, not a check: {@code mvn -q test -Dtest=UnknownTokenProbe -Dunknown.sets=val46,lockbox32,last32}
 * counts, per numeric outcome, the questions holding a token that neither WordNet, the function words nor the words of
 * {@code config/*.yaml} and the article know ("¶", "@", "s4", "tỷ", a typo), and those where such a token stands next to a
 * figure the answer used. It tests the idea that a reading which leaves a word unexplained should ask instead of answer.
 * Measured in session 33 on the first contact of nine held-out sets (sessions 30-32, each run on the code that first met
 * it; 900 numeric questions): an unknown token in 17 of 101 confidently wrong answers and in 136 of 700 exact ones (no
 * signal); one beside a used figure in 2 of 101 wrong and 23 of 700 exact. The wrong answers come from known words in an
 * unfamiliar structure, so the check was not built. Skipped without the property.
 */
class UnknownTokenProbe {
    static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.,]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]|[@¶§#~]");
    static final Pattern UNIT = Pattern.compile("(?i)[$€£]?\\d[\\d.,]*(bn|b|t|tn|trn|trln|m|mm|mn|k|x|yrs?|y|yr|pct|pp|bps|bp|%|s|th|st|nd|rd|e|ish)?");
    static Set<String> domain;

    static synchronized Set<String> domain() {
        if (domain == null) {
            Set<String> s = new HashSet<>();
            for (String f : List.of("config/lexicon.yaml", "config/scenario.yaml", "config/understanding.yaml",
                    "documents/amazon-openai-50b-bet.md")) {
                try {
                    Matcher m = Pattern.compile("\\p{L}+").matcher(Files.readString(Path.of(f)).toLowerCase(Locale.ROOT));
                    while (m.find()) {
                        s.add(m.group());
                    }
                } catch (IOException e) {
                    throw new RuntimeException(e);
                }
            }
            domain = s;
        }
        return domain;
    }

    static List<String> unknown(String q) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(q);
        while (m.find()) {
            String t = m.group().toLowerCase(Locale.ROOT).replaceAll("['’].*$", "");
            if (t.isEmpty() || UNIT.matcher(t).matches()) {
                continue;
            }
            if (t.chars().allMatch(Character::isLetter)) {
                if (t.length() <= 1 || EnglishWords.function(t) || EnglishWords.known(t) || domain().contains(t)) {
                    continue;
                }
            }
            out.add(t);
        }
        return out;
    }

    static final Pattern NUM = Pattern.compile("\\d[\\d.,]*");

    /** Unknown tokens next to a figure the answer used (an input from the question with that figure's value). */
    static List<String> besideUsed(String q, org.thesisbot.core.api.Answer a) {
        List<String> out = new ArrayList<>();
        if (a == null) {
            return out;
        }
        List<java.math.BigDecimal> used = new ArrayList<>();
        for (org.thesisbot.core.api.MetricResult r : a.results()) {
            for (org.thesisbot.core.api.InputUsed u : r.inputs()) {
                if (u.origin() == org.thesisbot.core.api.InputOrigin.QUESTION) {
                    used.add(u.value());
                }
            }
        }
        List<String> toks = new ArrayList<>();
        Matcher m = TOKEN.matcher(q);
        while (m.find()) {
            toks.add(m.group());
        }
        for (int i = 0; i < toks.size(); i++) {
            String t = toks.get(i);
            if (unknown(t).isEmpty()) {
                continue;
            }
            for (int j = Math.max(0, i - 1); j <= Math.min(toks.size() - 1, i + 1); j++) {
                Matcher n = NUM.matcher(toks.get(j));
                while (n.find()) {
                    java.math.BigDecimal v;
                    try {
                        v = new java.math.BigDecimal(n.group().replace(",", ".").replaceAll("\\.$", ""));
                    } catch (NumberFormatException e) {
                        continue;
                    }
                    for (java.math.BigDecimal u : used) {
                        for (java.math.BigDecimal k : List.of(java.math.BigDecimal.ONE, new java.math.BigDecimal("0.01"), new java.math.BigDecimal("1000"), new java.math.BigDecimal("0.001"))) {
                            if (u.compareTo(v.multiply(k)) == 0) {
                                out.add(t + "~" + n.group());
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    @Test
    void beside_used_by_outcome() throws IOException {
        UnusedFigureProbe.byOutcome("unknown.sets", "with an unknown token beside a used figure", o -> {
            List<String> u = besideUsed(o.c().question(), o.answer());
            return u.isEmpty() ? null : String.join(" ", u);
        });
    }

    @Test
    void unknown_tokens_by_outcome() throws IOException {
        UnusedFigureProbe.byOutcome("unknown.sets", "with an unknown token", o -> {
            List<String> u = unknown(o.c().question());
            return u.isEmpty() ? null : String.join(" ", u);
        });
    }
}
