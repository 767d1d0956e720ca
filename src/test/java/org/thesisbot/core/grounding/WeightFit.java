package org.thesisbot.core.grounding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.thesisbot.core.api.AnswerListener;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.api.Telemetry;
import org.thesisbot.core.lexicon.Lexicon;

/**
 * Offline fitting of {@link SentenceChooser}'s weights (test scope; not a gating test). Each case is a question with
 * the query and the computed figures the real brain answered it with; the passages the writer would be given are
 * captured by running the real {@link Grounding} with a writer that records its request, and every candidate
 * sentence's evidence is gathered once ({@link SentenceChooser#gather}). A sentence is labelled as answering when it
 * contains one of the case's answer phrases (compared as {@code EvalRun} compares). The fit is a coordinate search
 * over a grid of values per weight, maximising top-1 accuracy (ties broken by the mean reciprocal rank of the first
 * answering sentence), started from the current weights and moving a weight only when the objective strictly rises;
 * its generalisation is measured by leave-one-group-out cross-validation over the set files.
 */
public final class WeightFit {
    /** One question: its set (the file prefix), id, the query the writer answers, the figures of a mixed question, the answer phrases. */
    public record Case(String group, String id, String question, String query, List<MetricResult> numbers, List<String> phrases,
                       String firstCited) {
    }

    /** A case with every candidate's evidence and which candidates answer. */
    record Item(Case c, SentenceChooser.Gathered gathered, boolean[] answers) {
        boolean answerable() {
            for (boolean a : answers) {
                if (a) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The L2 strengths tried for the conditional logit (towards the current weights, on the logit scale). */
    static final double[] LAMBDAS = {0.00001, 0.00003, 0.0001, 0.0003, 0.001};

    /** The values each weight may take in the search. */
    static final double[] GRID = {0, 0.02, 0.05, 0.08, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.8, 1.0};

    private final SentenceChooser chooser;
    private final Grounding grounding;
    private WriteRequest last;

    public WeightFit(Retriever retriever, SentenceEmbeddings embeddings, Lexicon lexicon, Anticipations anticipations,
                     int topK, double minRelevance) {
        this(retriever, embeddings, lexicon, anticipations, null, topK, minRelevance);
    }

    /** As above, with the sources' words (for how rare a name is in them), as the extractive writer has them. */
    public WeightFit(Retriever retriever, SentenceEmbeddings embeddings, Lexicon lexicon, Anticipations anticipations,
                     SourceVocabulary vocabulary, int topK, double minRelevance) {
        this.chooser = new SentenceChooser(embeddings, new Thesaurus(lexicon.retrieval()), anticipations, vocabulary);
        CURRENT = chooser.weights();
        AnswerWriter recorder = new AnswerWriter() {
            @Override
            public String name() {
                return ExtractiveWriter.NAME;
            }

            @Override
            public Draft write(WriteRequest request, AnswerListener listener) {
                last = request;
                return new Draft("", ExtractiveWriter.NAME, List.of());
            }
        };
        this.grounding = new Grounding(retriever, recorder, new ExtractiveWriter(), new GroundingGuard(), topK, minRelevance,
                "", Telemetry.NOOP);
    }

    /** The evidence of every case's candidates (empty when retrieval found nothing the writer would be given). */
    synchronized List<Item> gather(List<Case> cases) {
        List<Item> out = new ArrayList<>();
        for (Case c : cases) {
            last = null;
            grounding.answer(c.query(), grounding.retrieve(c.query()), c.numbers(), null);
            SentenceChooser.Gathered g = last == null ? new SentenceChooser.Gathered(List.of(), QuestionForm.of(c.query()), 0)
                    : chooser.gather(last);
            boolean[] answers = new boolean[g.candidates().size()];
            for (int i = 0; i < answers.length; i++) {
                answers[i] = contains(g.candidates().get(i).sentence(), c.phrases());
            }
            out.add(new Item(c, g, answers));
        }
        return out;
    }

    SentenceChooser.Weights current() {
        return chooser.weights();
    }

    /** The starting point of every fit: the weights the chooser uses today (set when the fitter is built). */
    private static SentenceChooser.Weights CURRENT;

    static boolean contains(String sentence, List<String> phrases) {
        String s = norm(sentence).replaceAll("[.!?]+$", "");
        for (String p : phrases) {
            if (s.contains(norm(p).replaceAll("[.!?]+$", ""))) {
                return true;
            }
        }
        return false;
    }

    private static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\u2010-\u2015-]", " ").replaceAll("[\u2018\u2019]", "'")
                .replaceAll("\\s+", " ").trim();
    }

    /** 1 when the best candidate under {@code w} answers; the reciprocal rank of the first answering candidate in {@code rr[0]}. */
    static boolean top1(Item it, SentenceChooser.Weights w, double[] rr) {
        if (it.gathered().candidates().isEmpty()) {
            rr[0] = 0;
            return false;
        }
        SentenceChooser.Ranking r = SentenceChooser.weigh(it.gathered(), w);
        List<SentenceChooser.Candidate> best = r.bestFirst();
        rr[0] = 0;
        for (int i = 0; i < best.size(); i++) {
            SentenceChooser.Candidate c = best.get(i);
            if (it.answers()[indexOf(it.gathered(), c)]) {
                rr[0] = 1.0 / (i + 1);
                return i == 0;
            }
        }
        return false;
    }

    private static int indexOf(SentenceChooser.Gathered g, SentenceChooser.Candidate c) {
        List<SentenceChooser.Candidate> cs = g.candidates();
        for (int i = 0; i < cs.size(); i++) {
            if (cs.get(i).passage() == c.passage() && cs.get(i).position() == c.position()) {
                return i;
            }
        }
        throw new IllegalStateException("candidate not gathered");
    }

    /** Top-1 correct count and the summed reciprocal rank over {@code items}. */
    static double[] score(List<Item> items, SentenceChooser.Weights w) {
        double ok = 0;
        double mrr = 0;
        double[] rr = new double[1];
        for (Item it : items) {
            if (top1(it, w, rr)) {
                ok++;
            }
            mrr += rr[0];
        }
        return new double[] {ok, mrr};
    }

    private static double objective(List<Item> items, SentenceChooser.Weights w) {
        double[] s = score(items, w);
        return s[0] + 1e-3 * s[1]; // accuracy first; the reciprocal rank only breaks ties (it is < 1 per 1000 items)
    }

    /** Coordinate search from {@code start} over {@link #GRID}, a weight moving only when the objective strictly rises. */
    static SentenceChooser.Weights fit(List<Item> items, SentenceChooser.Weights start) {
        double[] x = toArray(start);
        double best = objective(items, fromArray(x));
        for (int pass = 0; pass < 4; pass++) {
            boolean moved = false;
            for (int k = 0; k < x.length; k++) {
                if (FIXED[k]) {
                    continue;
                }
                double keep = x[k];
                double bestValue = keep;
                for (double v : GRID) {
                    x[k] = v;
                    double o = objective(items, fromArray(x));
                    if (o > best + 1e-9) {
                        best = o;
                        bestValue = v;
                    }
                }
                x[k] = bestValue;
                moved |= bestValue != keep;
            }
            if (!moved) {
                break;
            }
        }
        return fromArray(x);
    }

    /**
     * The features as the linear score weighs them (a penalty negated), so {@code score = w . features}: the
     * same order as {@link #toArray}.
     */
    static double[] features(SentenceChooser.Evidence e) {
        boolean sem = !Double.isNaN(e.semantic());
        double[] head = {sem ? e.semantic() : 0, e.lexical(), e.phrase(), e.passage(), e.form(), e.predicate(), e.verdict(),
                e.context(), -e.dangling(), -e.shortSentence(), sem ? e.passageSemantic() : 0, e.lead(), -e.pointsBack(),
                e.figure(), e.anticipated()};
        double[] kinds = e.kinds();
        double[] out = Arrays.copyOf(head, head.length + kinds.length + TAIL);
        System.arraycopy(kinds, 0, out, head.length, kinds.length);
        int t = head.length + kinds.length;
        out[t] = e.focus();
        out[t + 1] = e.party();
        out[t + 2] = -e.enumerates();
        return out;
    }

    /** The evidence after the kinds: focus, party, enumerates. */
    static final int TAIL = 3;

    /**
     * The conditional logit (a softmax over each question's candidates, McFadden's choice model): maximises the mean
     * log-probability that the chosen sentence answers, {@code log sum_answering exp(s) - log sum_all exp(s)} with
     * {@code s = w . features}, less {@code lambda/2 |w - start|^2}, by projected gradient ascent (every weight kept
     * at or above 0, so a penalty stays a penalty). Questions with no answering candidate carry no information and are
     * left out. Only the ratios of the result order sentences, so it is rescaled to {@code start}'s semantic weight.
     */
    static SentenceChooser.Weights logit(List<Item> items, SentenceChooser.Weights start, double lambda) {
        return logit(items, start, lambda, null);
    }

    /**
     * As {@link #logit(List, SentenceChooser.Weights, double)}, moving only the weights {@code free} marks (null: all), the
     * others kept at {@code start}'s: a new kind of evidence can be weighed without refitting, and so rescaling, the rest.
     */
    static SentenceChooser.Weights logit(List<Item> items, SentenceChooser.Weights start, double lambda, boolean[] free) {
        List<double[][]> xs = new ArrayList<>();
        List<boolean[]> ys = new ArrayList<>();
        for (Item it : items) {
            if (!it.answerable()) {
                continue;
            }
            List<SentenceChooser.Candidate> cs = it.gathered().candidates();
            double[][] x = new double[cs.size()][];
            for (int i = 0; i < x.length; i++) {
                x[i] = features(cs.get(i).evidence());
            }
            xs.add(x);
            ys.add(it.answers());
        }
        double scale = 10; // the score's scale in logits: start's weights times this are the prior mean
        double[] prior = toArray(start);
        for (int k = 0; k < prior.length; k++) {
            prior[k] *= scale;
        }
        double[] w = prior.clone();
        double[] m = new double[w.length];
        double[] v = new double[w.length];
        double rate = 0.05;
        for (int step = 1; step <= 1500; step++) {
            double[] g = new double[w.length];
            for (int q = 0; q < xs.size(); q++) {
                double[][] x = xs.get(q);
                boolean[] y = ys.get(q);
                double[] s = new double[x.length];
                double max = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < x.length; i++) {
                    s[i] = dot(w, x[i]);
                    max = Math.max(max, s[i]);
                }
                double all = 0;
                double pos = 0;
                for (int i = 0; i < x.length; i++) {
                    double e = Math.exp(s[i] - max);
                    all += e;
                    if (y[i]) {
                        pos += e;
                    }
                }
                for (int i = 0; i < x.length; i++) {
                    double e = Math.exp(s[i] - max);
                    double coef = (y[i] ? e / pos : 0) - e / all;
                    for (int k = 0; k < w.length; k++) {
                        g[k] += coef * x[i][k];
                    }
                }
            }
            for (int k = 0; k < w.length; k++) {
                g[k] = g[k] / xs.size() - lambda * (w[k] - prior[k]);
                // Adam, ascending
                m[k] = 0.9 * m[k] + 0.1 * g[k];
                v[k] = 0.999 * v[k] + 0.001 * g[k] * g[k];
                double mh = m[k] / (1 - Math.pow(0.9, step));
                double vh = v[k] / (1 - Math.pow(0.999, step));
                if (free == null || free[k]) {
                    w[k] = Math.max(0, w[k] + rate * mh / (Math.sqrt(vh) + 1e-8));
                }
            }
        }
        double r = w[0] > 0 ? start.semantic() / w[0] : 1.0 / scale;
        for (int k = 0; k < w.length; k++) {
            w[k] = Math.round(w[k] * r * 1000) / 1000.0;
        }
        return fromArray(w);
    }

    /**
     * The L2 strength whose leave-one-group-out top-1 within {@code items} is highest (ties: the stronger, which
     * stays nearer the starting weights).
     */
    static double innerLambda(List<Item> items) {
        List<String> groups = items.stream().map(i -> i.c().group()).distinct().toList();
        SentenceChooser.Weights start = fromArray(toArray(CURRENT));
        double best = LAMBDAS[LAMBDAS.length - 1];
        int bestScore = -1;
        for (int l = LAMBDAS.length - 1; l >= 0; l--) {
            int total = 0;
            for (String g : groups) {
                List<Item> train = items.stream().filter(i -> !i.c().group().equals(g)).toList();
                List<Item> test = items.stream().filter(i -> i.c().group().equals(g)).toList();
                total += (int) score(test, logit(train, start, LAMBDAS[l]))[0];
            }
            if (total > bestScore) {
                bestScore = total;
                best = LAMBDAS[l];
            }
        }
        return best;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** The weights not searched: the scale (semantic) is fixed, since only the weights' ratios order the sentences. */
    static final boolean[] FIXED = new boolean[NAMES().length];

    static {
        FIXED[0] = true;
    }

    static String[] NAMES() {
        List<String> out = new ArrayList<>(List.of("semantic", "lexical", "phrase", "passage", "form", "predicate", "verdict",
                "context", "dangling", "shortSentence", "passageSemantic", "lead", "pointsBack", "figure", "anticipated"));
        for (QuestionForm.Kind k : QuestionForm.Kind.values()) {
            out.add("kind " + k.name().toLowerCase(Locale.ROOT));
        }
        out.addAll(List.of("focus", "party", "enumerates"));
        return out.toArray(String[]::new);
    }

    static double[] toArray(SentenceChooser.Weights w) {
        double[] head = {w.semantic(), w.lexical(), w.phrase(), w.passage(), w.form(), w.predicate(), w.verdict(),
                w.context(), w.dangling(), w.shortSentence(), w.passageSemantic(), w.lead(), w.pointsBack(), w.figure(),
                w.anticipated()};
        double[] kinds = w.kinds();
        double[] out = Arrays.copyOf(head, head.length + kinds.length + TAIL);
        System.arraycopy(kinds, 0, out, head.length, kinds.length);
        int t = head.length + kinds.length;
        out[t] = w.focus();
        out[t + 1] = w.party();
        out[t + 2] = w.enumerates();
        return out;
    }

    static SentenceChooser.Weights fromArray(double[] x) {
        int t = x.length - TAIL;
        return new SentenceChooser.Weights(x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[7], x[8], x[9], x[10], x[11], x[12],
                x[13], x[14], Arrays.copyOfRange(x, 15, t), x[t], x[t + 1], x[t + 2]);
    }

    /**
     * The report: top-1 per group with the current weights; leave-one-group-out cross-validated top-1 (each group
     * scored with weights fitted on the others); the weights fitted on every group.
     */
    public String run(List<Case> cases, Path dump) throws IOException {
        List<Item> items = gather(cases);
        if (dump != null) {
            dump(items, dump);
        }
        // how faithfully the gathered requests reproduce the real answers: the current weights' best sentence is the
        // sentence the real answer cited first
        int same = 0;
        int cited = 0;
        for (Item it : items) {
            if (it.c().firstCited().isBlank() || it.gathered().candidates().isEmpty()) {
                continue;
            }
            cited++;
            String best = SentenceChooser.weigh(it.gathered(), current()).best().sentence();
            if (norm(best).replaceAll("[.!?]+$", "").equals(norm(it.c().firstCited()).replaceAll("[.!?]+$", ""))) {
                same++;
            }
        }
        return String.format(Locale.ROOT, "%nreplayed requests: the current weights' best sentence is the one the real answer cited first in %d of %d%n",
                same, cited) + crossValidate(items);
    }

    /**
     * Top-1 with the current weights per group, and how many cases had an answering sentence among the candidates: one
     * line per group and a total (for comparing candidate pools, e.g. this fitter built with another topK).
     */
    public String top1Report(List<Case> cases, String label) throws IOException {
        List<Item> items = gather(cases);
        if (System.getProperty("pool.dump") != null) {
            dump(items, Path.of(System.getProperty("pool.dump") + "-" + label + ".tsv"));
        }
        Map<String, List<Item>> byGroup = new TreeMap<>();
        items.forEach(i -> byGroup.computeIfAbsent(i.c().group(), k -> new ArrayList<>()).add(i));
        StringBuilder sb = new StringBuilder();
        int ok = 0;
        int ans = 0;
        for (Map.Entry<String, List<Item>> g : byGroup.entrySet()) {
            int a = (int) score(g.getValue(), current())[0];
            int r = (int) g.getValue().stream().filter(Item::answerable).count();
            ok += a;
            ans += r;
            sb.append(String.format(Locale.ROOT, "%s %-10s n=%3d top1=%3d retrieved=%3d%n", label, g.getKey(), g.getValue().size(), a, r));
        }
        sb.append(String.format(Locale.ROOT, "%s %-10s n=%3d top1=%3d retrieved=%3d%n", label, "ALL", items.size(), ok, ans));
        if (Boolean.getBoolean("pool.misses")) {
            double[] rr = new double[1];
            for (Item it : items) {
                if (!it.answerable() || top1(it, current(), rr)) {
                    continue;
                }
                List<SentenceChooser.Candidate> best = SentenceChooser.weigh(it.gathered(), current()).bestFirst();
                SentenceChooser.Candidate want = best.stream().filter(c -> it.answers()[indexOf(it.gathered(), c)]).findFirst().orElseThrow();
                sb.append(String.format(Locale.ROOT, "MISS %s %s | %s | kinds=%s yesno=%s pred=%s%n   got  %.3f %s%n   want %.3f rank %d %s%n",
                        it.c().id(), it.c().question(), it.c().query(), it.gathered().form().kinds(), it.gathered().form().yesNo(),
                        it.gathered().form().predicate(), best.get(0).score(), ev(best.get(0)), want.score(), (int) Math.round(1 / rr[0]), ev(want)));
            }
        }
        return sb.toString();
    }

    /**
     * Leave-one-group-out top-1 of the conditional logit at one L2 strength (no nested choice of the strength: fast enough
     * to compare candidate pools and evidence), per group beside the current weights, and the weights fitted on all groups.
     */
    public String cvLogit(List<Case> cases, double lambda, String label) {
        List<Item> items = gather(cases);
        Map<String, List<Item>> byGroup = new TreeMap<>();
        items.forEach(i -> byGroup.computeIfAbsent(i.c().group(), k -> new ArrayList<>()).add(i));
        StringBuilder sb = new StringBuilder();
        int now = 0;
        int cv = 0;
        for (Map.Entry<String, List<Item>> g : byGroup.entrySet()) {
            List<Item> train = items.stream().filter(i -> !i.c().group().equals(g.getKey())).toList();
            int a = (int) score(g.getValue(), current())[0];
            int b = (int) score(g.getValue(), logit(train, current(), lambda))[0];
            now += a;
            cv += b;
            sb.append(String.format(Locale.ROOT, "%s %-10s n=%3d current=%3d cv=%3d%n", label, g.getKey(), g.getValue().size(), a, b));
        }
        SentenceChooser.Weights all = logit(items, current(), lambda);
        sb.append(String.format(Locale.ROOT, "%s %-10s n=%3d current=%3d cv=%3d in-sample=%3d%n%s weights %s%n", label, "ALL", items.size(), now, cv,
                (int) score(items, all)[0], label, Arrays.toString(toArray(all))));
        return sb.toString();
    }

    /**
     * The weights of the evidence after the kinds ({@link #TAIL}: focus, party, enumerates) fitted by the conditional logit
     * with every other weight kept as the chooser has it, starting from 0 (L2 towards 0 at {@code lambda}): top-1 per group
     * with the chooser's weights less those three, leave-one-group-out with the three fitted on the other groups, and the
     * three fitted on all groups. How {@code SentenceChooser.SEMANTIC}'s last three weights were set.
     */
    public String cvTail(List<Case> cases, double lambda, String label) {
        List<Item> items = gather(cases);
        double[] x = toArray(current());
        int t = x.length - TAIL;
        boolean[] free = new boolean[x.length];
        for (int k = t; k < x.length; k++) {
            x[k] = 0;
            free[k] = true;
        }
        SentenceChooser.Weights without = fromArray(x);
        Map<String, List<Item>> byGroup = new TreeMap<>();
        items.forEach(i -> byGroup.computeIfAbsent(i.c().group(), k -> new ArrayList<>()).add(i));
        StringBuilder sb = new StringBuilder();
        int before = 0;
        int cv = 0;
        for (Map.Entry<String, List<Item>> g : byGroup.entrySet()) {
            List<Item> train = items.stream().filter(i -> !i.c().group().equals(g.getKey())).toList();
            int a = (int) score(g.getValue(), without)[0];
            int b = (int) score(g.getValue(), logit(train, without, lambda, free))[0];
            before += a;
            cv += b;
            sb.append(String.format(Locale.ROOT, "%s %-10s n=%3d without=%3d cv=%3d%n", label, g.getKey(), g.getValue().size(), a, b));
        }
        SentenceChooser.Weights all = logit(items, without, lambda, free);
        double[] y = toArray(all);
        sb.append(String.format(Locale.ROOT, "%s %-10s n=%3d without=%3d cv=%3d in-sample=%3d%n%s tail weights (focus, party, enumerates) %s%n",
                label, "ALL", items.size(), before, cv, (int) score(items, all)[0], label,
                Arrays.toString(Arrays.copyOfRange(y, t, y.length))));
        return sb.toString();
    }

    private static String ev(SentenceChooser.Candidate c) {
        SentenceChooser.Evidence e = c.evidence();
        return String.format(Locale.ROOT, "[sem %.2f lex %.2f ph %.2f pas %.2f psem %.2f ant %.2f pred %.2f verd %.0f foc %.2f dng %.0f ptb %.0f lead %.0f kinds %s] %s", e.semantic(), e.lexical(),
                e.phrase(), e.passage(), e.passageSemantic(), e.anticipated(), e.predicate(), e.verdict(), e.focus(), e.dangling(),
                e.pointsBack(), e.lead(), Arrays.toString(e.kinds()),
                c.sentence().length() > 110 ? c.sentence().substring(0, 110) : c.sentence());
    }

    String crossValidate(List<Item> items) {
        StringBuilder sb = new StringBuilder();
        Map<String, List<Item>> byGroup = new TreeMap<>();
        items.forEach(i -> byGroup.computeIfAbsent(i.c().group(), k -> new ArrayList<>()).add(i));
        SentenceChooser.Weights now = current();
        long answerable = items.stream().filter(Item::answerable).count();
        sb.append(String.format(Locale.ROOT, "%nSentence choice, top-1 (the best sentence holds an answer phrase): %d cases, %d with an "
                + "answering sentence among the candidates%n", items.size(), answerable));
        sb.append(String.format(Locale.ROOT, "%-10s %5s %13s %13s", "held out", "n", "current", "coord search"));
        for (double l : LAMBDAS) {
            sb.append(String.format(Locale.ROOT, " %13s", "logit l=" + l));
        }
        sb.append(String.format(Locale.ROOT, " %13s", "logit nested"));
        sb.append('\n');
        int totalNow = 0;
        int totalCv = 0;
        int[] totalLogit = new int[LAMBDAS.length];
        int totalNested = 0;
        for (Map.Entry<String, List<Item>> g : byGroup.entrySet()) {
            List<Item> train = items.stream().filter(i -> !i.c().group().equals(g.getKey())).toList();
            SentenceChooser.Weights w = fit(train, now);
            int a = (int) score(g.getValue(), now)[0];
            int b = (int) score(g.getValue(), w)[0];
            totalNow += a;
            totalCv += b;
            sb.append(String.format(Locale.ROOT, "%-10s %5d %13s %13s", g.getKey(), g.getValue().size(),
                    pct(a, g.getValue().size()), pct(b, g.getValue().size())));
            for (int l = 0; l < LAMBDAS.length; l++) {
                int c = (int) score(g.getValue(), logit(train, now, LAMBDAS[l]))[0];
                totalLogit[l] += c;
                sb.append(String.format(Locale.ROOT, " %13s", pct(c, g.getValue().size())));
            }
            double lambda = innerLambda(train);
            int nested = (int) score(g.getValue(), logit(train, now, lambda))[0];
            totalNested += nested;
            sb.append(String.format(Locale.ROOT, " %13s (l=%s)", pct(nested, g.getValue().size()), lambda));
            sb.append('\n');
        }
        sb.append(String.format(Locale.ROOT, "%-10s %5d %13s %13s", "ALL", items.size(), pct(totalNow, items.size()),
                pct(totalCv, items.size())));
        for (int l = 0; l < LAMBDAS.length; l++) {
            sb.append(String.format(Locale.ROOT, " %13s", pct(totalLogit[l], items.size())));
        }
        sb.append(String.format(Locale.ROOT, " %13s", pct(totalNested, items.size())));
        sb.append(String.format(Locale.ROOT, "%n(last column: the L2 strength chosen by leave-one-group-out inside the other groups, then fitted on them;"
                + " on every group it chooses l=%s)%n", innerLambda(items)));
        for (double l : LAMBDAS) {
            SentenceChooser.Weights lw = logit(items, now, l);
            sb.append(String.format(Locale.ROOT, "logit l=%s on all groups: top-1 %s (in-sample); %s%n", l,
                    pct((int) score(items, lw)[0], items.size()), Arrays.toString(toArray(lw))));
        }
        SentenceChooser.Weights all = fit(items, now);
        sb.append(String.format(Locale.ROOT, "fitted on all groups: top-1 %s (in-sample); weights:%n",
                pct((int) score(items, all)[0], items.size())));
        String[] names = NAMES();
        double[] x = toArray(all);
        double[] x0 = toArray(now);
        for (int k = 0; k < names.length; k++) {
            sb.append(String.format(Locale.ROOT, "  %-16s %.2f (was %.2f)%n", names[k], x[k], x0[k]));
        }
        return sb.toString();
    }

    /**
     * Per case, tab-separated: whether the sources answer it (it has answer phrases), whether an answering sentence was
     * among the candidates, whether the current weights' best sentence answers, the best sentence's semantic, lexical and
     * anticipated evidence, the highest of each over all candidates, and the query's names no source uses.
     */
    public void bestEvidence(List<Case> cases, Path file) throws IOException {
        StringBuilder sb = new StringBuilder("group\tid\tanswerable\tretrieved\ttop1\tsem\tlex\tant\tctx\tmaxsem\tmaxlex\tmaxant\tkinds\tkindhit\tfigure\tyesno\tpredicate\tscore\tsecond\tquery\tbest\n");
        for (Item it : gather(cases)) {
            List<SentenceChooser.Candidate> cs = it.gathered().candidates();
            double[] rr = new double[1];
            boolean top1 = top1(it, current(), rr);
            SentenceChooser.Candidate best = cs.isEmpty() ? null : SentenceChooser.weigh(it.gathered(), current()).best();
            double maxSem = cs.stream().mapToDouble(c -> c.evidence().semantic()).max().orElse(0);
            double maxLex = cs.stream().mapToDouble(c -> c.evidence().lexical()).max().orElse(0);
            double maxAnt = cs.stream().mapToDouble(c -> c.evidence().anticipated()).max().orElse(0);
            sb.append(String.join("\t", it.c().group(), it.c().id(), it.c().phrases().isEmpty() ? "0" : "1",
                    it.answerable() ? "1" : "0", top1 ? "1" : "0",
                    best == null ? "0" : String.format(Locale.ROOT, "%.4f", best.evidence().semantic()),
                    best == null ? "0" : String.format(Locale.ROOT, "%.4f", best.evidence().lexical()),
                    best == null ? "0" : String.format(Locale.ROOT, "%.4f", best.evidence().anticipated()),
                    best == null ? "0" : String.format(Locale.ROOT, "%.4f", best.evidence().context()),
                    String.format(Locale.ROOT, "%.4f", maxSem), String.format(Locale.ROOT, "%.4f", maxLex),
                    String.format(Locale.ROOT, "%.4f", maxAnt), it.gathered().form().kinds().toString(),
                    best == null ? "0" : String.format(Locale.ROOT, "%.2f", it.gathered().form().kinds().stream()
                            .mapToDouble(k -> best.evidence().kind(k.ordinal())).max().orElse(0)),
                    best == null ? "0" : String.format(Locale.ROOT, "%.0f", best.evidence().figure()),
                    it.gathered().form().yesNo() ? "1" : "0",
                    best == null ? "0" : String.format(Locale.ROOT, "%.2f", best.evidence().predicate()),
                    best == null ? "0" : String.format(Locale.ROOT, "%.4f", best.score()),
                    cs.size() < 2 ? "0" : String.format(Locale.ROOT, "%.4f", SentenceChooser.weigh(it.gathered(), current()).bestFirst().get(1).score()),
                    clean(it.c().query()), best == null ? "" : clean(best.sentence())))
                    .append('\n');
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, sb);
    }

    /** Every candidate's evidence and label, one line each, tab-separated, for analysis outside Java. */
    static void dump(List<Item> items, Path file) throws IOException {
        StringBuilder sb = new StringBuilder("group\tid\tquery\tpassage\tposition\tanswers\t" + String.join("\t", EVIDENCE.keySet())
                + "\tqfocus\twho\tsubject\tsentence\n");
        for (Item it : items) {
            List<SentenceChooser.Candidate> cs = it.gathered().candidates();
            for (int i = 0; i < cs.size(); i++) {
                SentenceChooser.Candidate c = cs.get(i);
                sb.append(it.c().group()).append('\t').append(it.c().id()).append('\t').append(clean(it.c().query())).append('\t')
                        .append(c.passage()).append('\t').append(c.position()).append('\t').append(it.answers()[i] ? 1 : 0);
                for (ToDoubleFunction<SentenceChooser.Evidence> f : EVIDENCE.values()) {
                    sb.append('\t').append(String.format(Locale.ROOT, "%.4f", f.applyAsDouble(c.evidence())));
                }
                sb.append('\t').append(it.gathered().form().focus()).append('\t').append(it.gathered().form().who() ? 1 : 0)
                        .append('\t').append(SentenceChooser.subject(c.sentence())).append('\t').append(clean(c.sentence())).append('\n');
            }
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, sb);
    }

    private static final Map<String, ToDoubleFunction<SentenceChooser.Evidence>> EVIDENCE = new LinkedHashMap<>();

    static {
        EVIDENCE.put("semantic", SentenceChooser.Evidence::semantic);
        EVIDENCE.put("lexical", SentenceChooser.Evidence::lexical);
        EVIDENCE.put("phrase", SentenceChooser.Evidence::phrase);
        EVIDENCE.put("passage", SentenceChooser.Evidence::passage);
        EVIDENCE.put("form", SentenceChooser.Evidence::form);
        EVIDENCE.put("predicate", SentenceChooser.Evidence::predicate);
        EVIDENCE.put("verdict", SentenceChooser.Evidence::verdict);
        EVIDENCE.put("context", SentenceChooser.Evidence::context);
        EVIDENCE.put("dangling", SentenceChooser.Evidence::dangling);
        EVIDENCE.put("pointsBack", SentenceChooser.Evidence::pointsBack);
        EVIDENCE.put("shortSentence", SentenceChooser.Evidence::shortSentence);
        EVIDENCE.put("passageSemantic", SentenceChooser.Evidence::passageSemantic);
        EVIDENCE.put("lead", SentenceChooser.Evidence::lead);
        EVIDENCE.put("figure", SentenceChooser.Evidence::figure);
        EVIDENCE.put("anticipated", SentenceChooser.Evidence::anticipated);
        for (QuestionForm.Kind k : QuestionForm.Kind.values()) {
            EVIDENCE.put("kind_" + k.name().toLowerCase(Locale.ROOT), e -> e.kind(k.ordinal()));
        }
        EVIDENCE.put("focus", SentenceChooser.Evidence::focus);
        EVIDENCE.put("party", SentenceChooser.Evidence::party);
        EVIDENCE.put("enumerates", SentenceChooser.Evidence::enumerates);
    }

    private static String clean(String s) {
        return s.replaceAll("[\\t\\n\\r]+", " ");
    }

    static String pct(int k, int n) {
        return n == 0 ? "-" : String.format(Locale.ROOT, "%d (%.1f%%)", k, 100.0 * k / n);
    }
}
