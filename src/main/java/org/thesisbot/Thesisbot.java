package org.thesisbot;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thesisbot.config.ConfigException;
import org.thesisbot.config.ScenarioYamlLoader;
import org.thesisbot.config.UnderstandingYamlLoader;
import org.thesisbot.core.reading.Reader;
import org.thesisbot.core.reading.Vocabulary;
import org.thesisbot.config.Secrets;
import org.thesisbot.config.Settings;
import org.thesisbot.core.api.AnswerListener;
import org.thesisbot.core.api.LinkPolicy;
import org.thesisbot.core.assistant.Narrator;
import org.thesisbot.core.assistant.RoutingAssistant;
import org.thesisbot.core.api.Telemetry;
import org.thesisbot.core.grounding.AnswerWriter;
import org.thesisbot.core.grounding.ExtractiveWriter;
import org.thesisbot.core.grounding.GroundedAnswer;
import org.thesisbot.core.grounding.Grounding;
import org.thesisbot.core.grounding.GroundingGuard;
import org.thesisbot.core.grounding.Passage;
import org.thesisbot.core.grounding.Retriever;
import org.thesisbot.core.grounding.ScoredPassage;
import org.thesisbot.core.grounding.SourceDocument;
import org.thesisbot.core.grounding.SentenceEmbeddings;
import org.thesisbot.core.grounding.SourceLibrary;
import org.thesisbot.core.grounding.SourceVocabulary;
import org.thesisbot.core.state.ThreadStore;
import org.thesisbot.state.StateBackend;
import org.thesisbot.core.route.Router;
import org.thesisbot.core.scenario.InvalidInputException;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.scenario.ScenarioModel;
import org.thesisbot.llm.CachedSentenceEmbeddings;
import org.thesisbot.llm.EmbeddingModelChoice;
import org.thesisbot.llm.ChatModelFactory;
import org.thesisbot.llm.HybridRetriever;
import org.thesisbot.llm.LlmAnswerWriter;
import org.thesisbot.llm.PromptTemplates;

/**
 * The brain, assembled from the config directory: scenario model, source library, retrieval, answer
 * writer (LLM or extractive), router, thread memory. Used by the server, the CLI and tests alike.
 */
public final class Thesisbot {
    private static final Logger LOG = LoggerFactory.getLogger(Thesisbot.class);

    private final RoutingAssistant assistant;
    private final SourceLibrary library;
    private final ScenarioModel model;
    private final String answerer;
    private final Retriever retriever;
    private final Reader reader;

    private Thesisbot(RoutingAssistant assistant, SourceLibrary library, ScenarioModel model, String answerer,
                      Retriever retriever, Reader reader) {
        this.reader = reader;
        this.assistant = assistant;
        this.library = library;
        this.model = model;
        this.answerer = answerer;
        this.retriever = retriever;
    }

    /**
     * @param home the directory holding config/, prompts/ and documents/ (the repository root or /app)
     */
    public static Thesisbot build(Path home, Settings settings, Secrets secrets, Telemetry telemetry, Clock clock) {
        return build(home, settings, secrets, telemetry, clock, StateBackend.inMemoryThreads(settings, clock));
    }

    /**
     * @param threads where each conversation's state lives: the server passes its {@link StateBackend}'s store
     *                (in memory, or Redis shared by every replica)
     */
    public static Thesisbot build(Path home, Settings settings, Secrets secrets, Telemetry telemetry, Clock clock,
                                  ThreadStore threads) {
        long t0 = System.nanoTime();
        SourceLibrary library = SourceLibrary.load(home.resolve(settings.grounding().documentsDir()),
                w -> LOG.warn("documents: {}", w));
        if (library.passages().isEmpty()) {
            throw new ConfigException("no source documents found in " + home.resolve(settings.grounding().documentsDir())
                    + ": add at least one .md or .txt file (see README, Adding documents)");
        }
        ScenarioModel model;
        try {
            model = new ScenarioYamlLoader().load(home.resolve("config").resolve("scenario.yaml"))
                    .withLocatedSources(library);
        } catch (InvalidInputException e) {
            throw new ConfigException(home.resolve("config").resolve("scenario.yaml") + ": " + e.getMessage(), e);
        }
        EmbeddingModelChoice modelChoice = EmbeddingModelChoice.of(settings.grounding().embeddingModel());
        if (settings.grounding().embeddings() && !modelChoice.bundled()) {
            throw new ConfigException("grounding.embedding_model is " + modelChoice.settingName() + ", but this build does not"
                    + " bundle it: build the jar with mvn -q -DskipTests -Pembedding-models package, or use minilm (the default)");
        }
        EmbeddingModel embeddingModel = settings.grounding().embeddings() ? loadEmbeddingModel(modelChoice) : null;
        Retriever retriever = HybridRetriever.forSettings(library, embeddingModel != null, modelChoice,
                home.resolve(settings.grounding().cacheDir()), line -> LOG.info("{}", line), () -> embeddingModel);
        // one sentence-embedding port, cached, for the guard and the extractive writer: the hybrid index's, in
        // which the sources' passages and sentences were embedded at index time (from the cache after a restart)
        SentenceEmbeddings sentenceEmbeddings = retriever instanceof HybridRetriever hybrid ? hybrid.sentenceEmbeddings()
                : embeddingModel == null ? null : new CachedSentenceEmbeddings(embeddingModel, modelChoice);
        SourceVocabulary sourceWords = SourceVocabulary.of(library.passages());
        ExtractiveWriter extractive = new ExtractiveWriter(sentenceEmbeddings, sourceWords);
        ChatModelFactory factory = new ChatModelFactory(settings.llm(), secrets);
        Optional<ChatModel> chat = factory.create();
        AnswerWriter writer = extractive;
        // the guard drops any sentence that would leak a prompt or a secret value
        List<String> confidential = new ArrayList<>(secretValues(secrets));
        if (chat.isPresent()) {
            PromptTemplates prompts = PromptTemplates.load(home.resolve("prompts"));
            LlmAnswerWriter llm = new LlmAnswerWriter(chat.get(), factory.createStreaming().orElse(null),
                    factory.modelName(), prompts, extractive, Duration.ofSeconds(settings.llm().deadlineSeconds()),
                    settings.llm().maxRetries(), telemetry);
            writer = llm;
            confidential.addAll(llm.confidentialTexts());
        }
        // links in answers may point only at hosts the documents name in their own front matter (url); today none do
        LinkPolicy links = LinkPolicy.forDocumentUrls(library.documents().stream().map(SourceDocument::url).toList());
        GroundingGuard guard = new GroundingGuard(confidential, sentenceEmbeddings, GroundingGuard.corpusTerms(library.passages()),
                links);
        Grounding grounding = new Grounding(retriever, writer, extractive, guard, settings.grounding().topK(),
                settings.grounding().minRelevance(), library.coverage(), telemetry, settings.server().questionMaxChars());
        Vocabulary words = new UnderstandingYamlLoader().load(home.resolve("config").resolve("understanding.yaml"));
        Reader reader = new Reader(model, words);
        // plurals, case, hyphenation and British spellings of the sources' words count as theirs ("Data Centres")
        Router router = new Router(reader, sourceWords::knows, settings.grounding().minRelevance());
        RoutingAssistant assistant = new RoutingAssistant(model, reader, new GroundingNarrator(grounding), router, threads,
                telemetry, clock, settings.server().questionMaxChars(), settings.slack().command(),
                settings.grounding().minRelevance());
        LOG.info("brain ready in {} ms: {} documents, {} passages, retrieval {}, answers {}",
                Duration.ofNanos(System.nanoTime() - t0).toMillis(), library.documents().size(), library.passages().size(),
                retriever instanceof HybridRetriever ? "hybrid (" + modelChoice.id() + " + lexical)" : "lexical", writer.name());
        return new Thesisbot(assistant, library, model, writer.name(), retriever, reader);
    }

    /** How questions are read: the model's vocabulary from config/understanding.yaml. */
    public Reader reader() {
        return reader;
    }

    /** The bundled embedding model, or null (with a log line) when it cannot be loaded: retrieval and the guard then work on words. */
    private static EmbeddingModel loadEmbeddingModel(EmbeddingModelChoice choice) {
        try {
            return choice.load();
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("the embedding model could not be loaded ({}); retrieval and the grounding guard use words only",
                    e.getClass().getSimpleName());
            return null;
        }
    }

    public RoutingAssistant assistant() {
        return assistant;
    }

    public SourceLibrary library() {
        return library;
    }

    public ScenarioModel model() {
        return model;
    }

    /** "extractive" or "llm:&lt;model&gt;". */
    public String answerer() {
        return answerer;
    }

    public Retriever retriever() {
        return retriever;
    }

    private static List<String> secretValues(Secrets s) {
        List<String> out = new ArrayList<>();
        for (String v : new String[] {s.slackBotToken(), s.slackSigningSecret(), s.slackAppToken(), s.apiToken(),
                s.openAiApiKey(), s.anthropicApiKey()}) {
            if (v != null && v.length() >= 8) {
                out.add(v);
            }
        }
        return out;
    }

    /** Lower-case words of the corpus, so the router can tell when a question names something the sources never do. */
    public static Set<String> vocabulary(List<Passage> passages) {
        Set<String> out = new HashSet<>();
        for (Passage p : passages) {
            for (String w : p.text().toLowerCase(Locale.ROOT).split("[^a-z0-9$%.'-]+")) {
                String t = w.replaceAll("^[^a-z0-9$]+|[^a-z0-9%]+$", "").replaceAll("'s$", "");
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
            out.add(p.title().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** Grounding, seen through the core's Narrator port. */
    private record GroundingNarrator(Grounding grounding) implements Narrator {
        @Override
        public List<ScoredPassage> retrieve(String question) {
            return grounding.retrieve(question);
        }

        @Override
        public Narrative answer(String question, List<ScoredPassage> retrieved, List<MetricResult> numbers,
                                AnswerListener listener) {
            GroundedAnswer g = grounding.answer(question, retrieved, numbers, listener);
            // "the sources don't cover that" is written by the offline path, not a model: report it as extractive
            String answerer = g.covered() ? g.answerer() : ExtractiveWriter.NAME;
            return new Narrative(g.covered(), g.text(), g.citations(), answerer, g.notes());
        }
    }
}
