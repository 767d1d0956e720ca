package org.thesisbot;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thesisbot.config.ConfigException;
import org.thesisbot.config.LexiconLoader;
import org.thesisbot.config.ScenarioYamlLoader;
import org.thesisbot.config.Secrets;
import org.thesisbot.config.Settings;
import org.thesisbot.config.UnderstandingYamlLoader;
import org.thesisbot.core.api.AnswerListener;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.LinkPolicy;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.api.Telemetry;
import org.thesisbot.core.assistant.Narrator;
import org.thesisbot.core.assistant.RoutingAssistant;
import org.thesisbot.core.grounding.AnswerWriter;
import org.thesisbot.core.grounding.Changes;
import org.thesisbot.core.grounding.EnglishWords;
import org.thesisbot.core.grounding.ExtractiveWriter;
import org.thesisbot.core.grounding.GroundedAnswer;
import org.thesisbot.core.grounding.Grounding;
import org.thesisbot.core.grounding.GroundingGuard;
import org.thesisbot.core.grounding.LexicalRetriever;
import org.thesisbot.core.grounding.Passage;
import org.thesisbot.core.grounding.Retriever;
import org.thesisbot.core.grounding.ScoredPassage;
import org.thesisbot.core.grounding.SentenceEmbeddings;
import org.thesisbot.core.grounding.SourceDocument;
import org.thesisbot.core.grounding.SourceLibrary;
import org.thesisbot.core.grounding.SourceVocabulary;
import org.thesisbot.core.lexicon.Lexicon;
import org.thesisbot.core.reading.MetricSemantics;
import org.thesisbot.core.reading.Reader;
import org.thesisbot.core.reading.Vocabulary;
import org.thesisbot.core.route.HelpMeaning;
import org.thesisbot.core.route.Router;
import org.thesisbot.core.scenario.InvalidInputException;
import org.thesisbot.core.scenario.ScenarioModel;
import org.thesisbot.core.state.ThreadStore;
import org.thesisbot.core.text.Spelling;
import org.thesisbot.llm.CachedSentenceEmbeddings;
import org.thesisbot.llm.ChatModelFactory;
import org.thesisbot.llm.EmbeddingCache;
import org.thesisbot.llm.EmbeddingModelChoice;
import org.thesisbot.llm.HybridRetriever;
import org.thesisbot.llm.LlmAnswerWriter;
import org.thesisbot.llm.PromptTemplates;
import org.thesisbot.sources.Corpus;
import org.thesisbot.sources.CorpusLoader;
import org.thesisbot.sources.DocumentReader;
import org.thesisbot.state.StateBackend;

/**
 * The brain, assembled from the config directory: scenario model, source library, retrieval, answer
 * writer (LLM or extractive), router, thread memory. Used by the server, the CLI and tests alike.
 *
 * <h2>Reloads</h2>
 * Everything that comes from {@code documents/}, {@code config/scenario.yaml} and {@code config/lexicon.yaml}
 * lives in one immutable {@link Brain}. {@link #reload} builds a new brain beside the one serving (re-reading
 * only changed files, re-embedding only changed passages) and swaps it in with one atomic reference write:
 * a question already being answered finishes on the brain it started with, the next one gets the new brain,
 * and no question waits for a reload. Thread memory, the language model and the embedding model are shared
 * across brains. A reload with a bad file (a document that cannot be read, a scenario or lexicon that does not
 * check) changes nothing: the previous brain keeps serving, and the problem is reported by {@link #status()}.
 */
public final class Thesisbot {
    private static final Logger LOG = LoggerFactory.getLogger(Thesisbot.class);

    /**
     * Everything that a reload replaces, immutable.
     *
     * @param corpus what the scan of documents/ found (including files it skipped, and why)
     */
    public record Brain(RoutingAssistant assistant, SourceLibrary library, ScenarioModel model, Retriever retriever,
                        Lexicon lexicon, Vocabulary vocabulary, String understandingFingerprint, Reader reader,
                        Corpus corpus, Instant builtAt, Duration buildTime) {
    }

    /**
     * The outcome of a reload.
     *
     * @param ok       true when the new state is serving
     * @param problems why not (ok=false), or files skipped at start (they do not block: they were never served)
     * @param changes  what changed: "added x", "removed y", "changed z", "config/scenario.yaml"
     */
    public record ReloadReport(boolean ok, Instant at, Duration took, List<String> problems, List<String> changes) {
        public ReloadReport {
            problems = List.copyOf(problems);
            changes = List.copyOf(changes);
        }
    }

    private final Path home;
    private final Settings settings;
    private final Secrets secrets;
    private final Telemetry telemetry;
    private final Clock clock;
    private final ThreadStore memory;
    private final DocumentReader reader;
    private final CorpusLoader loader;
    private final EmbeddingCache embeddings;
    private final EmbeddingModelChoice modelChoice;
    private final Optional<ChatModel> chat;
    private final StreamingChatModel streaming;
    private final ChatModelFactory factory;
    private final PromptTemplates prompts;
    private final AtomicReference<Brain> current = new AtomicReference<>();
    private final LiveAssistant live;
    private volatile EmbeddingModel embeddingModel;
    /** One sentence-embedding port, cached, for the guard; shared across brains (null: words only). */
    private volatile SentenceEmbeddings sentenceEmbeddings;
    private volatile boolean embeddingModelFailed;
    private volatile ReloadReport lastReload;
    /** The model writers of the brains built so far (a reload builds a new one): a shutdown cuts all their calls short. */
    private final java.util.Set<LlmAnswerWriter> writers =
            java.util.Collections.synchronizedSet(java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>()));

    private Thesisbot(Path home, Settings settings, Secrets secrets, Telemetry telemetry, Clock clock, ThreadStore threads) {
        this.home = home;
        this.settings = settings;
        this.secrets = secrets;
        this.telemetry = telemetry;
        this.clock = clock;
        this.memory = threads;
        this.reader = new DocumentReader(settings.sources().maxFileBytes(), settings.sources().maxPdfPages());
        this.loader = new CorpusLoader(reader);
        this.modelChoice = EmbeddingModelChoice.of(settings.grounding().embeddingModel());
        if (settings.grounding().embeddings() && !modelChoice.bundled()) {
            throw new ConfigException("grounding.embedding_model is " + modelChoice.settingName() + ", but this build does not"
                    + " bundle it: build the jar with mvn -q -DskipTests -Pembedding-models package, or use minilm (the default)");
        }
        this.embeddings = new EmbeddingCache(home.resolve(settings.grounding().cacheDir()), modelChoice.id(),
                line -> LOG.info("{}", line));
        this.factory = new ChatModelFactory(settings.llm(), secrets);
        this.chat = factory.create();
        this.streaming = chat.isPresent() ? factory.createStreaming().orElse(null) : null;
        this.prompts = chat.isPresent() ? PromptTemplates.load(home.resolve("prompts")) : null;
        this.live = new LiveAssistant(this, settings.slack().admins(), settings.slack().command());
    }

    /**
     * Builds the first brain. A configuration that does not check (scenario, lexicon, no usable document at all)
     * stops start-up with a {@link ConfigException}; a document that cannot be read is skipped, logged, and
     * listed in {@link #status()}.
     *
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
        Thesisbot bot = new Thesisbot(home, settings, secrets, telemetry, clock, threads);
        long t0 = System.nanoTime();
        Corpus corpus = bot.loader.load(bot.documentsDir());
        corpus.problems().forEach(p -> LOG.warn("documents: skipped {}: {}", p.file(), p.message()));
        Brain brain = bot.assemble(corpus, bot.lexicon(), bot.understanding(), bot.scenario(), t0);
        bot.current.set(brain);
        bot.lastReload = new ReloadReport(true, clock.instant(), brain.buildTime(),
                corpus.problems().stream().map(p -> p.file() + ": " + p.message()).toList(), List.of("start"));
        return bot;
    }

    /**
     * Re-reads documents/ and config/ and swaps in the new state, or keeps the current one when a file is bad.
     * One reload at a time; questions keep being answered meanwhile.
     *
     * @param reason for the log ("watch: documents/x.md changed", "/scenario reload by U123")
     */
    public synchronized ReloadReport reload(String reason) {
        long t0 = System.nanoTime();
        Brain before = current.get();
        List<String> problems = new ArrayList<>();
        Corpus corpus = loader.load(documentsDir(), before.corpus());
        // a file that was already skipped when the serving state was built does not block: it was never served
        for (Corpus.Problem p : corpus.problems()) {
            String name = Path.of(p.file()).getFileName().toString();
            Corpus.FileResult was = before.corpus().files().get(name);
            Corpus.FileResult now = corpus.files().get(name);
            boolean unchangedBad = was != null && now != null && was.problem() != null && was.fingerprint().equals(now.fingerprint());
            if (!unchangedBad) {
                problems.add(p.file() + ": " + p.message());
            }
        }
        Lexicon lexicon = null;
        Vocabulary understanding = null;
        ScenarioModel scenario = null;
        try {
            lexicon = lexicon();
        } catch (ConfigException e) {
            problems.add(e.getMessage());
        }
        try {
            understanding = understanding();
        } catch (ConfigException e) {
            problems.add(e.getMessage());
        }
        try {
            scenario = scenario();
        } catch (ConfigException e) {
            problems.add(e.getMessage());
        }
        List<String> changes = changes(before, corpus, lexicon, scenario);
        if (understanding != null && !understandingFingerprint().equals(before.understandingFingerprint())) {
            changes.add("config/understanding.yaml");
        }
        if (problems.isEmpty() && changes.isEmpty()) {
            return report(true, t0, List.of(), List.of(), reason);
        }
        if (!problems.isEmpty()) {
            return report(false, t0, problems, changes, reason);
        }
        try {
            Brain next = assemble(corpus, lexicon, understanding, scenario, t0);
            current.set(next);
            return report(true, t0, List.of(), changes, reason);
        } catch (ConfigException | InvalidInputException e) {
            return report(false, t0, List.of(e.getMessage()), changes, reason);
        } catch (RuntimeException e) {
            LOG.error("reload failed ({}); the previous state keeps serving", reason, e);
            return report(false, t0, List.of("internal error while building the new index: " + e.getClass().getSimpleName()), changes, reason);
        }
    }

    private ReloadReport report(boolean ok, long t0, List<String> problems, List<String> changes, String reason) {
        ReloadReport r = new ReloadReport(ok, clock.instant(), Duration.ofNanos(System.nanoTime() - t0), problems, changes);
        if (!ok) {
            LOG.warn("reload ({}) refused, the previous state keeps serving: {}", reason, String.join("; ", problems));
            telemetry.increment("thesisbot.reloads", "outcome", "refused");
            lastReload = r;
        } else if (!changes.isEmpty()) {
            Brain b = current.get();
            LOG.info("reloaded ({}) in {} ms: {}; now {} documents, {} passages", reason, r.took().toMillis(),
                    String.join(", ", changes), b.library().documents().size(), b.library().passages().size());
            telemetry.increment("thesisbot.reloads", "outcome", "ok");
            lastReload = r;
        } else if (lastReload != null && !lastReload.ok()) {
            lastReload = r; // the bad file was fixed back to what is serving
        }
        return r;
    }

    /** What changed between the serving brain and what was just read. */
    private static List<String> changes(Brain before, Corpus corpus, Lexicon lexicon, ScenarioModel scenario) {
        List<String> out = new ArrayList<>();
        Set<String> was = new HashSet<>();
        before.library().documents().forEach(d -> was.add(d.id()));
        for (var d : corpus.documents()) {
            Optional<org.thesisbot.core.grounding.SourceDocument> old = before.library().document(d.id());
            if (old.isEmpty()) {
                out.add("added " + d.id());
            } else if (!old.get().equals(d)) {
                out.add("changed " + d.id());
            }
            was.remove(d.id());
        }
        was.forEach(id -> out.add("removed " + id));
        if (lexicon != null && !lexicon.equals(before.lexicon())) {
            out.add("config/lexicon.yaml");
        }
        if (scenario != null && !sameScenario(scenario, before.model())) {
            out.add("config/scenario.yaml");
        }
        return out;
    }

    private static boolean sameScenario(ScenarioModel fresh, ScenarioModel serving) {
        // the serving model's provenance carries locations and flags; compare what the file says
        List<String> a = fresh.inputs().stream().map(i -> i.id() + "=" + i.value().toPlainString() + "|" + i.label() + "|"
                + i.provenance().document() + "|" + i.provenance().quote() + "|" + i.provenance().note() + "|"
                + i.provenance().rationale()).toList();
        List<String> b = serving.inputs().stream().map(i -> i.id() + "=" + i.value().toPlainString() + "|" + i.label() + "|"
                + i.provenance().document() + "|" + i.provenance().quote() + "|" + i.provenance().note() + "|"
                + i.provenance().rationale()).toList();
        return a.equals(b) && fresh.scenarios().toString().equals(serving.scenarios().toString());
    }

    private Brain assemble(Corpus corpus, Lexicon lexicon, Vocabulary understanding, ScenarioModel scenario, long t0) {
        long p0 = System.nanoTime();
        SourceLibrary library = SourceLibrary.of(corpus.documents());
        long p1 = System.nanoTime();
        if (library.passages().isEmpty()) {
            throw new ConfigException("no source documents found in " + documentsDir()
                    + ": add at least one .md, .txt, .html or .pdf file with its metadata (see README, Adding documents)");
        }
        ScenarioModel model = scenario.withLocatedSources(library);
        model.flagged().forEach(i -> LOG.warn("scenario input '{}' is flagged: {}", i.id(), i.provenance().flag()));
        long p2 = System.nanoTime();
        Retriever retriever = retriever(library, lexicon);
        long p3 = System.nanoTime();
        // one sentence-embedding port for the guard and the extractive writer: the hybrid index's, in which the
        // sources' passages and sentences were embedded at index time (from the cache after a restart)
        SentenceEmbeddings sentences = retriever instanceof HybridRetriever hybrid ? hybrid.sentenceEmbeddings()
                : sentenceEmbeddings;
        SourceVocabulary sourceWords = SourceVocabulary.of(library.passages());
        library.anticipations().unmatched().forEach(u -> LOG.warn("anticipated questions for a sentence no longer in the document, ignored: {}", u));
        ExtractiveWriter extractive = new ExtractiveWriter(sentences, sourceWords, lexicon, library.anticipations());
        AnswerWriter writer = extractive;
        List<String> confidential = new ArrayList<>(secretValues(secrets));
        if (chat.isPresent()) {
            LlmAnswerWriter llm = new LlmAnswerWriter(chat.get(), streaming, factory.modelName(), prompts, extractive,
                    Duration.ofSeconds(settings.llm().deadlineSeconds()), settings.llm().maxRetries(), telemetry,
                    factory.http(), settings.llm().maxAnswerChars());
            writers.add(llm);
            writer = llm;
            confidential.addAll(llm.confidentialTexts());
        }
        // the guard drops any sentence that would leak a prompt or a secret value; links in answers may point only at
        // hosts the documents name in their own metadata (url)
        LinkPolicy links = LinkPolicy.forDocumentUrls(library.documents().stream().map(SourceDocument::url).toList());
        GroundingGuard guard = new GroundingGuard(confidential, sentences, GroundingGuard.corpusTerms(library.passages()),
                links, lexicon);
        Grounding grounding = new Grounding(retriever, writer, extractive, guard, settings.grounding().topK(),
                settings.grounding().minRelevance(), library.coverage(), telemetry, settings.server().questionMaxChars(),
                library.claims(), settings.grounding().extractivePool());
        long p4 = System.nanoTime();
        // the metric examples are embedded through the process-wide cache, so a reload does not embed them again
        SentenceEmbeddings examples = sentenceEmbeddings != null ? sentenceEmbeddings : sentences;
        Reader reader = new Reader(model, understanding,
                examples == null ? null : new MetricSemantics(examples, understanding.examples()));
        // plurals, case, hyphenation and British spellings of the sources' words count as theirs ("Data Centres")
        Router router = new Router(reader, sourceWords::knows, settings.grounding().minRelevance(), lexicon.routing(),
                examples == null ? null : HelpMeaning.of(examples, sentences, lexicon, understanding.examples(), library.anticipations().all()));
        RoutingAssistant assistant = new RoutingAssistant(model, reader, new GroundingNarrator(grounding, library), router,
                memory, telemetry, clock, settings.server().questionMaxChars(), settings.slack().command(),
                settings.grounding().minRelevance(), lexicon, spelling(lexicon, understanding, sourceWords));
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        LOG.info("brain phases: library {} ms, scenario check {} ms, retrieval index {} ms, guard {} ms, router and assistant {} ms",
                (p1 - p0) / 1_000_000, (p2 - p1) / 1_000_000, (p3 - p2) / 1_000_000, (p4 - p3) / 1_000_000,
                (System.nanoTime() - p4) / 1_000_000);
        LOG.info("brain ready in {} ms: {} documents, {} passages, retrieval {}, answers {}", took.toMillis(),
                library.documents().size(), library.passages().size(),
                retriever instanceof HybridRetriever ? "hybrid (" + modelChoice.id() + " + lexical)" : "lexical", writer.name());
        return new Brain(assistant, library, model, retriever, lexicon, understanding, understandingFingerprint(), reader,
                corpus, clock.instant(), took);
    }

    /** English words of grammar that neither WordNet (content words only) nor the stop words list: never typos. */
    private static final Set<String> CLOSED_CLASS = Set.of("whose", "whilst", "amongst", "myself", "yourself", "himself",
            "herself", "ourselves", "yourselves", "themselves", "whoever", "whatever", "whichever", "wherever", "whenever");

    /**
     * Typos are mended to the words the bot reads questions by: the lexicon's terms, the English words written out in
     * config/understanding.yaml (by the shape of the patterns: WordNet loads after start), and the sources' own words. A
     * word English or the sources know is never mended, so the vocabulary can be this wide: "negaitve" reads "negative",
     * "hudnred" "hundred", while "revenge" stays revenge.
     */
    private static Spelling spelling(Lexicon lexicon, Vocabulary understanding, SourceVocabulary sourceWords) {
        Set<String> terms = new HashSet<>(lexicon.spelling().terms());
        terms.addAll(understanding.literalWords());
        Set<String> sources = sourceWords.letterWords();
        // the sources' longer words only: a short word is one keystroke from too many others ("snark" from "stark")
        sources.stream().filter(w -> w.length() >= 6).forEach(terms::add);
        // the sources' words as written, not by stem: "revenu" shares revenue's stem, and is a typo of it
        return new Spelling(terms, lexicon.spelling().protectedWords(),
                w -> EnglishWords.known(w) || EnglishWords.function(w) || CLOSED_CLASS.contains(w) || sources.contains(w));
    }

    private Retriever retriever(SourceLibrary library, Lexicon lexicon) {
        if (!settings.grounding().embeddings()) {
            return new LexicalRetriever(library.passages(), lexicon);
        }
        EmbeddingModel m = embeddingModel();
        if (m == null) {
            return new LexicalRetriever(library.passages(), lexicon);
        }
        return new HybridRetriever(library, lexicon, m, modelChoice, embeddings, line -> LOG.info("{}", line));
    }

    /** The configured embedding model (grounding.embedding_model), loaded once; null (lexical retrieval, logged once) when it cannot load. */
    private EmbeddingModel embeddingModel() {
        if (embeddingModel == null && !embeddingModelFailed) {
            synchronized (this) {
                if (embeddingModel == null && !embeddingModelFailed) {
                    try {
                        embeddingModel = modelChoice.load();
                        sentenceEmbeddings = new CachedSentenceEmbeddings(embeddingModel, modelChoice);
                    } catch (RuntimeException | LinkageError e) {
                        embeddingModelFailed = true;
                        LOG.warn("the embedding model could not be loaded ({}); retrieval and the grounding guard use words only",
                                e.getClass().getSimpleName());
                    }
                }
            }
        }
        return embeddingModel;
    }

    private Lexicon lexicon() {
        return new LexiconLoader().load(home.resolve("config").resolve("lexicon.yaml"));
    }

    private Vocabulary understanding() {
        return new UnderstandingYamlLoader().load(home.resolve("config").resolve("understanding.yaml"));
    }

    /** What config/understanding.yaml holds now (its vocabulary has no equality of its own). */
    private String understandingFingerprint() {
        try {
            return Integer.toHexString(java.nio.file.Files.readString(home.resolve("config").resolve("understanding.yaml")).hashCode());
        } catch (java.io.IOException e) {
            return "unreadable";
        }
    }

    private ScenarioModel scenario() {
        Path file = home.resolve("config").resolve("scenario.yaml");
        try {
            return new ScenarioYamlLoader().load(file);
        } catch (InvalidInputException e) {
            throw new ConfigException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Shutdown: model calls in progress end now (keeping what streamed, else the extractive answer) and later
     * ones are extractive; see {@link LlmAnswerWriter#cutShort()}.
     */
    public void cutModelCallsShort() {
        synchronized (writers) {
            writers.forEach(LlmAnswerWriter::cutShort);
        }
    }

    public Path documentsDir() {
        return home.resolve(settings.grounding().documentsDir());
    }

    public Path configDir() {
        return home.resolve("config");
    }

    public Settings settings() {
        return settings;
    }

    /** The assistant every mouth talks to: always the current brain, plus {@code sources} and {@code reload}. */
    public Assistant assistant() {
        return live;
    }

    public Brain brain() {
        return current.get();
    }

    public SourceLibrary library() {
        return current.get().library();
    }

    public ScenarioModel model() {
        return current.get().model();
    }

    public Retriever retriever() {
        return current.get().retriever();
    }

    /** How questions are read: the model's vocabulary from config/understanding.yaml. */
    public Reader reader() {
        return current.get().reader();
    }

    /** "extractive" or "llm:&lt;model&gt;". */
    public String answerer() {
        return chat.isPresent() ? "llm:" + factory.modelName() : ExtractiveWriter.NAME;
    }

    /** What adding a file from Slack needs: the documents directory, its reader, and a reload. */
    public org.thesisbot.sources.SourceDesk desk() {
        return new org.thesisbot.sources.SourceDesk() {
            @Override
            public Path documentsDir() {
                return Thesisbot.this.documentsDir();
            }

            @Override
            public DocumentReader reader() {
                return reader;
            }

            @Override
            public Reloaded reload(String reason) {
                ReloadReport r = Thesisbot.this.reload(reason);
                Brain b = current.get();
                return new Reloaded(r.ok(), r.problems(), b.library().documents().size(), b.library().passages().size());
            }
        };
    }

    /** The last reload (or the start), for /ready and /scenario sources. */
    public ReloadReport status() {
        return lastReload;
    }

    /** One line for /ready: what is serving, and the last reload's problems if it was refused. */
    public String readinessDetail() {
        Brain b = current.get();
        StringBuilder sb = new StringBuilder("index built: ").append(b.library().documents().size()).append(" documents, ")
                .append(b.library().passages().size()).append(" passages; answers: ").append(answerer());
        ReloadReport r = lastReload;
        if (r != null && !r.ok()) {
            sb.append("; last reload refused at ").append(r.at()).append(", still serving the state of ").append(b.builtAt())
                    .append(": ").append(String.join("; ", r.problems()));
        } else if (!b.corpus().problems().isEmpty()) {
            sb.append("; skipped ").append(b.corpus().problems().size()).append(" file(s): ")
                    .append(String.join("; ", b.corpus().problems().stream().map(p -> p.file() + ": " + p.message()).toList()));
        }
        List<String> flagged = b.model().flagged().stream().map(i -> i.id()).toList();
        if (!flagged.isEmpty()) {
            sb.append("; flagged inputs: ").append(String.join(", ", flagged));
        }
        return sb.toString();
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
    private record GroundingNarrator(Grounding grounding, SourceLibrary library) implements Narrator {
        @Override
        public List<ScoredPassage> retrieve(String question) {
            return grounding.retrieve(question);
        }

        @Override
        public Narrative answer(String question, List<ScoredPassage> retrieved, List<MetricResult> numbers,
                                AnswerListener listener) {
            return answer(question, retrieved, numbers, listener, List.of());
        }

        @Override
        public Narrative answer(String question, List<ScoredPassage> retrieved, List<MetricResult> numbers,
                                AnswerListener listener, List<String> pasted) {
            GroundedAnswer g = grounding.answer(question, retrieved, numbers, listener, pasted);
            // "the sources don't cover that" is written by the offline path, not a model: report it as extractive
            String answerer = g.covered() ? g.answerer() : ExtractiveWriter.NAME;
            return new Narrative(g.covered(), g.text(), g.citations(), answerer, g.notes());
        }

        @Override
        public Narrative whatsNew() {
            GroundedAnswer g = Changes.whatsNew(library);
            return new Narrative(g.covered(), g.text(), g.citations(), g.answerer(), g.notes());
        }
    }
}
