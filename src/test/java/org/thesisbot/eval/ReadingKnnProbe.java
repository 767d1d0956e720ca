package org.thesisbot.eval;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.MetricResult;

/** Experiment: would nearest labelled questions (leave-one-series-out) catch the reader's wrong metric or route? */
class ReadingKnnProbe {
    record Row(EvalRun.Outcome o, String series, float[] v) {}

    @Test
    void probe() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/eval"))) {
            files = s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
        }
        EvalRun run = new EvalRun(TestBrains.offline().assistant());
        AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        List<Row> rows = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            String series = name.substring(0, name.lastIndexOf('-'));
            for (EvalRun.Outcome o : run.run(EvalRun.load(f))) {
                String text = o.c().question().toLowerCase(Locale.ROOT);
                if (Boolean.getBoolean("strip")) {
                    text = text.replaceAll("[-$]?\\d[\\d,.]*\\s?(?:trillion|billion|million|bn|tn|t|b|m|%|percent|x|years?|yrs?)?\\b", " ");
                }
                float[] v = model.embed(TextSegment.from(text)).content().vector();
                rows.add(new Row(o, series, v));
            }
        }
        int k = Integer.getInteger("k", 7);
        double[] confs = {0.5, 0.6, 0.7, 0.8, 0.9};
        int[][] metric = new int[confs.length][6]; // exactAgree, exactDisagree, wrongAgree, wrongDisagree, wrongKnnRight, clarDisagree
        int routeRule = 0, routeKnn = 0, n = 0, ruleWrongKnnRight = 0, ruleRightKnnWrong = 0;
        int[] routeFalse = new int[confs.length], routeCatch = new int[confs.length];
        List<String> examples = new ArrayList<>();
        for (Row r : rows) {
            EvalCase c = r.o().c();
            if (c.thread() != null && c.turn() > 1) continue;
            // neighbours from other series
            PriorityQueue<double[]> top = new PriorityQueue<>(Comparator.comparingDouble(a -> a[0]));
            for (int i = 0; i < rows.size(); i++) {
                Row o = rows.get(i);
                if (o.series().equals(r.series()) || (o.o().c().thread() != null && o.o().c().turn() > 1)) continue;
                double s = dot(r.v(), o.v());
                top.add(new double[]{s, i});
                if (top.size() > k) top.poll();
            }
            Map<String, Double> routeVote = new HashMap<>(), metricVote = new HashMap<>();
            double total = 0, mtotal = 0;
            for (double[] t : top) {
                EvalCase oc = rows.get((int) t[1]).o().c();
                routeVote.merge(oc.route(), t[0], Double::sum);
                total += t[0];
                if (!oc.expect().isEmpty()) {
                    metricVote.merge(oc.expect().get(0).metric(), t[0], Double::sum);
                    mtotal += t[0];
                }
            }
            Map.Entry<String, Double> rb = Collections.max(routeVote.entrySet(), Map.Entry.comparingByValue());
            double rconf = rb.getValue() / total;
            n++;
            boolean ruleRouteOk = r.o().routeOk();
            boolean knnRouteOk = rb.getKey().equals(c.route());
            routeRule += ruleRouteOk ? 1 : 0;
            routeKnn += knnRouteOk ? 1 : 0;
            String ruleRoute = r.o().answer() == null ? "?" : r.o().answer().route().wireName();
            for (int j = 0; j < confs.length; j++) {
                if (rconf >= confs[j] && !rb.getKey().equals(ruleRoute)) {
                    if (ruleRouteOk) routeFalse[j]++; else routeCatch[j]++;
                }
            }
            if (!ruleRouteOk && knnRouteOk) ruleWrongKnnRight++;
            if (ruleRouteOk && !knnRouteOk) ruleRightKnnWrong++;
            if (c.expect().isEmpty() || metricVote.isEmpty() || r.o().numeric() == null) continue;
            Map.Entry<String, Double> mb = Collections.max(metricVote.entrySet(), Map.Entry.comparingByValue());
            double mconf = mb.getValue() / mtotal;
            Set<String> ruleMetrics = new HashSet<>();
            if (r.o().answer() != null) for (MetricResult m : r.o().answer().results()) ruleMetrics.add(m.metric());
            boolean agree = ruleMetrics.contains(mb.getKey());
            boolean knnRight = mb.getKey().equals(c.expect().get(0).metric());
            for (int j = 0; j < confs.length; j++) {
                if (mconf < confs[j]) continue;
                switch (r.o().numeric()) {
                    case EXACT -> metric[j][agree ? 0 : 1]++;
                    case WRONG -> { metric[j][agree ? 2 : 3]++; if (!agree && knnRight) metric[j][4]++; }
                    default -> { if (!agree) metric[j][5]++; }
                }
            }
            if (r.o().numeric() == EvalRun.Numeric.WRONG || (r.o().numeric() == EvalRun.Numeric.EXACT && !agree && mconf >= 0.7)) {
                examples.add(String.format("%s %-5s knn=%s(%.2f) rule=%s | %s", c.id(), r.o().numeric(), mb.getKey(), mconf, ruleMetrics, c.question()));
            }
        }
        System.out.printf("standalone n=%d route rule %d knn %d; rule wrong & knn right %d; rule right & knn wrong %d%n", n, routeRule, routeKnn, ruleWrongKnnRight, ruleRightKnnWrong);
        for (int j = 0; j < confs.length; j++) {
            System.out.printf("conf>=%.1f route: disagree&ruleRight %d, disagree&ruleWrong %d | metric: exact agree %d disagree %d; wrong agree %d disagree %d (knn right %d); other disagree %d%n",
                    confs[j], routeFalse[j], routeCatch[j], metric[j][0], metric[j][1], metric[j][2], metric[j][3], metric[j][4], metric[j][5]);
        }
        examples.forEach(System.out::println);
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }
}
