package org.thesisbot.core.grounding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every quote config/scenario.yaml cites must be found in the cleaned documents (start-up depends on it). */
class ScenarioQuotesTest {
    private static final Pattern DOCUMENT = Pattern.compile("^\\s*document:\\s*(\\S+)\\s*$");
    private static final Pattern QUOTE = Pattern.compile("^\\s*quote:\\s*\"(.*)\"\\s*$");

    @Test
    void every_quote_in_scenario_yaml_is_located_in_the_documents() throws IOException {
        SourceLibrary library = GroundingFixtures.article();
        List<String[]> quotes = new ArrayList<>();
        String document = null;
        for (String line : Files.readAllLines(Path.of("config", "scenario.yaml"))) {
            Matcher d = DOCUMENT.matcher(line);
            if (d.matches()) {
                document = d.group(1);
            }
            Matcher q = QUOTE.matcher(line);
            if (q.matches()) {
                quotes.add(new String[] {document, q.group(1).replace("\\\"", "\"")});
            }
        }
        assertFalse(quotes.isEmpty(), "scenario.yaml has sourced inputs");
        List<String> missing = new ArrayList<>();
        for (String[] q : quotes) {
            if (library.locate(q[0], q[1]).isEmpty()) {
                missing.add(q[0] + ": " + q[1]);
            }
        }
        assertTrue(missing.isEmpty(), "not found: " + missing);
    }
}
