package org.thesisbot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thesisbot.core.lexicon.Lexicon;
import org.thesisbot.core.scenario.Metric;
import org.thesisbot.core.scenario.Shorthand;

class LexiconLoaderTest {
    private final LexiconLoader loader = new LexiconLoader();

    @Test
    void the_shipped_lexicon_loads_with_every_section() {
        Lexicon l = loader.load(Path.of("config", "lexicon.yaml"));
        assertEquals(List.of("competitor", "compet"), l.retrieval().thesaurus().get("rival"));
        assertTrue(l.names().wellKnown().contains("microsoft"));
        assertTrue(l.routing().knownNames().contains("altman"));
        assertTrue(l.routing().scope().contains("\\bq1\\b"));
        assertEquals(Metric.values().length, l.answers().metricTopics().size());
        assertEquals("How much does OpenAI need over 5 years versus Amazon?",
                new Shorthand(l.shorthand()).expand("How much does oai need over 5y vs amzn?"));
    }

    @Test
    void a_pattern_that_does_not_compile_names_file_line_and_problem() {
        String yaml = shipped().replace("'\\bq1\\b'", "'\\bq1(\\b'");
        ConfigException e = assertThrows(ConfigException.class, () -> loader.parse(yaml, "config/lexicon.yaml"));
        assertTrue(e.getMessage().startsWith("config/lexicon.yaml: line " + lineOf(yaml, "q1(")
                + ": routing.scope: '\\bq1(\\b' is not a valid regular expression"), e.getMessage());
    }

    @Test
    void a_word_list_entry_must_be_one_lower_case_word() {
        String yaml = shipped().replace("known_names: [microsoft,", "known_names: [Microsoft,");
        ConfigException e = assertThrows(ConfigException.class, () -> loader.parse(yaml, "config/lexicon.yaml"));
        assertEquals("config/lexicon.yaml: line " + lineOf(yaml, "known_names: [Microsoft")
                + ": an item of routing.known_names: 'Microsoft' must be one lower-case word (letters, digits, . ' -);"
                + " write 'microsoft'", e.getMessage());
    }

    @Test
    void a_topic_for_an_unknown_metric_or_a_missing_one_is_refused() {
        String unknown = shipped().replace("    moic: \"valuation math", "    mioc: \"valuation math");
        ConfigException e = assertThrows(ConfigException.class, () -> loader.parse(unknown, "lexicon.yaml"));
        assertTrue(e.getMessage().contains("answers.metric_topics: 'mioc' is not a metric"), e.getMessage());
    }

    @Test
    void unknown_and_missing_sections_are_named() {
        ConfigException unknown = assertThrows(ConfigException.class,
                () -> loader.parse(shipped() + "\nsynonyms: {}\n", "lexicon.yaml"));
        assertTrue(unknown.getMessage().contains("unknown key 'synonyms' in the lexicon"), unknown.getMessage());
        ConfigException missing = assertThrows(ConfigException.class,
                () -> loader.parse(shipped().replaceFirst("(?s)\nnames:.*?\nrouting:", "\nrouting:"), "lexicon.yaml"));
        assertTrue(missing.getMessage().contains("the lexicon is missing 'names'"), missing.getMessage());
    }

    @Test
    void a_replacement_naming_a_group_the_pattern_lacks_is_refused() {
        String yaml = shipped().replace("replace: 'year'}", "replace: '$2 year'}");
        ConfigException e = assertThrows(ConfigException.class, () -> loader.parse(yaml, "lexicon.yaml"));
        assertTrue(e.getMessage().contains("refers to group 2, which the pattern lacks"), e.getMessage());
    }

    @Test
    void a_named_value_needs_exactly_one_known_source_of_its_figure() {
        String both = shipped().replace("input: round_size}", "input: round_size, value: 100, quote: \"up to $100 billion\"}");
        ConfigException e = assertThrows(ConfigException.class, () -> loader.parse(both, "lexicon.yaml"));
        assertTrue(e.getMessage().contains("needs exactly one of input, metric and value"), e.getMessage());
        String unknown = shipped().replace("input: round_size}", "input: round_sized}");
        e = assertThrows(ConfigException.class, () -> loader.parse(unknown, "lexicon.yaml"));
        assertTrue(e.getMessage().contains("'round_sized' is not an input of the model"), e.getMessage());
        String yes = shipped().replace("scenario_only: true, noun: margin", "scenario_only: yes, noun: margin");
        e = assertThrows(ConfigException.class, () -> loader.parse(yes, "lexicon.yaml"));
        assertTrue(e.getMessage().contains("scenario_only must be true or false (got 'yes')"), e.getMessage());
        String unquoted = shipped().replace("value: 500, quote: \"OpenAI's $500 billion valuation\"", "value: 500");
        e = assertThrows(ConfigException.class, () -> loader.parse(unquoted, "lexicon.yaml"));
        assertTrue(e.getMessage().contains("a value needs the quote it comes from"), e.getMessage());
    }

    @Test
    void the_shipped_named_values_and_glosses_load() {
        Lexicon l = loader.load(Path.of("config", "lexicon.yaml"));
        assertTrue(l.namedValues().stream().anyMatch(n -> "round_size".equals(n.input())));
        assertEquals("hinglish", l.glosses().get(0).language());
        String zero = shipped().replace("min_markers: 2", "min_markers: 0");
        ConfigException e = assertThrows(ConfigException.class, () -> loader.parse(zero, "lexicon.yaml"));
        assertTrue(e.getMessage().contains("min_markers must be at least 1"), e.getMessage());
    }

    private static String shipped() {
        try {
            return Files.readString(Path.of("config", "lexicon.yaml"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int lineOf(String text, String fragment) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(fragment)) {
                return i + 1;
            }
        }
        throw new AssertionError(fragment + " not found");
    }
}
