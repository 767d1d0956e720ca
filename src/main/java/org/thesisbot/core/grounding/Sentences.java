package org.thesisbot.core.grounding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits prose into sentences. A sentence ends at . ! or ? (plus closing quotes or brackets and any
 * citation markers such as " [2]" right after it) when the next word starts a new sentence. Decimal
 * points ("$8.5"), common abbreviations ("U.S.", "e.g.") and initials do not end a sentence.
 */
public final class Sentences {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "inc", "corp", "co", "ltd", "llc", "vs", "etc", "e.g", "i.e", "u.s",
            "u.k", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no",
            "st", "jr", "sr", "approx", "est");

    private Sentences() {
    }

    /** The sentences of one line of prose, trimmed, in order. Line breaks are treated as spaces. */
    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        String s = text.replace('\n', ' ').trim();
        int start = 0;
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '.' || c == '!' || c == '?') {
                int end = i + 1;
                while (end < n && isCloser(s.charAt(end))) {
                    end++;
                }
                end = absorbMarkers(s, end);
                if (end >= n) {
                    break;
                }
                if (Character.isWhitespace(s.charAt(end)) && startsSentence(s, end) && !(c == '.' && isAbbreviation(s, start, i))) {
                    add(out, s.substring(start, end));
                    start = end;
                    i = end;
                    continue;
                }
            }
            i++;
        }
        add(out, s.substring(start));
        return out;
    }

    private static void add(List<String> out, String sentence) {
        String t = sentence.trim();
        if (!t.isEmpty()) {
            out.add(t);
        }
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == ')' || c == '\u201D' || c == '\u2019' || c == '*' || c == '_';
    }

    /** After "... AWS." a marker like " [1]" or " [1][2]" still belongs to the sentence. */
    private static int absorbMarkers(String s, int from) {
        int end = from;
        while (true) {
            int j = end;
            while (j < s.length() && s.charAt(j) == ' ') {
                j++;
            }
            if (j < s.length() && s.charAt(j) == '[') {
                int close = s.indexOf(']', j);
                if (close > j && s.substring(j + 1, close).matches("\\s*\\d{1,3}(\\s*[,\u2013-]\\s*\\d{1,3})*\\s*")) {
                    end = close + 1;
                    continue;
                }
            }
            return end;
        }
    }

    private static boolean startsSentence(String s, int ws) {
        int j = ws;
        while (j < s.length() && Character.isWhitespace(s.charAt(j))) {
            j++;
        }
        if (j >= s.length()) {
            return true; // trailing space: ends the text's last sentence (which a stream does not treat as final)
        }
        char c = s.charAt(j);
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201C' || c == '\'' || c == '\u2018'
                || c == '$' || c == '(' || c == '*' || c == '_' || c == '\u2022';
    }

    private static boolean isAbbreviation(String s, int sentenceStart, int dot) {
        int k = dot - 1;
        while (k >= sentenceStart && (Character.isLetter(s.charAt(k)) || s.charAt(k) == '.')) {
            k--;
        }
        String word = s.substring(k + 1, dot).toLowerCase(java.util.Locale.ROOT);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(s.charAt(dot - 1))) {
            return true; // an initial: "J. Smith"
        }
        return ABBREVIATIONS.contains(word);
    }
}
