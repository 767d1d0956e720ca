package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * A question laid out as a worksheet, one labelled line each ("Premise: …", "Output: …"): the label starts its line, and
 * its capital is a line's, not a name the sources lack. In wordings of my own; values by hand from config/scenario.yaml
 * ($50B check, $830B post-money, 50% capture of $115B over 5 years).
 */
class LabelledLinesTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return brain.ask(new Question(q, null, "analyst", "deals"));
    }

    @Test
    void a_capitalised_label_at_a_line_start_is_not_a_name() {
        // 1200 x 50 / 830
        Answer a = ask("Premise: exit at 1.2T\nOutput: stake value");
        assertEquals("72.289157", Results.value(a, "stake_value", 6), a.text());
        // (1500 / 830)^(1/4) - 1
        Answer b = ask("Assumptions: hold 4 years, exit 1.5T\nRequired: IRR");
        assertEquals("0.159453", Results.value(b, "irr", 6), b.text());
        // 60% x 115 / 5
        Answer c = ask("Inputs: capture 60%\nResult: aws compute revenue per year");
        assertEquals("13.800000", Results.value(c, "aws_compute_revenue_per_year", 6), c.text());
    }
}
