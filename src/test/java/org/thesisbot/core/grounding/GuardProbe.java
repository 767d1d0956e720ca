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
import java.util.TreeMap;
import org.thesisbot.llm.CachedSentenceEmbeddings;
import org.thesisbot.llm.HybridRetriever;

/**
 * A quick loop for working on the guard, outside Maven: per-kind figures on the own fixtures (with every miss
 * and why) and on blind.tsv (figures per kind and the guard's reasons for its drops, counted, never the
 * sentences, so that the blind set stays a measure). Run with the test classpath; not a test.
 */
final class GuardProbe {
    private static final Path DIR = Path.of("src", "test", "resources", "grounding", "guard-fixtures");

    public static void main(String[] args) throws IOException {
        Map<String, String> passages = new LinkedHashMap<>();
        for (String l : Files.readAllLines(DIR.resolve("passages.tsv"))) {
            if (!l.isBlank() && !l.startsWith("#")) {
                String[] p = l.split("\t");
                passages.put(p[0], p[1]);
            }
        }
        Set<String> corpus = new HashSet<>();
        passages.values().forEach(t -> corpus.addAll(Terms.of(t)));
        List<String> prompts = List.of(Files.readString(Path.of("prompts", "system.txt")), Files.readString(Path.of("prompts", "answer.txt")));
        GroundingGuard guard = new GroundingGuard(prompts, new CachedSentenceEmbeddings(HybridRetriever.defaultModel()), corpus::contains,
                org.thesisbot.core.api.LinkPolicy.NONE, org.thesisbot.core.lexicon.TestLexicons.real());
        org.thesisbot.core.lexicon.Lexicon lexicon = org.thesisbot.core.lexicon.TestLexicons.real();
        boolean blind = args.length > 0 && args[0].equals("blind");
        if (args.length > 0 && args[0].equals("grid")) {
            // for a grid search of the meaning thresholds: whether another check drops the sentence, then its similarity and novel words
            Support support = new Support(new CachedSentenceEmbeddings(HybridRetriever.defaultModel()), corpus::contains,
                    new Thesaurus(lexicon.retrieval()), new Names(lexicon.names()));
            for (String file : List.of("sentences.tsv", "more.tsv")) {
                for (String l : Files.readAllLines(DIR.resolve(file))) {
                    if (l.isBlank() || l.startsWith("#")) {
                        continue;
                    }
                    String[] c = l.split("\t");
                    List<String> texts = new ArrayList<>();
                    List<Passage> cited = new ArrayList<>();
                    for (String id : c[3].split(",")) {
                        texts.add(passages.get(id));
                        cited.add(new Passage("d#" + id, "d", "Amazon's potential $50 billion bet on OpenAI", 1, 1, passages.get(id)));
                    }
                    GroundingGuard.Checked r = run(guard, texts, c[4]);
                    Support.Assessment a = support.assess(Markers.strip(c[4]).replaceAll("[*_~`]+", "").strip(), cited, Set.of());
                    boolean meaningOnly = r.repairs().stream().anyMatch(x -> x.dropped() && x.kind() == GroundingGuard.Kind.UNSUPPORTED)
                            && a.persons().isEmpty() && a.novel().size() <= Support.MAX_NOVEL;
                    boolean other = r.isEmpty() && !meaningOnly;
                    System.out.printf(Locale.ROOT, "%s\t%s\t%s\t%s\t%b\t%.4f\t%s%n", file, c[0], c[1], c[2], other, a.similarity(),
                            String.join(",", a.novel().entrySet().stream().map(e -> String.format(Locale.ROOT, "%s:%.4f", e.getKey(), e.getValue())).toList()));
                }
            }
            return;
        }
        if (args.length > 0 && args[0].equals("dump")) {
            Support support = new Support(new CachedSentenceEmbeddings(HybridRetriever.defaultModel()), corpus::contains,
                    new Thesaurus(lexicon.retrieval()), new Names(lexicon.names()));
            for (String file : List.of("sentences.tsv", "more.tsv")) {
                for (String l : Files.readAllLines(DIR.resolve(file))) {
                    if (l.isBlank() || l.startsWith("#")) {
                        continue;
                    }
                    String[] c = l.split("\t");
                    List<Passage> cited = new ArrayList<>();
                    for (String id : c[3].split(",")) {
                        cited.add(new Passage("d#" + id, "d", "Amazon's potential $50 billion bet on OpenAI", 1, 1, passages.get(id)));
                    }
                    String claim = Markers.strip(c[4]);
                    Support.Assessment a = support.assess(claim, cited, Set.of());
                    System.out.printf(Locale.ROOT, "%s\t%s\t%s\t%.3f\t%.3f\t%s\t%s%n", c[0], c[1], c[2], a.similarity(), a.support(),
                            a.novel(), claim);
                }
            }
            return;
        }
        if (!blind) {
            for (String file : List.of("sentences.tsv", "more.tsv")) {
                Path f = DIR.resolve(file);
                if (!Files.exists(f)) {
                    continue;
                }
                Map<String, int[]> byKind = new TreeMap<>();
                List<String> misses = new ArrayList<>();
                for (String l : Files.readAllLines(f)) {
                    if (l.isBlank() || l.startsWith("#")) {
                        continue;
                    }
                    String[] c = l.split("\t");
                    boolean faithful = c[0].equals("faithful");
                    List<String> texts = new ArrayList<>();
                    for (String id : c[3].split(",")) {
                        texts.add(passages.containsKey(id) ? passages.get(id) : id);
                    }
                    GroundingGuard.Checked r = run(guard, texts, c[4]);
                    boolean right = faithful != r.isEmpty();
                    int[] k = byKind.computeIfAbsent(c[0] + "/" + c[1] + "/" + c[2], x -> new int[2]);
                    k[0]++;
                    k[1] += right ? 1 : 0;
                    if (!right) {
                        misses.add("  " + c[2] + " " + c[0] + "/" + c[1] + " " + reasons(r) + ": " + c[4]);
                    }
                }
                System.out.println("== " + file);
                print(byKind);
                misses.forEach(System.out::println);
            }
        } else {
            List<String> rows = Files.readAllLines(DIR.resolve("blind.tsv"));
            Map<String, int[]> byKind = new TreeMap<>();
            Map<String, Map<String, Integer>> why = new TreeMap<>();
            long t0 = System.nanoTime();
            for (String row : rows.subList(1, rows.size())) {
                String[] c = row.split("\t");
                boolean faithful = c[1].equals("faithful");
                GroundingGuard.Checked r = run(guard, List.of(c[3]), c[4]);
                boolean right = faithful != r.isEmpty();
                int[] k = byKind.computeIfAbsent(c[1] + "/" + c[2], x -> new int[2]);
                k[0]++;
                k[1] += right ? 1 : 0;
                if (r.isEmpty()) {
                    why.computeIfAbsent(c[1] + "/" + c[2], x -> new TreeMap<>()).merge(reasons(r), 1, Integer::sum);
                }
            }
            System.out.printf(Locale.ROOT, "blind: %.0f ms%n", (System.nanoTime() - t0) / 1e6);
            print(byKind);
            System.out.println("drop reasons (counts only):");
            why.forEach((k, v) -> System.out.println("  " + k + " " + v));
        }
    }

    private static GroundingGuard.Checked run(GroundingGuard guard, List<String> texts, String sentence) {
        List<ScoredPassage> cited = new ArrayList<>();
        for (String t : texts) {
            cited.add(new ScoredPassage(new Passage("amazon-openai-50b-bet#" + cited.size(), "amazon-openai-50b-bet",
                    "Amazon's potential $50 billion bet on OpenAI", 1, 1, t), 0.9, 0.9, 0.9));
        }
        return guard.check(new Draft(sentence, "llm:test", List.of()), new WriteRequest("q", cited, List.of()));
    }

    private static String reasons(GroundingGuard.Checked r) {
        return r.repairs().stream().filter(GroundingGuard.Repair::dropped).map(x -> x.kind().tag()).toList().toString();
    }

    private static void print(Map<String, int[]> byKind) {
        int[] bad = new int[2];
        int[] good = new int[2];
        byKind.forEach((kind, k) -> {
            System.out.printf(Locale.ROOT, "  %-36s %d/%d%n", kind, k[1], k[0]);
            int[] t = kind.startsWith("faithful") ? good : bad;
            t[0] += k[0];
            t[1] += k[1];
        });
        System.out.printf(Locale.ROOT, "  bad dropped %d/%d (%.1f%%), faithful kept %d/%d (%.1f%%)%n", bad[1], bad[0],
                100.0 * bad[1] / bad[0], good[1], good[0], 100.0 * good[1] / good[0]);
    }
}
