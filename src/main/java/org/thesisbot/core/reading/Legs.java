package org.thesisbot.core.reading;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.scenario.InputId;
import org.thesisbot.core.scenario.Metric;
import org.thesisbot.core.state.ThreadState;

/**
 * Two of the model's numbers set level, with an input asked for: "at what exit is the stake worth the same as AWS's
 * compute profit", "what capture share makes AWS's revenue from OpenAI equal to what the stake is worth", "at what exit
 * does the cloud profit cover the loss on the stake". The goal is then no figure but the other metric: the target's
 * {@link ThreadState.Target#level() level}, solved by {@link org.thesisbot.core.scenario.Solver#solveLevel}. Both sides
 * must name a metric in the same sentence, in the same unit; otherwise nothing is read here and the question is read as
 * it was before.
 */
final class Legs {
    /** The words that set one number level with another; the second group ("covers the loss") makes them add to nothing. */
    private static final Pattern LINK = Pattern.compile(
            "\\b(?:(?<level>equals?|equal to|equalling|equaling|matche?s?|matching|the same as|as much as|on par with|in line with"
                    + "|(?<=\\bworth )(?:exactly |just |precisely )?(?=what\\b)"
                    + "|(?:is |be |are |come |comes |draws? |drawn |pulls? |pulled |get |gets )?(?:level|even|square) with)"
                    + "|(?<cover>covers?|covering|offsets?|offsetting|cancels? out|cancelling out|makes? up for|wipes? out))\\b");
    /** A loss named on the other side: covering it makes the two add up to nothing. */
    private static final Pattern LOSS = Pattern.compile("\\b(?:loss|losses|hole|shortfall|write-?down|drawdown|haircut)\\b");
    private static final Pattern NOT = Pattern.compile("\\bnot\\b");
    /** Where a sentence ends: not inside a decimal ("1.4"). */
    private static final Pattern SENTENCE_END = Pattern.compile("[?!;]|\\.(?!\\d)");

    private Legs() {
    }

    /** The level asked, or null when the question sets no two metrics level around an input it asks for. */
    static ThreadState.Target target(Work w, Solve asked, java.util.function.Function<Metric, java.util.Set<InputId>> reads) {
        if (asked == null || w.s.length() > 2_000) {
            return null;
        }
        for (Matcher m = LINK.matcher(w.s); m.find(); ) {
            int from = sentenceStart(w.s, m.start());
            int to = sentenceEnd(w.s, m.end());
            Hit left = null;
            Hit right = null;
            for (Hit h : w.hits) {
                if (!h.strong() || h.start() < from || h.end() > to || h.end() > asked.start() && h.start() < asked.end()) {
                    continue; // (the input asked for is not a side: "what post-money makes …")
                }
                if (h.end() <= m.start() && (left == null || h.start() > left.start())) {
                    left = h;
                } else if (h.start() >= m.end() && (right == null || h.start() < right.start())) {
                    right = h;
                }
            }
            if (left == null || right == null || !nearAfter(w.s.substring(m.end(), right.start()))) {
                continue; // (the other side right after the link: not "… cover the 50 bn (not count the stake)")
            }
            Metric a = worth(left.metric(), right.metric());
            Metric b = worth(right.metric(), left.metric());
            if (a == b || !sameUnit(a, b)) {
                continue;
            }
            boolean offsetting = m.group("cover") != null && LOSS.matcher(w.s.substring(m.end(), to)).find();
            // a valuation asked in general ("what valuation makes …"): the exit when a side is valued at the exit, else the
            // post-money
            InputId x = asked.input() != null ? asked.input()
                    : reads.apply(a).contains(InputId.EXIT_VALUATION) || reads.apply(b).contains(InputId.EXIT_VALUATION)
                    ? InputId.EXIT_VALUATION : InputId.POST_MONEY_VALUATION;
            w.cues.add("level: " + a.id() + (offsetting ? " offsets " : " = ") + b.id() + " (\"" + m.group() + "\"), solving for " + x.id());
            return new ThreadState.Target(a, BigDecimal.ZERO, x, b, offsetting);
        }
        return null;
    }

    /** A share set level with dollars is the share's worth ("the stake worth as much as AWS's profit"). */
    private static Metric worth(Metric side, Metric other) {
        return side == Metric.STAKE && other.unit() == org.thesisbot.core.api.Unit.USD_BILLIONS ? Metric.STAKE_VALUE : side;
    }

    /** Between the link and the other side's words: a few words, no bracket, no "not". */
    private static boolean nearAfter(String between) {
        return between.length() <= 40 && between.indexOf('(') < 0 && !NOT.matcher(between).find();
    }

    private static boolean sameUnit(Metric a, Metric b) {
        return a.unit() == b.unit() && a != Metric.IRR && b != Metric.IRR;
    }

    private static int sentenceStart(String s, int at) {
        int start = 0;
        for (Matcher e = SENTENCE_END.matcher(s); e.find() && e.end() <= at; ) {
            start = e.end();
        }
        return start;
    }

    private static int sentenceEnd(String s, int at) {
        Matcher e = SENTENCE_END.matcher(s);
        return e.find(at) ? e.start() : s.length();
    }
}
