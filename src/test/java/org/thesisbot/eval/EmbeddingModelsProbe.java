package org.thesisbot.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.Thesisbot;
import org.thesisbot.core.grounding.Passage;
import org.thesisbot.core.grounding.ScoredPassage;
import org.thesisbot.core.grounding.SentenceEmbeddings;
import org.thesisbot.core.grounding.Sentences;
import org.thesisbot.core.route.Router;
import org.thesisbot.llm.HybridRetriever;

/**
 * A developer's measurement, not a check: {@code mvn -q test -Dtest=EmbeddingModelsProbe -Dmodels=minilm,bge-small,e5-small}
 * builds the real offline brain once per bundled embedding model (extra settings as {@code -Dprobe.env=KEY=V,KEY=V})
 * and prints, for the dev and the validation sets: the narrative column (the first cited sentence answers), the
 * recall of the answering sentence in the top 4 and top 8 retrieved passages (the query the assistant retrieves
 * with: the question, or a mixed question's narrative clause), and the rank of the answering sentence among all
 * the sources' sentences by the model's similarity alone. Skipped without {@code -Dmodels}.
 */
class EmbeddingModelsProbe {
    @Test
    void compare() throws IOException {
        String models = System.getProperty("models");
        Assumptions.assumeTrue(models != null && !models.isBlank(), "set -Dmodels to use this probe");
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%n%-10s %-4s %9s %9s %9s %9s %9s %9s %8s%n",
                "model", "set", "narr", "recall@4", "recall@8", "recall@12", "sem@1", "sem@3", "build ms"));
        for (String model : models.split(",")) {
            Map<String, String> env = new java.util.HashMap<>();
            env.put("THESISBOT_GROUNDING_EMBEDDING_MODEL", model.strip());
            String extra = System.getProperty("probe.env", "");
            for (String kv : extra.split(",")) {
                if (kv.contains("=")) {
                    env.put(kv.substring(0, kv.indexOf('=')).strip(), kv.substring(kv.indexOf('=') + 1).strip());
                }
            }
            long t0 = System.nanoTime();
            Thesisbot brain = TestBrains.build(env);
            long buildMs = (System.nanoTime() - t0) / 1_000_000;
            for (String set : List.of("dev-", "val-")) {
                List<EvalCase> all = EvalRun.load(files(set));
                List<String> threads = all.stream().filter(c -> c.narrative() && c.thread() != null).map(EvalCase::thread).toList();
                List<EvalCase> cases = all.stream().filter(c -> c.narrative() || threads.contains(c.thread())).toList();
                List<EvalRun.Outcome> outcomes = new EvalRun(brain.assistant()).run(cases).stream()
                        .filter(o -> o.narrativeOk() != null).toList();
                long ok = outcomes.stream().filter(o -> Boolean.TRUE.equals(o.narrativeOk())).count();
                int[] recall = new int[3];
                int[] sem = new int[2];
                int withPhrase = 0;
                HybridRetriever hybrid = brain.retriever() instanceof HybridRetriever h ? h : null;
                List<String> allSentences = brain.library().passages().stream().flatMap(p -> Sentences.split(p.text()).stream())
                        .distinct().toList();
                List<float[]> sentenceVectors = hybrid == null ? List.of() : hybrid.sentenceEmbeddings().embed(allSentences);
                StringBuilder misses = new StringBuilder();
                for (EvalCase c : cases) {
                    if (c.answerPhrases().isEmpty()) {
                        continue;
                    }
                    withPhrase++;
                    String query = c.route().equals("mixed") ? Router.narrativePart(c.question()) : c.question();
                    List<ScoredPassage> top = brain.retriever().retrieve(query, 12);
                    int k = 0;
                    for (int limit : new int[] {4, 8, 12}) {
                        if (top.stream().limit(limit).anyMatch(p -> answers(p.passage().text(), c))) {
                            recall[k]++;
                        } else if (limit == 8) {
                            misses.append(String.format(Locale.ROOT, "    %-6s %s%n", c.id(), c.question()));
                        }
                        k++;
                    }
                    if (hybrid != null) {
                        SentenceEmbeddings e = hybrid.sentenceEmbeddings();
                        float[] q = e.embedQueries(List.of(query)).get(0);
                        Integer[] order = new Integer[allSentences.size()];
                        for (int i = 0; i < order.length; i++) {
                            order[i] = i;
                        }
                        Arrays.sort(order, (a, b) -> Double.compare(e.similarity(q, sentenceVectors.get(b)), e.similarity(q, sentenceVectors.get(a))));
                        for (int r = 0; r < 3; r++) {
                            if (answers(allSentences.get(order[r]), c)) {
                                if (r == 0) {
                                    sem[0]++;
                                }
                                sem[1]++;
                                break;
                            }
                        }
                    }
                }
                table.append(String.format(Locale.ROOT, "%-10s %-4s %9s %9s %9s %9s %9s %9s %8d%n", model, set.substring(0, 3),
                        ok + "/" + outcomes.size(), recall[0] + "/" + withPhrase, recall[1] + "/" + withPhrase,
                        recall[2] + "/" + withPhrase, sem[0] + "/" + withPhrase, sem[1] + "/" + withPhrase, buildMs));
                if (Boolean.getBoolean("probe.verbose")) {
                    System.out.println(model + " " + set + " narrative misses:\n" + EvalRun.failures(outcomes)
                            + "  not in the top 8:\n" + misses);
                }
            }
        }
        System.out.println(table);
    }

    /**
     * {@code -Dcalibrate=bge-small,e5-small}: each model's cosines against all-MiniLM-L6-v2's on the same pairs (every
     * pair of the sources' sentences; every dev question with every sentence), with the least-squares line
     * minilm = a + b * model and its inverse as offset/scale, so a model's similarities can be put on MiniLM's scale.
     */
    @Test
    void calibrate() throws IOException {
        String models = System.getProperty("calibrate");
        Assumptions.assumeTrue(models != null && !models.isBlank(), "set -Dcalibrate to use this probe");
        Thesisbot base = TestBrains.build(Map.of("THESISBOT_GROUNDING_EMBEDDING_MODEL", "minilm"));
        List<String> sentences = base.library().passages().stream().flatMap(p -> Sentences.split(p.text()).stream()).distinct().toList();
        List<String> questions = EvalRun.load(files("dev-")).stream().filter(EvalCase::narrative).map(EvalCase::question).toList();
        SentenceEmbeddings m0 = ((HybridRetriever) base.retriever()).sentenceEmbeddings();
        double[][] ref = pairs(m0, sentences, questions);
        for (String model : models.split(",")) {
            Thesisbot brain = TestBrains.build(Map.of("THESISBOT_GROUNDING_EMBEDDING_MODEL", model.strip()));
            SentenceEmbeddings m = ((HybridRetriever) brain.retriever()).sentenceEmbeddings();
            double[][] x = pairs(m, sentences, questions);
            for (int kind = 0; kind < 2; kind++) {
                double[] fit = fit(x[kind], ref[kind]);
                System.out.printf(Locale.ROOT, "%s %s: minilm = %.4f + %.4f * model (r=%.3f; model mean %.3f sd %.3f, minilm mean %.3f sd %.3f)"
                                + " -> offset %.4f scale %.4f%n", model, kind == 0 ? "sentence-sentence" : "question-sentence",
                        fit[0], fit[1], fit[2], mean(x[kind]), sd(x[kind]), mean(ref[kind]), sd(ref[kind]), -fit[0] / fit[1], fit[1]);
            }
            double[] all = concat(x[0], x[1]);
            double[] allRef = concat(ref[0], ref[1]);
            double[] fit = fit(all, allRef);
            System.out.printf(Locale.ROOT, "%s both: offset %.4f scale %.4f (r=%.3f)%n", model, -fit[0] / fit[1], fit[1], fit[2]);
            for (int kind = 0; kind < 3; kind++) {
                double[] mx = kind == 2 ? all : x[kind];
                double[] my = kind == 2 ? allRef : ref[kind];
                double scale = sd(my) / sd(mx);
                System.out.printf(Locale.ROOT, "%s %s moments matched: offset %.4f scale %.4f%n", model,
                        List.of("sentence-sentence", "question-sentence", "both").get(kind), mean(mx) - mean(my) / scale, scale);
            }
        }
    }

    /** Raw cosines: [0] every pair of sentences, [1] every question with every sentence. */
    private static double[][] pairs(SentenceEmbeddings e, List<String> sentences, List<String> questions) {
        List<float[]> s = e.embed(sentences);
        List<float[]> q = e.embedQueries(questions);
        double[] ss = new double[s.size() * (s.size() - 1) / 2];
        int k = 0;
        for (int i = 0; i < s.size(); i++) {
            for (int j = i + 1; j < s.size(); j++) {
                ss[k++] = SentenceEmbeddings.cosine(s.get(i), s.get(j));
            }
        }
        double[] qs = new double[q.size() * s.size()];
        k = 0;
        for (float[] qv : q) {
            for (float[] sv : s) {
                qs[k++] = SentenceEmbeddings.cosine(qv, sv);
            }
        }
        return new double[][] {ss, qs};
    }

    /** y = a + b x by least squares: {a, b, r}. */
    private static double[] fit(double[] x, double[] y) {
        double mx = mean(x);
        double my = mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        double b = sxy / sxx;
        return new double[] {my - b * mx, b, sxy / Math.sqrt(sxx * syy)};
    }

    private static double mean(double[] x) {
        return Arrays.stream(x).average().orElse(0);
    }

    private static double sd(double[] x) {
        double m = mean(x);
        return Math.sqrt(Arrays.stream(x).map(v -> (v - m) * (v - m)).average().orElse(0));
    }

    private static double[] concat(double[] a, double[] b) {
        double[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /**
     * {@code -Ddump=/tmp/file.json}: for offline analysis, every model's vectors of the sources' sentences and of the
     * narrative questions of both sets (as the assistant retrieves with them), and which sentences answer.
     */
    @Test
    void dump() throws IOException {
        String out = System.getProperty("dump");
        Assumptions.assumeTrue(out != null && !out.isBlank(), "set -Ddump to use this probe");
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode root = json.createObjectNode();
        List<EvalCase> cases = new ArrayList<>(EvalRun.load(files("dev-")));
        cases.addAll(EvalRun.load(files("val-")));
        cases.removeIf(c -> c.answerPhrases().isEmpty());
        boolean sentencesWritten = false;
        for (String model : List.of("minilm", "bge-small", "e5-small")) {
            Thesisbot brain = TestBrains.build(Map.of("THESISBOT_GROUNDING_EMBEDDING_MODEL", model));
            SentenceEmbeddings e = ((HybridRetriever) brain.retriever()).sentenceEmbeddings();
            List<Passage> passages = brain.library().passages();
            List<String> sentences = new ArrayList<>();
            List<int[]> where = new ArrayList<>();
            for (int i = 0; i < passages.size(); i++) {
                List<String> ss = Sentences.split(passages.get(i).text());
                for (int j = 0; j < ss.size(); j++) {
                    sentences.add(ss.get(j));
                    where.add(new int[] {i, j});
                }
            }
            if (!sentencesWritten) {
                com.fasterxml.jackson.databind.node.ArrayNode sn = root.putArray("sentences");
                for (int k = 0; k < sentences.size(); k++) {
                    sn.addObject().put("text", sentences.get(k)).put("passage", where.get(k)[0]).put("position", where.get(k)[1]);
                }
                com.fasterxml.jackson.databind.node.ArrayNode cn = root.putArray("cases");
                for (EvalCase c : cases) {
                    com.fasterxml.jackson.databind.node.ObjectNode o = cn.addObject().put("id", c.id()).put("q", c.question())
                            .put("query", c.route().equals("mixed") ? Router.narrativePart(c.question()) : c.question())
                            .put("route", c.route());
                    com.fasterxml.jackson.databind.node.ArrayNode a = o.putArray("answers");
                    for (int k = 0; k < sentences.size(); k++) {
                        if (answers(sentences.get(k), c)) {
                            a.add(k);
                        }
                    }
                }
                sentencesWritten = true;
            }
            com.fasterxml.jackson.databind.node.ObjectNode m = root.putObject(model);
            vectors(m.putArray("sentences"), e.embed(sentences));
            vectors(m.putArray("passages"), e.embed(passages.stream().map(Passage::text).toList()));
            List<String> queries = cases.stream().map(c -> c.route().equals("mixed") ? Router.narrativePart(c.question()) : c.question()).toList();
            vectors(m.putArray("queries"), e.embedQueries(queries));
            com.fasterxml.jackson.databind.node.ArrayNode retrieved = m.putArray("retrieved");
            for (String q : queries) {
                com.fasterxml.jackson.databind.node.ArrayNode r = retrieved.addArray();
                for (ScoredPassage sp : brain.retriever().retrieve(q, 12)) {
                    r.addObject().put("passage", passages.indexOf(sp.passage())).put("score", sp.score())
                            .put("lexical", sp.lexical()).put("semantic", sp.semantic());
                }
            }
        }
        json.writeValue(Path.of(out).toFile(), root);
    }

    private static void vectors(com.fasterxml.jackson.databind.node.ArrayNode into, List<float[]> vs) {
        for (float[] v : vs) {
            com.fasterxml.jackson.databind.node.ArrayNode a = into.addArray();
            for (float f : v) {
                a.add(f);
            }
        }
    }

    /** The text holds one of the case's answering phrases (case, hyphens and quotes aside, as {@link EvalRun} compares). */
    private static boolean answers(String text, EvalCase c) {
        String t = norm(text);
        return c.answerPhrases().stream().anyMatch(p -> t.contains(norm(p)));
    }

    private static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\u2010-\u2015-]", " ").replaceAll("[\u2018\u2019]", "'")
                .replaceAll("\\s+", " ").trim();
    }

    private static Path[] files(String prefix) throws IOException {
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/eval"))) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toArray(Path[]::new);
        }
    }
}
