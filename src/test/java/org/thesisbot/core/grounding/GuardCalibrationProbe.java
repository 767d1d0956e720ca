package org.thesisbot.core.grounding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.thesisbot.llm.CachedSentenceEmbeddings;
import org.thesisbot.llm.EmbeddingModelChoice;

/**
 * A developer's measurement, not a check: {@code mvn -q test -Dtest=GuardCalibrationProbe -Dguardcal=bge-small,e5-small}
 * searches, for each model, the similarity calibration (offset, scale onto MiniLM's scale) that gives the guard's
 * constants the best worse-of-two rate (bad sentences dropped, faithful ones kept) on the tune half of the guard
 * fixtures, as the constants themselves were chosen with MiniLM, and prints it with both halves' figures.
 */
class GuardCalibrationProbe {
    private static final Path DIR = Path.of("src", "test", "resources", "grounding", "guard-fixtures");

    record Fixture(boolean faithful, String split, List<ScoredPassage> cited, String sentence) {
    }

    @Test
    void search() throws IOException {
        String models = System.getProperty("guardcal");
        Assumptions.assumeTrue(models != null && !models.isBlank(), "set -Dguardcal to use this probe");
        Map<String, String> passages = new LinkedHashMap<>();
        for (String l : lines("passages.tsv")) {
            String[] p = l.split("\t");
            passages.put(p[0], p[1]);
        }
        List<Fixture> fixtures = new ArrayList<>();
        for (String l : lines("sentences.tsv")) {
            String[] f = l.split("\t");
            List<ScoredPassage> cited = List.of(f[3].split(",")).stream()
                    .map(id -> new ScoredPassage(new Passage("amazon-openai-50b-bet#" + id, "amazon-openai-50b-bet",
                            "Amazon's potential $50 billion bet on OpenAI", 1, 1, passages.get(id)), 0.9, 0.9, 0.9)).toList();
            fixtures.add(new Fixture(f[0].equals("faithful"), f[2], cited, f[4]));
        }
        Set<String> corpus = new HashSet<>();
        passages.values().forEach(t -> corpus.addAll(Terms.of(t)));
        List<String> prompts = List.of(Files.readString(Path.of("prompts", "system.txt")), Files.readString(Path.of("prompts", "answer.txt")));
        for (String name : models.split(",")) {
            EmbeddingModelChoice choice = EmbeddingModelChoice.of(name);
            SentenceEmbeddings base = new CachedSentenceEmbeddings(choice.load(), choice);
            double[] best = null;
            for (double scale = 1.0; scale <= 5.001; scale += 0.25) {
                for (double offset = -0.2; offset <= 0.85; offset += 0.01) {
                    double o = offset;
                    double sc = scale;
                    SentenceEmbeddings calibrated = new SentenceEmbeddings() {
                        @Override
                        public List<float[]> embed(List<String> texts) {
                            return base.embed(texts);
                        }

                        @Override
                        public double similarity(float[] a, float[] b) {
                            return Math.max(-1, Math.min(1, (SentenceEmbeddings.cosine(a, b) - o) * sc));
                        }
                    };
                    GroundingGuard guard = new GroundingGuard(prompts, calibrated, corpus::contains);
                    double[] r = rates(guard, fixtures);
                    double worse = Math.min(r[0], r[2]);
                    if (best == null || worse > best[0] + 1e-9) {
                        best = new double[] {worse, o, sc, r[0], r[1], r[2], r[3]};
                    }
                }
            }
            System.out.printf(Locale.ROOT, "%s: similarity offset %.2f scale %.2f -> bad dropped %.1f%% (tune) %.1f%% (holdout); "
                            + "faithful kept %.1f%% (tune) %.1f%% (holdout)%n", name, best[1], best[2], 100 * best[3], 100 * best[4],
                    100 * best[5], 100 * best[6]);
        }
    }

    /** bad dropped (tune, holdout), faithful kept (tune, holdout). */
    private static double[] rates(GroundingGuard guard, List<Fixture> fixtures) {
        int[] n = new int[4];
        int[] right = new int[4];
        for (Fixture f : fixtures) {
            int k = (f.faithful() ? 2 : 0) + (f.split().equals("tune") ? 0 : 1);
            n[k]++;
            boolean kept = !guard.check(new Draft(f.sentence(), "llm:test", List.of()), new WriteRequest("q", f.cited(), List.of())).isEmpty();
            if (kept == f.faithful()) {
                right[k]++;
            }
        }
        return new double[] {(double) right[0] / n[0], (double) right[1] / n[1], (double) right[2] / n[2], (double) right[3] / n[3]};
    }

    private static List<String> lines(String name) throws IOException {
        return Files.readAllLines(DIR.resolve(name)).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }
}
