package org.thesisbot.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Citation;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.api.Question;

/**
 * Runs a blind question set through the real brain, the way a user in Slack would (each conversation in
 * its own thread, turns in order, a clarification answered by choosing the reading the user meant), and
 * scores every answer:
 * <ul>
 * <li>numeric: <b>exact</b> (every expected number present at the stated precision), <b>clarified</b> (the
 * bot asked which reading was meant instead of answering), <b>wrong</b> (numbers shown, and not the expected
 * ones: a confident wrong answer), or <b>missed</b> (no numbers and no question back);</li>
 * <li>narrative: <b>answered</b> when the first sentence the answer cites contains the sentence that answers
 * the question, or, for a question the sources don't cover, when the answer says so; <b>strict</b> when, on top of
 * that, an answer to a question the sources do answer does not hedge ("The sources don't say X directly; the
 * closest they come: …") nor say they don't cover it (a reader told the sources don't say it was let down, even
 * when the quote that follows is the right one);</li>
 * <li>route: the expected route.</li>
 * </ul>
 */
final class EvalRun {
    enum Numeric { EXACT, CLARIFIED, WRONG, MISSED }

    record Outcome(EvalCase c, Answer answer, boolean routeOk, Numeric numeric, boolean clarifiedRight,
                   Boolean narrativeOk, boolean hedged, String why) {
        /** Narrative, strictly: the answering sentence cited first and no hedge; null for a question with no narrative part. */
        Boolean narrativeStrict() {
            return narrativeOk == null ? null : narrativeOk && !hedged;
        }

        boolean right() {
            boolean num = numeric == null || numeric == Numeric.EXACT || (numeric == Numeric.CLARIFIED && clarifiedRight);
            boolean nar = narrativeOk == null || narrativeOk;
            return routeOk && num && nar;
        }
    }

    private static final Pattern MARKER = Pattern.compile("\\[(\\d+)]");
    private final Assistant brain;
    private static final java.util.concurrent.atomic.AtomicLong RUNS = new java.util.concurrent.atomic.AtomicLong();
    /** Names this run's threads apart from any other run's on the same brain, also one running at the same time. */
    private final String run = Long.toHexString(System.nanoTime()) + "-" + RUNS.incrementAndGet();

    EvalRun(Assistant brain) {
        this.brain = brain;
    }

    static List<EvalCase> load(Path... files) throws IOException {
        ObjectMapper m = new ObjectMapper();
        List<EvalCase> out = new ArrayList<>();
        for (Path f : files) {
            for (String line : Files.readAllLines(f)) {
                if (!line.isBlank()) {
                    out.add(EvalCase.of(m.readTree(line)));
                }
            }
        }
        return out;
    }

    List<Outcome> run(List<EvalCase> cases) {
        // conversations in order of their turns; single questions each on their own
        Map<String, List<EvalCase>> threads = new LinkedHashMap<>();
        for (EvalCase c : cases) {
            threads.computeIfAbsent(c.thread() == null ? "single:" + c.id() : c.thread(), k -> new ArrayList<>()).add(c);
        }
        List<Outcome> out = new ArrayList<>();
        for (Map.Entry<String, List<EvalCase>> t : threads.entrySet()) {
            String thread = "eval:" + run + ":" + t.getKey();
            t.getValue().sort(Comparator.comparingInt(EvalCase::turn));
            List<String> said = new ArrayList<>();
            for (EvalCase c : t.getValue()) {
                out.add(score(c, thread, said));
            }
        }
        return out;
    }

    /**
     * @param history what the user has said in this thread so far (questions and chosen readings), updated here; a reading
     *             offered as a choice is tried in a copy of the thread (the same messages replayed in a new one), so that
     *             only the one the user meant is clicked in the thread itself, as a user clicks one button
     */
    private Outcome score(EvalCase c, String thread, List<String> history) {
        Answer a;
        try {
            a = brain.ask(new Question(c.question(), thread, "eval", "test"));
        } catch (RuntimeException e) {
            return new Outcome(c, null, false, c.numeric() ? Numeric.MISSED : null, false,
                    c.narrative() ? Boolean.FALSE : null, false, "error: " + e);
        }
        boolean routeOk = a.route().wireName().equals(c.route());
        Numeric numeric = null;
        boolean clarifiedRight = false;
        String chosenOption = null;
        String why = "";
        if (c.numeric()) {
            numeric = numericOutcome(c, a);
            if (numeric == Numeric.CLARIFIED) {
                // the user picks the reading they meant: one click, in the same thread
                int tried = 0;
                for (Answer.Clarification option : a.clarify()) {
                    String copy = thread + ":option:" + c.id() + ":" + tried++;
                    for (String earlier : history) {
                        brain.ask(new Question(earlier, copy, "eval", "test"));
                    }
                    brain.ask(new Question(c.question(), copy, "eval", "test"));
                    if (numericOutcome(c, brain.ask(new Question(option.question(), copy, "eval", "test"))) == Numeric.EXACT) {
                        brain.ask(new Question(option.question(), thread, "eval", "test"));
                        chosenOption = option.question();
                        clarifiedRight = true;
                        break;
                    }
                }
            }
            if (numeric != Numeric.EXACT) {
                why = "expected " + (c.cannotCompute() ? "can't compute" : c.expect()) + ", got " + describe(a);
            }
            if (numeric == Numeric.WRONG) {
                // a figure the answer named as unused, or a reading it stated, says how sure it was
                List<String> said = a.notes().stream().filter(n -> n.contains("didn't use") || n.startsWith("Reading")).toList();
                why += said.isEmpty() ? " (no note)" : " notes " + said;
            }
            if (numeric == Numeric.CLARIFIED) {
                // a clarification that offers the right reading is an honest answer; say which options it gave
                why += " options " + a.clarify().stream().map(Answer.Clarification::label).toList();
            }
        }
        Boolean narrativeOk = null;
        boolean hedged = false;
        if (c.narrative()) {
            narrativeOk = narrativeOk(c, a);
            hedged = !c.notCovered() && hedges(a);
            if (!narrativeOk) {
                why += (why.isEmpty() ? "" : "; ") + "narrative: " + (hedged ? "hedged, " : "") + "first cited \""
                        + abbreviate(firstCited(a), 140) + "\"";
            } else if (hedged) {
                why += (why.isEmpty() ? "" : "; ") + "narrative: hedged (\"" + abbreviate(a.text().replace('\n', ' '), 90)
                        + "\") though the first cited sentence answers";
            }
        }
        if (!routeOk) {
            why = "route " + a.route().wireName() + " " + a.decision().cues() + (why.isEmpty() ? "" : "; " + why);
        }
        history.add(c.question());
        if (chosenOption != null) {
            history.add(chosenOption);
        }
        return new Outcome(c, a, routeOk, numeric, clarifiedRight, narrativeOk, hedged, why);
    }

    static Numeric numericOutcome(EvalCase c, Answer a) {
        boolean refused = a.results().isEmpty() && a.text().startsWith("I can't compute that");
        if (c.cannotCompute()) {
            if (refused) {
                return Numeric.EXACT;
            }
            return !a.clarify().isEmpty() ? Numeric.CLARIFIED : a.results().isEmpty() ? Numeric.MISSED : Numeric.WRONG;
        }
        if (contains(a, c.expect())) {
            return Numeric.EXACT;
        }
        if (!a.clarify().isEmpty()) {
            return Numeric.CLARIFIED;
        }
        if (c.ambiguous()) {
            for (List<EvalCase.Expected> alt : c.alternatives()) {
                if (contains(a, alt)) {
                    return Numeric.EXACT; // a reading the writer called equally reasonable
                }
            }
        }
        return a.results().isEmpty() ? Numeric.MISSED : Numeric.WRONG;
    }

    private static boolean contains(Answer a, List<EvalCase.Expected> expected) {
        for (EvalCase.Expected e : expected) {
            boolean found = false;
            for (MetricResult r : a.results()) {
                if (r.metric().equals(e.metric()) && r.scenario().equals(e.scenario())) {
                    int scale = Math.max(e.value().scale(), 0);
                    found |= r.value().setScale(scale, RoundingMode.HALF_UP).compareTo(e.value().setScale(scale, RoundingMode.HALF_UP)) == 0;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** The answer says the sources don't cover the question, or don't say it directly. */
    static boolean hedges(Answer a) {
        String text = a.text().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return text.contains("don't cover") || text.contains("don't say") || text.contains("do not cover")
                || text.contains("do not say");
    }

    private static boolean narrativeOk(EvalCase c, Answer a) {
        if (c.notCovered()) {
            return hedges(a);
        }
        String first = norm(firstCited(a));
        String quote = a.citations().isEmpty() ? "" : norm(a.citations().get(0).quote());
        for (String p : c.answerPhrases()) {
            // the first cited sentence is read without its final stop, so a phrase that ends a sentence is too
            String phrase = norm(p).replaceAll("[.!?]+$", "");
            if (first.contains(phrase) || quote.contains(phrase)) {
                return true;
            }
        }
        return false;
    }

    /** The first sentence of the narrative that carries a citation marker, without its markers. */
    static String firstCited(Answer a) {
        if (a.narrative() == null) {
            return a.citations().isEmpty() ? "" : a.citations().get(0).quote();
        }
        Matcher m = MARKER.matcher(a.narrative());
        if (!m.find()) {
            return "";
        }
        // the sentence that ends at the first marker ("… campus in Indiana. [1]" or "… in Indiana [1].")
        String before = a.narrative().substring(0, m.start()).replaceAll("[\\s.!?]+$", "");
        int start = 0;
        Matcher boundary = Pattern.compile("[.!?]\\s+|\\n").matcher(before);
        while (boundary.find()) {
            start = boundary.end();
        }
        return MARKER.matcher(before.substring(start)).replaceAll("").trim();
    }

    private static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\u2010-\u2015-]", " ").replaceAll("[\u2018\u2019]", "'")
                .replaceAll("\\s+", " ").trim();
    }

    private static String describe(Answer a) {
        if (a.results().isEmpty()) {
            return a.route().wireName() + " \"" + abbreviate(a.text().replace('\n', ' '), 120) + "\"";
        }
        List<String> rs = new ArrayList<>();
        for (MetricResult r : a.results()) {
            rs.add(r.metric() + "(" + r.scenario() + ")=" + r.value().setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString());
        }
        return rs.toString();
    }

    private static String abbreviate(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n) + "…";
    }

    /** The report: per class, then the headline figures the issue asks for. */
    static String report(String title, List<Outcome> outcomes) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%n%s: %d questions%n", title, outcomes.size()));
        sb.append(String.format(Locale.ROOT, "%-14s %4s %6s %7s %9s %7s %7s %7s %7s%n", "class", "n", "route", "exact",
                "clarified", "wrong", "missed", "narr", "strict"));
        Map<String, List<Outcome>> byClass = new TreeMap<>();
        outcomes.forEach(o -> byClass.computeIfAbsent(o.c().kind(), k -> new ArrayList<>()).add(o));
        byClass.put("ALL", outcomes);
        for (Map.Entry<String, List<Outcome>> e : byClass.entrySet()) {
            List<Outcome> os = e.getValue();
            long num = os.stream().filter(o -> o.numeric() != null).count();
            long nar = os.stream().filter(o -> o.narrativeOk() != null).count();
            sb.append(String.format(Locale.ROOT, "%-14s %4d %6s %7s %9s %7s %7s %7s %7s%n", e.getKey(), os.size(),
                    pct(os.stream().filter(Outcome::routeOk).count(), os.size()),
                    pct(count(os, Numeric.EXACT), num), pct(count(os, Numeric.CLARIFIED), num),
                    pct(count(os, Numeric.WRONG), num), pct(count(os, Numeric.MISSED), num),
                    pct(os.stream().filter(o -> Boolean.TRUE.equals(o.narrativeOk())).count(), nar),
                    pct(os.stream().filter(o -> Boolean.TRUE.equals(o.narrativeStrict())).count(), nar)));
        }
        List<Outcome> turns = outcomes.stream().filter(o -> o.c().thread() != null).toList();
        long clarifiedRight = outcomes.stream().filter(Outcome::clarifiedRight).count();
        sb.append(String.format(Locale.ROOT, "thread turns right: %d/%d (%s); clarifications offering the right reading: %d/%d%n",
                turns.stream().filter(Outcome::right).count(), turns.size(),
                pct(turns.stream().filter(Outcome::right).count(), turns.size()), clarifiedRight, count(outcomes, Numeric.CLARIFIED)));
        List<Outcome> narrative = outcomes.stream().filter(o -> o.narrativeOk() != null).toList();
        sb.append(String.format(Locale.ROOT, "narrative: %d/%d cite the answering sentence first (narr); %d/%d also without a hedge"
                        + " (strict); %d of %d answerable questions hedged, %d of them quoting the answering sentence first%n",
                narrative.stream().filter(Outcome::narrativeOk).count(), narrative.size(),
                narrative.stream().filter(Outcome::narrativeStrict).count(), narrative.size(),
                narrative.stream().filter(Outcome::hedged).count(), narrative.stream().filter(o -> !o.c().notCovered()).count(),
                narrative.stream().filter(o -> o.hedged() && o.narrativeOk()).count()));
        return sb.toString();
    }

    static long count(List<Outcome> os, Numeric n) {
        return os.stream().filter(o -> o.numeric() == n).count();
    }

    static String pct(long k, long n) {
        return n == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * k / n);
    }

    static String failures(List<Outcome> outcomes) {
        StringBuilder sb = new StringBuilder();
        for (Outcome o : outcomes) {
            if (!o.right() || o.hedged()) {
                sb.append(String.format(Locale.ROOT, "  %-7s %-13s %s%n          %s%n", o.c().id(), o.c().kind(),
                        o.c().question(), o.why()));
            }
        }
        return sb.toString();
    }

    static BigDecimal ratio(long k, long n) {
        return n == 0 ? BigDecimal.ONE : BigDecimal.valueOf(k).divide(BigDecimal.valueOf(n), 4, RoundingMode.HALF_UP);
    }
}
