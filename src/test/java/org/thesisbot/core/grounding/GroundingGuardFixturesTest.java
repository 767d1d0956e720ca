package org.thesisbot.core.grounding;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thesisbot.llm.CachedSentenceEmbeddings;
import org.thesisbot.llm.EmbeddingModelChoice;

/**
 * The guard against 265 cited sentences written for it (src/test/resources/grounding/guard-fixtures): how
 * many invented, reversed, advising or injected sentences it drops, and how many faithful paraphrases it
 * keeps, on the half its constants were chosen on (tune) and on the half they were not (holdout). Prints
 * both figures for both halves and every sentence it got wrong.
 */
class GroundingGuardFixturesTest {
    private static final Path DIR = Path.of("src", "test", "resources", "grounding", "guard-fixtures");
    /** Issue 10's target: at least this share of bad sentences dropped, and of faithful ones kept. Not met yet: printed. */
    static final double TARGET = 0.95;
    /**
     * What the guard reaches today with all-MiniLM-L6-v2 (bad 97.1% / 94.0%, faithful 98.5% / 95.2%,
     * tune / holdout), rounded down: a change that does worse on either half fails.
     */
    static final double FLOOR_BAD = 0.94;
    static final double FLOOR_FAITHFUL = 0.95;

    record Fixture(boolean faithful, String kind, String split, List<String> passages, String sentence) {
    }

    private static Map<String, String> passages;
    private static List<Fixture> fixtures;
    private static GroundingGuard guard;

    @BeforeAll
    static void load() throws IOException {
        passages = new LinkedHashMap<>();
        for (String l : lines("passages.tsv")) {
            String[] p = l.split("\t");
            passages.put(p[0], p[1]);
        }
        fixtures = new ArrayList<>();
        for (String l : lines("sentences.tsv")) {
            String[] f = l.split("\t");
            fixtures.add(new Fixture(f[0].equals("faithful"), f[1], f[2], List.of(f[3].split(",")), f[4]));
        }
        Set<String> corpus = new HashSet<>();
        passages.values().forEach(t -> corpus.addAll(Terms.of(t)));
        List<String> prompts = List.of(Files.readString(Path.of("prompts", "system.txt")), Files.readString(Path.of("prompts", "answer.txt")));
        // the configured model (grounding.embedding_model), or another one to measure: -Dembedding_model=e5-small
        EmbeddingModelChoice choice = EmbeddingModelChoice.of(System.getProperty("embedding_model", GroundingFixtures.embeddingModel()));
        guard = new GroundingGuard(prompts, new CachedSentenceEmbeddings(choice.load(), choice), corpus::contains,
                org.thesisbot.core.api.LinkPolicy.NONE, org.thesisbot.core.lexicon.TestLexicons.real());
    }

    private static List<String> lines(String name) throws IOException {
        return Files.readAllLines(DIR.resolve(name)).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }

    private static final List<Long> NANOS = new ArrayList<>();

    private static boolean kept(Fixture f) {
        List<ScoredPassage> cited = f.passages().stream()
                .map(id -> new ScoredPassage(new Passage("amazon-openai-50b-bet#" + id, "amazon-openai-50b-bet",
                        "Amazon's potential $50 billion bet on OpenAI", 1, 1, passages.get(id)), 0.9, 0.9, 0.9))
                .toList();
        long t0 = System.nanoTime();
        GroundingGuard.Checked c = guard.check(new Draft(f.sentence(), "llm:test", List.of()), new WriteRequest("q", cited, List.of()));
        NANOS.add(System.nanoTime() - t0);
        return !c.isEmpty();
    }

    /** Share of {@code label} sentences in {@code split} the guard judged right, and the ones it got wrong. */
    private static double rate(boolean faithful, String split, List<String> wrong) {
        int n = 0;
        int right = 0;
        for (Fixture f : fixtures) {
            if (f.faithful() != faithful || !f.split().equals(split)) {
                continue;
            }
            n++;
            if (kept(f) == faithful) {
                right++;
            } else {
                wrong.add("  " + split + " " + (faithful ? "dropped faithful " : "kept bad ") + f.kind() + ": " + f.sentence());
            }
        }
        return (double) right / n;
    }

    @Test
    void drops_invented_claims_and_keeps_faithful_paraphrases() {
        List<String> wrong = new ArrayList<>();
        double badTune = rate(false, "tune", wrong);
        double badHoldout = rate(false, "holdout", wrong);
        double goodTune = rate(true, "tune", wrong);
        double goodHoldout = rate(true, "holdout", wrong);
        System.out.printf(Locale.ROOT, "guard fixtures: bad dropped %.1f%% (tune) %.1f%% (holdout); faithful kept %.1f%% (tune) %.1f%% (holdout)%n",
                100 * badTune, 100 * badHoldout, 100 * goodTune, 100 * goodHoldout);
        wrong.forEach(System.out::println);
        List<Long> ns = NANOS.stream().sorted().toList();
        System.out.printf(Locale.ROOT, "guard fixtures: time per sentence (passages cached after first use) median %.1f ms, p95 %.1f ms, max %.1f ms%n",
                ns.get(ns.size() / 2) / 1e6, ns.get(ns.size() * 95 / 100) / 1e6, ns.get(ns.size() - 1) / 1e6);
        if (Math.min(Math.min(badTune, badHoldout), Math.min(goodTune, goodHoldout)) < TARGET) {
            System.out.printf(Locale.ROOT, "guard fixtures: TARGET NOT MET (%.0f%% on both figures, both halves); regression floors %.0f%% / %.0f%%%n",
                    100 * TARGET, 100 * FLOOR_BAD, 100 * FLOOR_FAITHFUL);
        }
        assertAll(
                () -> assertTrue(fixtures.stream().filter(f -> !f.faithful()).count() >= 100, "at least 100 bad sentences"),
                () -> assertTrue(fixtures.stream().filter(Fixture::faithful).count() >= 100, "at least 100 faithful sentences"),
                () -> assertTrue(badTune >= FLOOR_BAD && badHoldout >= FLOOR_BAD, "bad sentences dropped below " + FLOOR_BAD),
                () -> assertTrue(goodTune >= FLOOR_FAITHFUL && goodHoldout >= FLOOR_FAITHFUL, "faithful sentences kept below " + FLOOR_FAITHFUL));
    }

    /**
     * 240 more pairs written by a separate session that never read the code or the fixtures above (blind.tsv:
     * passage, sentence, label, kind). Nothing was tuned on them; printed per kind, with a floor at the level
     * first measured so that a change that does worse fails.
     */
    @Test
    void blind_pairs_written_by_someone_who_never_saw_the_guard() throws IOException {
        scoreBlind("blind.tsv", "Blind guard pairs", 100, BLIND_FLOOR_BAD, BLIND_FLOOR_FAITHFUL);
    }

    /**
     * 160 pairs written at the start of the fourth session by a helper who read only the article and the model's
     * instructions (blind2.tsv), scored once after the guard work of that session; floors under that first score.
     */
    @Test
    void second_blind_pairs_scored_once() throws IOException {
        scoreBlind("blind2.tsv", "Second blind guard pairs", 80, BLIND2_FLOOR_BAD, BLIND2_FLOOR_FAITHFUL);
    }

    /**
     * 160 pairs written at the start of the fifth session by a helper who read only the article and the model's
     * instructions (blind3.tsv), kept unread until the guard work of that session was merged, then scored once:
     * 73.8% bad dropped, 81.3% faithful kept (blind2 after that work, developed on: 83.8% / 97.5%). Floors under it.
     */
    @Test
    void third_blind_pairs_scored_once() throws IOException {
        scoreBlind("blind3.tsv", "Third blind guard pairs", 80, 0.73, 0.81);
    }

    private void scoreBlind(String file, String title, int minEach, double floorBad, double floorFaithful) throws IOException {
        List<String> rows = Files.readAllLines(DIR.resolve(file));
        Map<String, int[]> byKind = new java.util.TreeMap<>();
        int bad = 0;
        int badDropped = 0;
        int faithful = 0;
        int faithfulKept = 0;
        List<String> misses = new ArrayList<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split("\t");
            if (f.length < 5) {
                continue;
            }
            boolean isFaithful = f[1].equals("faithful");
            ScoredPassage cited = new ScoredPassage(new Passage("amazon-openai-50b-bet#b", "amazon-openai-50b-bet",
                    "Amazon's potential $50 billion bet on OpenAI", 1, 1, f[3]), 0.9, 0.9, 0.9);
            GroundingGuard.Checked c = guard.check(new Draft(f[4], "llm:test", List.of()), new WriteRequest("q", List.of(cited), List.of()));
            boolean kept = !c.isEmpty();
            boolean right = isFaithful == kept;
            int[] k = byKind.computeIfAbsent(f[1] + "/" + f[2], x -> new int[2]);
            k[0]++;
            k[1] += right ? 1 : 0;
            if (isFaithful) {
                faithful++;
                faithfulKept += kept ? 1 : 0;
            } else {
                bad++;
                badDropped += kept ? 0 : 1;
            }
            if (!right) {
                misses.add("  " + f[0] + " " + f[1] + "/" + f[2] + ": " + f[4]);
            }
        }
        System.out.printf(Locale.ROOT, "%n%s: bad dropped %d/%d (%.1f%%), faithful kept %d/%d (%.1f%%)%n",
                title, badDropped, bad, 100.0 * badDropped / bad, faithfulKept, faithful, 100.0 * faithfulKept / faithful);
        byKind.forEach((kind, k) -> System.out.printf(Locale.ROOT, "  %-28s %d/%d%n", kind, k[1], k[0]));
        misses.forEach(System.out::println);
        assertTrue(bad >= minEach && faithful >= minEach, "at least " + minEach + " of each");
        double droppedShare = badDropped / (double) bad;
        double keptShare = faithfulKept / (double) faithful;
        assertAll(
                () -> assertTrue(droppedShare >= floorBad, "bad dropped fell below the measured floor"),
                () -> assertTrue(keptShare >= floorFaithful, "faithful kept fell below the measured floor"));
    }

    @Test
    void a_clause_its_passage_lacks_is_dropped_even_when_the_rest_of_the_sentence_is_copied() {
        String p51 = passages.get("p5.1");
        java.util.function.Function<String, GroundingGuard.Checked> check = sentence -> guard.check(new Draft(sentence, "llm:test", List.of()),
                new WriteRequest("q", List.of(new ScoredPassage(new Passage("amazon-openai-50b-bet#p5.1", "amazon-openai-50b-bet",
                        "Amazon's potential $50 billion bet on OpenAI", 5, 1, p51), 0.9, 0.9, 0.9)), List.of()));
        GroundingGuard.Checked added = check.apply("Amazon has forecast capital expenditures to reach $125 billion for 2026, with most "
                + "of the money going to nuclear power plants and undersea cables [1].");
        GroundingGuard.Checked restated = check.apply("Amazon has forecast capital expenditures to reach $125 billion for 2026, more "
                + "than any other megacap company [1].");
        assertAll(
                () -> assertTrue(added.isEmpty(), added.text()),
                () -> assertEquals(GroundingGuard.Kind.UNSUPPORTED, added.repairs().get(0).kind()),
                () -> assertFalse(restated.isEmpty(), restated.repairs().toString()));
    }

    /**
     * Measured 2026-11-30 after blind.tsv had been scored and then used to develop the guard (bad 95.8%, faithful
     * 95.0%), rounded down; 95.8% / 95.8% after guard4 (2026-12-01). It is no longer blind, so the honest figure
     * is the lead's next blind set.
     */
    static final double BLIND_FLOOR_BAD = 0.95;
    static final double BLIND_FLOOR_FAITHFUL = 0.95;
    /**
     * blind2.tsv was scored once (77.5% / 87.5%) and then used with tune and blind.tsv to develop the guard (guard4:
     * WordNet, hedges about another party, light verbs, recommendation phrases, negation scope, durations, hedging relative
     * clauses): 83.8% / 97.5% after, floors under that.
     */
    static final double BLIND2_FLOOR_BAD = 0.83;
    static final double BLIND2_FLOOR_FAITHFUL = 0.97;
}
