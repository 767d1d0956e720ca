package org.thesisbot.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.Thesisbot;
import org.thesisbot.core.api.QuestionText;
import org.thesisbot.core.api.Route;
import org.thesisbot.core.grounding.WeightFit;
import org.thesisbot.core.route.Router;
import org.thesisbot.core.scenario.Shorthand;
import org.thesisbot.llm.HybridRetriever;

/**
 * {@code mvn -q -o test -Dtest=NarrativeWeightsProbe -Dfit=true}: reproduces the fit of the extractive writer's
 * sentence-choice weights (SentenceChooser.SEMANTIC). Not a gating test: skipped without {@code -Dfit}.
 *
 * <p>Every set file in src/test/resources/eval except the held-out {@code val7-*} and {@code val8-*} (and the sealed lockboxes outside the
 * repository) is run through the real offline brain, each conversation in its own thread. For every narrative and
 * mixed question with answer phrases that the brain answered on a narrative or mixed route, the request its writer was
 * given is replayed (the question as the assistant read it, or a mixed question's narrative clause, with the figures it
 * computed) and every candidate sentence's evidence is gathered and labelled (does it hold an answer phrase?). Groups
 * are the file prefixes (dev, val, val2, …, lockbox5). Prints the top-1 per group with today's weights, the
 * leave-one-group-out cross-validated top-1, and the weights fitted on all groups; writes every candidate's evidence to
 * {@code target/narrative-evidence.tsv} ({@code -Dfit.dump=path} to change). {@code -Dfit.sets=dev-,val-} limits
 * the sets. The golden set is left out: its narrative questions name a word the answer must contain anywhere
 * ("anthropic"), not the sentence that answers.
 */
class NarrativeWeightsProbe {
    @Test
    void fit() throws IOException {
        Assumptions.assumeTrue(Boolean.getBoolean("fit"), "set -Dfit=true to use this probe");
        Thesisbot bot = TestBrains.offline();
        WeightFit fit = weightFit(bot);
        int[] counts = new int[4];
        // -Dfit.leftout= (empty) fits on every set, held-out ones included
        List<WeightFit.Case> cases = cases(bot, false, Stream.of(System.getProperty("fit.leftout", "val7-,val8-").split(","))
                .map(String::strip).filter(x -> !x.isEmpty()).toList(), counts);
        Path dump = Path.of(System.getProperty("fit.dump", "target/narrative-evidence.tsv"));
        String report = fit.run(cases, dump);
        System.out.printf(Locale.ROOT, "%nnarrative and mixed questions: %d; not covered (not a choice of sentence): %d; answered on "
                        + "another route: %d; \"why?\" follow-ups not replayed: %d; replayed: %d (evidence in %s)%n", counts[0],
                counts[1], counts[2], counts[3], cases.size(), dump);
        System.out.println(report);
    }

    /**
     * {@code -Dpool=4,8,40}: top-1 of the sentence choice with today's weights when the writer is given that many passages;
     * {@code -Dpool.lambda=3e-5} adds a leave-one-set-out refit of every weight, {@code -Dpool.tail=1e-4} one of the last
     * three (focus, party, enumerates) with the others kept; {@code -Dpool.misses=true} lists the questions whose best
     * sentence does not answer. {@code -Dfit.sets=dev-,val-} limits the sets (the weights were fitted on the sets listed in
     * SentenceChooser.SEMANTIC's comment; the others are held out).
     */
    @Test
    void pool() throws IOException {
        String pools = System.getProperty("pool", "");
        Assumptions.assumeTrue(!pools.isBlank(), "set -Dpool=4,8 to use this probe");
        Thesisbot bot = TestBrains.offline();
        List<WeightFit.Case> cases = cases(bot, false, List.of(), new int[4]);
        Thesisbot.Brain brain = bot.brain();
        StringBuilder sb = new StringBuilder();
        for (String k : pools.split(",")) {
            int topK = Integer.parseInt(k.strip());
            WeightFit fit = new WeightFit(brain.retriever(), ((HybridRetriever) brain.retriever()).sentenceEmbeddings(),
                    brain.lexicon(), brain.library().anticipations(),
                    org.thesisbot.core.grounding.SourceVocabulary.of(brain.library().passages()), topK,
                    bot.settings().grounding().minRelevance());
            sb.append(fit.top1Report(cases, "k=" + topK));
            if (System.getProperty("pool.lambda") != null) {
                sb.append(fit.cvLogit(cases, Double.parseDouble(System.getProperty("pool.lambda")), "k=" + topK));
            }
            if (System.getProperty("pool.tail") != null) {
                sb.append(fit.cvTail(cases, Double.parseDouble(System.getProperty("pool.tail")), "k=" + topK));
            }
            System.out.print(sb);
            sb.setLength(0);
        }
        System.out.println(sb);
    }

    /**
     * {@code -Dhedge.evidence=true}: for every narrative and mixed question of every set (those the sources do not answer
     * too), the evidence of the sentence the writer puts first and the best evidence of any candidate, tab-separated
     * ({@code -Dfit.dump=path}, default {@code target/hedge-evidence.tsv}), to choose when an answer should say the
     * sources don't say it directly.
     */
    @Test
    void hedgeEvidence() throws IOException {
        Assumptions.assumeTrue(Boolean.getBoolean("hedge.evidence"), "set -Dhedge.evidence=true to use this probe");
        Thesisbot bot = TestBrains.offline();
        List<WeightFit.Case> cases = cases(bot, true, List.of(), new int[4]);
        Path dump = Path.of(System.getProperty("fit.dump", "target/hedge-evidence.tsv"));
        weightFit(bot).bestEvidence(cases, dump);
        System.out.println("hedge evidence of " + cases.size() + " questions in " + dump);
    }

    private static WeightFit weightFit(Thesisbot bot) {
        Thesisbot.Brain brain = bot.brain();
        return new WeightFit(brain.retriever(), ((HybridRetriever) brain.retriever()).sentenceEmbeddings(),
                brain.lexicon(), brain.library().anticipations(),
                org.thesisbot.core.grounding.SourceVocabulary.of(brain.library().passages()), bot.settings().grounding().topK(),
                bot.settings().grounding().minRelevance());
    }

    /**
     * The narrative and mixed questions of the set files (those starting with {@code -Dfit.sets} prefixes when given, less
     * {@code leftOut}) that the brain answered on a narrative or mixed route, each with the request its writer was given.
     * {@code counts}: narrative questions, not covered, answered on another route, "why?" follow-ups not replayed.
     */
    private static List<WeightFit.Case> cases(Thesisbot bot, boolean withNotCovered, List<String> leftOut, int[] counts)
            throws IOException {
        Thesisbot.Brain brain = bot.brain();
        Shorthand shorthand = new Shorthand(brain.lexicon().shorthand());
        List<WeightFit.Case> cases = new ArrayList<>();
        String only = System.getProperty("fit.sets", "");
        for (Path file : files()) {
            String name = file.getFileName().toString();
            if (leftOut.stream().anyMatch(name::startsWith) || !only.isBlank() && Stream.of(only.split(",")).noneMatch(p -> name.startsWith(p.strip()))) {
                continue; // held out: scored through DevSetTest-style runs only
            }
            String group = name.substring(0, name.indexOf('-'));
            List<EvalCase> all = EvalRun.load(file);
            List<String> threads = all.stream().filter(c -> c.narrative() && c.thread() != null).map(EvalCase::thread).toList();
            List<EvalCase> run = all.stream().filter(c -> c.narrative() || threads.contains(c.thread())).toList();
            for (EvalRun.Outcome o : new EvalRun(bot.assistant()).run(run)) {
                EvalCase c = o.c();
                if (!c.narrative()) {
                    continue;
                }
                counts[0]++;
                if (c.notCovered() && !withNotCovered) {
                    counts[1]++;
                    continue;
                }
                if (o.answer() == null || o.answer().route() != Route.NARRATIVE && o.answer().route() != Route.MIXED
                        || o.answer().narrative() == null) {
                    counts[2]++;
                    continue;
                }
                String text = shorthand.expand(QuestionText.clean(c.question()));
                String query;
                if (o.answer().route() == Route.MIXED) {
                    query = brain.assistant().narrativeQuery(c.question()).asked(); // as the assistant asks the sources
                } else if (o.answer().notes().stream().anyMatch(n -> n.startsWith("Explaining "))) {
                    counts[3]++; // "why?" after numbers: the query is built from the thread's metrics
                    continue;
                } else if (org.thesisbot.core.grounding.SummaryRequest.asks(text)) {
                    query = brain.lexicon().answers().summaryQuery();
                } else {
                    query = text;
                }
                cases.add(new WeightFit.Case(group, c.id(), c.question(), query,
                        o.answer().route() == Route.MIXED ? o.answer().results() : List.of(), c.answerPhrases(),
                        EvalRun.firstCited(o.answer())));
            }
        }
        return cases;
    }

    /**
     * {@code -Dhedges=true}: every narrative or mixed question with an answering sentence whose answer says the sources
     * don't say it directly or don't cover it (the cost of saying so: a reader who asked something the sources answer
     * is told they don't, even when the closest sentence quoted is the one that answers). val6 left out.
     */
    @Test
    void hedges() throws IOException {
        Assumptions.assumeTrue(Boolean.getBoolean("hedges"), "set -Dhedges=true to use this probe");
        int answerable = 0;
        int hedged = 0;
        int notCovered = 0;
        int said = 0;
        StringBuilder sb = new StringBuilder();
        for (Path file : files()) {
            if (file.getFileName().toString().startsWith("val6-")) {
                continue;
            }
            List<EvalCase> all = EvalRun.load(file);
            List<String> threads = all.stream().filter(c -> c.narrative() && c.thread() != null).map(EvalCase::thread).toList();
            List<EvalCase> run = all.stream().filter(c -> c.narrative() || threads.contains(c.thread())).toList();
            for (EvalRun.Outcome o : new EvalRun(TestBrains.offline().assistant()).run(run)) {
                if (!o.c().narrative() || o.answer() == null) {
                    continue;
                }
                String t = o.answer().text().toLowerCase(Locale.ROOT);
                boolean says = t.contains("don't say") || t.contains("don't cover");
                if (o.c().notCovered()) {
                    notCovered++;
                    said += says ? 1 : 0;
                } else {
                    answerable++;
                    if (says) {
                        hedged++;
                        sb.append(String.format(Locale.ROOT, "  %-7s %s%s%n", o.c().id(), o.c().question(),
                                Boolean.TRUE.equals(o.narrativeOk()) ? "  (quotes the answering sentence)" : ""));
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "%nnot covered questions answered as not covered: %d/%d; answerable questions answered as not covered"
                + " or not said directly: %d/%d%n%s", said, notCovered, hedged, answerable, sb);
    }

    /** {@code -Dabsent.report=true}: each narrative question's foreground words no source uses, with their closeness to the sources' words. */
    @Test
    void absentWords() throws IOException {
        Assumptions.assumeTrue(Boolean.getBoolean("absent.report"), "set -Dabsent.report=true to use this probe");
        Thesisbot.Brain brain = TestBrains.offline().brain();
        Shorthand shorthand = new Shorthand(brain.lexicon().shorthand());
        org.thesisbot.core.grounding.AbsentWords absent = new org.thesisbot.core.grounding.AbsentWords(brain.library().passages(),
                brain.lexicon(), ((HybridRetriever) brain.retriever()).sentenceEmbeddings());
        StringBuilder sb = new StringBuilder();
        for (Path file : files()) {
            if (file.getFileName().toString().startsWith("val6-")) {
                continue;
            }
            for (EvalCase c : EvalRun.load(file)) {
                if (!c.narrative()) {
                    continue;
                }
                String text = shorthand.expand(QuestionText.clean(c.question()));
                String q = c.route().equals("mixed") ? Router.narrativePart(text) : text;
                sb.append(c.notCovered() ? "NC " : "   ").append(absent.of(q)).append(" | ").append(q).append('\n');
            }
        }
        System.out.println(sb);
    }

    private static List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/eval"))) {
            return s.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
        }
    }
}
