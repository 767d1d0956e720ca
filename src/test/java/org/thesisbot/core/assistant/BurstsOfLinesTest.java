package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * One question typed in bursts of Enter, as Slack users do: a line that ends on a word needing more, a line of a few words,
 * and Slack's star before a figure on a line of its own, which corrects the figure before it. Values by hand from
 * config/scenario.yaml ($50B into a $830B post; bear: 30% of $115B over 5 years).
 */
class BurstsOfLinesTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return brain.ask(new Question(q, null, "analyst", "deals"));
    }

    @Test
    void a_line_that_ends_on_a_preposition_runs_on_into_the_next() {
        // 1200 / 830
        assertEquals("1.4457831325", Results.value(ask("moic if oai exits at\n1.2T"), "moic", 10));
    }

    @Test
    void lines_of_a_few_words_are_pieces_of_one_question_not_notes_to_colleagues() {
        // 30% x 115 / 5
        assertEquals("6.9000000000", Results.value(ask("aws revenue from openai\neach year\nbear case"), "aws_compute_revenue_per_year", 10));
    }

    @Test
    void a_starred_figure_on_its_own_line_corrects_the_figure_before_it() {
        // (1500 / 830)^(1/6) - 1: the 6 years replace the 4, never multiply anything
        Answer a = ask("irr over 4 yrs at a 1.5T exit\n*6 yrs");
        assertEquals("0.1036605720", Results.value(a, "irr", 10), a.text());
    }
}
