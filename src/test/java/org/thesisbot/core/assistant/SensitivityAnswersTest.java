package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.BadQuestionException;
import org.thesisbot.core.api.Chart;
import org.thesisbot.core.api.Grid;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.api.Question;
import org.thesisbot.core.api.Route;

class SensitivityAnswersTest {
    private final RoutingAssistant brain = TestBrains.offline().brain().assistant();

    @Test
    void every_example_in_the_command_help_runs() {
        String help = brain.command("help", "u").text();
        Matcher m = Pattern.compile("`/scenario ([^`<\\[]+)`").matcher(help);
        List<String> examples = new ArrayList<>();
        while (m.find()) {
            examples.add(m.group(1).trim());
        }
        assertTrue(examples.size() >= 10, "examples found: " + examples);
        assertTrue(examples.contains("grid irr exit_valuation=500B..2T holding_years=3..7"), examples.toString());
        assertTrue(examples.contains("tornado irr exit_valuation=1T"), examples.toString());
        assertTrue(examples.contains("chart compare moic irr"), examples.toString());
        for (String e : examples) {
            Answer a = brain.command(e, "u");
            assertFalse(a.text().isBlank(), e);
            if (e.startsWith("grid") || e.startsWith("tornado") || e.startsWith("chart")) {
                assertEquals(1, a.charts().size(), "one chart for " + e);
            }
        }
    }

    @Test
    void every_slash_example_in_the_readme_runs_and_draws() throws java.io.IOException {
        List<String> examples = new ArrayList<>();
        for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("README.md"))) {
            Matcher m = Pattern.compile("^/scenario ((?:grid|tornado|chart)[^#]*)").matcher(line.trim());
            if (m.find()) {
                examples.add(m.group(1).trim());
            }
        }
        assertTrue(examples.size() >= 7, "README examples: " + examples);
        for (String e : examples) {
            Answer a = brain.command(e, "u");
            assertEquals(1, a.charts().size(), "one chart for " + e + ": " + a.text());
            assertFalse(a.results().isEmpty(), e);
        }
    }

    @Test
    void a_grid_command_answers_with_the_base_case_the_grid_a_table_and_a_heatmap() {
        Answer a = brain.command("grid irr exit_valuation=500B..2T holding_years=3..7", "u");
        assertEquals(Route.NUMERIC, a.route());
        MetricResult base = a.results().get(0);
        assertEquals("irr", base.metric());
        assertEquals(BigDecimal.ZERO, base.value());
        Grid g = base.grid();
        assertNotNull(g);
        assertEquals(7, g.rows().size());   // $500B to $2T by $250B
        assertEquals(5, g.cols().size());   // 3 to 7 years
        assertEquals(new BigDecimal("-0.09639550555959134564338255434950366"), g.cell(0, 2)); // (500/830)^(1/5) - 1
        Chart chart = a.charts().get(0);
        assertEquals(Chart.Kind.HEATMAP, chart.kind());
        assertEquals("IRR by exit valuation and holding years (base case)", chart.title());
        assertTrue(chart.alt().startsWith("Heat map of IRR (base case) by exit valuation ($500B to $2T) and holding years (3 years to 7 years)"), chart.alt());
        assertTrue(a.text().contains("-9.64%"), a.text());
        assertTrue(a.text().contains("```"), "a monospace table");
        assertTrue(a.text().contains("The base case ($830B, 5 years) is not on this grid"), a.text());
        assertTrue(a.text().contains("*Formula* `irr = MOIC^(1/holding_years) - 1`; at the base case `1.00x^(1/5) - 1 = 0%`"), a.text());
        assertTrue(a.text().contains("varied, $500B to $2T (base $830B)"), a.text());
        assertTrue(a.text().contains("• Amazon's investment in OpenAI: $50B — \"potential $50 billion investment in OpenAI\""), "the other inputs keep their sources: " + a.text());
    }

    @Test
    void irr_by_exit_valuation_and_holding_years_asked_in_words_is_a_grid() {
        Answer a = brain.ask(new Question("irr by exit valuation and holding years", null, "u", "test"));
        Grid g = a.results().get(0).grid();
        assertEquals("exit_valuation", g.rows().input());
        assertEquals("holding_years", g.cols().input());
        assertEquals(2, g.rows().baseIndex());
        assertTrue(a.text().contains("0%*"), "the base cell is starred: " + a.text());
    }

    @Test
    void the_stake_between_two_post_money_valuations_is_a_line_chart() {
        Answer a = brain.ask(new Question("how does the stake change between a $700B and a $1T post-money?", "t-stake", "u", "test"));
        Grid g = a.results().get(0).grid();
        assertEquals("post_money_valuation", g.rows().input());
        assertEquals(new BigDecimal("0.05"), g.cell(6, 0));
        assertEquals(Chart.Kind.LINE, a.charts().get(0).kind());
        // the thread remembers the metric: a plain follow-up still works
        Answer next = brain.ask(new Question("and at $900B?", "t-stake", "u", "test"));
        assertEquals("stake", next.results().get(0).metric());
    }

    @Test
    void what_matters_most_for_the_payoff_is_a_ranked_tornado() {
        Answer a = brain.ask(new Question("what matters most for the payoff?", null, "u", "test"));
        assertEquals("combined_payoff", a.results().get(0).metric());
        assertEquals("exit_valuation", a.results().get(0).tornado().bars().get(0).input());
        assertEquals(Chart.Kind.TORNADO, a.charts().get(0).kind());
        assertTrue(a.text().startsWith("*What matters most for combined payoff* (base case: $20.13B"), a.text());
        assertTrue(a.text().contains("*: $500B → $1.5T (bear → bull) moves it from $0.25B to $60.49B, a swing of $60.24B"), a.text());
    }

    @Test
    void comparing_the_scenarios_keeps_the_usual_answer_and_adds_grouped_bars() {
        Answer a = brain.ask(new Question("compare the scenarios", null, "u", "test"));
        assertTrue(a.results().size() >= 3, a.results().toString());
        assertEquals(Chart.Kind.BARS, a.charts().get(0).kind());
        Answer plain = brain.command("compare", "u");
        assertTrue(plain.charts().isEmpty(), "/scenario compare stays text; chart compare draws");
        assertEquals(1, brain.command("chart compare irr", "u").charts().size());
    }

    @Test
    void ordinary_numeric_questions_get_no_chart() {
        Answer a = brain.ask(Question.of("What stake does $50B buy at $830B?"));
        assertTrue(a.charts().isEmpty());
        assertEquals(null, a.results().get(0).grid());
    }

    @Test
    void a_grid_beyond_15_values_is_a_clear_error() {
        BadQuestionException e = assertThrows(BadQuestionException.class,
                () -> brain.command("grid irr exit_valuation=500B..2T step 50B", "u"));
        assertTrue(e.getMessage().contains("gives 31 values; a grid takes at most 15 per input"), e.getMessage());
    }
}
