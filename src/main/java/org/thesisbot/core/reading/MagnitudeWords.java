package org.thesisbot.core.reading;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.thesisbot.core.grounding.EnglishWords;
import org.thesisbot.core.scenario.Amount;
import org.thesisbot.core.scenario.Amounts;

/**
 * The words for a thousand, a million, a billion and a trillion in every language the Unicode CLDR describes ("1,2 трлн",
 * "50 Mrd", "830 milyar", "5 tỷ", "1.2 trilhão"), written after a figure: the figure is spelled out with its power of ten
 * ("1.2e12"), which the reader reads as dollars. So a notation no rule names is read by the world's own data, not by a rule
 * written after a user was first misread.
 *
 * <p>The table ({@code magnitude-words.tsv}) is derived from the JDK's CLDR compact number formats by
 * {@code MagnitudeWordsSource} in the tests; a word whose size differs between languages is not in it, unless English uses it
 * ("billion" keeps English's 10^9). Left out here as well: one-letter words, words English has (WordNet: "mill", "min",
 * "bin") and words the reader already reads as a unit ("bn", "mm", "tr"), whose English meaning wins. A figure written
 * with a word the table lacks is asked about ({@link SizeWords}), never guessed.
 */
public final class MagnitudeWords {
    /** A figure, with its thousands grouped by one separator ("1.150", "1'150", "1 150") or with a decimal point or comma. */
    private static final String FIGURE = "(?<![\\w.,'])(\\d{1,3}(?:([.,'\u00a0\u202f\u2009 ])\\d{3})(?:\\2\\d{3})*|\\d+(?:[.,]\\d+)?)";

    private MagnitudeWords() {
    }

    /** {@code text} with each figure written with a size word of another language spelled as a power of ten. */
    public static String spell(String text) {
        Matcher m = Table.PATTERN.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        do {
            String figure = m.group(1);
            String number = m.group(2) != null ? figure.replace(m.group(2), "") : figure.replace(',', '.');
            int power = Table.POWERS.get(m.group(3).toLowerCase(Locale.ROOT));
            m.appendReplacement(out, Matcher.quoteReplacement(number + "e" + power));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }

    /** The table's words and their powers of ten, as {@link #spell} uses them (for tests and probes). */
    static Map<String, Integer> words() {
        return Table.POWERS;
    }

    /** Loaded on first use, once per JVM: about 500 words. */
    private static final class Table {
        static final Map<String, Integer> POWERS = load();
        static final Pattern PATTERN = Pattern.compile(FIGURE + " ?(" + POWERS.keySet().stream()
                        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                        .map(Pattern::quote).collect(Collectors.joining("|")) + ")(?![\\p{L}\\p{M}\\d])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

        private static Map<String, Integer> load() {
            Map<String, Integer> powers = new LinkedHashMap<>();
            try (InputStream in = MagnitudeWords.class.getResourceAsStream("magnitude-words.tsv")) {
                if (in == null) {
                    throw new IllegalStateException("magnitude-words.tsv is missing from the classpath");
                }
                List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
                for (String line : lines) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] f = line.split("\t");
                    if (usable(f[0])) {
                        powers.put(f[0], Integer.parseInt(f[1]));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.copyOf(powers);
        }

        private static boolean usable(String word) {
            if (word.codePointCount(0, word.length()) < 2) {
                return false;
            }
            boolean latin = word.chars().allMatch(c -> c < 0x250 || c == ' ');
            if (latin && (EnglishWords.known(word) || EnglishWords.function(word))) {
                return false;
            }
            List<Amount> read = Amounts.find(Amounts.normalise("5 " + word));
            return read.isEmpty() || read.get(0).end() <= 2; // the reader reads "5 bn" itself, as English means it
        }
    }
}
