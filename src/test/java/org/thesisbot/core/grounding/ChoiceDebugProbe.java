package org.thesisbot.core.grounding;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.Thesisbot;
import org.thesisbot.llm.HybridRetriever;

/**
 * A developer's probe, not a check: {@code mvn -q -o test -Dtest=ChoiceDebugProbe -Dchoice="q1|q2"} prints, for each
 * narrative question as typed (no routing, no thread), the question's form and the top-4 passages' sentences best
 * first, with the evidence the {@link SentenceChooser} weighs. Skipped otherwise.
 */
class ChoiceDebugProbe {
    @Test
    void explain() {
        String questions = System.getProperty("choice");
        Assumptions.assumeTrue(questions != null && !questions.isBlank(), "set -Dchoice to use this probe");
        Thesisbot bot = TestBrains.offline();
        Thesisbot.Brain brain = bot.brain();
        SentenceChooser chooser = new SentenceChooser(((HybridRetriever) brain.retriever()).sentenceEmbeddings(),
                new Thesaurus(brain.lexicon().retrieval()), brain.library().anticipations(), SourceVocabulary.of(brain.library().passages()));
        for (String q : questions.split("\\|")) {
            List<ScoredPassage> passages = brain.retriever().retrieve(q.strip(), bot.settings().grounding().topK());
            SentenceChooser.Ranking r = chooser.rank(new WriteRequest(q.strip(), passages, List.of()));
            QuestionForm f = r.form();
            System.out.printf(Locale.ROOT, "%n>>> %s%n    kinds=%s yesNo=%s predicate=%s focus='%s' who=%s%n", q.strip(), f.kinds(), f.yesNo(),
                    f.predicate(), f.focus(), f.who());
            for (SentenceChooser.Candidate c : r.bestFirst().subList(0, Math.min(6, r.bestFirst().size()))) {
                SentenceChooser.Evidence e = c.evidence();
                StringBuilder kinds = new StringBuilder();
                for (QuestionForm.Kind k : f.kinds()) {
                    kinds.append(k.name().toLowerCase(Locale.ROOT)).append('=').append(e.kind(k.ordinal())).append(' ');
                }
                System.out.printf(Locale.ROOT, "  %.2f sem %.2f lex %.2f ant %.2f pred %.2f focus %.2f party %.2f enum %.0f %s| %s%n", c.score(),
                        e.semantic(), e.lexical(), e.anticipated(), e.predicate(), e.focus(), e.party(), e.enumerates(), kinds,
                        c.sentence().length() > 100 ? c.sentence().substring(0, 100) : c.sentence());
            }
        }
    }
}
