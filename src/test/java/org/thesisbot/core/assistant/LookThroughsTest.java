package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;
import org.thesisbot.core.api.Route;

/**
 * Amazon's look-through (pro-rata) share of a quantity of OpenAI's that the model does not hold ({@link LookThroughs}): the
 * stake times the quantity, and a look-through target solved as a stake. In wordings of my own; values by hand from
 * config/scenario.yaml ($50B check, $100B round, post-money $830B).
 */
class LookThroughsTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q, String thread) {
        return brain.ask(new Question(q, thread, "analyst", "look-through"));
    }

    @Test
    void a_pro_rata_share_of_openai_revenue_is_the_stake_times_the_revenue() {
        // 50 / 1,000 = 5%; 5% of $16B = $0.8B
        Answer a = ask("say openai's revenue comes in at 16bn. at a 1tn post what's our pro-rata slice of it?", null);
        assertEquals(Route.NUMERIC, a.route(), a.decision().cues().toString());
        assertEquals("0.05", Results.value(a, "stake", 2), a.text());
        assertTrue(a.notes().stream().anyMatch(n -> n.startsWith("Look-through: 5% × $16B of OpenAI's revenue = $0.8B")), a.notes().toString());
    }

    @Test
    void a_count_is_looked_through_as_a_count() {
        // 50/830 of 2,000 people: 120.48, said as 120
        Answer a = ask("openai has 2,000 staff. how many of them are ours on a look-through basis at the 830 post?", null);
        assertTrue(a.notes().stream().anyMatch(n -> n.contains("× 2,000 of OpenAI's employees = 120 employees")), a.notes().toString());
    }

    @Test
    void a_look_through_target_is_solved_as_a_stake() {
        // $0.6B of $15B is 4%: a post-money of 50 / 4% = $1,250B
        Answer a = ask("openai revenue of 15bn - what post-money takes our look-through revenue to 0.6bn?", null);
        assertEquals("1250", Results.value(a, "post_money_valuation", 0), a.text());
        // a check for 2bn of a 25bn burn at the 830 post: 8% of 830
        Answer b = ask("openai burns 25bn of cash a year. what check keeps our pro-rata share of the burn at 2bn, at the 830 post?", null);
        assertEquals("66.4", Results.value(b, "investment", 1), b.text());
    }

    @Test
    void the_thread_keeps_the_quantity_for_a_new_figure_and_a_reverse_question() {
        String t = "lt:" + System.nanoTime();
        ask("assume openai's cash burn is 30bn a year. at a 1.2tn post how much of that burn is ours pro rata?", t);
        // a new burn in the thread's frame: 50/1200 of 36 = 1.5
        Answer b = ask("burn is 36bn now, same post", t);
        assertTrue(b.notes().stream().anyMatch(n -> n.startsWith("Look-through:") && n.contains("$36B of OpenAI's cash burn = $1.5B")), b.notes().toString());
        // our share of 36 kept under 1: a stake of 1/36, a post-money of 50 x 36 = 1,800
        Answer c = ask("what post-money keeps our share of that burn under 1bn a year?", t);
        assertEquals("1800", Results.value(c, "post_money_valuation", 0), c.text());
    }

    @Test
    void openai_revenue_without_a_look_through_is_not_looked_through() {
        Answer a = ask("openai revenue of 13bn - what's our stake at the 830 post?", null);
        assertTrue(a.notes().stream().noneMatch(n -> n.contains("Look-through")), a.notes().toString());
    }
}
