package org.thesisbot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thesisbot.core.scenario.ScenarioModel;
import org.thesisbot.core.api.Unit;

class ScenarioYamlLoaderTest {
    private final ScenarioYamlLoader loader = new ScenarioYamlLoader();

    @Test
    void the_shipped_model_has_every_input_from_the_issue_with_its_provenance() {
        ScenarioModel m = loader.load(Path.of("config", "scenario.yaml"));
        assertValue(m, "investment", "50", Unit.USD_BILLIONS, false);
        assertValue(m, "round_size", "100", Unit.USD_BILLIONS, false);
        assertValue(m, "post_money_valuation", "830", Unit.USD_BILLIONS, false);
        assertValue(m, "capex_2026", "125", Unit.USD_BILLIONS, false);
        assertValue(m, "openai_compute_spend", "115", Unit.USD_BILLIONS, false);
        assertValue(m, "compute_years", "5", Unit.YEARS, false);
        assertValue(m, "anthropic_investment", "8", Unit.USD_BILLIONS, false);
        assertValue(m, "anthropic_campus", "11", Unit.USD_BILLIONS, false);
        assertValue(m, "aws_capture_share", "0.50", Unit.RATIO, true);
        assertValue(m, "aws_operating_margin", "0.35", Unit.RATIO, true);
        assertValue(m, "exit_valuation", "830", Unit.USD_BILLIONS, true);
        assertValue(m, "holding_years", "5", Unit.YEARS, true);
        assertEquals(0, new BigDecimal("1500").compareTo(m.scenario("bull").orElseThrow().overrides().get("exit_valuation")));
        assertEquals(0, new BigDecimal("500").compareTo(m.scenario("bear").orElseThrow().overrides().get("exit_valuation")));
        assertTrue(m.scenario("base").orElseThrow().overrides().isEmpty());
        assertEquals("could value it at $830 billion", m.require("post_money_valuation").provenance().quote());
    }

    @Test
    void editing_a_value_is_all_it_takes() {
        String yaml = shipped().replace("value: 0.35", "value: 0.25");
        ScenarioModel m = loader.parse(yaml, "scenario.yaml");
        assertEquals(0, new BigDecimal("0.25").compareTo(m.require("aws_operating_margin").value()));
    }

    @Test
    void a_value_that_is_not_a_number_names_file_line_and_problem() {
        String yaml = shipped().replaceFirst("value: 50\n", "value: fifty\n");
        ConfigException e = assertThrows(ConfigException.class, () -> loader.parse(yaml, "config/scenario.yaml"));
        int line = lineOf(yaml, "value: fifty");
        assertEquals("config/scenario.yaml: line " + line + ": input 'investment': value 'fifty' is not a number"
                + " (write 830 for $830B, 0.35 for 35%)", e.getMessage());
    }

    @Test
    void broken_yaml_syntax_names_the_line() {
        String yaml = shipped().replace("  - id: round_size", "  - id: round_size\n   bad: [unclosed");
        ConfigException e = assertThrows(ConfigException.class, () -> loader.parse(yaml, "config/scenario.yaml"));
        assertTrue(e.getMessage().startsWith("config/scenario.yaml: line "), e.getMessage());
    }

    @Test
    void a_ratio_above_one_is_refused_with_its_line() {
        String yaml = shipped().replace("value: 0.50", "value: 50");
        ConfigException e = assertThrows(ConfigException.class, () -> loader.parse(yaml, "s.yaml"));
        assertTrue(e.getMessage().startsWith("s.yaml: line " + lineOf(yaml, "    value: 50\n    unit: ratio") + ": "), e.getMessage());
        assertTrue(e.getMessage().contains("between 0% and 100%"), e.getMessage());
    }

    @Test
    void an_input_without_source_or_assumption_is_refused() {
        String yaml = "inputs:\n  - id: investment\n    label: x\n    value: 50\n    unit: usd_billions\n";
        ConfigException e = assertThrows(ConfigException.class, () -> loader.parse(yaml, "s.yaml"));
        assertEquals("s.yaml: line 2: input 'investment' needs either a 'source' (document + quote) or 'assumption: true'"
                + " with a 'rationale'", e.getMessage());
    }

    @Test
    void a_typo_in_a_key_is_named() {
        String yaml = shipped().replaceFirst("    unit: usd_billions", "    units: usd_billions");
        ConfigException e = assertThrows(ConfigException.class, () -> loader.parse(yaml, "s.yaml"));
        assertTrue(e.getMessage().contains("unknown key 'units' in an input"), e.getMessage());
    }

    @Test
    void a_scenario_overriding_an_unknown_input_is_refused() {
        String yaml = shipped().replace("      exit_valuation: 1500", "      exit_value: 1500");
        ConfigException e = assertThrows(ConfigException.class, () -> loader.parse(yaml, "s.yaml"));
        assertTrue(e.getMessage().contains("line " + lineOf(yaml, "      exit_value: 1500")), e.getMessage());
        assertTrue(e.getMessage().contains("scenario 'bull' overrides unknown input 'exit_value'"), e.getMessage());
    }

    @Test
    void a_missing_required_input_is_named() {
        String yaml = shipped().replace("  - id: holding_years", "  - id: holding_yrs");
        ConfigException e = assertThrows(ConfigException.class, () -> loader.parse(yaml, "s.yaml"));
        assertTrue(e.getMessage().contains("missing required inputs: holding_years"), e.getMessage());
    }

    @Test
    void an_empty_file_says_so(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("scenario.yaml");
        Files.writeString(f, "");
        ConfigException e = assertThrows(ConfigException.class, () -> loader.load(f));
        assertTrue(e.getMessage().endsWith("the file is empty (expected 'inputs' and 'scenarios')"), e.getMessage());
        ConfigException missing = assertThrows(ConfigException.class, () -> loader.load(dir.resolve("nope.yaml")));
        assertTrue(missing.getMessage().contains("cannot read the scenario model"), missing.getMessage());
    }

    private static void assertValue(ScenarioModel m, String id, String value, Unit unit, boolean assumption) {
        var i = m.require(id);
        assertEquals(0, new BigDecimal(value).compareTo(i.value()), id);
        assertEquals(unit, i.unit(), id);
        assertEquals(assumption, i.provenance().assumption(), id);
        if (assumption) {
            assertTrue(i.provenance().rationale() != null && !i.provenance().rationale().isBlank(), id);
        } else {
            assertEquals("amazon-openai-50b-bet", i.provenance().document(), id);
        }
    }

    private static String shipped() {
        try {
            return Files.readString(Path.of("config", "scenario.yaml"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
