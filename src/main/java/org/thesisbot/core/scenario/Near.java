package org.thesisbot.core.scenario;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cues found in the words around one figure, each with its distance, and which cue decided the
 * figure (its span is then "consumed", so the next figure cannot reuse it: in "a $60B check at $1.5T",
 * "check" belongs to $60B). Distances are in half-words: a cue word right after the figure
 * ("a $1T valuation") is nearer than one right before it ("valued at $1T"); "at" counts only before.
 */
final class Near {
    private static final Pattern BOUNDARY = Pattern.compile("[,;:?!()]|\\. |\\s(?:and|but|while|whereas|then|so)\\s");
    private static final int LEFT_WORDS = 6;
    private static final int RIGHT_WORDS = 4;

    /** Where a cue was found: distance in half-words, and its span in the text. */
    private record CueAt(int distance, int start, int end) {
    }

    private final Map<Cue, CueAt> at = new EnumMap<>(Cue.class);
    private final List<int[]> consumed;
    private final String left;

    private Near(List<int[]> consumed, String left) {
        this.consumed = consumed;
        this.left = left;
    }

    /** The window around {@code amounts.get(index)}: its clause, at most six words before and four after. */
    static Near around(String s, List<Amount> amounts, int index, List<int[]> consumed) {
        Amount a = amounts.get(index);
        int leftStart = Math.max(index > 0 ? amounts.get(index - 1).end() : 0, lastBoundary(s, a.start()));
        leftStart = Math.max(leftStart, startOfLastWords(s, a.start(), LEFT_WORDS));
        int rightEnd = Math.min(index + 1 < amounts.size() ? amounts.get(index + 1).start() : s.length(),
                nextBoundary(s, a.end()));
        rightEnd = Math.max(a.end(), Math.min(rightEnd, endOfFirstWords(s, a.end(), RIGHT_WORDS)));
        Near out = new Near(consumed, s.substring(leftStart, a.start()));
        String right = s.substring(a.end(), rightEnd);
        for (Cue c : Cue.values()) {
            CueAt best = null;
            Matcher l = c.pattern.matcher(out.left);
            while (l.find()) {
                if (taken(leftStart + l.start(), leftStart + l.end(), consumed)) {
                    continue;
                }
                int d = words(out.left.substring(l.end())) * 2 + 1;
                if (best == null || d <= best.distance()) {
                    best = new CueAt(d, leftStart + l.start(), leftStart + l.end());
                }
            }
            Matcher r = c.pattern.matcher(right);
            if (c != Cue.AT && r.find()) {
                int d = words(right.substring(0, r.start())) * 2;
                if (best == null || d < best.distance()) {
                    best = new CueAt(d, a.end() + r.start(), a.end() + r.end());
                }
            }
            if (best != null) {
                out.at.put(c, best);
            }
        }
        return out;
    }

    /** The words before the figure that were searched. */
    String left() {
        return left;
    }

    boolean has(Cue c) {
        return at.containsKey(c);
    }

    /** The nearest of these cues (ties go to the earlier in the list), or null. */
    Cue nearest(List<Cue> priority) {
        Cue best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Cue c : priority) {
            CueAt d = at.get(c);
            if (d != null && d.distance() < bestDistance) {
                best = c;
                bestDistance = d.distance();
            }
        }
        return best;
    }

    int distance(Cue c) {
        CueAt d = at.get(c);
        return d == null ? Integer.MAX_VALUE : d.distance();
    }

    /** Marks the cue's words as spent on this figure. */
    void use(Cue c) {
        CueAt d = at.get(c);
        if (d != null) {
            consumed.add(new int[] {d.start(), d.end()});
        }
    }

    private static boolean taken(int start, int end, List<int[]> consumed) {
        for (int[] sp : consumed) {
            if (start < sp[1] && sp[0] < end) {
                return true;
            }
        }
        return false;
    }

    private static int words(String s) {
        String t = s.trim();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    private static int startOfLastWords(String s, int end, int n) {
        int i = end;
        int seen = 0;
        while (i > 0) {
            i--;
            if (s.charAt(i) == ' ' && i < end - 1 && s.charAt(i + 1) != ' ') {
                seen++;
                if (seen > n) {
                    return i + 1;
                }
            }
        }
        return 0;
    }

    private static int endOfFirstWords(String s, int start, int n) {
        int i = start;
        int seen = 0;
        while (i < s.length()) {
            if (s.charAt(i) == ' ' && i > start && s.charAt(i - 1) != ' ') {
                seen++;
                if (seen >= n) {
                    return i;
                }
            }
            i++;
        }
        return s.length();
    }

    private static int lastBoundary(String s, int before) {
        Matcher m = BOUNDARY.matcher(s);
        int last = 0;
        while (m.find() && m.end() <= before) {
            last = m.end();
        }
        return last;
    }

    private static int nextBoundary(String s, int after) {
        Matcher m = BOUNDARY.matcher(s);
        if (m.find(after)) {
            return m.start();
        }
        return s.length();
    }
}
