package org.thesisbot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.thesisbot.core.reading.Vocabulary;

/** config/understanding.yaml's sums: read into the vocabulary, and a wrong entry stops start-up with its key named. */
class UnderstandingYamlLoaderTest {
    private static final Path FILE = Path.of("config/understanding.yaml");

    private static String withoutSums() throws IOException {
        String text = Files.readString(FILE);
        int at = text.indexOf("\nsums:");
        return at < 0 ? text : text.substring(0, at + 1);
    }

    @Test
    void the_sums_in_the_shipped_file_are_read_with_their_amounts() {
        Vocabulary v = new UnderstandingYamlLoader().load(FILE);
        Map<String, Integer> amounts = v.sums().stream().collect(Collectors.toMap(s -> s.metric().id(),
                s -> s.plus().size() + s.minus().size()));
        assertEquals(Map.of("combined_payoff", 3, "gain", 2, "total_ai_commitment", 2, "anthropic_commitment", 2), amounts);
    }

    @Test
    void a_sum_for_no_metric_of_the_model_is_refused_by_name() throws IOException {
        String text = withoutSums() + "sums:\n  moonshot:\n    plus: ['stake value', 'aws profit']\n";
        ConfigException e = assertThrows(ConfigException.class, () -> new UnderstandingYamlLoader().parse(text, "u.yaml"));
        assertTrue(e.getMessage().contains("sums.moonshot: not a metric of the model"), e.getMessage());
    }

    @Test
    void a_sum_of_one_amount_or_with_a_broken_pattern_is_refused() throws IOException {
        String one = withoutSums() + "sums:\n  gain:\n    plus: ['stake value']\n";
        ConfigException e = assertThrows(ConfigException.class, () -> new UnderstandingYamlLoader().parse(one, "u.yaml"));
        assertTrue(e.getMessage().contains("sums.gain needs at least one 'plus' amount and two amounts in all"), e.getMessage());
        String broken = withoutSums() + "sums:\n  gain:\n    plus: ['stake (value']\n    minus: ['check']\n";
        e = assertThrows(ConfigException.class, () -> new UnderstandingYamlLoader().parse(broken, "u.yaml"));
        assertTrue(e.getMessage().contains("sums.gain.plus[0]: not a valid pattern"), e.getMessage());
    }

    @Test
    void the_words_written_out_leave_out_the_fragments_of_patterns_by_their_shape() throws IOException {
        String text = Files.readString(FILE);
        String anchor = "  stake:\n    examples:\n";
        assertTrue(text.contains(anchor));
        String pattern = "quorbal(?:e|es)\\b|flom(?:barely)?|zent(?:aby|abing)\\b|(?:pay|glor)menty|strumb\\w*|chewz(?:s|ing)?"
                + "|brakz[- ]evenz|roundz[- ]tripz|entryz(?: pricez)|vorp[a-z]ling|\\bwugs\\b";
        String with = text.replace(anchor, anchor + "      - \"wugs and flom\"\n").replace("    strong:\n",
                "    strong:\n      - '" + pattern + "'\n");
        java.util.Set<String> words = new UnderstandingYamlLoader().parse(with, "u.yaml").literalWords();
        for (String w : java.util.List.of("flom", "glor", "chewz", "brakz", "evenz", "roundz", "tripz", "entryz", "pricez", "wugs")) {
            assertTrue(words.contains(w), w);
        }
        for (String w : java.util.List.of("quorbal", "barely", "zent", "abing", "menty", "strumb", "ling")) {
            assertTrue(!words.contains(w), w);
        }
    }

    @Test
    void the_expected_close_is_a_month_whose_words_are_the_article_s() throws IOException {
        Vocabulary.ExpectedClose close = new UnderstandingYamlLoader().load(FILE).expectedClose();
        assertEquals(java.time.YearMonth.of(2026, 3), close.month());
        String article = Files.readString(Path.of("documents/amazon-openai-50b-bet.md")).replaceAll("\\s+", " ");
        assertTrue(article.contains(close.quote()), close.quote());
        String bad = withoutSums() + "calendar:\n  expected_close: 'end of Q1'\n  said: 'x'\n  quote: 'y'\n";
        ConfigException e = assertThrows(ConfigException.class, () -> new UnderstandingYamlLoader().parse(bad, "u.yaml"));
        assertTrue(e.getMessage().contains("calendar.expected_close must be a month as YYYY-MM"), e.getMessage());
    }
}
