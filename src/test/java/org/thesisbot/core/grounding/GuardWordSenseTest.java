package org.thesisbot.core.grounding;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The guard's word checks where the sense of a word decides: WordNet derivations and synonyms, hedges that belong to
 * another party, light verbs, recommendations in other words, negations whose scope the source shares, and risks the
 * source averts. Written for this class (not taken from the fixtures); the lexical guard, no embedding model.
 */
class GuardWordSenseTest {
    private final GroundingGuard guard = new GroundingGuard(List.of(), null, null,
            org.thesisbot.core.api.LinkPolicy.NONE, org.thesisbot.core.lexicon.TestLexicons.real());

    private GroundingGuard.Checked check(String sentence, String passage) {
        ScoredPassage p = new ScoredPassage(new Passage("doc#p1.1", "doc", "Amazon's potential $50 billion bet on OpenAI", 1, 1, passage),
                0.9, 0.9, 0.9);
        return guard.check(new Draft(sentence, "llm:test", List.of()), new WriteRequest("q", List.of(p), List.of()));
    }

    private static void dropped(GroundingGuard.Checked c, GroundingGuard.Kind kind) {
        assertTrue(c.isEmpty(), c.text());
        assertEquals(kind, c.repairs().get(0).kind(), c.repairs().toString());
    }

    private static void kept(GroundingGuard.Checked c) {
        assertFalse(c.isEmpty(), c.repairs().toString());
    }

    @Test
    void a_synonym_or_derivation_of_the_passages_own_word_is_not_a_reversal_but_an_opposite_still_is() {
        String passage = "The upside is that Amazon could cement its role. The downside is that the friction of maintaining "
                + "both ecosystems could undermine its position on the AI S-curve.";
        String silence = "Anthropic backs the deal's rival. For now, the silence from Anthropic is notable, but watch for any public response.";
        assertAll(
                () -> kept(check("The friction of maintaining both ecosystems could weaken Amazon's position on the AI S-curve [1].", passage)),
                () -> dropped(check("The friction of maintaining both ecosystems could strengthen Amazon's position on the AI S-curve [1].", passage),
                        GroundingGuard.Kind.REVERSAL),
                () -> kept(check("Anthropic has so far stayed silent [1].", silence)));
    }

    @Test
    void a_plain_use_about_another_party_does_not_lift_a_hedge() {
        String passage = "The potential $50 billion investment in OpenAI is a circular financing bet. It risks a costly "
                + "divergence from Amazon's existing $8 billion investment in Anthropic.";
        assertAll(
                () -> dropped(check("Amazon has invested $50 billion in OpenAI [1].", passage), GroundingGuard.Kind.OVERCLAIM),
                () -> kept(check("Amazon has an existing $8 billion investment in Anthropic [1].", passage)),
                () -> kept(check("Amazon's potential $50 billion investment in OpenAI is a circular financing bet [1].", passage)));
    }

    @Test
    void after_a_light_verb_the_event_is_its_object() {
        String passage = "Amazon has already committed deeply to Anthropic, its cloud and training provider.";
        assertAll(
                () -> kept(check("Amazon has already made deep commitments to Anthropic [1].", passage)),
                () -> dropped(check("Amazon has already made a takeover bid for Anthropic [1].", passage), GroundingGuard.Kind.OVERCLAIM));
    }

    @Test
    void a_verdict_on_shares_is_a_recommendation_and_advice_in_the_sources_other_words_is_the_sources() {
        String passage = "Investors must watch for an acceleration in AWS's AI revenue after the deal closes.";
        assertAll(
                () -> dropped(check("AWS's AI revenue acceleration makes Amazon shares worth accumulating ahead of the deal [1].", passage), GroundingGuard.Kind.ADVICE),
                () -> dropped(check("Until the deal closes, the safest move is to hold off on buying AWS exposure [1].", passage),
                        GroundingGuard.Kind.ADVICE),
                () -> kept(check("After the deal closes, investors should look for faster growth in AWS's AI revenue [1].", passage)),
                () -> dropped(check("After the deal closes, investors should sell on any acceleration in AWS's AI revenue [1].", passage),
                        GroundingGuard.Kind.ADVICE));
    }

    @Test
    void a_negation_the_source_makes_of_another_word_in_its_scope_is_the_sources() {
        String passage = "This isn't a new relationship; it's an expansion of an existing computing power agreement.";
        assertAll(
                () -> kept(check("The investment does not start a new relationship [1].", passage)),
                () -> dropped(check("The investment is not an expansion of the existing agreement [1].", passage), GroundingGuard.Kind.NEGATION));
    }

    @Test
    void setting_aside_a_risk_the_source_averts_restates_it_but_setting_aside_what_it_asserts_reverses_it() {
        String averted = "By locking in OpenAI's compute needs, Amazon mitigates the risk of the startup building its own "
                + "proprietary infrastructure.";
        String created = "This is a direct strategic pivot, but it risks creating a costly divergence from Amazon's "
                + "existing investment in Anthropic.";
        assertAll(
                () -> kept(check("The deal keeps OpenAI's compute needs with Amazon instead of on proprietary infrastructure [1].", averted)),
                () -> dropped(check("The pivot would reinforce, rather than diverge from, Amazon's existing investment in Anthropic [1].", created),
                        GroundingGuard.Kind.NEGATION));
    }

    @Test
    void a_duration_counted_in_words_is_a_figure_the_passage_must_give() {
        String passage = "Investors must watch for an acceleration in AWS's AI revenue in the quarters after the deal closes.";
        assertAll(
                () -> dropped(check("Investors must watch for an acceleration in AWS's AI revenue in the two quarters after the deal closes [1].", passage),
                        GroundingGuard.Kind.UNSUPPORTED_NUMBER),
                () -> kept(check("In the quarters after the deal closes, investors must watch AWS's AI revenue for an acceleration [1].", passage)),
                () -> kept(check("Amazon's AI revenue at AWS matters to the two companies after the deal closes [1].", passage)));
    }

    @Test
    void questioning_as_a_partys_act_asserts_but_the_question_of_whether_does_not() {
        String passage = "The dual allegiance strains relationships with both partners, as each may question Amazon's true loyalty.";
        assertAll(
                () -> dropped(check("Both partners now openly question Amazon's true loyalty [1].", passage), GroundingGuard.Kind.OVERCLAIM),
                () -> kept(check("Each partner may question Amazon's true loyalty [1].", passage)));
    }

    @Test
    void events_a_relative_clause_hedges_are_not_reported_by_it() {
        String passage = "The immediate catalyst is the signing of a term sheet and the finalization of deal terms, which sources "
                + "indicate could happen in the coming weeks.";
        assertAll(
                () -> dropped(check("The term sheet was signed last week [1].", passage), GroundingGuard.Kind.OVERCLAIM),
                () -> kept(check("Signing a term sheet and finalizing deal terms are the immediate catalyst [1].", passage)),
                () -> kept(check("The term sheet has not yet been signed [1].", passage)));
    }
}
