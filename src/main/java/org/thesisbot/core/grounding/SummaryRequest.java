package org.thesisbot.core.grounding;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a narrative question asks for the sources' summary ("summarize the thesis", "tl;dr?", "what's the big
 * picture"), which the sources' own framing answers better than the question's literal words. A question that names
 * the thesis or the big picture while asking something particular ("what's the next catalyst for the thesis?", "by
 * when must it close for the thesis to hold?", "big picture, what could go wrong?") asks that, not a summary: it has
 * a kind of answer of its own (a time, a risk, a consequence, what to watch, a reason, where things stand). English
 * question grammar only.
 */
public final class SummaryRequest {
    private static final Pattern SUMMARY = Pattern.compile(
            "(?i)\\b(summari[sz]e|summary|tl;?dr|in a nutshell|overview|main points|key points|gist|big picture|the thesis)\\b");
    /** Kinds that say nothing of what is asked besides a summary ("what is the thesis" reads as a definition). */
    private static final Set<QuestionForm.Kind> NEUTRAL = EnumSet.of(QuestionForm.Kind.SUMMARY, QuestionForm.Kind.DEFINITION);

    private SummaryRequest() {
    }

    /** True when {@code question} asks for a summary and nothing more particular. */
    public static boolean asks(String question) {
        if (question == null || !SUMMARY.matcher(question).find()) {
            return false;
        }
        return NEUTRAL.containsAll(QuestionForm.of(question).kinds());
    }
}
