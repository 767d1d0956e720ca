package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.api.Question;
import org.thesisbot.core.api.Route;

/**
 * How much a number moves, asked against the case's own values, the thread's last answer or its first; and goals said
 * against the number as it stands ("adds 10bn on top of base", "3 pts below the 5y number"). In wordings of my own; values
 * by hand from config/scenario.yaml (base: $50B into a $830B post, exit $830B, 5 years, 50% of $115B at a 35% margin).
 */
class ChangesAndRelativeGoalsTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q, String thread) {
        return brain.ask(new Question(q, thread, "analyst", "deals"));
    }

    /** The change results of an answer, as "metric=value" at six places. */
    private static List<String> changes(Answer a) {
        return a.results().stream().filter(r -> r.kind() == MetricResult.Kind.CHANGE)
                .map(r -> r.metric() + "=" + r.value().setScale(6, RoundingMode.HALF_UP).toPlainString()).toList();
    }

    @Test
    void a_move_asked_against_base_is_the_new_number_less_the_cases_own() {
        // 50/1200 - 50/830
        Answer a = ask("what does a 1.2T post do to our % vs base?", null);
        assertEquals(List.of("stake=-0.018574"), changes(a), a.text());
        assertEquals(List.of("0.041667"), a.results().stream().filter(r -> r.kind() == MetricResult.Kind.METRIC)
                .map(r -> r.value().setScale(6, RoundingMode.HALF_UP).toPlainString()).toList(), a.text());
        assertTrue(a.text().startsWith("*Amazon's stake in OpenAI: -1.86%"), a.text());
        // (1300/830)^(1/5) - 1 against 0%: the clause that asks the move is the numbers', not the sources'
        Answer b = ask("oai exits 1.3T, irr - what's the move vs base?", null);
        assertEquals(Route.NUMERIC, b.decision().route(), b.decision().cues().toString());
        assertEquals(List.of("irr=0.093888"), changes(b), b.text());
    }

    @Test
    void a_move_asked_between_cases_set_side_by_side_is_each_against_the_base_case() {
        // bull 1500 x 50/830 less base 50
        Answer a = ask("stake value bull vs base - delta?", null);
        assertEquals(List.of("stake_value=40.361446"), changes(a), a.text());
        assertTrue(a.text().startsWith("*Value of Amazon's stake: +$40.36B vs the base case*"), a.text());
    }

    @Test
    void a_move_asked_against_an_earlier_answer_uses_that_answers_number() {
        String t = "changes-" + System.nanoTime();
        ask("stake value?", t);                                              // 50
        ask("moic at a 1.245T exit", t);                                     // 1.5
        Answer last = ask("and at 1.66T - how much does that move vs last?", t); // 2 - 1.5
        assertEquals(List.of("moic=0.500000"), changes(last), last.text());
        Answer first = ask("stake value at a 2T exit - how far are we from your first answer?", t); // 120.481928 - 50
        assertEquals(List.of("stake_value=70.481928"), changes(first), first.text());
    }

    @Test
    void a_goal_said_against_the_number_as_it_stands_moves_it() {
        // (20.125 + 10) / (115 x 35%)
        Answer a = ask("what capture share adds 10bn of aws profit on top of base?", null);
        assertEquals("0.748447", Results.value(a, "aws_capture_share", 6), a.text());
        // (20.125 - 5) / (50% x 115)
        Answer b = ask("what margin takes 5bn off aws profit vs base", null);
        assertEquals("0.263043", Results.value(b, "aws_operating_margin", 6), b.text());
        // at a 1.66T exit the 5-year IRR is 2^(1/5) - 1; three points below it over ln 2 / ln(1 + that)
        Answer c = ask("at a 1.66T exit, what hold puts the irr 3 pts below the 5y number?", null);
        assertEquals("6.179665", Results.value(c, "holding_years", 6), c.text());
        // (50/830 + 1 pt) x 830
        Answer d = ask("what check moves our stake up 1 pt?", null);
        assertEquals("58.300000", Results.value(d, "investment", 6), d.text());
        // a goal said as a value stays one
        assertEquals("1660.000000", Results.value(ask("what exit gets us to a 2x", null), "exit_valuation", 6));
    }

    @Test
    void a_hole_wiped_out_is_a_zero_to_reach_and_a_move_asked_beside_numbers_is_theirs() {
        // bear: 50 x E / 830 + 30% x 115 x 30% - 50 = 0
        Answer a = ask("what exit wipes out the combined payoff deficit in bear?", null);
        assertEquals("658.190000", Results.value(a, "exit_valuation", 6), a.text());
        // bull: 70% of 115 over 50
        assertEquals("1.610000", Results.value(ask("circular x in bull?", null), "circular_return_ratio", 6));
        Answer b = ask("bear vs base: aws revenue - does it move at all", null);
        assertEquals(Route.NUMERIC, b.decision().route(), b.decision().cues().toString());
    }

    @Test
    void moves_and_relative_goals_in_other_words() {
        // 50/140 - 50/125
        Answer a = ask("capex at 140bn for 2026 - how many pts does the capex share shrink?", null);
        assertEquals(List.of("capex_share=-0.042857"), changes(a), a.text());
        // a stake worth 50 + 20: 70 x 830 / 50
        assertEquals("1162.000000", Results.value(ask("what exit gets the stake worth 20bn more than it is today", null), "exit_valuation", 6));
        // a MOIC of 1 + 0.5: 1.5 x 830
        assertEquals("1245.000000", Results.value(ask("exit for a moic half a turn above base?", null), "exit_valuation", 6));
        // five years less five is no hold at all: refused, not read as the model's own five
        Answer none = ask("trim the hold by 5 years - irr?", null);
        assertTrue(none.text().startsWith("I can't compute that"), none.text());
    }

    @Test
    void a_question_for_a_number_itself_shows_no_move() {
        Answer x = ask("how many x is the oai check vs the anthropic one", null);
        assertEquals(List.of(), changes(x), x.text());
        assertEquals("6.250000", Results.value(x, "openai_vs_anthropic_ratio", 6));
        Answer bn = ask("how many billions does aws book in bull", null);
        assertEquals(List.of(), changes(bn), bn.text());
    }
}
