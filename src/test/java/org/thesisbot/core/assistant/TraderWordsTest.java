package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;
import org.thesisbot.core.api.Route;

/**
 * A trader's words for sizes and values ({@code config/lexicon.yaml}: a "yard" a billion, a "bar" a million, a value that
 * "prints"), and short asks after a solve. In wordings of my own; values by hand from config/scenario.yaml ($50B check,
 * $830B post-money, a $100B round, 5 years).
 */
class TraderWordsTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return brain.ask(new Question(q, null, "analyst", "deals"));
    }

    @Test
    void yards_are_billions_and_bars_millions() {
        // 50/830 x 1250 = 75.301205
        assertEquals("75.301205", Results.value(ask("oai exits at 1.25k yards. what's our 50 yards worth then?"), "stake_value", 6));
        // 1,100,000 million is $1.1T: 50/830 x 1100 = 66.265060
        assertEquals("66.265060", Results.value(ask("stake value with an oai exit at 1,100,000 bar"), "stake_value", 6));
        // 900 pre + the 100 round = 1000 post: 5%
        assertEquals("0.050000", Results.value(ask("round prints 900 yards pre, what % do our 50 yards buy"), "stake", 6));
        // a bar that is a hurdle is no million: 2 x 830
        assertEquals("1660.000000", Results.value(ask("what exit clears the 2x bar?"), "exit_valuation", 6));
    }

    @Test
    void a_value_prints() {
        // down 10 on the 50: a stake of 40 = 50/830 x exit, an exit of 664
        assertEquals("664.000000", Results.value(ask("where does openai have to print for us to be down 10 yards on the stake"), "exit_valuation", 6));
    }

    @Test
    void a_value_that_makes_it_to_a_level_gets_there() {
        // bull's irr held with the exit at 1.2T instead of 1.5T: (1500/830)^(1/5) = (1200/830)^(1/n), n = 5 ln(1200/830) / ln(1500/830) = 3.114688
        Answer a = ask("bull case but oai only makes it to 1.2T, not 1.5. what hold keeps bull's irr intact?");
        assertEquals("3.114688", Results.value(a, "holding_years", 6), a.text());
    }

    @Test
    void where_the_line_is_asks_the_number_just_solved() {
        // 830 x 1.2^5 = 2065.3056
        Answer a = ask("openai exit for a 20% irr over 5 years. where's the line");
        assertEquals(Route.NUMERIC, a.route(), a.decision().cues().toString());
        assertEquals("2065.305600", Results.value(a, "exit_valuation", 6));
        // "the bear case for a 1.5x moic" is a case and its target, not the bear case argued: 1.5 x 830
        Answer b = ask("where does openai have to exit in the bear case for a 1.5x moic?");
        assertEquals(Route.NUMERIC, b.route(), b.decision().cues().toString());
        assertEquals("1245.000000", Results.value(b, "exit_valuation", 6));
    }

    @Test
    void a_ratio_asked_as_a_multiple_before_a_second_question() {
        // 50 / 8 = 6.25
        Answer a = ask("openai check over the anthropic check as a multiple, and what's the tension the author sees in backing both?");
        assertEquals("6.250000", Results.value(a, "openai_vs_anthropic_ratio", 6), a.text());
    }
}
