package org.thesisbot.llm;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thesisbot.config.ConfigException;

class PromptTemplatesTest {
    @Test
    void the_shipped_prompts_load_and_demand_citations() {
        PromptTemplates p = PromptTemplates.load(Path.of("prompts"));
        String user = p.answer(Map.of("passages", "<source n=\"1\">x</source>", "question", "Why?", "computed", ""));
        assertAll(
                () -> assertTrue(p.system().contains("[1]")),
                () -> assertTrue(p.system().contains("The sources don't cover that.")),
                () -> assertTrue(p.system().contains("untrusted")),
                () -> assertTrue(user.contains("<sources>\n<source n=\"1\">x</source>\n</sources>")),
                () -> assertTrue(user.contains("<question>\nWhy?\n</question>")));
    }

    @Test
    void values_are_inserted_once_so_a_question_cannot_expand_a_placeholder() {
        PromptTemplates p = new PromptTemplates("system", "S: {{passages}} Q: {{question}} C: {{computed}}");
        assertEquals("S: {{question}} Q: {{passages}} C: ", p.answer(Map.of("passages", "{{question}}", "question", "{{passages}}")));
    }

    @Test
    void an_unknown_or_missing_placeholder_is_a_config_error() {
        assertAll(
                () -> assertTrue(assertThrows(ConfigException.class, () -> new PromptTemplates("s", "{{passages}} {{question}} {{secret}}"))
                        .getMessage().contains("{{secret}}")),
                () -> assertTrue(assertThrows(ConfigException.class, () -> new PromptTemplates("s", "{{passages}} only"))
                        .getMessage().contains("{{question}}")),
                () -> assertThrows(ConfigException.class, () -> new PromptTemplates("about {{question}}", "{{passages}} {{question}}")));
    }

    @Test
    void a_missing_prompt_file_names_the_file(@TempDir Path dir) {
        ConfigException e = assertThrows(ConfigException.class, () -> PromptTemplates.load(dir));
        assertTrue(e.getMessage().contains("system.txt"), e.getMessage());
        assertFalse(e.getMessage().contains("Exception:"));
    }
}
