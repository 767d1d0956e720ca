package org.thesisbot.llm;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import org.junit.jupiter.api.Test;
import org.thesisbot.config.ConfigException;
import org.thesisbot.config.Secrets;
import org.thesisbot.config.Settings;

class ChatModelFactoryTest {
    private static final String OPENAI_KEY = "sk-openai-test-key-000000000000";
    private static final String ANTHROPIC_KEY = "sk-ant-test-key-000000000000";

    private static Settings.Llm llm(String provider, String model, String baseUrl) {
        return new Settings.Llm(provider, model, baseUrl, 0.0, 700, 20, 1, 6000);
    }

    private static Secrets keys(String openAi, String anthropic) {
        return new Secrets(null, null, null, null, null, openAi, anthropic);
    }

    @Test
    void auto_picks_openai_when_its_key_is_set() {
        ChatModelFactory f = new ChatModelFactory(llm("auto", "gpt-4o-mini", ""), keys(OPENAI_KEY, ANTHROPIC_KEY));
        assertEquals("openai", f.provider());
        assertInstanceOf(OpenAiChatModel.class, f.create().orElseThrow());
    }

    @Test
    void auto_picks_anthropic_with_only_its_key_and_a_claude_model() {
        ChatModelFactory f = new ChatModelFactory(llm("auto", "gpt-4o-mini", ""), keys(null, ANTHROPIC_KEY));
        assertAll(
                () -> assertEquals("anthropic", f.provider()),
                () -> assertEquals(ChatModelFactory.ANTHROPIC_DEFAULT_MODEL, f.modelName()),
                () -> assertInstanceOf(AnthropicChatModel.class, f.create().orElseThrow()));
    }

    @Test
    void auto_without_keys_and_none_give_no_model() {
        assertAll(
                () -> assertEquals("none", new ChatModelFactory(llm("auto", "gpt-4o-mini", ""), keys(null, null)).provider()),
                () -> assertTrue(new ChatModelFactory(llm("auto", "gpt-4o-mini", ""), keys(null, null)).create().isEmpty()),
                () -> assertTrue(new ChatModelFactory(llm("none", "gpt-4o-mini", ""), keys(OPENAI_KEY, null)).create().isEmpty()));
    }

    @Test
    void openai_without_a_key_names_the_missing_variable() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> new ChatModelFactory(llm("openai", "gpt-4o-mini", ""), keys(null, ANTHROPIC_KEY)).create());
        assertTrue(e.getMessage().contains("OPENAI_API_KEY"), e.getMessage());
        assertFalse(e.getMessage().contains(ANTHROPIC_KEY));
    }

    @Test
    void an_openai_compatible_local_server_needs_no_key() {
        ChatModel m = new ChatModelFactory(llm("openai", "llama3.1", "http://localhost:11434/v1"), keys(null, null))
                .create().orElseThrow();
        assertInstanceOf(OpenAiChatModel.class, m);
    }

    @Test
    void anthropic_without_a_key_names_the_missing_variable() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> new ChatModelFactory(llm("anthropic", "claude-3-5-haiku-latest", ""), keys(OPENAI_KEY, null)).create());
        assertTrue(e.getMessage().contains("ANTHROPIC_API_KEY"), e.getMessage());
        assertFalse(e.getMessage().contains(OPENAI_KEY));
    }

    @Test
    void a_model_of_the_other_provider_is_a_clear_config_error() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> new ChatModelFactory(llm("anthropic", "gpt-4o-mini", ""), keys(null, ANTHROPIC_KEY)).create());
        assertTrue(e.getMessage().contains("THESISBOT_LLM_MODEL"), e.getMessage());
    }

    @Test
    void ollama_needs_no_key() {
        assertInstanceOf(OllamaChatModel.class,
                new ChatModelFactory(llm("ollama", "llama3.1", ""), keys(null, null)).create().orElseThrow());
    }

    @Test
    void an_empty_model_name_is_a_config_error() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> new ChatModelFactory(llm("openai", " ", ""), keys(OPENAI_KEY, null)).create());
        assertTrue(e.getMessage().contains("llm.model"), e.getMessage());
    }

    @Test
    void an_unknown_provider_is_a_config_error() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> new ChatModelFactory(llm("gemini", "x", ""), keys(null, null)));
        assertTrue(e.getMessage().contains("llm.provider"), e.getMessage());
    }
}
