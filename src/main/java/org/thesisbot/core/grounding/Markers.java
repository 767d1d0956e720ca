package org.thesisbot.core.grounding;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Citation markers in answer text: "[1]", "[1][3]", "[1, 2]", "[2-4]". */
final class Markers {
    static final Pattern MARKER = Pattern.compile("\\[(\\s*\\d{1,3}(?:\\s*[,;\u2013-]\\s*\\d{1,3})*\\s*)]");

    private Markers() {
    }

    /** The numbers a marker's inside names, ranges expanded ("2-4" -> 2, 3, 4; at most 20 per range). */
    static List<Integer> numbers(String inside) {
        List<Integer> out = new ArrayList<>();
        for (String part : inside.split("[,;]")) {
            String p = part.strip();
            String[] range = p.split("\\s*[\u2013-]\\s*");
            if (range.length == 2) {
                int a = Integer.parseInt(range[0]);
                int b = Integer.parseInt(range[1]);
                for (int n = a; n <= b && n - a < 20; n++) {
                    out.add(n);
                }
            } else if (!p.isEmpty()) {
                out.add(Integer.parseInt(p));
            }
        }
        return out;
    }

    /** Every number cited in {@code text}, in order of appearance (duplicates kept). */
    static List<Integer> cited(String text) {
        List<Integer> out = new ArrayList<>();
        Matcher m = MARKER.matcher(text);
        while (m.find()) {
            out.addAll(numbers(m.group(1)));
        }
        return out;
    }

    /**
     * Rewrites each marker: {@code mapper} gets its numbers and returns the ones to print (printed as
     * "[a][b]"); an empty list removes the marker and the space before it.
     */
    static String rewrite(String text, Function<List<Integer>, List<Integer>> mapper) {
        Matcher m = MARKER.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            List<Integer> keep = mapper.apply(numbers(m.group(1)));
            StringBuilder r = new StringBuilder();
            keep.stream().distinct().forEach(n -> r.append('[').append(n).append(']'));
            m.appendReplacement(sb, Matcher.quoteReplacement(r.toString()));
            if (keep.isEmpty()) {
                while (sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') {
                    sb.setLength(sb.length() - 1);
                }
            }
        }
        m.appendTail(sb);
        return sb.toString();
    }

    static String strip(String text) {
        return rewrite(text, n -> List.of());
    }
}
