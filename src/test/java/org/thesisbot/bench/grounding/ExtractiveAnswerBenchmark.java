package org.thesisbot.bench.grounding;

import org.thesisbot.core.lexicon.TestLexicons;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.thesisbot.core.api.AnswerListener;
import org.thesisbot.core.api.Telemetry;
import org.thesisbot.core.grounding.ExtractiveWriter;
import org.thesisbot.core.grounding.GroundedAnswer;
import org.thesisbot.core.grounding.Grounding;
import org.thesisbot.core.grounding.GroundingFixtures;
import org.thesisbot.core.grounding.GroundingGuard;
import org.thesisbot.core.grounding.LexicalRetriever;
import org.thesisbot.core.grounding.ScoredPassage;
import org.thesisbot.core.grounding.SourceLibrary;
import org.thesisbot.core.grounding.SourceVocabulary;
import org.thesisbot.core.api.LinkPolicy;
import org.thesisbot.llm.HybridRetriever;

/**
 * A narrative answer with no LLM: retrieval plus the extractive writer (sentence choice), the guard and
 * citation numbering, over the 26 narrative test questions in turn. The hybrid rows run as shipped: the
 * sentences' embeddings come from the index, the question's from a cache after retrieval embedded it. Sample-time mode gives the latency percentiles (p99).
 *
 * <pre>
 * mvn -q -B test-compile
 * mvn -q -B exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.thesisbot.bench.grounding.ExtractiveAnswerBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class ExtractiveAnswerBenchmark {
    private List<String> questions;
    private Grounding lexical;
    private Grounding hybrid;
    private List<List<ScoredPassage>> retrievedLexical;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        SourceLibrary library = GroundingFixtures.article();
        questions = GroundingFixtures.narrativeQuestions().stream().map(GroundingFixtures.NarrativeQuestion::question).toList();
        SourceVocabulary words = SourceVocabulary.of(library.passages());
        ExtractiveWriter extractive = new ExtractiveWriter(null, words, TestLexicons.real());
        lexical = new Grounding(new LexicalRetriever(library.passages(), TestLexicons.real()), extractive, extractive, new GroundingGuard(),
                4, 0.3, library.coverage(), Telemetry.NOOP);
        Path cache = Files.createTempDirectory("thesisbot-bench-cache");
        // as shipped: the hybrid index's sentence embeddings choose the sentences and check them in the guard
        HybridRetriever retriever = new HybridRetriever(library, TestLexicons.real(), HybridRetriever.defaultModel(), cache, s -> { });
        ExtractiveWriter semantic = new ExtractiveWriter(retriever.sentenceEmbeddings(), words, TestLexicons.real());
        GroundingGuard guard = new GroundingGuard(List.of(), retriever.sentenceEmbeddings(),
                GroundingGuard.corpusTerms(library.passages()), LinkPolicy.forDocumentUrls(List.of()), TestLexicons.real());
        hybrid = new Grounding(retriever, semantic, semantic, guard, 4, 0.3, library.coverage(), Telemetry.NOOP);
        retrievedLexical = questions.stream().map(lexical::retrieve).toList();
    }

    private String question() {
        next = (next + 1) % questions.size();
        return questions.get(next);
    }

    /** Lexical retrieval (grounding.embeddings: false) + extractive answer. */
    @Benchmark
    public GroundedAnswer extractiveAnswerLexical() {
        String q = question();
        return lexical.answer(q, lexical.retrieve(q), List.of(), AnswerListener.NONE);
    }

    /** Hybrid retrieval (query embedding + fusion, the default) + extractive answer. */
    @Benchmark
    public GroundedAnswer extractiveAnswerHybrid() {
        String q = question();
        return hybrid.answer(q, hybrid.retrieve(q), List.of(), AnswerListener.NONE);
    }

    /** The extractive writer alone (with the guard and citation numbering), on passages retrieved beforehand. */
    @Benchmark
    public GroundedAnswer extractiveWriterOnly() {
        next = (next + 1) % questions.size();
        return lexical.answer(questions.get(next), retrievedLexical.get(next), List.of(), AnswerListener.NONE);
    }

    /** Hybrid retrieval alone (what the router pays to read the top score). */
    @Benchmark
    public List<ScoredPassage> retrieveHybrid() {
        return hybrid.retrieve(question());
    }

    /** Lexical retrieval alone. */
    @Benchmark
    public List<ScoredPassage> retrieveLexical() {
        return lexical.retrieve(question());
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(ExtractiveAnswerBenchmark.class.getSimpleName()).build()).run();
    }
}
