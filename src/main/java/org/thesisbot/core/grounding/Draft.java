package org.thesisbot.core.grounding;

import java.util.List;

/**
 * An answer as a writer produced it, before the guard. {@code text} cites [n] = 1-based index into the
 * request's passages.
 *
 * @param answerer "extractive" or "llm:&lt;model&gt;" (whoever actually wrote {@code text})
 * @param notes    what the reader must know (a fallback and why, the extractive label)
 */
public record Draft(String text, String answerer, List<String> notes) {
    public Draft {
        text = text == null ? "" : text;
        notes = List.copyOf(notes);
    }
}
