package org.thesisbot.core.grounding;

import java.util.List;

/** Port: find the passages most relevant to a query, best first. */
public interface Retriever {
    List<ScoredPassage> retrieve(String query, int limit);
}
