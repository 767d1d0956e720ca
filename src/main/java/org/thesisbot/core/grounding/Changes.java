package org.thesisbot.core.grounding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.thesisbot.core.api.Citation;

/**
 * "What's new since the last source?" and "what changed?": the newest document compared with the earlier
 * ones. It lists the figures the newest document changes (newer value first, with the earlier ones and
 * their dates) and the sentences it says that no earlier document says, each cited. Drawn directly from the
 * sources, deterministic, no model.
 */
public final class Changes {
    private static final int MAX_CHANGED = 4;
    private static final int MAX_NEW = 4;
    /** A sentence whose words are mostly in one earlier passage is not news. */
    private static final double KNOWN = 0.5;
    private static final int MIN_WORDS = 6;
    private static final Pattern DATE_WORDS = Pattern.compile(
            "\\b(?:january|february|march|april|may|june|july|august|september|october|november|december|q[1-4]|quarter|week|weeks|\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);

    private Changes() {
    }

    /** The comparison as an answer: text with [n] markers and the numbered citations. */
    public static GroundedAnswer whatsNew(SourceLibrary library) {
        List<SourceDocument> docs = library.newestFirst();
        if (docs.isEmpty()) {
            return new GroundedAnswer(false, "No source documents are loaded, so nothing has changed.", List.of(), "none", List.of());
        }
        SourceDocument newest = docs.get(0);
        if (docs.size() == 1) {
            return new GroundedAnswer(true, "There is only one source so far, \"" + newest.title() + "\" (" + newest.byline()
                    + "), so there is nothing to compare it with yet.", List.of(), ExtractiveWriter.NAME, List.of());
        }
        List<SourceDocument> earlier = docs.subList(1, docs.size());
        Map<String, Citation> cited = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder();
        text.append("*What's new in \"").append(newest.title()).append("\" (").append(newest.byline()).append(")*, compared with ")
                .append(earlier.size() == 1 ? "the earlier source" : "the " + earlier.size() + " earlier sources")
                .append(" (the latest before it: \"").append(earlier.get(0).title()).append("\", ")
                .append(earlier.get(0).byline()).append("):\n");

        List<Passage> mine = library.passages().stream().filter(p -> p.document().equals(newest.id())).toList();
        List<String> changed = new ArrayList<>();
        Set<String> changedSentences = new HashSet<>();
        Set<String> seen = new HashSet<>();
        for (Passage p : mine) {
            for (Claims.Claim c : library.claims().in(p)) {
                Claims.Disagreement d = library.claims().disagreementWith(c);
                if (d == null || !d.statements().get(0).document().equals(newest.id()) || changed.size() >= MAX_CHANGED) {
                    continue;
                }
                String line = d.describe(x -> " " + marker(x.passage(), x.sentence(), cited));
                if (seen.add(line.replaceAll("\\[\\d+]", ""))) {
                    changed.add(line);
                    changedSentences.add(c.sentence());
                }
            }
        }
        List<Passage> before = library.passages().stream().filter(p -> !p.document().equals(newest.id())).toList();
        List<Set<String>> beforeTerms = before.stream().map(p -> (Set<String>) new HashSet<>(Terms.of(p.text()))).toList();
        Set<String> beforeAll = new HashSet<>();
        beforeTerms.forEach(beforeAll::addAll);
        List<String[]> fresh = new ArrayList<>();
        for (Passage p : mine) {
            for (String s : Sentences.split(p.text())) {
                if (changedSentences.contains(s) || s.split("\\s+").length < MIN_WORDS) {
                    continue;
                }
                Set<String> terms = new HashSet<>(Terms.of(s));
                if (terms.isEmpty()) {
                    continue;
                }
                double known = 0;
                for (Set<String> b : beforeTerms) {
                    known = Math.max(known, terms.stream().filter(b::contains).count() / (double) terms.size());
                }
                // a date or figure no earlier document gives ("February 27", "$600 million") is news even in familiar words
                boolean newSpecific = terms.stream().anyMatch(t -> isSpecific(t) && !beforeAll.contains(t));
                if (known < KNOWN || newSpecific) {
                    boolean specific = newSpecific || !Figures.in(s).isEmpty() || DATE_WORDS.matcher(s).find();
                    fresh.add(new String[] {s, p.id(), specific ? "1" : "0"});
                }
            }
        }
        // specific sentences (figures, dates) first, then the rest, each group in document order
        List<String[]> chosen = new ArrayList<>(fresh.stream().filter(f -> f[2].equals("1")).limit(MAX_NEW).toList());
        fresh.stream().filter(f -> f[2].equals("0")).limit(MAX_NEW - chosen.size()).forEach(chosen::add);
        chosen.sort(java.util.Comparator.comparingInt(fresh::indexOf));

        for (String c : changed) {
            text.append("• *Changed:* ").append(c).append('\n');
        }
        for (String[] f : chosen) {
            Passage p = mine.stream().filter(x -> x.id().equals(f[1])).findFirst().orElseThrow();
            text.append("• *New:* ").append(f[0]).append(' ').append(marker(p, f[0], cited)).append('\n');
        }
        if (changed.isEmpty() && chosen.isEmpty()) {
            text.append("It adds nothing the earlier sources don't already say.");
        }
        return new GroundedAnswer(true, text.toString().strip(), List.copyOf(cited.values()), ExtractiveWriter.NAME,
                List.of(ExtractiveWriter.LABEL));
    }

    private static boolean isSpecific(String term) {
        return Character.isDigit(term.charAt(0)) || DATE_WORDS.matcher(term).matches()
                || term.matches("januari|februari|januar|februar|septemb|octob|novemb|decemb");
    }

    /** "[n]" for this passage, numbering it on first use; the sentence is the citation's quote. */
    static String marker(Passage p, String sentence, Map<String, Citation> cited) {
        Citation c = cited.computeIfAbsent(p.id(), id -> new Citation(cited.size() + 1, p.document(), p.title(), p.paragraph(),
                quote(sentence), p.publisher(), p.published(), p.url()));
        return "[" + c.n() + "]";
    }

    static String quote(String sentence) {
        String[] words = sentence.split("\\s+");
        return words.length <= 30 ? sentence : String.join(" ", java.util.Arrays.copyOfRange(words, 0, 30)) + "…";
    }
}
