package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;
import org.thesisbot.core.api.Route;

/**
 * Questions asked with their answers to choose from, as a quiz or a poll asks them, in wordings of my own. Values by hand
 * from config/scenario.yaml ($50B check, $830B post-money and exit, 5-year hold, $115B compute, 50% capture, 35% margin;
 * bull margin 40%).
 */
class ChoicesTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return brain.ask(new Question(q, null, "analyst", "deals"));
    }

    @Test
    void the_choices_are_no_figures_of_the_question_and_the_answer_names_the_right_one() {
        // 2x on $50B is $100B; at a 50/830 stake the exit is $1.66T
        Answer a = ask("to double our money, openai has to exit at: (a) 1.4T (b) 1.66T (c) 2T (d) 2.5T - which one?");
        assertEquals("1660.000000", Results.value(a, "exit_valuation", 6));
        assertTrue(a.text().startsWith("Of your choices, (b) 1.66T is it"), a.text());
    }

    @Test
    void a_choice_written_rounded_is_the_nearest_and_a_band_holds_its_number() {
        // 50% x $115B x 38% = $21.85B, written "21.9"
        Answer a = ask("AWS books 38% margin on the compute. Profit over the window is (a) $15B (b) $21.9B (c) $30B?");
        assertEquals("21.850000", Results.value(a, "aws_compute_profit", 6));
        assertTrue(a.text().startsWith("Of your choices, (b) $21.9B is it"), a.text());
        Answer band = ask("exit needed for a 15% irr over 5 yrs: (a) below $1.5T (b) between $1.5T and $2T (c) over $2T?");
        assertTrue(band.text().startsWith("Of your choices, (b) between $1.5T and $2T is it"), band.text());
    }

    @Test
    void when_no_choice_is_the_number_the_answer_says_so() {
        Answer a = ask("the base case moic is (a) 0.5x (b) 2x (c) 3x?");
        assertEquals("1.000000", Results.value(a, "moic", 6));
        assertTrue(a.text().startsWith("None of your choices is it"), a.text());
    }

    @Test
    void an_input_asked_yes_or_no_over_figure_choices_is_looked_up() {
        Answer a = ask("bull case: is the aws margin assumed at (a) 30% (b) 40% (c) 50%?");
        assertEquals(Route.NUMERIC, a.route(), a.text());
        assertTrue(a.text().startsWith("Of your choices, (b) 40% is it"), a.text());
    }

    @Test
    void a_list_of_conditions_is_no_choices_and_each_is_asked() {
        // "moic at 1) 1.2T 2) 1.5T": no moic can be one of two valuations, so the list is asked as written, at each exit
        Answer a = ask("what's the moic at 1) 1.2T 2) 1.5T");
        assertEquals(List.of("1.445783", "1.807229"), a.results().stream().filter(r -> r.metric().equals("moic"))
                .map(r -> r.value().setScale(6, java.math.RoundingMode.HALF_UP).toPlainString()).toList()); // 50/830 x exit / 50
        assertFalse(a.text().contains("choices"), a.text());
    }

    @Test
    void choices_in_words_are_read_as_written() {
        // "(a) board seats (b) observer rights" may be the question's topic: kept
        assertTrue(Choices.find("which rights would amazon get: (a) board seats (b) observer rights (c) information rights?").isEmpty());
        assertTrue(Choices.find("if the round is done at a 1T post - 1) our stake 2) the moic if oai exits at 1.5T").isEmpty());
    }

    @Test
    void numbered_questions_and_lists_without_a_question_before_them_are_no_choices() {
        assertTrue(Choices.find("two checks: 1) what exit makes 2.5x 2) same for 4x").isEmpty());
        assertTrue(Choices.find("(a) irr at 1.2T (b) moic at 1.2T").isEmpty());
        assertTrue(Choices.find("stake at a post of (a) $1T; and separately what is (b) about").isEmpty());
        Choices.Found f = Choices.find("the stake is (a) 5% (b) 6% (c) 7%? and what does the article say about dilution").orElseThrow();
        assertEquals("the stake is what? and what does the article say about dilution", f.stem());
        assertEquals(List.of("5%", "6%", "7%"), f.choices().stream().map(Choices.Choice::text).toList());
        assertFalse(f.choices().isEmpty());
    }
}
