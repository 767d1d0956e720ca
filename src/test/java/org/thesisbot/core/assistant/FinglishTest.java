package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * Finglish: Persian typed in Latin letters and mixed with English, as an analyst from Iran writes in Slack (config/lexicon.yaml).
 * In wordings of my own; values by hand from config/scenario.yaml ($50B check at an $830B post-money; AWS wins 50% of
 * OpenAI's $115B at 35%).
 */
class FinglishTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q, String thread) {
        return brain.ask(new Question(q, thread, "analyst", "deals"));
    }

    @Test
    void trillions_billions_percent_and_persian_digits_are_read() {
        // "hezar milliard" is a trillion, "٫" the decimal separator: 50/830 x 1300 = 78.313253
        assertEquals("78.313253", Results.value(ask("agar oai ba ۱٫۳ hezar milliard exit kone, arzesh-e stake-e ma chie?", null), "stake_value", 6));
        // "darsad" per cent: 50 / 8% = 625 of post-money
        assertEquals("625.000000", Results.value(ask("round bayad che post-money-i bashe ke 8 darsad begirim?", null), "post_money_valuation", 6));
    }

    @Test
    void a_yearly_figure_and_the_words_that_ask_are_read() {
        // "salaneh" a year: 10 a year is 50 over the window, 50 / 115 = 43.478261%
        assertEquals("0.434783", Results.value(ask("capture chand darsad lazeme ke aws salaneh 10 milliard revenue az oai dashte bashe?", null), "aws_capture_share", 6));
        // "chand sal" how many years; the stake worth what "arzesh" says: 1.2T is 1.4458x, 12% a year takes ln(1200/830) / ln 1.12 = 3.2529375
        assertEquals("3.252938", Results.value(ask("exit 1.2 hezar milliard, ta chand sal mishe negahesh dasht ghabl az inke irr biad zir-e 12 darsad?", null),
                "holding_years", 6));
    }
}
