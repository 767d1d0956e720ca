package org.thesisbot.core.reading;

import static org.thesisbot.core.reading.Words.PARENTHESES;
import static org.thesisbot.core.reading.Words.SPACES;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.scenario.Amount;
import org.thesisbot.core.scenario.Metric;
import org.thesisbot.core.text.Screen;

/** The figure's clause: up to seven words before it and five after, never past another figure. */
final class Window {
    final Work w;
    final Screen screen;
    final int leftStart;
    final int figureStart;
    final int figureEnd;
    final int rightEnd;

    Window(Work w, Screen screen, int leftStart, int figureStart, int figureEnd, int rightEnd) {
        this.w = w;
        this.screen = screen;
        this.leftStart = leftStart;
        this.figureStart = figureStart;
        this.figureEnd = figureEnd;
        this.rightEnd = rightEnd;
    }

    /**
     * "the share of openai's compute spending aws must capture to book 15B of revenue": an infinitive of earning right before
     * the figure makes it that verb's object (what should come in), so a cue before the verb is not its label ("capex to
     * reach $125B" still gives capex: reaching is its subject's own value).
     */
    private static final Pattern GOAL_INFINITIVE = Pattern.compile(
            "\\bto (?:\\w+ )?(?:book|bill|earn|make|bring in|collect|generate|pull in)\\s*(?:at |about |around |roughly |some |~|\\$)*$");

    /** What joins a name to its value in "margin=.3", "exit: 1.2T", "hold := 4y". */
    private static final Pattern KEYED = Pattern.compile("\\s*:?[=:]\\s*[~$]?\\s*");
    /** The score of a cue set to the figure by "=" or ":" ({@link #KEYED}). */
    private static final double KEYED_SCORE = 4.0;

    /** The score of a cue right after the figure, with nothing but a space between. */
    private static final double RIGHT_ADJACENT = 3.4;

    Scored best(List<Pattern> patterns, boolean bothSides) {
        Scored best = Scored.NONE;
        for (Pattern p : patterns) {
            Scored s = best(p, bothSides);
            if (s.score() > best.score()) {
                best = s;
            }
        }
        return best;
    }

    Scored best(Pattern p, boolean bothSides) {
        Scored best = bestLeft(p);
        String right = bothSides ? w.s.substring(figureEnd, rightEnd) : null;
        if (bothSides && screen.mayFind(p, right)) {
            Matcher r = p.matcher(right);
            while (r.find()) {
                if (NEW_PHRASE.matcher(right.substring(0, r.end())).lookingAt()) {
                    break; // "if capex lands at $140b the oai check is ~what % of it": "the" starts the next clause's subject
                }
                if (r.end() == r.start() || w.isSpent(figureEnd + r.start(), figureEnd + r.end())
                        || insideMetric(w, figureEnd + r.start(), figureEnd + r.end()) && !labelsFigureInPhrase(right.substring(0, r.start()))
                        || COMPARED_WITH.matcher(right.substring(0, r.start())).find()) {
                    continue;
                }
                // the word right after the figure labels it ("a $900bn pre", "830 post", "35% margin"): more than a word
                // before it that a preposition joins ("the round at a $900bn pre")
                double score = right.substring(0, r.start()).isBlank() ? RIGHT_ADJACENT : 3.2 - 0.5 * words(right.substring(0, r.start()));
                if (score > best.score()) {
                    best = new Scored(Math.max(score, 0.8), new int[] {figureEnd + r.start(), figureEnd + r.end()}, r.group());
                }
                break;
            }
        }
        return best;
    }

    Scored bestLeft(Pattern p) {
        Scored best = Scored.NONE;
        String left = w.s.substring(leftStart, figureStart);
        if (!screen.mayFind(p, left)) {
            return best;
        }
        Matcher l = p.matcher(left);
        while (l.find()) {
            if (l.end() == l.start() || w.isSpent(leftStart + l.start(), leftStart + l.end())
                    || insideMetric(w, leftStart + l.start(), leftStart + l.end())
                    || COMPARED_WITH.matcher(left.substring(l.end())).find()
                    || GOAL_INFINITIVE.matcher(left.substring(l.end())).find()) {
                continue;
            }
            // "margin=.3", "exit: 1.2T": a name set to the figure, as in code or a form, is the strongest cue there is
            double score = KEYED.matcher(left.substring(l.end())).matches() ? KEYED_SCORE : 3.0 - 0.5 * words(left.substring(l.end()));
            if (score >= best.score()) {
                best = new Scored(Math.max(score, 0.8), new int[] {leftStart + l.start(), leftStart + l.end()}, l.group());
            }
        }
        return best;
    }

    private static final Pattern BRACKETS = Pattern.compile("[()]");

    /**
     * Right after a figure, a determiner with no verb or preposition before it starts another noun phrase: in "capex lands
     * at $140b the oai check is …" the check is the next clause's subject, not the figure's label.
     */
    private static final Pattern NEW_PHRASE = Pattern.compile("^\\s*(?:the|our|its|their|this|that|these|those)\\s");

    /**
     * Words that set a figure against an input rather than give the input's value ("50bn versus amazon's capex plan": the
     * figure is compared with capex, it is not capex). A cue on the far side of one is not the figure's.
     */
    private static final Pattern COMPARED_WITH = Pattern.compile(
            "\\b(?:versus|against|compared (?:to|with)|relative to|next to|than|as a (?:share|percent(?:age)?|fraction|multiple) of|divided by)\\b"
                    // "50/capex": what follows a division sign is the other side of the sum, not what the figure is
                    + "|^\\s*[/\u00f7]");

    /** Words between a figure and a cue, not counting links that add no meaning ("is actually the", "of a"). */
    private static final Pattern LINK_WORDS = Pattern.compile(
            "\\b(?:is|are|was|were|be|been|would be|will be|actually|really|just|the|a|an|its|of|at|to|in fact|set|revised|revise|upward|upwards"
                    + "|downward|downwards|come in|comes in|came in|raised|lowered|increased|decreased|trimmed|scaled|back|changed|updated|bumped|moved"
                    + "|instead|rather|only|somehow|now|then|being|ends up being|in total|total|valuation)\\b");

    /** A period named with its article: "over the five years", "across the 5 years". */
    private static final java.util.regex.Pattern PERIOD_BEFORE = java.util.regex.Pattern.compile(
            "\\b(?:over|across|during|for|in) the (?:next |first |whole |full |same )?$");

    static Window of(Work w, Mention m, Screen screen) {
        int prevEnd = 0;
        int nextStart = w.s.length();
        for (Mention o : w.mentions) {
            if (o == m || o.amount.kind() == Amount.Kind.CALENDAR_YEAR) {
                continue; // "the 2025-2029 compute budget of $150B": a year is a word here, not another figure
            }
            if (o.amount.kind() == Amount.Kind.YEARS && PERIOD_BEFORE.matcher(w.s.substring(Math.max(0, o.start() - 20), o.start())).find()) {
                continue; // "openai's compute bill over the five years is more like 200 billion": the period is a word here too
            }
            if (o.end() <= m.start()) {
                prevEnd = Math.max(prevEnd, o.end());
            } else if (o.start() >= m.end()) {
                nextStart = Math.min(nextStart, o.start());
            }
        }
        int left = Math.max(Math.max(prevEnd, w.clauseStart(m.start())), startOfLastWords(w.s, m.start(), 12));
        int right = Math.min(Math.min(nextStart, w.clauseEnd(m.end())), endOfFirstWords(w.s, m.end(), 7));
        return new Window(w, screen, left, m.start(), m.end(), Math.max(right, m.end()));
    }

    /**
     * True when the cue is the figure's own noun, right after it, and the figure sits inside the same metric phrase: in
     * "what portion of the 100b raise is amazon's check" the phrase names the share asked, and "raise" still says what the
     * $100B is.
     */
    private boolean labelsFigureInPhrase(String between) {
        return between.isBlank() && w.hits.stream().anyMatch(h -> h.start() <= figureStart && h.end() >= figureEnd);
    }

    /** Words of a metric phrase ("share of capex") name what is asked; they are not a cue for a figure. */
    private static boolean insideMetric(Work w, int start, int end) {
        for (Hit h : w.hits) {
            // a metric phrase that is only the input's own name ("capex") can still be the figure's cue
            if (start >= h.start() && end <= h.end() && end - start < h.end() - h.start() && h.metric() != Metric.PRE_MONEY_VALUATION) {
                return true;
            }
        }
        return false;
    }

    private static int words(String s) {
        String t = BRACKETS.matcher(LINK_WORDS.matcher(PARENTHESES.matcher(s).replaceAll(" ")).replaceAll(" ")).replaceAll(" ").trim();
        return t.isEmpty() ? 0 : SPACES.split(t).length;
    }

    private static int startOfLastWords(String s, int end, int n) {
        int seen = 0;
        for (int i = end - 1; i > 0; i--) {
            if (s.charAt(i) == ' ' && i < end - 1 && s.charAt(i + 1) != ' ') {
                seen++;
                if (seen > n) {
                    return i + 1;
                }
            }
        }
        return 0;
    }

    /** The end of the first {@code n} words after {@code start}, not counting links ("is really the valuation …"). */
    private static int endOfFirstWords(String s, int start, int n) {
        int seen = 0;
        int wordStart = start;
        for (int i = start; i < s.length(); i++) {
            if (s.charAt(i) == ' ' && i > start && s.charAt(i - 1) != ' ') {
                if (!LINK_WORDS.matcher(s.substring(wordStart, i).trim()).matches()) {
                    seen++;
                }
                if (seen >= n) {
                    return i;
                }
                wordStart = i;
            }
        }
        return s.length();
    }
}
