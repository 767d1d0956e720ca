package org.thesisbot.state;

import java.util.Collection;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Citation;
import org.thesisbot.core.api.InputUsed;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.state.ThreadState;

/**
 * Estimated heap bytes of what the in-memory stores keep, for Caffeine's weigher: caps are in bytes, so ten
 * thousand long threads cannot hold what ten thousand short ones would not. The figures are deliberately
 * generous (two bytes per character, an object header and a reference per element, the cache's own entry),
 * so the real heap stays under the configured cap.
 */
final class Weights {
    /** A Caffeine entry with expiry: node, links, timestamps, key reference. */
    static final int ENTRY = 96;
    private static final int OBJECT = 16;
    private static final int BIG_DECIMAL = 64;
    private static final int ELEMENT = 48;

    private Weights() {
    }

    static int string(String s) {
        return s == null ? 0 : 40 + 2 * s.length();
    }

    /** A key with no value worth counting (dedupe and thread marks). */
    static int key(String key) {
        return ENTRY + string(key);
    }

    static int threadState(String key, ThreadState s) {
        int w = ENTRY + string(key) + OBJECT * 4;
        w += s.overrides().size() * (ELEMENT + BIG_DECIMAL);
        for (String scenario : s.scenarios()) {
            w += ELEMENT + string(scenario);
        }
        w += s.metrics().size() * 8 + OBJECT * 2;
        if (s.target() != null) {
            w += OBJECT * 2 + BIG_DECIMAL;
        }
        return w;
    }

    static int answer(Answer a) {
        long w = ENTRY + OBJECT * 4L + string(a.id()) + string(a.text()) + string(a.narrative()) + string(a.answerer());
        for (MetricResult r : a.results()) {
            w += OBJECT * 2L + BIG_DECIMAL + string(r.metric()) + string(r.label()) + string(r.scenario())
                    + string(r.formula()) + string(r.explanation());
            if (r.grid() != null) {
                // every cell and axis value is a BigDecimal; the notes are strings
                long cells = (long) r.grid().rows().size() * r.grid().width();
                long axes = r.grid().rows().size() + (r.grid().twoWay() ? r.grid().cols().size() : 0);
                w += OBJECT * 6L + (cells + axes) * (BIG_DECIMAL + 8L) + strings(r.grid().notes());
            }
            if (r.tornado() != null) {
                w += OBJECT * 2L + r.tornado().bars().size() * (OBJECT + 4L * BIG_DECIMAL + 64L) + strings(r.tornado().notes());
            }
            for (InputUsed i : r.inputs()) {
                w += OBJECT * 3L + BIG_DECIMAL + string(i.id()) + string(i.label());
                if (i.provenance() != null) {
                    w += string(i.provenance().document()) + string(i.provenance().quote()) + string(i.provenance().note())
                            + string(i.provenance().rationale()) + string(i.provenance().documentTitle());
                }
            }
        }
        for (Citation c : a.citations()) {
            w += OBJECT * 2L + string(c.document()) + string(c.title()) + string(c.quote());
        }
        w += strings(a.notes());
        for (var chart : a.charts()) {
            w += OBJECT * 2L + string(chart.title()) + string(chart.alt()); // its data is the result's grid or tornado, or the results
        }
        if (a.decision() != null) {
            w += OBJECT * 2L + strings(a.decision().cues());
        }
        return (int) Math.min(Integer.MAX_VALUE, w);
    }

    private static long strings(Collection<String> strings) {
        long w = OBJECT;
        for (String s : strings) {
            w += 8 + string(s);
        }
        return w;
    }
}
