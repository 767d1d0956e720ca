package org.thesisbot.core.reading;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.grounding.EnglishWords;

/**
 * A word the reader does not know, right after a figure written without a unit: "9,500 zork dollars", "1.2 mia". It may be
 * a unit of size in a language or a notation no rule covers, so the figure's size is unknown: a reading that took it as
 * billions would be a confident guess. The known words are WordNet's, the function words and the currency codes; the
 * lexicon has already turned every size word it knows ("mld", "oku", "crore") into digits or English.
 */
final class SizeWords {
    /** The word right after the figure, glued to it or after one space: letters of any script. */
    private static final Pattern NEXT = Pattern.compile("\\G ?(\\p{L}+)");
    private static final Set<String> CURRENCIES = Set.of("usd", "eur", "gbp", "chf", "jpy", "cny", "rmb", "inr", "cad", "aud",
            "hkd", "sgd", "krw", "brl", "sek", "nok", "dkk", "zar", "nzd", "mxn");
    /**
     * The sizes a figure of unknown size is tried at, in billions per unit written: millions, tens of millions (a crore),
     * hundreds of millions (an oku, a yi), billions and trillions. Only those giving the input a plausible value are offered.
     */
    static final BigDecimal[] SCALES = {new BigDecimal("0.001"), new BigDecimal("0.01"), new BigDecimal("0.1"), BigDecimal.ONE,
            BigDecimal.valueOf(1000)};

    private SizeWords() {
    }

    /** The unknown word right after the figure ending at {@code end} in {@code s}, or null when there is none. */
    static String unknownAfter(String s, int end) {
        Matcher m = NEXT.matcher(s);
        m.region(end, s.length());
        if (!m.lookingAt()) {
            return null;
        }
        String word = m.group(1).toLowerCase(Locale.ROOT);
        boolean latin = word.chars().allMatch(ch -> ch < 0x250);
        if (latin && (word.length() < 2 || CURRENCIES.contains(word) || EnglishWords.function(word) || EnglishWords.known(word))) {
            return null; // "50 g$" stays as it is: one letter says too little to doubt the size
        }
        return m.group(1);
    }
}
