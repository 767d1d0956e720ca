package org.thesisbot.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thesisbot.core.reading.MetricSemantics;
import org.thesisbot.core.scenario.Amounts;
import org.thesisbot.core.scenario.Metric;
import org.thesisbot.core.scenario.TestModels;
import org.thesisbot.llm.CachedSentenceEmbeddings;

/**
 * How well meaning alone finds the asked metric, without any of the vocabulary's phrases: every blind
 * numeric question that asks exactly one metric is matched against the examples in
 * config/understanding.yaml. The reader uses this only when no phrase names a metric, to offer the two
 * closest metrics as a choice (never to answer); this test keeps that pair useful.
 */
class MetricSemanticsTest {
    private static MetricSemantics semantics;

    @BeforeAll
    static void load() {
        semantics = new MetricSemantics(new CachedSentenceEmbeddings(new AllMiniLmL6V2QuantizedEmbeddingModel()),
                TestModels.vocabulary().examples());
    }

    @Test
    void the_two_closest_by_meaning_usually_include_the_asked_metric() throws IOException {
        List<EvalCase> cases = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/eval"))) {
            for (Path p : s.filter(p -> p.getFileName().toString().matches("(dev|val)-.*\\.jsonl")).sorted().toList()) {
                cases.addAll(EvalRun.load(p));
            }
        }
        int asked = 0;
        int clear = 0;
        int clearRight = 0;
        int top1 = 0;
        int top2 = 0;
        List<String> wrong = new ArrayList<>();
        for (EvalCase c : cases) {
            if (c.expect().size() != 1 || Metric.byId(c.expect().get(0).metric()).isEmpty() || c.thread() != null) {
                continue;
            }
            Metric expected = Metric.byId(c.expect().get(0).metric()).get();
            MetricSemantics.Match m = semantics.closest(Amounts.normalise(c.question())).orElseThrow();
            asked++;
            top1 += m.metric() == expected ? 1 : 0;
            top2 += m.metric() == expected || m.second() == expected ? 1 : 0;
            if (m.clear()) {
                clear++;
                if (m.metric() == expected) {
                    clearRight++;
                } else {
                    wrong.add(String.format(Locale.ROOT, "  %s -> %s %.2f (%s %.2f), expected %s", c.question(), m.metric().id(),
                            m.score(), m.second().id(), m.secondScore(), expected.id()));
                }
            }
        }
        System.out.printf(Locale.ROOT, "%nMeaning alone: %d questions, top-1 right %d (%.0f%%), top-2 %d (%.0f%%); clear matches %d, of them right %d (%.1f%%)%n",
                asked, top1, 100.0 * top1 / asked, top2, 100.0 * top2 / asked, clear, clearRight, 100.0 * clearRight / Math.max(1, clear));
        wrong.forEach(System.out::println);
        assertTrue(asked >= 100, "enough questions to judge by");
        // meaning alone is too weak to answer from (top-1 is about two in three), so the reader only offers the two
        // closest as a choice when no phrase names a metric: that pair must usually hold the asked one
        assertTrue(top2 >= 0.7 * asked, "the two closest include the asked metric at least 70% of the time");
    }
}
