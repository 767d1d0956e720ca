package org.thesisbot.llm;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.anthropic.AnthropicStreamingChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.thesisbot.config.ConfigException;
import org.thesisbot.config.Secrets;
import org.thesisbot.config.Settings;

/**
 * Builds the chat model from {@code llm.*} settings and the environment's keys.
 *
 * <ul>
 * <li>{@code auto}: openai if OPENAI_API_KEY is set, else anthropic if ANTHROPIC_API_KEY is set, else none;</li>
 * <li>{@code none}: no model (answers are extractive);</li>
 * <li>{@code openai}: OpenAI, or any OpenAI-compatible server via {@code llm.base_url} (Azure OpenAI's v1
 * endpoint, vLLM, LM Studio, Ollama's /v1). Needs OPENAI_API_KEY unless a base_url is set (local servers
 * usually need no key);</li>
 * <li>{@code anthropic}: needs ANTHROPIC_API_KEY;</li>
 * <li>{@code ollama}: Ollama's native API at {@code llm.base_url} (default http://localhost:11434), no key.</li>
 * </ul>
 * The models are built without client-side retries: {@link LlmAnswerWriter} retries within its deadline.
 */
public final class ChatModelFactory {
    public static final String OLLAMA_DEFAULT_URL = "http://localhost:11434";
    /** Used when provider auto picks anthropic (only ANTHROPIC_API_KEY set) while llm.model names an OpenAI model. */
    public static final String ANTHROPIC_DEFAULT_MODEL = "claude-3-5-haiku-latest";

    private final Settings.Llm settings;
    private final Secrets secrets;
    private final String provider;
    private final LlmHttp http = new LlmHttp();

    public ChatModelFactory(Settings.Llm settings, Secrets secrets) {
        this.settings = settings;
        this.secrets = secrets;
        this.provider = resolve(settings.provider(), secrets);
    }

    /** The HTTP client under the models this factory builds: the writer uses it to cut off abandoned streams. */
    public LlmHttp http() {
        return http;
    }

    /** The provider actually used: none, openai, anthropic or ollama. */
    public String provider() {
        return provider;
    }

    /** The model name used: llm.model, except that auto-chosen anthropic replaces an OpenAI model name by {@value #ANTHROPIC_DEFAULT_MODEL}. */
    public String modelName() {
        String m = settings.model() == null ? "" : settings.model().strip();
        boolean auto = settings.provider() == null || settings.provider().strip().equalsIgnoreCase("auto");
        if (auto && provider.equals("anthropic") && isOpenAiModel(m)) {
            return ANTHROPIC_DEFAULT_MODEL;
        }
        return m;
    }

    private static boolean isOpenAiModel(String m) {
        return m.startsWith("gpt-") || m.matches("o[1-9].*");
    }

    /**
     * The chat model, or empty when the provider is none. Throws {@link ConfigException} when the chosen
     * provider lacks what it needs; the message names the environment variable or setting.
     */
    public Optional<ChatModel> create() {
        if (provider.equals("none")) {
            return Optional.empty();
        }
        String model = modelName();
        String baseUrl = checked(model);
        Duration timeout = Duration.ofSeconds(settings.deadlineSeconds());
        return Optional.of(switch (provider) {
            case "openai" -> {
                OpenAiChatModel.OpenAiChatModelBuilder b = OpenAiChatModel.builder().apiKey(openAiKey()).modelName(model)
                        .temperature(settings.temperature()).maxTokens(settings.maxTokens()).timeout(timeout).maxRetries(0)
                        .httpClientBuilder(http.builder());
                yield (baseUrl.isEmpty() ? b : b.baseUrl(baseUrl)).build();
            }
            case "anthropic" -> {
                AnthropicChatModel.AnthropicChatModelBuilder b = AnthropicChatModel.builder().apiKey(secrets.anthropicApiKey())
                        .modelName(model).temperature(settings.temperature()).maxTokens(settings.maxTokens())
                        .timeout(timeout).maxRetries(0).httpClientBuilder(http.builder());
                yield (baseUrl.isEmpty() ? b : b.baseUrl(baseUrl)).build();
            }
            case "ollama" -> OllamaChatModel.builder().baseUrl(baseUrl.isEmpty() ? OLLAMA_DEFAULT_URL : baseUrl)
                    .modelName(model).temperature(settings.temperature()).numPredict(settings.maxTokens())
                    .timeout(timeout).maxRetries(0).httpClientBuilder(http.builder()).build();
            default -> throw new IllegalStateException("unknown provider " + provider);
        });
    }

    /**
     * The streaming variant of {@link #create()} (same settings and checks): tokens arrive as they are
     * generated, so Slack can show the answer sentence by sentence. Empty when the provider is none.
     */
    public Optional<StreamingChatModel> createStreaming() {
        if (provider.equals("none")) {
            return Optional.empty();
        }
        String model = modelName();
        String baseUrl = checked(model);
        Duration timeout = Duration.ofSeconds(settings.deadlineSeconds());
        return Optional.of(switch (provider) {
            case "openai" -> {
                OpenAiStreamingChatModel.OpenAiStreamingChatModelBuilder b = OpenAiStreamingChatModel.builder()
                        .apiKey(openAiKey()).modelName(model).temperature(settings.temperature())
                        .maxTokens(settings.maxTokens()).timeout(timeout).httpClientBuilder(http.builder());
                yield (baseUrl.isEmpty() ? b : b.baseUrl(baseUrl)).build();
            }
            case "anthropic" -> {
                AnthropicStreamingChatModel.AnthropicStreamingChatModelBuilder b = AnthropicStreamingChatModel.builder()
                        .apiKey(secrets.anthropicApiKey()).modelName(model).temperature(settings.temperature())
                        .maxTokens(settings.maxTokens()).timeout(timeout).httpClientBuilder(http.builder());
                yield (baseUrl.isEmpty() ? b : b.baseUrl(baseUrl)).build();
            }
            case "ollama" -> OllamaStreamingChatModel.builder().baseUrl(baseUrl.isEmpty() ? OLLAMA_DEFAULT_URL : baseUrl)
                    .modelName(model).temperature(settings.temperature()).numPredict(settings.maxTokens())
                    .timeout(timeout).httpClientBuilder(http.builder()).build();
            default -> throw new IllegalStateException("unknown provider " + provider);
        });
    }

    /** Checks that the provider has what it needs; returns the trimmed base URL (may be empty). */
    private String checked(String model) {
        if (model.isEmpty()) {
            throw new ConfigException("llm.model is empty; set it in config/thesisbot.yaml or THESISBOT_LLM_MODEL");
        }
        String baseUrl = settings.baseUrl() == null ? "" : settings.baseUrl().strip();
        switch (provider) {
            case "openai" -> {
                if (secrets.openAiApiKey() == null && baseUrl.isEmpty()) {
                    throw new ConfigException("llm.provider is openai but OPENAI_API_KEY is not set; set it in the environment, "
                            + "set llm.base_url to a local OpenAI-compatible server, or use llm.provider: none");
                }
                if (model.startsWith("claude")) {
                    throw new ConfigException("llm.model '" + model + "' is an Anthropic model but llm.provider is openai; "
                            + "set THESISBOT_LLM_MODEL (e.g. gpt-4o-mini) or llm.provider: anthropic");
                }
            }
            case "anthropic" -> {
                if (secrets.anthropicApiKey() == null) {
                    throw new ConfigException("llm.provider is anthropic but ANTHROPIC_API_KEY is not set; set it in the "
                            + "environment or use llm.provider: none");
                }
                if (isOpenAiModel(model)) {
                    throw new ConfigException("llm.model '" + model + "' is an OpenAI model but the provider is anthropic; "
                            + "set THESISBOT_LLM_MODEL (e.g. claude-3-5-haiku-latest)");
                }
            }
            default -> {
            }
        }
        return baseUrl;
    }

    /** Local OpenAI-compatible servers usually ignore the key, but the client needs one. */
    private String openAiKey() {
        return secrets.openAiApiKey() == null ? "not-needed" : secrets.openAiApiKey();
    }

    static String resolve(String configured, Secrets secrets) {
        String p = configured == null ? "auto" : configured.strip().toLowerCase(Locale.ROOT);
        return switch (p) {
            case "auto" -> secrets.openAiApiKey() != null ? "openai" : secrets.anthropicApiKey() != null ? "anthropic" : "none";
            case "none", "openai", "anthropic", "ollama" -> p;
            default -> throw new ConfigException("llm.provider must be auto, none, openai, anthropic or ollama (got '" + configured + "')");
        };
    }
}
