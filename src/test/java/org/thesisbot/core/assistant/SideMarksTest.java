package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * The asker's own mark on Anthropic and a markdown of it beside a question of the deal ({@link SideMarks}). In wordings of
 * my own; values by hand from config/scenario.yaml (base: $50B at $830B, exit flat, AWS 50% x $115B x 35% = $20.125B).
 */
class SideMarksTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return ask(q, null);
    }

    private Answer ask(String q, String thread) {
        return brain.ask(new Question(q, thread, "analyst", "deals"));
    }

    @Test
    void a_mark_and_a_markdown_said_as_context_are_no_inputs() {
        // the combined payoff as the model has it, base: 50 + 20.125 - 50 = 20.125; net of 12% of a 40bn mark (4.8): 15.325
        Answer a = ask("base combined payoff? we hold anthropic at ~40bn on our books and i'd knock 12% off it afterwards");
        assertEquals("20.125000", Results.value(a, "combined_payoff", 6), a.text());
        assertTrue(a.notes().stream().anyMatch(n -> n.contains("$4.8B") && n.contains("$15.33B")), a.notes().toString());
        // the stake alone: the 40bn is no check
        Answer b = ask("what % of openai do we own? (anthropic carry ~40bn)");
        assertEquals("0.060241", Results.value(b, "stake", 6), b.text());
    }

    @Test
    void a_markdown_the_deal_must_cover_is_the_combined_payoff_goal() {
        // 12% of a 40bn mark is 4.8: base combined payoff = 50 x exit / 830 + 20.125 - 50 = 4.8 -> exit = 830 x 34.675 / 50 = 575.605
        Answer a = ask("what openai exit lets the combined payoff absorb a 12% markdown on anthropic, which i carry at 40bn");
        assertEquals("575.605000", Results.value(a, "exit_valuation", 6), a.text());
        // a loss said as an amount: margin m with 50 + 57.5 m - 50 = 6 -> m = 0.104348
        Answer b = ask("in base, what aws margin makes the combined payoff cover the 6bn anthropic hit?");
        assertEquals("0.104348", Results.value(b, "aws_operating_margin", 6), b.text());
    }

    @Test
    void the_thread_keeps_the_mark_and_a_follow_up_changes_only_the_markdown() {
        String t = "mark-thread";
        // 15% of a 40bn mark is 6: base combined payoff 20.125, net 14.125
        Answer a = ask("base combined payoff? i carry anthropic at 40bn and expect a 15% markdown on it", t);
        assertEquals("20.125000", Results.value(a, "combined_payoff", 6), a.text());
        // the deal to cover the thread's markdown: 50 + 57.5 m - 50 = 6 -> m = 0.104348
        Answer b = ask("what aws margin makes the combined payoff cover that markdown?", t);
        assertEquals("0.104348", Results.value(b, "aws_operating_margin", 6), b.text());
        // only the markdown changes, the goal and the mark stay: 25% of 40 = 10 -> m = 10 / 57.5 = 0.173913
        Answer c = ask("and if the markdown is 25%?", t);
        assertEquals("0.173913", Results.value(c, "aws_operating_margin", 6), c.text());
        assertTrue(c.notes().stream().anyMatch(n -> n.contains("$10B") && n.contains("25%")), c.notes().toString());
        // leaving it: the stake alone, and no word of the markdown
        Answer d = ask("no markdown now: what's the stake worth?", t);
        assertEquals("50.000000", Results.value(d, "stake_value", 6), d.text());
        assertTrue(d.notes().stream().noneMatch(n -> n.toLowerCase(java.util.Locale.ROOT).contains("markdown")), d.notes().toString());
    }

    @Test
    void a_percent_in_a_thread_with_a_mark_is_its_markdown_only_in_the_marks_own_words() {
        String t = "mark-thread-2";
        ask("combined payoff in base? anthropic is on my book at 30bn", t);
        // "margin cut to 20%" is the margin, not a markdown: 50 + 57.5 x 0.2 - 50 = 11.5
        Answer a = ask("and with the margin cut to 20%?", t);
        assertEquals("11.500000", Results.value(a, "combined_payoff", 6), a.text());
        assertTrue(a.notes().stream().noneMatch(n -> n.contains("markdown")), a.notes().toString());
    }
}
