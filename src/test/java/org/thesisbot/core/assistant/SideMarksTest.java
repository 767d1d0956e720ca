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
        return brain.ask(new Question(q, null, "analyst", "deals"));
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
}
