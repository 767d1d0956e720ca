package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.api.Question;
import org.thesisbot.core.api.Route;

/**
 * The readings added in the ninth session, in wordings of my own (not the blind sets'): numbered asks, notation, ratios
 * said as a division, a thread's bare number, an input named alone, guesses at the answer, asides naming others. Every
 * expected value is computed by hand from config/scenario.yaml.
 */
class SessionNineReadingsTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return brain.ask(Question.of(q));
    }

    private Answer ask(String q, String thread) {
        return brain.ask(new Question(q, thread, "u", "test"));
    }

    private static String value(Answer a, String metric, int scale) {
        for (MetricResult r : a.results()) {
            if (r.metric().equals(metric)) {
                return r.value().setScale(scale, RoundingMode.HALF_UP).toPlainString();
            }
        }
        throw new AssertionError("no " + metric + " in " + a.results() + " / " + a.decision().cues());
    }

    @Test
    void numbered_asks_are_two_questions_and_their_numbers_are_no_figures() {
        Answer a = ask("Two things: 1) what % of OpenAI does the $50bn buy at a 1.25T post 2) what pre-money does that mean?");
        assertEquals("0.0400000000", value(a, "stake", 10)); // 50 / 1250
        assertEquals("1150", value(a, "pre_money_valuation", 0)); // 1250 - 100
        assertTrue(a.notes().stream().noneMatch(n -> n.contains("didn't use 1") || n.contains("didn't use 2")), a.notes().toString());
    }

    @Test
    void notation_from_maths_is_read() {
        assertEquals("2075", value(ask("exit s.t. moic = 2.5x?"), "exit_valuation", 0)); // 2.5 * 830
        // 830 * 1.25^4: the stake is worth 1.25^4 times the 50 when the exit is that multiple of the post-money
        assertEquals("2026.3671875", value(ask("irr target of 25%, 4 years, required exit?"), "exit_valuation", 7));
    }

    @Test
    void a_ratio_said_as_a_division_names_its_metric() {
        assertEquals("0.6900000000", value(ask("aws rev / check in bear?"), "circular_return_ratio", 10)); // 0.3 * 115 / 50
        assertEquals("6.2500000000", value(ask("how many times the anthropic check is the openai one?"),
                "openai_vs_anthropic_ratio", 10)); // 50 / 8
        Answer fight = ask("is it awkward for amazon to sit on both sides of the openai / anthropic rivalry?");
        assertFalse(fight.route() == Route.NUMERIC, "a slash between two names is no sum: " + fight.decision().cues());
    }

    @Test
    void a_bare_number_in_a_thread_replaces_the_figure_it_fits() {
        String t = "s9-bare";
        ask("irr at a 1.5T exit over 4 yrs", t);
        Answer six = ask("same but 6", t);
        assertEquals("0.1036605720", value(six, "irr", 10)); // (1500/830)^(1/6) - 1
        String both = "s9-both";
        ask("aws compute profit at a 30% margin and a 60% capture share", both);
        Answer forty = ask("make it 40", both);
        assertFalse(forty.clarify().isEmpty(), "40 fits the margin and the share alike: offered, not guessed: " + forty.text());
    }

    @Test
    void an_input_named_alone_with_a_scenario_asks_its_value() {
        Answer a = ask("bull margin you plug?");
        assertEquals("0.40", value(a, "aws_operating_margin", 2));
        assertEquals(MetricResult.Kind.INPUT, a.results().get(0).kind());
    }

    @Test
    void a_guess_after_the_question_is_checked_not_used() {
        Answer moic = ask("moic at a 1.5T exit - roughly 2x?");
        assertEquals("1.8072289157", value(moic, "moic", 10)); // 1500 / 830
        assertTrue(moic.notes().stream().anyMatch(n -> n.contains("2x") && n.contains("checking")), moic.notes().toString());
        Answer exit = ask("what exit for a 3x? 2.5T-ish?");
        assertEquals("2490", value(exit, "exit_valuation", 0)); // 3 * 830
    }

    @Test
    void an_aside_naming_someone_else_does_not_stop_the_answer() {
        Answer a = ask("stake at a 1.25T post? looks tiny next to msft's bet");
        assertEquals(Route.NUMERIC, a.route(), a.decision().cues().toString());
        assertEquals("0.0400000000", value(a, "stake", 10));
        Answer about = ask("what multiple has microsoft made on its openai stake?");
        assertFalse(about.route() == Route.NUMERIC, "a question about Microsoft itself is still not covered");
    }

    @Test
    void private_equity_shorthand() {
        assertEquals("2.4096385542", value(ask("MoM if oai exits at 2T"), "moic", 10)); // 2000 / 830
        assertEquals("1.8072289157", value(ask("moci in the upside case?"), "moic", 10)); // bull: 1500 / 830
    }
}
