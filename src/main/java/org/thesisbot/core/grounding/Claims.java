package org.thesisbot.core.grounding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures the sources state, each with the words around it, so the bot can tell when two documents
 * state different values for the same fact ("$50 billion investment in OpenAI" in February, "invest $40
 * billion in OpenAI" in March) and say so, newer first.
 *
 * <p>A claim is an amount of money (a figure with $ or a magnitude word) or a percentage, in one sentence,
 * with the content words within a few words of it and the names (capitalised words) near it. Two claims
 * from different documents are about the same fact when they are of the same kind, within a factor of three
 * of each other, their names agree (one set contains the other) and they share at least two content words,
 * which is at least a third of the smaller set. Deliberately conservative: a missed disagreement leaves an answer as it was; a false one
 * would put a wrong warning in front of a reader. Immutable and thread-safe.
 */
public final class Claims {
    private static final int WINDOW = 4;
    private static final int NAME_WINDOW = 8;
    private static final double MIN_SHARED_SHARE = 0.34;
    private static final int MAX_FACTOR = 3;
    /** Values closer than this (relative) are the same figure, rounded. */
    private static final BigDecimal SAME = new BigDecimal("0.005");
    private static final Set<String> MAGNITUDES = Set.of("thousand", "million", "billion", "trillion", "percent");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}]*(?:['\u2019-][\\p{L}\\p{N}]+)*");
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "and", "but", "this", "that", "it", "its", "in",
            "on", "at", "for", "of", "by", "as", "if", "we", "our", "they", "he", "she", "analysts", "analyst", "operator",
            "chief", "officer", "executive", "financial", "january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");

    public enum Kind { MONEY, PERCENT }

    /**
     * @param value   the amount: money in dollars, a percentage as written (40 for 40%)
     * @param figure  as written ("$40 billion")
     * @param context stemmed content words within a few words of the figure
     * @param names   lower-case capitalised words near the figure ("openai", "anthropic")
     */
    public record Claim(Passage passage, String sentence, Kind kind, BigDecimal value, String figure, Set<String> context,
                        Set<String> names) {
        public LocalDate published() {
            return passage.published();
        }

        public String document() {
            return passage.document();
        }

        /** "$40B", "$800B", "$1.5T", "40%": the value as the bot writes figures. */
        public String display() {
            return Claims.display(kind, value);
        }
    }

    /** Two or more documents stating different values for one fact; {@code statements} newest first. */
    public record Disagreement(List<Claim> statements) {
        /** "As of 2026-03-02 (Northbridge Wire): $40B; earlier (AInvest, 2026-02-10): $50B". */
        public String describe(java.util.function.Function<Claim, String> marker) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < statements.size(); i++) {
                Claim c = statements.get(i);
                sb.append(i == 0 ? "As of " + c.published() + " (" + c.passage().publisher() + "): "
                        : "; earlier (" + c.passage().publisher() + ", " + c.published() + "): ");
                sb.append(c.display()).append(marker.apply(c));
            }
            return sb.toString();
        }
    }

    private final List<Claim> all;
    private final Map<String, List<Claim>> byPassage = new LinkedHashMap<>();

    public Claims(List<Passage> passages) {
        List<Claim> out = new ArrayList<>();
        for (Passage p : passages) {
            List<Claim> mine = new ArrayList<>();
            for (String sentence : Sentences.split(p.text())) {
                mine.addAll(extract(p, sentence));
            }
            byPassage.put(p.id(), List.copyOf(mine));
            out.addAll(mine);
        }
        this.all = List.copyOf(out);
        for (int i = 0; i < all.size(); i++) {
            for (String term : all.get(i).context()) {
                byTerm.computeIfAbsent(term, k -> new ArrayList<>()).add(i);
            }
        }
    }

    /** For each context word, the indexes (in {@link #all}) of the claims that have it: candidates share a word. */
    private final Map<String, List<Integer>> byTerm = new java.util.HashMap<>();

    public List<Claim> all() {
        return all;
    }

    public List<Claim> in(Passage p) {
        return byPassage.getOrDefault(p.id(), List.of());
    }

    /** The claims of one sentence (a quote in config/scenario.yaml, say), as if it were in {@code p}. */
    public static List<Claim> of(Passage p, String sentence) {
        return extract(p, sentence);
    }

    /**
     * The disagreements that involve a claim of {@code passages}: for each, every document's latest statement of
     * that fact, newest first. At most {@code limit}, the most recent first; claims with dates only.
     */
    public List<Disagreement> disagreements(Collection<Passage> passages, int limit) {
        List<Disagreement> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Passage p : passages) {
            for (Claim c : in(p)) {
                Disagreement d = disagreementWith(c);
                if (d != null && seen.add(key(d))) {
                    out.add(d);
                }
            }
        }
        out.sort(Comparator.comparing((Disagreement d) -> d.statements().get(0).published()).reversed());
        return out.subList(0, Math.min(limit, out.size()));
    }

    /** Claims in other documents about the same fact as {@code c} with a different value, or null if none. */
    public Disagreement disagreementWith(Claim c) {
        if (c.published() == null) {
            return null;
        }
        // one statement per document: its first one of the fact (a news item leads with the current figure and
        // may mention the old one later: "invest $40 billion, down from the $50 billion discussed earlier")
        Map<String, Claim> byDocument = new LinkedHashMap<>();
        byDocument.put(c.document(), c);
        boolean differs = false;
        java.util.TreeSet<Integer> candidates = new java.util.TreeSet<>();
        for (String term : c.context()) {
            candidates.addAll(byTerm.getOrDefault(term, List.of()));
        }
        for (int index : candidates) {
            Claim o = all.get(index);
            if (o.document().equals(c.document()) || o.published() == null || !sameFact(c, o)
                    || byDocument.containsKey(o.document())) {
                continue;
            }
            byDocument.put(o.document(), o);
            differs |= !sameValue(c, o);
        }
        if (!differs) {
            return null;
        }
        Map<String, Claim> latestByDocument = byDocument;
        List<Claim> statements = new ArrayList<>(latestByDocument.values());
        statements.sort(Comparator.comparing(Claim::published).reversed().thenComparing(Claim::document));
        // keep a statement only when its value differs from the next newer one kept: "As of X: $40B; earlier: $50B"
        List<Claim> kept = new ArrayList<>();
        for (Claim s : statements) {
            if (kept.isEmpty() || !sameValue(kept.get(kept.size() - 1), s)) {
                kept.add(s);
            }
        }
        return kept.size() < 2 ? null : new Disagreement(kept);
    }

    /** Same kind, values within a factor of three, compatible names, and enough shared context words. */
    static boolean sameFact(Claim a, Claim b) {
        if (a.kind() != b.kind() || a.value().signum() <= 0 || b.value().signum() <= 0) {
            return false;
        }
        BigDecimal big = a.value().max(b.value());
        BigDecimal small = a.value().min(b.value());
        if (big.compareTo(small.multiply(BigDecimal.valueOf(MAX_FACTOR))) > 0) {
            return false; // $11B and $125B are not two statements of one figure
        }
        if (!a.names().isEmpty() && !b.names().isEmpty()
                && !(a.names().containsAll(b.names()) || b.names().containsAll(a.names()))) {
            return false;
        }
        long shared = a.context().stream().filter(b.context()::contains).count();
        int smaller = Math.min(a.context().size(), b.context().size());
        return shared >= 2 && shared >= MIN_SHARED_SHARE * smaller;
    }

    static boolean sameValue(Claim a, Claim b) {
        BigDecimal max = a.value().abs().max(b.value().abs());
        if (max.signum() == 0) {
            return true;
        }
        return a.value().subtract(b.value()).abs().divide(max, 10, RoundingMode.HALF_UP).compareTo(SAME) <= 0;
    }

    private static String key(Disagreement d) {
        List<String> parts = new ArrayList<>();
        d.statements().forEach(c -> parts.add(c.document() + "=" + c.value().stripTrailingZeros().toPlainString()));
        parts.sort(null);
        return String.join(",", parts);
    }

    private static List<Claim> extract(Passage p, String sentence) {
        List<Claim> out = new ArrayList<>();
        int from = 0;
        for (Figures.Figure f : Figures.in(sentence)) {
            int start = sentence.indexOf(f.text(), from);
            if (start < 0) {
                continue;
            }
            int end = start + f.text().length();
            from = end;
            boolean money = f.exponent() > 0 || f.text().startsWith("$");
            if (!money && !f.percent()) {
                continue; // years, counts, dates: not amounts a source could restate differently
            }
            Kind kind = f.percent() ? Kind.PERCENT : Kind.MONEY;
            BigDecimal value = f.percent() ? f.number() : f.number().scaleByPowerOfTen(f.exponent());
            Set<String> context = new HashSet<>();
            List<String> left = content(Terms.of(sentence.substring(0, start)));
            List<String> right = content(Terms.of(sentence.substring(end)));
            context.addAll(left.subList(Math.max(0, left.size() - WINDOW), left.size()));
            context.addAll(right.subList(0, Math.min(WINDOW, right.size())));
            // a HashSet of words iterates in one order on every start (Set.copyOf's is salted per JVM start)
            out.add(new Claim(p, sentence, kind, value, f.text(), java.util.Collections.unmodifiableSet(context),
                    names(sentence, start, end)));
        }
        return out;
    }

    private static List<String> content(List<String> terms) {
        List<String> out = new ArrayList<>();
        for (String t : terms) {
            if (!Character.isDigit(t.charAt(0)) && !MAGNITUDES.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /** Capitalised words (not the sentence's first) within a few words of the figure, lower-cased. */
    private static Set<String> names(String sentence, int start, int end) {
        List<int[]> spans = new ArrayList<>();
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(sentence);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
            words.add(m.group());
        }
        int before = 0;
        while (before < spans.size() && spans.get(before)[1] <= start) {
            before++;
        }
        int after = before;
        while (after < spans.size() && spans.get(after)[0] < end) {
            after++;
        }
        Set<String> out = new HashSet<>();
        for (int i = Math.max(0, before - NAME_WINDOW); i < Math.min(words.size(), after + NAME_WINDOW); i++) {
            String w = words.get(i);
            String lw = w.toLowerCase(Locale.ROOT).replaceAll("['\u2019]s$", "");
            if (i > 0 && Character.isUpperCase(w.charAt(0)) && !NOT_NAMES.contains(lw)) {
                out.add(lw);
            }
        }
        return Set.copyOf(out);
    }

    static String display(Kind kind, BigDecimal value) {
        if (kind == Kind.PERCENT) {
            return value.stripTrailingZeros().toPlainString() + "%";
        }
        BigDecimal v = value.abs();
        String[] units = {"T", "B", "M", "K"};
        int[] exps = {12, 9, 6, 3};
        for (int i = 0; i < units.length; i++) {
            BigDecimal scale = BigDecimal.TEN.pow(exps[i]);
            if (v.compareTo(scale) >= 0) {
                BigDecimal n = value.divide(scale, 2, RoundingMode.HALF_UP).stripTrailingZeros();
                return "$" + n.toPlainString() + units[i];
            }
        }
        return "$" + value.stripTrailingZeros().toPlainString();
    }
}
