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
import org.thesisbot.llm.CachedSentenceEmbeddings;
import org.thesisbot.llm.HybridRetriever;

/**
 * Working on the guard, outside Maven: one line per fixture pair (own fixtures, blind.tsv and blind2.tsv) with the verdict,
 * the drop reasons and what {@link Support} measured, for analysis with other tools. Not a test.
 */
final class GuardDump {
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
        org.thesisbot.core.lexicon.Lexicon lexicon = org.thesisbot.core.lexicon.TestLexicons.real();
        CachedSentenceEmbeddings emb = new CachedSentenceEmbeddings(HybridRetriever.defaultModel());
        GroundingGuard guard = new GroundingGuard(prompts, emb, corpus::contains, org.thesisbot.core.api.LinkPolicy.NONE, lexicon);
        Support support = new Support(emb, corpus::contains, new Thesaurus(lexicon.retrieval()), new Names(lexicon.names()));
        List<String[]> rows = rows(passages);
        for (String[] r : rows) {
            List<ScoredPassage> cited = new ArrayList<>();
            List<Passage> ps = new ArrayList<>();
            for (String t : r[5].split("\u0001")) {
                Passage p = new Passage("amazon-openai-50b-bet#" + cited.size(), "amazon-openai-50b-bet",
                        "Amazon's potential $50 billion bet on OpenAI", 1, 1, t);
                ps.add(p);
                cited.add(new ScoredPassage(p, 0.9, 0.9, 0.9));
            }
            GroundingGuard.Checked c = guard.check(new Draft(r[6], "llm:test", List.of()), new WriteRequest("q", cited, List.of()));
            String reasons = c.repairs().stream().filter(GroundingGuard.Repair::dropped).map(x -> x.kind().tag()).toList().toString();
            Support.Assessment a = support.assess(Markers.strip(r[6]).replaceAll("[*_~`]+", "").strip(), ps, Set.of());
            System.out.printf(Locale.ROOT, "%s\t%s\t%s\t%s\t%s\t%b\t%s\t%.3f\t%.3f\t%s\t%s%n", r[0], r[1], r[2], r[3], r[4], !c.isEmpty(),
                    reasons + a.additions() + " oc=" + a.overclaims() + " adv=" + a.advice() + " ev=" + a.events() + " meta=" + a.meta() + " rev=" + a.reversals(), a.similarity(), a.support(), a.novel() + " al=" + a.alignment(), r[6]);
        }
    }

    /** Every fixture pair: set, id, label, kind, split, passage texts joined by \u0001, sentence. */
    static List<String[]> rows(Map<String, String> passages) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String file : List.of("sentences.tsv", "more.tsv")) {
            int i = 0;
            for (String l : Files.readAllLines(DIR.resolve(file))) {
                if (l.isBlank() || l.startsWith("#")) {
                    continue;
                }
                String[] c = l.split("\t");
                List<String> texts = new ArrayList<>();
                for (String id : c[3].split(",")) {
                    texts.add(passages.get(id));
                }
                rows.add(new String[] {file.replace(".tsv", ""), file.charAt(0) + "" + (i++), c[0], c[1], c[2], String.join("\u0001", texts), c[4]});
            }
        }
        for (String file : List.of("blind.tsv", "blind2.tsv")) {
            List<String> b = Files.readAllLines(DIR.resolve(file));
            for (String l : b.subList(1, b.size())) {
                String[] c = l.split("\t");
                if (c.length >= 5) {
                    rows.add(new String[] {file.replace(".tsv", ""), c[0], c[1], c[2], "blind", c[3], c[4]});
                }
            }
        }
        return rows;
    }

    static Map<String, String> passages() throws IOException {
        Map<String, String> passages = new LinkedHashMap<>();
        for (String l : Files.readAllLines(DIR.resolve("passages.tsv"))) {
            if (!l.isBlank() && !l.startsWith("#")) {
                String[] p = l.split("\t");
                passages.put(p[0], p[1]);
            }
        }
        return passages;
    }
}
