package org.thesisbot.core.grounding;

/**
 * A retrievable piece of a source document. Passages never cross a paragraph boundary.
 *
 * @param id        stable id: document id + "#p" + paragraph + "." + ordinal
 * @param document  document id (from its front matter)
 * @param title     document title
 * @param paragraph 1-based paragraph number in the cleaned document
 * @param ordinal   1-based position of this passage inside its paragraph
 */
public record Passage(String id, String document, String title, int paragraph, int ordinal, String text) {
}
