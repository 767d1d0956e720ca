package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * Message shapes met in session 28, in wordings of my own: lists written like a diff ("+ exit 1.66T", "- the 1.66T exit"
 * then "now?"), a quantity asked in a word or two before its conditions ("exit?"), the thread's target asked again at a new
 * figure ("and for 10%?"), and figures the reader must not place: one that only its size would make the investment, and one
 * no input may take ("140%" of the compute, "a zero post"). Values by hand from config/scenario.yaml ($50B check, $830B
 * post-money and exit, 5-year hold, $115B compute, 50% capture, 35% margin).
 */
class DiffListsTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q, String thread) {
        return brain.ask(new Question(q, thread, "analyst", "deals"));
    }

    private static String value(Answer a, String metric) {
        return Results.value(a, metric, 10);
    }

    @Test
    void plus_items_are_conditions_not_increases() {
        // $60B / $1.2T; read as increases it would be ($50B + $60B) / ($830B + $1.2T)
        Answer a = ask("stake?\n+ 60bn check\n+ 1.2T post", null);
        assertEquals("0.0500000000", value(a, "stake"));
    }

    @Test
    void minus_items_beside_plus_items_or_before_now_take_a_condition_back() {
        assertEquals("0.1486983550", value(ask("irr?\n+ exit 1.66T\n+ hold 5 yrs", "diff1"), "irr")); // 2^(1/5) - 1
        // the five years taken away and two put in: 2^(1/2) - 1
        assertEquals("0.4142135624", value(ask("- 5 yrs\n+ 2 instead\nnow?", "diff1"), "irr"));
        // the exit taken back: the base case's flat $830B, so no return over the two years
        Answer back = ask("- the 1.66T exit\nnow?", "diff1");
        assertEquals("0.0000000000", value(back, "irr"));
        assertTrue(back.text().contains("Taking back"), back.text());
    }

    @Test
    void a_figure_the_thread_set_names_what_to_drop() {
        ask("irr at a 1.66T exit over 2 yrs", "diff2");
        assertEquals("0.0000000000", value(ask("drop the 1.66T exit", "diff2"), "irr"));
    }

    @Test
    void a_quantity_asked_in_a_word_before_its_conditions_is_solved_for() {
        assertEquals("3320.0000000000", value(ask("exit?\n+ 4x on the check", null), "exit_valuation")); // 4 x $830B
        assertEquals("0.6000000000", value(ask("capture?\n+ aws revenue off openai hits 69bn", null), "aws_capture_share")); // 69 / 115
        assertEquals("1200.0000000000", value(ask("post?\n+ our 60bn buys only 5%", null), "post_money_valuation"));
    }

    @Test
    void the_threads_target_is_asked_again_at_a_bare_new_figure() {
        assertEquals("2065.3056000000", value(ask("what exit gives a 20% irr?", "again"), "exit_valuation")); // 830 x 1.2^5
        assertEquals("1336.7233000000", value(ask("and for 10%?", "again"), "exit_valuation")); // 830 x 1.1^5
        assertEquals("2065.3056000000", value(ask("ok solve it for 20% again", "again"), "exit_valuation"));
    }

    @Test
    void a_sum_of_money_a_verb_follows_is_that_verbs_subject_not_a_capture_cue() {
        // "gets" after "$60B" is what the $60B buys: the stake at 5% solved for the post-money, 60 / 5%
        Answer a = ask("lowest post-money where our $60B still gets 5%", null);
        assertEquals("1200.0000000000", value(a, "post_money_valuation"));
    }

    @Test
    void an_impossible_figure_is_said_even_when_the_input_asked_is_not_solved() {
        Answer a = ask("if aws captures 140% of openai's compute, what margin pays back the check on profit alone?", null);
        assertTrue(a.text().startsWith("I can't compute that"), a.text());
        assertTrue(a.text().contains("100%"), a.text());
        Answer zero = ask("irr if the round prices at a zero post?", null);
        assertTrue(zero.text().startsWith("I can't compute that"), zero.text());
    }

    @Test
    void a_sum_of_money_only_its_size_makes_the_investment_is_offered_not_used() {
        // $50B / $830B x $1.66T = $100B without it; with $70B as the check it would be $140B
        Answer a = ask("what's the stake worth at a 1.66T exit, 70b", null);
        assertEquals("100.0000000000", value(a, "stake_value"));
        assertTrue(a.notes().stream().anyMatch(n -> n.startsWith("I didn't use $70B")), a.notes().toString());
        assertTrue(a.clarify().stream().anyMatch(c -> c.label().contains("$70B") && c.label().contains("investment")),
                a.clarify().toString());
        Answer chosen = ask(a.clarify().stream().filter(c -> c.label().contains("investment")).findFirst().orElseThrow().question(), null);
        assertEquals("140.0000000000", value(chosen, "stake_value"));
    }

    @Test
    void a_check_size_with_its_own_words_or_the_known_check_is_used_as_before() {
        // guards: a verb of investing names it, and "our 50b" is the check the model has
        assertEquals("0.0843373494", value(ask("if amazon puts in 70b, stake at the 830 post", null), "stake"));
        assertEquals("100.0000000000", value(ask("our 50b at a 1.66T exit - worth?", null), "stake_value"));
    }
    @Test
    void a_breakeven_exit_is_where_the_stake_is_worth_the_check() {
        // a $1.15T pre-money and the $100B round: the stake is worth $50B again at a $1.25T exit
        Answer a = ask("what's the break-even exit for us if the pre-money is $1.15T?", null);
        assertEquals("1250.0000000000", value(a, "exit_valuation"));
        // counting AWS's $20.125B of profit: the stake needs only $29.875B, at 29.875 x 830 / 50
        assertEquals("495.9250000000", value(ask("breakeven exit counting aws profit?", null), "exit_valuation"));
    }

    @Test
    void a_bare_number_in_place_of_a_threads_figure_still_takes_its_input() {
        // a guard: the thread's own 60% was replaced before this session too; the diff lists must not lose it
        ask("combined payoff at 60% capture", "instead");
        // 115 x 40% x 35% = 16.1 of AWS profit, the stake worth what was paid
        assertEquals("16.1000000000", value(ask("not 60%, 40 instead", "instead"), "combined_payoff"));
    }

    @Test
    void verbs_of_sending_money_name_the_investment() {
        // a guard: before this session the size alone placed it; now that size alone does not, the verb must
        ask("stake?", "wire");
        assertEquals("0.0481927711", value(ask("and if amzn only wires 40b", "wire"), "stake")); // 40 / 830
    }
}
