package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.api.Question;

/**
 * A probability tree on the model's inputs ({@link Trees}, {@link TreeReplies}): each leaf computed exactly, the expected
 * value weighted by the leaves' probabilities, and goals on it solved. In wordings of my own; values by hand (Python's
 * decimal module) from config/scenario.yaml (base: $50B at an $830B post, exit $830B, 5 years; $115B of compute spend,
 * 50% of it to AWS at a 35% margin).
 */
class TreesTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q, String thread) {
        return brain.ask(new Question(q, thread, "analyst", "deals"));
    }

    private static MetricResult expected(Answer a, String metric) {
        return a.results().stream().filter(r -> r.metric().equals(metric) && r.kind() == MetricResult.Kind.EXPECTED).findFirst()
                .orElseThrow(() -> new AssertionError("no expected " + metric + " in " + a.text()));
    }

    @Test
    void each_leaf_is_computed_and_weighted_by_its_probability() {
        // stake = 50 / 1000 x exit: 0.25 x 100 + 0.5 x 45 + 0.25 x 20
        Answer a = ask("decision tree. exit: 2T (25%) / 900bn (50%) / 400bn (25%), post at 1T. expected value of our stake?", null);
        assertEquals("52.500000", expected(a, "stake_value").value().setScale(6).toPlainString(), a.text());
        assertTrue(expected(a, "stake_value").formula().contains("0.25 \u00d7 $100B + 0.5 \u00d7 $45B + 0.25 \u00d7 $20B"), a.text());
        // two independent nodes, odds written as fractions after a slash: moic = exit / post on each of four leaves
        // 0.5 x 0.25 x 2 + 0.5 x 0.75 x 1 + 0.5 x 0.25 x 1.6 + 0.5 x 0.75 x 0.8 = 1.125; below 1x only (1T post, 800bn exit)
        Answer b = ask("node 'entry': 800 post / .5, 1T post / .5; node 'exit': 1.6T / .25, 800bn / .75. expected moic, and P(moic < 1)?", null);
        assertEquals("1.125000", expected(b, "moic").value().setScale(6).toPlainString(), b.text());
        assertTrue(b.text().contains("Probability that multiple on invested capital (MOIC) is below 1.00x: 37.5%"), b.text());
    }

    @Test
    void odds_that_do_not_come_to_one_are_no_tree() {
        Answer a = ask("exit node: 2T (30%) / 1T (30%). expected value of our stake?", null);
        assertFalse(a.results().stream().anyMatch(r -> r.kind() == MetricResult.Kind.EXPECTED), a.text());
    }

    @Test
    void a_tree_of_more_branches_than_the_bound_is_not_read_as_one() {
        // sixteen branches at 5% and one at 20%: odds that come to one, but seventeen branches
        StringBuilder q = new StringBuilder("exit node: ");
        for (int i = 1; i <= 16; i++) {
            q.append(i * 100).append("bn (5%) / ");
        }
        q.append("2T (20%). expected value of our stake?");
        assertFalse(Trees.find(q.toString()).isPresent(), q.toString());
        // the same with its last two branches merged (sixteen) is a tree
        String sixteen = q.toString().replace("1600bn (5%) / 2T (20%)", "2T (25%)");
        assertTrue(Trees.find(sixteen).isPresent(), sixteen);
    }

    @Test
    void a_goal_on_the_expected_value_is_solved_for_an_unknown_branch_or_an_input_the_same_on_every_branch() {
        // aws profit = 115 x 0.5 x margin: 0.25 x 57.5 x 0.5 + 0.75 x 57.5 x m = 20, m = 12.8125 / 43.125
        Answer a = ask("margin node: 50% (25%) / m (75%). what m brings the expected aws operating profit to 20bn?", null);
        assertEquals("0.2971014493", Results.value(a, "aws_operating_margin", 10), a.text());
        assertTrue(a.text().startsWith("*To bring the expected AWS operating profit"), a.text());
        // the stake = 50 / post x exit, so the expected stake is 50 x 900 / post: a straight line in 1 / post
        Answer b = ask("exit node: 1.2T (50%) / 600bn (50%). what post-money, same on every branch, gets the expected stake value to 50bn?", null);
        assertEquals("900.000000", Results.value(b, "post_money_valuation", 6), b.text());
    }

    @Test
    void an_unknown_branch_beside_an_independent_node_is_solved_across_every_leaf_it_ends() {
        // moic = exit / post; E = 0.5 x (0.6 x 1500/830 + 0.4 x 1500/1000) + 0.5 x x x (0.6/830 + 0.4/1000) = 1.5
        Answer a = ask("exit node: 1.5T (50%) / x (50%); pricing node: 830 post (60%) / 1T post (40%). what does x need to be for an expected moic of 1.5x?", null);
        assertEquals("1171.673820", Results.value(a, "exit_valuation", 6), a.text());
        assertTrue(a.notes().stream().anyMatch(n -> n.contains("x ends 2 leaves (p 50% together)")), a.notes().toString());
        assertEquals("1.500000", expected(a, "moic").value().setScale(6, java.math.RoundingMode.HALF_EVEN).toPlainString());
        // a goal that moves with x along no line (the irr over a hold that is x) is refused in words, not guessed
        Answer b = ask("hold node: 3 yrs (50%) / x (50%); exit node: 1.2T (50%) / 600bn (50%). what x gets the expected irr to 5%?", null);
        assertTrue(b.results().isEmpty() && b.text().contains("can't compute"), b.text());
    }

    @Test
    void the_thread_keeps_the_tree_and_a_follow_up_adds_a_node_to_it() {
        String t = "tree-thread";
        // moic = exit / 1000: 0.5 x 1.2 + 0.5 x 0.6
        assertEquals("0.900000", expected(ask("exit node: 1.2T (50%) / 600bn (50%). post at 1T. expected moic?", t), "moic")
                .value().setScale(6).toPlainString());
        // four leaves, irr = moic^(1/years) - 1, each at 0.25
        Answer irr = ask("add node 'hold': 4 yrs (50%) / 6 yrs (50%). expected irr?", t);
        assertEquals("-0.0310034752", expected(irr, "irr").value().setScale(10, java.math.RoundingMode.HALF_UP).toPlainString(), irr.text());
    }
}
