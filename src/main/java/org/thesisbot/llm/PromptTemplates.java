package org.thesisbot.llm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.config.ConfigException;

/**
 * The LLM prompts, read from {@code prompts/system.txt} and {@code prompts/answer.txt}. Placeholders are
 * {@code {{name}}}; values are substituted in one pass, so a value that itself contains "{{question}}" is
 * not expanded again.
 */
public final class PromptTemplates {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-z_]+)\\s*}}");
    private static final Set<String> ANSWER_PLACEHOLDERS = Set.of("passages", "question", "computed");

    private final String system;
    private final String answer;

    public PromptTemplates(String system, String answer) {
        this.system = system.strip();
        this.answer = answer.strip();
        check();
    }

    /** Reads both prompt files from {@code dir}; a missing file or a wrong placeholder is a {@link ConfigException}. */
    public static PromptTemplates load(Path dir) {
        return new PromptTemplates(read(dir.resolve("system.txt")), read(dir.resolve("answer.txt")));
    }

    public String system() {
        return system;
    }

    /** The user message for one question. */
    public String answer(Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(answer);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
        }
        m.appendTail(sb);
        return sb.toString().replaceAll("\n{3,}", "\n\n");
    }

    /** The prompt texts, for the grounding guard: none of their wording may reach a reader. */
    public List<String> confidentialTexts() {
        return List.of(system, answer);
    }

    private void check() {
        if (system.isEmpty() || answer.isEmpty()) {
            throw new ConfigException("prompts: system.txt and answer.txt must not be empty");
        }
        if (PLACEHOLDER.matcher(system).find()) {
            throw new ConfigException("prompts/system.txt: placeholders are not supported in the system prompt");
        }
        Matcher m = PLACEHOLDER.matcher(answer);
        while (m.find()) {
            if (!ANSWER_PLACEHOLDERS.contains(m.group(1))) {
                throw new ConfigException("prompts/answer.txt: unknown placeholder {{" + m.group(1)
                        + "}} (known: {{passages}}, {{question}}, {{computed}})");
            }
        }
        for (String required : List.of("passages", "question")) {
            if (!answer.contains("{{" + required + "}}")) {
                throw new ConfigException("prompts/answer.txt: the placeholder {{" + required + "}} is required");
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException("cannot read prompt file " + file + " (" + e.getClass().getSimpleName()
                    + ")", e);
        }
    }
}
