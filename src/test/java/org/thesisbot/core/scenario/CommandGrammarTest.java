package org.thesisbot.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CommandGrammarTest {
    private final CommandGrammar grammar = new CommandGrammar(TestModels.real());

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "help", "HELP", "?"})
    void empty_and_help_give_help(String text) {
        assertInstanceOf(Command.Help.class, grammar.parse(text));
    }

    @Test
    void list_lists() {
        assertInstanceOf(Command.ListAll.class, grammar.parse("list"));
    }

    @Test
    void scenario_names_give_summaries() {
        assertEquals("bull", ((Command.ScenarioSummary) grammar.parse("bull")).scenario());
        assertEquals("bear", ((Command.ScenarioSummary) grammar.parse(" Bear ")).scenario());
        assertEquals("base", ((Command.ScenarioSummary) grammar.parse("base")).scenario());
    }

    @Test
    void compare_with_and_without_metrics() {
        assertEquals(List.of(), ((Command.Compare) grammar.parse("compare")).metrics());
        assertEquals(List.of(Metric.IRR, Metric.MOIC), ((Command.Compare) grammar.parse("compare irr moic")).metrics());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "stake post_money_valuation=1T          | stake | post_money_valuation | 1000",
            "stake post_money_valuation=1,000B      | stake | post_money_valuation | 1000",
            "stake post_money_valuation=1000        | stake | post_money_valuation | 1000",
            "stake post-money-valuation=$1.2T       | stake | post_money_valuation | 1200",
            "aws_compute_profit aws_capture_share=60% | aws_compute_profit | aws_capture_share | 0.6",
            "aws_compute_profit aws_capture_share=0.6 | aws_compute_profit | aws_capture_share | 0.6",
            "irr holding_years=7                    | irr | holding_years | 7",
            "moic exit_valuation=1.5t               | moic | exit_valuation | 1500",
            "gain investment=500M                   | gain | investment | 0.5",
    })
    void metric_with_overrides(String text, String metric, String input, String value) {
        Command.MetricQuery q = (Command.MetricQuery) grammar.parse(text);
        assertEquals(metric, q.metric().id());
        assertEquals(0, new BigDecimal(value).compareTo(q.overrides().get(input)), text);
        assertEquals("base", q.scenario());
    }

    @Test
    void metric_with_scenario_and_override() {
        Command.MetricQuery q = (Command.MetricQuery) grammar.parse("irr bull holding_years=3");
        assertEquals("bull", q.scenario());
        assertEquals(0, BigDecimal.valueOf(3).compareTo(q.overrides().get("holding_years")));
    }

    @Test
    void unknown_metric_lists_the_closest_names() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> grammar.parse("stak"));
        assertTrue(e.getMessage().startsWith("unknown metric 'stak'. Did you mean: stake"), e.getMessage());
        InvalidInputException e2 = assertThrows(InvalidInputException.class, () -> grammar.parse("compare irrr"));
        assertTrue(e2.getMessage().contains("Did you mean: irr"), e2.getMessage());
        InvalidInputException e3 = assertThrows(InvalidInputException.class, () -> grammar.parse("stake_val"));
        assertTrue(e3.getMessage().contains("stake_value"), e3.getMessage());
    }

    @Test
    void unknown_input_lists_the_closest_names() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> grammar.parse("stake valuation=1T"));
        assertTrue(e.getMessage().startsWith("unknown input 'valuation'. Did you mean:"), e.getMessage());
        assertTrue(e.getMessage().contains("post_money_valuation") && e.getMessage().contains("exit_valuation"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "stake post_money_valuation=0           | must be more than zero",
            "stake post_money_valuation=-5          | must be more than zero",
            "aws_compute_profit aws_capture_share=1.5 | between 0% and 100%",
            "aws_compute_profit aws_capture_share=60 | must be between 0% and 100% (got 60): write a fraction such as 0.6 or a percent such as 60%",
            "aws_compute_profit aws_operating_margin=120% | between 0% and 100%",
            "irr holding_years=0                    | more than zero years",
            "stake post_money_valuation=abc         | is not a number I can read",
            "stake post_money_valuation=            | needs a value",
            "stake post_money_valuation=60%         | does not fit post_money_valuation",
            "stake moon post_money_valuation=1T     | neither a scenario nor input=value",
    })
    void invalid_values_get_clear_errors(String text, String fragment) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> grammar.parse(text));
        assertTrue(e.getMessage().contains(fragment), text + " -> " + e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"what's the stake at $1T?", "why is amazon doing this", "stake at 1T please"})
    void anything_else_is_free_text_for_the_interpreter(String text) {
        assertInstanceOf(Command.FreeText.class, grammar.parse(text));
    }
}
