package org.thesisbot.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SensitivityQuestionsTest {
    private final ScenarioModel model = TestModels.real();
    private final org.thesisbot.core.reading.Reader reader = TestModels.reader();
    private final SensitivityQuestions questions = new SensitivityQuestions(model, q -> reader.read(q, null).metrics());

    private SensitivityRequest read(String q) {
        Optional<SensitivityRequest> r = questions.read(q);
        assertTrue(r.isPresent(), "not read as a sensitivity question: " + q);
        return r.get();
    }

    private static List<BigDecimal> values(String... v) {
        return java.util.Arrays.stream(v).map(BigDecimal::new).toList();
    }

    private static void assertValues(List<BigDecimal> expected, Range r) {
        assertEquals(expected.size(), r.values().size(), "values " + r.values());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(0, expected.get(i).compareTo(r.values().get(i)), "value " + i + " of " + r.values());
        }
    }

    @Test
    void irr_by_exit_valuation_and_holding_years_is_a_two_way_grid_with_default_ranges() {
        SensitivityRequest r = read("irr by exit valuation and holding years");
        assertEquals(SensitivityRequest.Kind.GRID, r.kind());
        assertEquals(Metric.IRR, r.metric());
        assertEquals("exit_valuation", r.rows().input());
        assertEquals("holding_years", r.cols().input());
        // bear $500B to bull $1.5T by $200B (six values, nearest seven), with the base $830B added; years 5 ± 3 by 1
        assertValues(values("500", "700", "830", "900", "1100", "1300", "1500"), r.rows());
        assertValues(values("2", "3", "4", "5", "6", "7", "8"), r.cols());
    }

    @Test
    void stake_between_two_post_money_valuations_is_a_one_way_grid_landing_on_both_ends() {
        SensitivityRequest r = read("how does the stake change between a $700B and a $1T post-money?");
        assertEquals(Metric.STAKE, r.metric());
        assertEquals("post_money_valuation", r.rows().input());
        assertNull(r.cols());
        assertValues(values("700", "750", "800", "850", "900", "950", "1000"), r.rows());
    }

    @Test
    void an_explicit_step_is_used() {
        SensitivityRequest r = read("moic for exit valuations from $500B to $2T in steps of $250B");
        assertEquals(Metric.MOIC, r.metric());
        assertEquals("exit_valuation", r.rows().input());
        assertValues(values("500", "750", "1000", "1250", "1500", "1750", "2000"), r.rows());
        SensitivityRequest dots = read("irr with exit valuation 500B..2T step 500B");
        assertValues(values("500", "1000", "1500", "2000"), dots.rows());
    }

    @Test
    void a_range_of_years_sets_the_holding_period() {
        SensitivityRequest r = read("what does the IRR look like from 3 to 7 years?");
        assertEquals(Metric.IRR, r.metric());
        assertEquals("holding_years", r.rows().input());
        assertValues(values("3", "4", "5", "6", "7"), r.rows());
    }

    @Test
    void a_range_and_a_by_input_make_two_axes() {
        SensitivityRequest r = read("combined payoff for capture shares between 30% and 70% by margin");
        assertEquals(Metric.COMBINED_PAYOFF, r.metric());
        assertEquals("aws_capture_share", r.rows().input());
        assertValues(values("0.3", "0.35", "0.4", "0.45", "0.5", "0.55", "0.6", "0.65", "0.7"), r.rows());
        assertEquals("aws_operating_margin", r.cols().input());
    }

    @ParameterizedTest
    @ValueSource(strings = {"what matters most for the payoff?", "Which assumption matters most for the IRR?",
            "what are the biggest drivers of the combined payoff", "tornado for moic"})
    void what_matters_most_is_a_tornado(String q) {
        assertEquals(SensitivityRequest.Kind.TORNADO, read(q).kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {"what margin do you use in bull and bear? it's the margin bar on my tornado",
            "for the tornado footnote: what does the author say the deal hinges on"})
    void a_tornado_named_as_where_the_answer_goes_is_no_tornado_asked(String q) {
        assertTrue(questions.read(q).isEmpty(), q);
    }

    @Test
    void the_tornado_keeps_the_metric_named() {
        assertEquals(Metric.IRR, read("Which assumption matters most for the IRR?").metric());
    }

    @ParameterizedTest
    @ValueSource(strings = {"compare the scenarios", "show me bear/base/bull side by side", "chart the scenarios"})
    void scenarios_side_by_side_is_a_comparison(String q) {
        assertEquals(SensitivityRequest.Kind.COMPARE, read(q).kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {"What stake does $50B buy at $830B?", "what's the IRR if OpenAI is worth $1.5T?",
            "Why would Amazon back a rival of Anthropic?", "how much will openai spend on compute between 2025 and 2029?",
            "what is the moic at $1T over 7 years", "If Amazon invests $50B and OpenAI is valued at $830B, what stake?",
            "what does AWS earn if it wins 60% of OpenAI's compute spend?", "irr by exit", "help",
            "what's the IRR if OpenAI goes from $830B to $1.5T over 5 years?", "stake w/ post money of -830b",
            "aws compute profit if aws captures 130% of oai's compute spend", "moic with an exit valuation of $1.5T"})
    void ordinary_questions_are_not_sensitivity_questions(String q) {
        assertEquals(Optional.empty(), questions.read(q), q);
    }

    @Test
    void too_many_values_is_a_clear_error() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> questions.read("irr for exit valuations from $500B to $2T in steps of $50B"));
        assertTrue(e.getMessage().contains("31 values"), e.getMessage());
        assertTrue(e.getMessage().contains("at most 15"), e.getMessage());
    }
}
