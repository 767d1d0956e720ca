package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * A term sheet's terms beside the stake ({@link Preferences}): a liquidation preference and a cap on proceeds are never
 * inputs. In wordings of my own; values by hand from config/scenario.yaml ($50B into a $830B post, bull exit $1.5T).
 */
class PreferencesTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return brain.ask(new Question(q, null, "analyst", "deals"));
    }

    @Test
    void where_converting_overtakes_a_preference_is_the_exit_for_its_multiple() {
        // 2x the 50 back as converted: 100 = 50/830 x exit, exit = 1660
        Answer a = ask("we hold a 2x liquidation preference - above which exit does it make sense to convert instead?");
        assertEquals("exit_valuation(base)=1660.000000", ResultValues.of(a).get(0), a.text());
        assertTrue(a.notes().stream().anyMatch(n -> n.startsWith("Converting beats a 2\u00d7 non-participating preference")), a.notes().toString());
        // the post given before the ask is kept: 1.25x of 50 = 62.5 = 50/1000 x exit, exit = 1250
        Answer b = ask("with a $1T post and a 1.25x pref, from what exit valuation is converting more than the pref?");
        assertEquals("exit_valuation(base)=1250.000000", ResultValues.of(b).get(0), b.text());
    }

    @Test
    void where_a_cap_bites_is_the_exit_for_its_multiple_or_its_amount() {
        // 3x the investment: 150 = 50/830 x exit, exit = 2490
        Answer a = ask("term sheet caps amazon's proceeds at 3x the check. what exit does the cap start to bite at?");
        assertEquals("exit_valuation(base)=2490.000000", ResultValues.of(a).get(0), a.text());
        // an amount: 80 = 50/830 x exit, exit = 1328
        Answer b = ask("if there's a cap on our proceeds at 80bn, at what exit valuation do we hit it?");
        assertEquals("exit_valuation(base)=1328.000000", ResultValues.of(b).get(0), b.text());
    }

    @Test
    void a_preference_beside_another_question_is_no_exit_and_the_election_is_said() {
        // bull: 50/830 x 1500 = 90.36, never an exit of 1x the post; above the 1x pref's 50
        Answer a = ask("bull case, stake value as converted? we'd have a 1x non-participating pref");
        assertEquals(List.of("stake_value(bull)=90.361446"), ResultValues.of(a), a.text());
        assertTrue(a.notes().contains("As converted the stake is worth $90.36B, above the 1\u00d7 preference's $50B: converting pays more. (bull case)"),
                a.notes().toString());
        // a 2x pref at a 1.2T exit: 72.29 as converted, below 100; the election asked is answered in the note, not a narrative
        Answer b = ask("2x pref on our 50 - if oai exits at 1.2T what's the stake worth, and should we convert?");
        assertEquals(org.thesisbot.core.api.Route.NUMERIC, b.route(), b.text());
        assertTrue(b.notes().stream().anyMatch(n -> n.endsWith("the preference pays more. (base case)")), b.notes().toString());
    }

    @Test
    void a_goal_of_its_own_beside_a_preference_is_that_goal() {
        // 2x the 50: an exit of 1660, never the 1x pref's 830
        Answer a = ask("with a 1x pref on our 50, what exit gets our moic above 2x?");
        assertEquals("exit_valuation(base)=1660.000000", ResultValues.of(a).get(0), a.text());
    }
}
