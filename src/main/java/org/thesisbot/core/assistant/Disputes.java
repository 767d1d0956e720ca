package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.scenario.Amount;
import org.thesisbot.core.scenario.Amounts;

/**
 * Two people disagreeing, pasted or retold, and a request to settle it: "Ken: at $1.1T post our 50 buys ~4.5%\nAisha: nah
 * its still 5 and change\nwho's right?", "Tomas says the check is 62.5% of an 80bn round, Cara says half. which is it".
 * Each speaker's figure in dispute is a claim, checked against the answer and never read as an input: a hedged figure
 * ("~4.5%", "like 11%", "40ish", "90bn+", "2T minimum"), every figure of a reply, and the figure of the first statement that
 * a reply's figure answers (the nearest of its kind). The other figures are the premises both share ("at $1.1T post",
 * "our 50"). The question read is the statement holding the first claim, asked: the claim replaced by "what" ("our 50
 * buys what % of oai?"); when the message also asks in words of its own ("what exit actually doubles the 50?", "who's
 * right on the profit?"), that is the question and the statements, without their claims, its bracketed context. With no
 * figure in dispute (the article's facts), the two statements are asked of the sources as one "this, or that?".
 *
 * <p>A speaker is a single word before a colon or a dash at a line's start, or before "says"/"thinks" in one sentence;
 * it is never a word of the layout ("Given:", "Q:") nor one that names a metric ("exit:", "stake -").
 */
final class Disputes {
    /** One side's figure and who said it. */
    record Claim(String speaker, String figure) {
    }

    /** The question to read, and the claims to settle with its answer. */
    record Found(String question, List<Claim> claims) {
    }

    private record Statement(String speaker, String text) {
    }

    /** "Ken: …", "lena - …", "@omar — …" at a line's start. */
    private static final Pattern LABEL = Pattern.compile("^\\s*@?([a-z][a-z'.]{0,14})\\s*(?::|\\s[-\u2013\u2014]+)\\s*(?=\\S)(.*)$",
            Pattern.CASE_INSENSITIVE);
    /** "Tomas says …", "Mei thinks …" inside a sentence. */
    private static final Pattern SAYS = Pattern.compile(
            "(?:^|(?<=[,;.]\\s?|\\s(?:and|but|while|whereas)\\s))([a-z][a-z'.]{0,14}) (?:says|said|thinks|reckons|claims|argues|insists|swears|is saying|keeps saying)(?: that)?\\s+",
            Pattern.CASE_INSENSITIVE);
    /** Words that label a line without being anyone: layout, pronouns, the sources, the cases. */
    private static final Set<String> NO_SPEAKER = Set.of("given", "find", "premise", "premises", "output", "outputs", "input",
            "inputs", "assumption", "assumptions", "assume", "required", "q", "a", "question", "answer", "ask", "note", "notes", "nb",
            "re", "fyi", "ps", "edit", "update", "context", "tldr", "summary", "step", "line", "row", "col", "column", "bull",
            "base", "bear", "target", "scenario", "result", "results", "so", "and", "but", "or", "then", "if", "ok", "okay", "yes",
            "no", "nah", "also", "plus", "minus", "eg", "ie", "http", "https", "i", "we", "he", "she", "they", "it", "you", "article",
            "piece", "model", "bot", "memo", "deck", "source", "sources", "report", "everyone", "someone", "nobody", "who",
            "what", "which", "why", "how", "when", "where", "case", "option", "choice", "part", "item", "todo", "q1", "q2", "q3",
            "q4", "h1", "h2", "now", "later", "before", "after", "here", "there");
    /** The request to settle it: "who's right?", "which is it", "settle pls", "tiebreak?", "who do i believe". */
    private static final Pattern VERDICT = Pattern.compile(
            "\\b(?:who(?:'|\u2019)?s|who is|who are|who'?re) (?:right|closer|correct|wrong|nearer|on the money|got it(?: right)?|got this(?: right)?)\\b"
                    + "|\\bwho (?:wins|won|has it(?: right)?|do (?:i|we) (?:believe|trust|go with|back))\\b(?: (?:this|that|here)(?: one)?)?"
                    + "|\\bwhich (?:is it|one(?: is (?:it|right))?(?: goes in [^?\\n]*)?|of (?:us|them|the two)(?: is right)?)\\b"
                    + "|\\b(?:settle|adjudicate|referee|arbitrate)(?: (?:it|this|that|us))?\\b|\\btie-?\\s?break(?:er)?\\b|\\bbreak the tie\\b",
            Pattern.CASE_INSENSITIVE);
    /** "who's right on the profit", "which is it for aws rev vs our check", "who's got the grand total right": the thing disputed. */
    private static final Pattern VERDICT_ON = Pattern.compile(
            "\\b(?:who(?:'|\u2019)?s (?:right|closer|correct)|which is it) (?:on|about|re|for|with) (?<on>[^?\\n]+)"
                    + "|\\bwho(?:'|\u2019)?s got (?<got>(?:the |teh |our )[^?\\n]+?) right\\b",
            Pattern.CASE_INSENSITIVE);
    /** What is left of an ask that asks nothing: "pls", "lol", "?", "+", "so", "and". */
    private static final Pattern FILLER = Pattern.compile(
            "\\b(?:pls|plz|please|lol|lmao|haha|then|so|and|here|now|one|this|actually|again|quick(?:ly)?|for us|for me|per the article|us"
                    + "|right|correct|true|yes|yeah|no|ok|okay|agreed?|thoughts|confirm|sanity check)\\b|[^\\w']",
            Pattern.CASE_INSENSITIVE);
    /** A statement that asks: "whats our stake worth there", "how much at 2T?". */
    private static final Pattern ASKS = Pattern.compile("\\?|\\b(?:what|whats|how|which)\\b");
    /** The words that hedge a figure: "like 11%", "about 4.5%", "call it 18%", "closer to 20". */
    private static final String HEDGES = "like|about|around|roughly|approx(?:imately)?|circa|call it|more like|closer to|nearer|maybe|prob(?:ably)?";
    /** A hedge before a figure: it is a guess at the answer. */
    private static final Pattern HEDGE_BEFORE = Pattern.compile("(?:~|\u2248|\\b(?:" + HEDGES + ")\\s*)\\s*~?\\$?$");
    /** A hedge after a figure: "40ish", "90bn+", "65 tops", "2T minimum", "5 and change". */
    private static final Pattern HEDGE_AFTER = Pattern.compile(
            "^(?:\\s*-?ish\\b|\\+|\\s+(?:tops|max|minimum|min|at least|at most|and change|or so|give or take|flat|ish)\\b)");
    /** Hedge words said with a claim, taken out with it. */
    private static final Pattern HEDGE_WORDS = Pattern.compile("(?:(?:~|\u2248|\\b(?:" + HEDGES + "|only|just|still)\\b)\\s*)+$");

    private Disputes() {
    }

    /** The dispute in {@code text}, if it is one; {@code namesMetric} tells a metric's name from a speaker's. */
    static Optional<Found> find(String text, Predicate<String> namesMetric) {
        if (!Framing.ladder(text).equals(text)) {
            return Optional.empty(); // "narrower: …\nnarrowest: …": levels of one question, not two people
        }
        List<Statement> statements = new ArrayList<>();
        List<String> asks = new ArrayList<>();
        if (!labelled(text, statements, asks, namesMetric) && !said(text, statements, asks, namesMetric)) {
            return Optional.empty();
        }
        String ask = String.join(" ", asks).strip();
        String disputed = null;
        Matcher on = VERDICT_ON.matcher(ask);
        if (on.find()) {
            disputed = on.group("on") != null ? on.group("on") : on.group("got");
            ask = ask.substring(0, on.start()) + ask.substring(on.end());
        }
        String own = VERDICT.matcher(ask).replaceAll(" ");
        boolean asksOwn = FILLER.matcher(own).replaceAll("").length() >= 3;
        if (disputed != null) {
            own = "what's " + disputed.strip().replaceAll("[?.!\\s]+$", "") + "? " + (asksOwn ? own.strip() : "");
            asksOwn = true;
        }
        own = own.replaceAll("^[\\s,;:+&-]+|^(?:and|so|then)\\s+", "").replaceAll("\\s+", " ").strip();

        // the figures in dispute
        List<List<Amount>> figures = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (Statement s : statements) {
            String n = Amounts.normalise(s.text().replaceAll("[~\u2248]\\s*", "about ").replaceAll("(\\d[%xbtnB]*)(-?ish)\\b", "$1 $2"));
            lines.add(n);
            figures.add(Amounts.find(n).stream().filter(a -> a.kind() != Amount.Kind.CALENDAR_YEAR).toList());
        }
        List<Set<Integer>> claimed = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            Set<Integer> c = new LinkedHashSet<>();
            List<Amount> fs = figures.get(i);
            boolean reply = i > 0 && !statements.get(i).speaker().equalsIgnoreCase(statements.get(0).speaker());
            for (int j = 0; j < fs.size(); j++) {
                if (reply || hedged(lines.get(i), fs.get(j))) {
                    c.add(j);
                }
            }
            claimed.add(c);
        }
        // a statement that claims nothing hedged: the figure a reply answers is its claim (the nearest of the reply's kind)
        for (int i = 0; i < statements.size(); i++) {
            if (!claimed.get(i).isEmpty() || figures.get(i).isEmpty()) {
                continue;
            }
            // a statement that asks gives premises ("whats our stake worth at 2T" against "~120"), unless it asks with a
            // guess near the reply's figure ("thats what, 8% a yr?" against "closer to 9")
            double most = ASKS.matcher(lines.get(i)).find() ? Math.log(3) : Double.MAX_VALUE;
            int best = -1;
            double gap = Double.MAX_VALUE;
            for (int k = i + 1; k < statements.size(); k++) {
                if (statements.get(k).speaker().equalsIgnoreCase(statements.get(i).speaker())) {
                    continue;
                }
                for (Amount r : figures.get(k)) {
                    for (int j = 0; j < figures.get(i).size(); j++) {
                        Amount a = figures.get(i).get(j);
                        if (compatible(a, r)) {
                            double g = Math.abs(Math.log(size(a) / size(r)));
                            if (g < gap) {
                                gap = g;
                                best = j;
                            }
                        }
                    }
                }
            }
            boolean asking = most < Double.MAX_VALUE;
            if (best >= 0 && gap >= most) {
                best = -1;
            } else if (best < 0 && !asking && figures.get(i).size() >= 2 && claimed.stream().skip(i + 1L).allMatch(Set::isEmpty)) {
                best = figures.get(i).size() - 1; // "our check is 62.5% of it" against "its still half": the conclusion
            }
            if (best >= 0) {
                claimed.get(i).add(best);
            }
        }
        List<Claim> claims = new ArrayList<>();
        int first = -1;
        for (int i = 0; i < statements.size(); i++) {
            for (int j : claimed.get(i)) {
                claims.add(new Claim(speakerName(statements.get(i).speaker()), shown(figures.get(i).get(j).text().strip())));
            }
            if (first < 0 && !claimed.get(i).isEmpty()) {
                first = i;
            }
        }
        if (claims.isEmpty()) {
            // the article's facts in dispute: both statements asked of the sources
            String both = statements.stream().map(s -> s.text().strip().replaceAll("[?.!]+$", ""))
                    .collect(java.util.stream.Collectors.joining(", or "));
            return Optional.of(new Found(asksOwn ? own + " (" + both + ")" : both + "?", List.of()));
        }
        int from = first;
        String asked = withClaims(lines.get(first), figures.get(first), claimed.get(first), true) + "?";
        if (first > 0 && asked.split("\\s+").length < 3) {
            // "Omar: whats our stake worth there\nLena: ~150\nright?": a bare answer to the question asked before it
            from = first - 1;
            asked = withClaims(lines.get(from), figures.get(from), claimed.get(from), true).replaceAll("[?.!\\s]+$", "") + "?";
        }
        if (asksOwn && !namesMetric.test(own)) {
            // "who's right, and what's the risk the article flags?": the figure in dispute, asked, and then the ask
            return Optional.of(new Found(asked + " " + own, claims));
        }
        if (!asksOwn) {
            List<String> context = new ArrayList<>();
            for (int i = 0; i < statements.size(); i++) {
                if (i != first && i != from && (statements.get(i).speaker().equalsIgnoreCase(statements.get(first).speaker()) || i < first)) {
                    context.add(withClaims(lines.get(i), figures.get(i), claimed.get(i), false));
                }
            }
            context.removeIf(String::isBlank);
            return Optional.of(new Found(context.isEmpty() ? asked : asked + " (" + String.join("; ", context) + ")", claims));
        }
        // an ask that names its metric ("what's the real exit number"): the statements that hold a premise it needs ("for a
        // 20% irr over 5y oai needs to exit around 2T") are its context, without their claims
        List<String> context = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            if (figures.get(i).size() > claimed.get(i).size()) {
                context.add(withClaims(lines.get(i), figures.get(i), claimed.get(i), false));
            }
        }
        context.removeIf(String::isBlank);
        return Optional.of(new Found(context.isEmpty() ? own : own + " (" + String.join("; ", context) + ")", claims));
    }

    /**
     * What the answer's numbers say of the claims: whose figure is the model's ("Aisha's 5 and change is closer: …"), or
     * that neither is. Empty when no claim is a figure in a number's unit.
     */
    static Optional<String> verdict(List<Claim> claims, List<MetricResult> results) {
        for (MetricResult r : results) {
            List<Claim> comparable = new ArrayList<>();
            List<Claim> fitting = new ArrayList<>();
            for (Claim c : claims) {
                Boolean fits = Working.fits(plainInUnit(c.figure(), r), r);
                if (fits != null) {
                    comparable.add(c);
                    if (fits) {
                        fitting.add(c);
                    }
                }
            }
            if (comparable.size() < 1) {
                continue;
            }
            String what = r.label() + (r.scenario() == null || r.scenario().equals("base") ? "" : " (" + r.scenario() + " case)")
                    + " is " + r.display();
            comparable.sort(java.util.Comparator.comparing(c -> Choices.distance(plainInUnit(c.figure(), r), r)));
            Claim c = fitting.size() == 1 ? fitting.get(0) : comparable.get(0);
            String others = comparable.stream().filter(o -> o != c).map(o -> o.speaker() + " said " + o.figure())
                    .collect(java.util.stream.Collectors.joining(", "));
            String tail = others.isEmpty() ? "" : " (" + others + ")";
            if (fitting.size() == 1) {
                return Optional.of(c.speaker() + "'s " + c.figure() + " holds" + tail + ": " + what + ".");
            }
            if (comparable.size() == 1) {
                return Optional.of(c.speaker() + "'s " + c.figure() + (fitting.isEmpty() ? " is off" : " holds") + ": " + what + ".");
            }
            return Optional.of((fitting.isEmpty() ? "Neither figure holds; " : "") + c.speaker() + "'s " + c.figure() + " is closer" + tail + ": " + what + ".");
        }
        return Optional.empty();
    }

    /** Lines that open with a speaker's name: at least two speakers, and an ask of their own or a request to settle. */
    private static boolean labelled(String text, List<Statement> statements, List<String> asks, Predicate<String> namesMetric) {
        Set<String> speakers = new LinkedHashSet<>();
        List<Statement> found = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            Matcher m = LABEL.matcher(line);
            if (m.matches() && speaker(m.group(1), namesMetric)) {
                found.add(new Statement(m.group(1), m.group(2)));
                speakers.add(m.group(1).toLowerCase(Locale.ROOT));
            } else {
                rest.add(line.strip());
            }
        }
        if (speakers.size() < 2 || rest.isEmpty() && found.stream().noneMatch(s -> VERDICT.matcher(s.text()).find())) {
            return false;
        }
        // a request to settle inside the last statement ("Mei: 35ish, who's closer") is the ask
        Statement last = found.get(found.size() - 1);
        Matcher v = VERDICT.matcher(last.text());
        if (v.find()) {
            int cut = Math.max(0, last.text().lastIndexOf(',', v.start()));
            found.set(found.size() - 1, new Statement(last.speaker(), last.text().substring(0, cut)));
            rest.add(last.text().substring(cut));
        }
        statements.addAll(found);
        asks.addAll(rest);
        return true;
    }

    /** "Tomas says X, Cara says Y. which is it": two speakers in a sentence, and a request to settle. */
    private static boolean said(String text, List<Statement> statements, List<String> asks, Predicate<String> namesMetric) {
        String t = text.replaceAll("\\s+", " ").strip();
        Matcher v = VERDICT.matcher(t);
        if (!v.find()) {
            return false;
        }
        List<int[]> at = new ArrayList<>();
        List<String> who = new ArrayList<>();
        Matcher m = SAYS.matcher(t);
        while (m.find()) {
            if (m.start() < v.start() && speaker(m.group(1), namesMetric)) {
                at.add(new int[] {m.start(), m.end()});
                who.add(m.group(1));
            }
        }
        if (who.stream().map(s -> s.toLowerCase(Locale.ROOT)).distinct().count() < 2) {
            return false;
        }
        int askAt = t.lastIndexOf('.', v.start()) > at.get(at.size() - 1)[1] ? t.lastIndexOf('.', v.start()) + 1 : v.start();
        for (int i = 0; i < at.size(); i++) {
            int end = i + 1 < at.size() ? at.get(i + 1)[0] : askAt;
            String said = t.substring(at.get(i)[1], end).replaceAll("[\\s,;.]+(?:and|but|while|whereas)?\\s*$", "").strip();
            statements.add(new Statement(who.get(i), said));
        }
        asks.add((t.substring(0, at.get(0)[0]) + " " + t.substring(askAt)).strip());
        return true;
    }

    private static boolean speaker(String word, Predicate<String> namesMetric) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[.']+$", "");
        return w.length() >= 2 && !NO_SPEAKER.contains(w) && !namesMetric.test(w);
    }

    private static String speakerName(String word) {
        String w = word.replaceAll("[.']+$", "");
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    /** A figure as the reply shows it: the read text is lower-cased, so "1.6t" is shown "1.6T" and "30b" "30B". */
    private static String shown(String figure) {
        return figure.replaceAll("(?<=\\d)t$", "T").replaceAll("(?<=\\d)b$", "B");
    }

    private static boolean hedged(String line, Amount a) {
        return HEDGE_BEFORE.matcher(line.substring(Math.max(0, a.start() - 14), a.start())).find()
                || HEDGE_AFTER.matcher(line.substring(a.end())).lookingAt();
    }

    /** Figures that can be two answers to one question: of one kind, or one of them bare. */
    private static boolean compatible(Amount a, Amount b) {
        Amount.Kind x = kind(a);
        Amount.Kind y = kind(b);
        return x == y || x == Amount.Kind.PLAIN || y == Amount.Kind.PLAIN;
    }

    private static Amount.Kind kind(Amount a) {
        return a.kind() == Amount.Kind.VALUATION_FACTOR ? Amount.Kind.MULTIPLE : a.kind();
    }

    /** A figure's size as written: 4.5 for 4.5%, 1700 for 1.7T, 78 for 78. */
    private static double size(Amount a) {
        BigDecimal v = a.kind() == Amount.Kind.RATIO ? a.value().movePointRight(2) : a.value();
        return Math.max(1e-9, v.abs().doubleValue());
    }

    /** The statement with its claims asked ("what %", "how many times", "what") or left out, hedges and all. */
    private static String withClaims(String line, List<Amount> figures, Set<Integer> claimed, boolean asked) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (int j = 0; j < figures.size(); j++) {
            if (!claimed.contains(j)) {
                continue;
            }
            Amount a = figures.get(j);
            String before = line.substring(from, a.start());
            Matcher h = HEDGE_WORDS.matcher(before.stripTrailing());
            String head = h.find() ? before.stripTrailing().substring(0, h.start()) : before;
            out.append(head.stripTrailing()).append(' ');
            if (asked) {
                out.append(kind(a) == Amount.Kind.RATIO ? "what %" : kind(a) == Amount.Kind.MULTIPLE ? "how many times" : "what");
            }
            from = a.end();
            Matcher after = HEDGE_AFTER.matcher(line.substring(from));
            if (after.lookingAt()) {
                from += after.end();
            }
        }
        out.append(line.substring(from));
        return out.toString().replaceAll("\\s+", " ").replaceAll("\\s+([,.;])", "$1").replaceAll("^[\\s,;.]+|[\\s,;.=]+$", "").strip();
    }

    /** A bare figure read in the result's unit, for its distance ("5" against a stake of 4.55% is 5%). */
    private static String plainInUnit(String figure, MetricResult r) {
        String read = Working.inUnit(figure, r.unit(), true);
        return read == null ? figure : read;
    }
}
