package org.thesisbot.bench.grounding;

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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.thesisbot.core.api.AnswerListener;
import org.thesisbot.core.api.LinkPolicy;
import org.thesisbot.core.api.Telemetry;
import org.thesisbot.core.grounding.ExtractiveWriter;
import org.thesisbot.core.grounding.GroundedAnswer;
import org.thesisbot.core.grounding.Grounding;
import org.thesisbot.core.grounding.GroundingFixtures;
import org.thesisbot.core.grounding.GroundingGuard;
import org.thesisbot.core.grounding.SourceLibrary;
import org.thesisbot.core.grounding.SourceVocabulary;
import org.thesisbot.core.lexicon.TestLexicons;
import org.thesisbot.llm.EmbeddingModelChoice;
import org.thesisbot.llm.HybridRetriever;

/**
 * The bundled embedding models side by side (grounding.embedding_model): a hybrid extractive answer (retrieval,
 * sentence choice, the guard, citations) to a question the bot has not seen, so its embedding is computed, as
 * for every new question in Slack (each of the 26 narrative test questions in turn, with a counter appended so no
 * question repeats); and the question's embedding alone. One JMH run takes the models in turn within each
 * fork; two forks repeat the comparison. The models other than minilm need the test classpath (they are test
 * dependencies unless built with -Pembedding-models).
 *
 * <pre>
 * mvn -q -B test-compile
 * mvn -q -B exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.thesisbot.bench.grounding.EmbeddingModelsBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(2)
public class EmbeddingModelsBenchmark {
    @Param({"minilm", "bge-small", "e5-small"})
    public String model;

    private List<String> questions;
    private Grounding grounding;
    private HybridRetriever retriever;
    private long n;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        SourceLibrary library = GroundingFixtures.article();
        questions = GroundingFixtures.narrativeQuestions().stream().map(GroundingFixtures.NarrativeQuestion::question).toList();
        EmbeddingModelChoice choice = EmbeddingModelChoice.of(model);
        Path cache = Files.createTempDirectory("thesisbot-bench-models");
        retriever = new HybridRetriever(library, TestLexicons.real(), choice.load(), choice, cache, s -> { });
        ExtractiveWriter writer = new ExtractiveWriter(retriever.sentenceEmbeddings(), SourceVocabulary.of(library.passages()),
                TestLexicons.real());
        GroundingGuard guard = new GroundingGuard(List.of(), retriever.sentenceEmbeddings(),
                GroundingGuard.corpusTerms(library.passages()), LinkPolicy.forDocumentUrls(List.of()), TestLexicons.real());
        grounding = new Grounding(retriever, writer, writer, guard, 4, 0.3, library.coverage(), Telemetry.NOOP);
    }

    /** A question not seen before: "…? (1234)". */
    private String newQuestion() {
        n++;
        return questions.get((int) (n % questions.size())) + " (" + n + ")";
    }

    /** Hybrid retrieval + extractive answer to a new question (its embedding computed once, then reused by sentence choice). */
    @Benchmark
    public GroundedAnswer extractiveAnswerNewQuestion() {
        String q = newQuestion();
        return grounding.answer(q, grounding.retrieve(q), List.of(), AnswerListener.NONE);
    }

    /** The question's embedding alone (the model's share of the answer). */
    @Benchmark
    public List<float[]> embedNewQuestion() {
        return retriever.sentenceEmbeddings().embedQueries(List.of(newQuestion()));
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(EmbeddingModelsBenchmark.class.getSimpleName()).build()).run();
    }
}
