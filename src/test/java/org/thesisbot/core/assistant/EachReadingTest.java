package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * A figure the asker is unsure of, with the answer asked under each reading ("exit or post? moic both ways"): each reading
 * answered side by side, where a question that asks for one answer gets the choice. In wordings of my own; values by hand
 * from config/scenario.yaml (base: $50B into a $830B post with a $100B round, exit $830B, OpenAI's compute $115B over 5
 * years).
 */
class EachReadingTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return brain.ask(new Question(q, null, "analyst", "deals"));
    }

    private static List<String> values(Answer a) {
        return a.results().stream().map(r -> r.metric() + "=" + r.value().setScale(6, RoundingMode.HALF_UP).toPlainString()).toList();
    }

    @Test
    void a_figure_the_reader_can_take_two_ways_is_answered_both_ways_when_both_are_asked() {
        // 2400/830 as the exit; 830/2400 as the post
        Answer a = ask("2.4T: exit or post-money? moic both ways");
        assertEquals(List.of("moic=2.891566", "moic=0.345833"), values(a), a.text());
        assertTrue(a.clarify().isEmpty(), a.text());
        assertTrue(a.text().startsWith("*1) $2.4T as OpenAI's exit valuation"), a.text());
    }

    @Test
    void the_askers_own_two_readings_are_each_answered() {
        // 50/1050 as a pre-money (the $100B round on top); 50/950 as the post
        Answer a = ask("the 950 number - pre or post? our stake under each reading");
        assertEquals(List.of("stake=0.047619", "stake=0.052632"), values(a), a.text());
        assertTrue(a.text().startsWith("*1) As pre:*"), a.text());
        // 12/23 a year (115 over 5 years); 12/115 in total
        Answer b = ask("aws books 12bn off oai - is that a year or in total? capture share on each reading");
        assertEquals(List.of("aws_capture_share=0.521739", "aws_compute_revenue_per_year=12.000000", "aws_capture_share=0.104348",
                "aws_compute_revenue=12.000000"), values(b), b.text());
    }

    @Test
    void one_answer_asked_under_each_reading_said_with_if() {
        // as the exit: 3000/830; as the post: 50/3000
        Answer a = ask("3T for oai - if it's the exit, moic; if it's the post, our %");
        assertTrue(values(a).contains("moic=3.614458") && values(a).contains("stake=0.016667"), values(a).toString());
    }

    @Test
    void without_asking_for_both_one_reading_is_answered() {
        Answer a = ask("950 - pre or post? our stake");
        assertEquals(1, a.results().size(), a.text());
    }

    @Test
    void a_name_alone_as_the_last_sentence_is_asked_without_its_question_mark() {
        // 12/23
        Answer a = ask("aws books 12bn a year off oai. capture share");
        assertEquals(List.of("aws_capture_share=0.521739", "aws_compute_revenue_per_year=12.000000"), values(a), a.text());
    }
}
