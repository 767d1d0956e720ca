package org.thesisbot.core.route;

/**
 * What the narrative half of a mixed question asks the sources ({@link Router#narrativeQuery}).
 *
 * @param clause what is asked: the narrative clause and what follows it ("is that actually a big deal for them"), the
 *               text the sources are searched with
 * @param scene  what the clause points back at, when it points back ("that", "it", "them"): the numeric half ("50b is
 *               what % of amazon's capex"), or empty. It names the subject, not what is asked
 */
public record NarrativeQuery(String clause, String scene) {
    public NarrativeQuery {
        clause = clause == null ? "" : clause.strip();
        scene = scene == null ? "" : scene.strip();
    }

    /**
     * The clause with its scene set off as one ("is that a big deal, given that 50b is what % of amazon's capex"), as the
     * writer reads it: the sentence chooser weighs a trailing "given that …" as scene, not as what is asked.
     */
    public String asked() {
        return scene.isEmpty() ? clause : clause + ", given that " + scene;
    }
}
