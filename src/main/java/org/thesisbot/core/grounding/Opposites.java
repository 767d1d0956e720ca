package org.thesisbot.core.grounding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opposite words (rise and fall, strengthen and weaken, before and after, high and low), for the guard's
 * reversal check: "AI adoption is slowing" against "the S-curve is still in its accelerating phase". Embeddings
 * cannot see this either: a sentence and its reversal are near neighbours. The pairs are plain English, kept in
 * {@code opposites.txt} beside this class. Immutable.
 */
final class Opposites {
    /** word -> the words of the opposite family, for every pair the word is in. */
    private static final Map<String, Set<String>> OPPOSITE = load();
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'\u2019]*(?:-\\p{L}+)*");
    private static final Pattern NEGATOR = Pattern.compile("not|no|never|without|n't|cannot|nor|neither|hardly");

    private Opposites() {
    }

    /**
     * The claim's words (outside a negation) whose opposite the source states (outside a negation) while the
     * source never uses the word itself nor the claim its opposite: each as "word/opposite". Empty if none.
     */
    static List<String> reversals(String claim, String source) {
        List<Token> sourceWords = tokens(source);
        Set<String> sourcePlain = new HashSet<>();
        Set<String> sourceAny = new HashSet<>();
        for (Token t : sourceWords) {
            sourceAny.add(root(t.word));
            if (!t.negated) {
                sourcePlain.add(t.word);
            }
        }
        List<Token> claimWords = tokens(Markers.strip(claim));
        Set<String> claimAny = new HashSet<>();
        claimWords.forEach(t -> claimAny.add(t.word));
        claimWords.forEach(t -> claimAny.add(root(t.word)));
        List<String> out = new ArrayList<>();
        for (Token t : claimWords) {
            Set<String> opposite = OPPOSITE.get(t.word);
            if (t.negated || opposite == null || sourceAny.contains(root(t.word))) {
                continue;
            }
            for (String o : opposite) {
                if (sourcePlain.contains(o) && opposite.stream().noneMatch(x -> claimAny.contains(x) || claimAny.contains(root(x)))) {
                    out.add(t.word + "/" + o);
                    break;
                }
            }
        }
        return out;
    }

    /** True if {@code source} states (outside a negation) the opposite of {@code word}: "does not loosen" against "tightens". */
    static boolean opposes(String word, String source) {
        Set<String> opposite = OPPOSITE.get(word.toLowerCase(Locale.ROOT));
        if (opposite == null) {
            return false;
        }
        return tokens(source).stream().anyMatch(t -> !t.negated && opposite.contains(t.word));
    }

    /** A word's stem cut to six letters, so that inflections meet: "invalidated" and "invalidate". */
    private static String root(String word) {
        String stem = Terms.stem(word.replace("'", ""));
        return stem.length() > 6 ? stem.substring(0, 6) : stem;
    }

    private record Token(String word, boolean negated) {
    }

    /** Lower-case words, a hyphenated compound both whole and by its parts; negated within three words of a negator. */
    private static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        int lastNegator = -10;
        int i = 0;
        while (m.find()) {
            String w = m.group();
            if (NEGATOR.matcher(w).matches() || w.endsWith("n't")) {
                lastNegator = i;
            }
            boolean negated = i - lastNegator <= 3 && i != lastNegator;
            out.add(new Token(w, negated));
            if (w.contains("-")) {
                for (String part : w.split("-")) {
                    out.add(new Token(part, negated));
                }
            }
            i++;
        }
        return out;
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> out = new HashMap<>();
        try (InputStream in = Opposites.class.getResourceAsStream("opposites.txt")) {
            if (in == null) {
                throw new IllegalStateException("opposites.txt is missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] sides = line.split("\\|");
                if (sides.length != 2) {
                    throw new IllegalStateException("opposites.txt: not a pair: " + line);
                }
                Set<String> left = Set.of(sides[0].strip().split("\\s+"));
                Set<String> right = Set.of(sides[1].strip().split("\\s+"));
                left.forEach(w -> out.computeIfAbsent(w, k -> new HashSet<>()).addAll(right));
                right.forEach(w -> out.computeIfAbsent(w, k -> new HashSet<>()).addAll(left));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.replaceAll((k, v) -> Set.copyOf(v));
        return Map.copyOf(out);
    }
}
