package org.thesisbot.core.grounding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.AnswerListener;

/**
 * Runs the guard over an answer as it arrives, sentence by sentence, and passes on only what checks out:
 * each kept sentence, with its citations renumbered 1..m in order of first use, goes to the listener as
 * soon as it is complete. A sentence counts as complete once the next one has begun (or its line has
 * ended, or the answer has ended), so a citation marker right after a full stop is never cut off.
 *
 * <p>"The sources don't say …" sentences are held back until a cited sentence follows: an answer made of
 * nothing else becomes the "not covered" reply, which the caller writes. Not thread-safe on its own; the
 * methods are synchronized because a streaming model calls {@link #append} from its own thread.
 */
final class GuardedStream {
    private static final Pattern BULLET = Pattern.compile("^(\\s*(?:[-*\u2022]|\\d{1,2}[.)])\\s+)");

    private final GroundingGuard guard;
    private final GroundingGuard.Context context;
    private final AnswerListener out;

    private final StringBuilder raw = new StringBuilder();
    private final StringBuilder line = new StringBuilder();
    private int lineNumber;
    private int judgedOnLine;
    private final List<Integer> blankLines = new ArrayList<>();

    private final List<GroundingGuard.Repair> repairs = new ArrayList<>();
    private final Map<Integer, Integer> renumber = new LinkedHashMap<>();
    private final StringBuilder shown = new StringBuilder();
    private final StringBuilder original = new StringBuilder();
    private final List<Pending> heldBack = new ArrayList<>();
    private int lastLine = -1;
    private boolean cited;
    private boolean finished;

    private record Pending(int line, String prefix, String sentence) {
    }

    /**
     * The checked answer.
     *
     * @param shown      what the reader sees: kept sentences, citations renumbered (equal to everything sent to the listener)
     * @param original   the same sentences numbered like the request's passages
     * @param renumber   request passage number -> shown citation number, in order of first use
     * @param noCoverage nothing cited survived, and the answer said the sources don't cover the question
     */
    record Result(String shown, String original, Map<Integer, Integer> renumber, List<GroundingGuard.Repair> repairs,
                  boolean noCoverage) {
        boolean isEmpty() {
            return shown.isBlank();
        }
    }

    /** @param out receives each validated piece; null for none */
    GuardedStream(GroundingGuard guard, WriteRequest request, AnswerListener out) {
        this.guard = guard;
        this.context = guard.context(request);
        this.out = out;
    }

    /** True once any text has been appended. */
    synchronized boolean received() {
        return raw.length() > 0;
    }

    synchronized String rawText() {
        return raw.toString();
    }

    synchronized boolean shownAnything() {
        return shown.length() > 0;
    }

    /** Feeds more of the writer's text; complete sentences are judged and, if kept, passed on. */
    synchronized void append(String text) {
        if (finished || text == null || text.isEmpty()) {
            return;
        }
        raw.append(text);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                processLine(true);
                line.setLength(0);
                judgedOnLine = 0;
                lineNumber++;
            } else if (c != '\r') {
                line.append(c);
            }
        }
        processLine(false);
    }

    /** Judges what is left and returns the result; later appends are ignored. */
    synchronized Result finish() {
        if (!finished) {
            processLine(true);
            finished = true;
            if (cited) {
                flushHeldBack();
            }
        }
        boolean noCoverage = !cited && !heldBack.isEmpty();
        String originalText = noCoverage
                ? String.join(" ", heldBack.stream().map(Pending::sentence).toList()) // not shown: the caller writes the reply
                : original.toString();
        return new Result(shown.toString(), originalText, Map.copyOf(renumber), List.copyOf(repairs), noCoverage);
    }

    private void processLine(boolean complete) {
        String text = GroundingGuard.withoutMentions(line.toString()).stripLeading();
        if (text.isBlank()) {
            if (complete && !blankLines.contains(lineNumber)) {
                blankLines.add(lineNumber);
            }
            return;
        }
        Matcher bullet = BULLET.matcher(text);
        String prefix = "";
        String body = text;
        if (bullet.find()) {
            prefix = bullet.group(1);
            body = text.substring(bullet.end());
        } else if (!complete && text.length() <= 3 && BULLET.matcher(text + " x").find()) {
            return; // "-" or "1." may still become a list item
        }
        List<String> sentences = Sentences.split(body);
        int done = complete ? sentences.size() : sentences.size() - 1;
        for (int i = judgedOnLine; i < done; i++) {
            judge(sentences.get(i), prefix);
        }
        judgedOnLine = Math.max(judgedOnLine, done);
    }

    private void judge(String raw, String prefix) {
        String sentence = guard.links().clean(raw); // a link's label stays, its target goes (unless the documents own it)
        GroundingGuard.Verdict v = guard.judge(sentence, context);
        repairs.addAll(v.repairs());
        if (v.kept() == null) {
            return;
        }
        if (v.noCoverage()) {
            heldBack.add(new Pending(lineNumber, prefix, v.kept()));
            return;
        }
        flushHeldBack();
        cited = true;
        show(lineNumber, prefix, v.kept());
    }

    private void flushHeldBack() {
        for (Pending p : heldBack) {
            show(p.line(), p.prefix(), p.sentence());
        }
        heldBack.clear();
    }

    private void show(int atLine, String prefix, String sentence) {
        String separator;
        if (lastLine < 0) {
            separator = prefix;
        } else if (atLine == lastLine) {
            separator = " ";
        } else {
            int from = lastLine;
            boolean blank = blankLines.stream().anyMatch(b -> b > from && b < atLine);
            separator = (blank ? "\n\n" : "\n") + prefix;
        }
        lastLine = atLine;
        String renumbered = Markers.rewrite(sentence,
                ns -> ns.stream().map(n -> renumber.computeIfAbsent(n, x -> renumber.size() + 1)).toList());
        original.append(separator).append(sentence);
        shown.append(separator).append(renumbered);
        if (out != null) {
            out.chunk(separator + renumbered);
        }
    }
}
