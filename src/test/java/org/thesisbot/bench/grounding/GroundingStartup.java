package org.thesisbot.bench.grounding;

import org.thesisbot.core.lexicon.TestLexicons;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.thesisbot.core.grounding.SourceLibrary;
import org.thesisbot.llm.EmbeddingModelChoice;
import org.thesisbot.llm.HybridRetriever;

/**
 * Start-up costs in a fresh JVM: loading the documents, loading the bundled embedding model, building the
 * index with an empty cache, and building it again from the cache (a restart with unchanged documents).
 * Run it several times; each run is one cold start. {@code -Dmodel=bge-small} or {@code e5-small} measures
 * another embedding model (grounding.embedding_model).
 *
 * <pre>
 * mvn -q -B exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.thesisbot.bench.grounding.GroundingStartup [-Dmodel=e5-small]
 * </pre>
 */
public final class GroundingStartup {
    private GroundingStartup() {
    }

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        SourceLibrary library = org.thesisbot.sources.TestCorpus.library(Path.of("documents"));
        long t1 = System.nanoTime();
        EmbeddingModelChoice choice = EmbeddingModelChoice.of(System.getProperty("model", "minilm"));
        EmbeddingModel model = choice.load();
        long t2 = System.nanoTime();
        Path cache = Files.createTempDirectory("thesisbot-startup-cache");
        HybridRetriever cold = new HybridRetriever(library, TestLexicons.real(), model, choice, cache, s -> { });
        long t3 = System.nanoTime();
        HybridRetriever warm = new HybridRetriever(library, TestLexicons.real(), model, choice, cache, s -> { });
        long t4 = System.nanoTime();
        long t5 = System.nanoTime();
        warm.retrieve("Why would Amazon invest in OpenAI when it already backs Anthropic?", 4);
        long t6 = System.nanoTime();
        System.out.printf("model=" + choice.settingName() + " documents=%.1f ms passages=%d modelLoad=%.1f ms indexBuildEmpty=%.1f ms (embedded %d) "
                        + "indexFromCache=%.1f ms (fromCache=%s) firstQuery=%.1f ms%n",
                ms(t1 - t0), library.passages().size(), ms(t2 - t1), ms(t3 - t2), cold.stats().embedded(), ms(t4 - t3),
                warm.stats().fromCache(), ms(t6 - t5));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
