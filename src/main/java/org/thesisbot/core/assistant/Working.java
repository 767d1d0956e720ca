package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.api.QuestionText;
import org.thesisbot.core.api.Unit;

/**
 * A message that shows its working and asks for it to be checked: "1) oai exits 1.2T 2) stake val = 50/830 x 1200 =
 * 72.3B 3) moic = 1.54x — which line breaks?". The working's results are the asker's claims, not inputs: a figure after
 * an "=" that follows arithmetic ("50/830 x 1200 = 72.3B"), after an arrow ("-> 40.4"), or on a line that draws a
 * conclusion ("so post = 900bn") is checked, never read as a value to use. The arithmetic itself is the asker's formula
 * and is left out too; its line keeps the words that name what it computes ("stake val"). A line that only sets a value
 * ("post-money = $1,200bn", "oai pre-money 900bn") is a premise and is read as written. The question read is the premises
 * and the named results; the answer then says, for each claim, whether the model's number matches it.
 */
final class Working {
    /** One claimed result: the figure as written and the line it is on (1 = the first line of working). */
    record Claim(String figure, int line) {
    }

    /** The question to read, and the claims to check against its answer. */
    record Read(String question, String solving, List<Claim> claims) {
    }

    /** A line of the question read: as written, or the name of what a line of working computes (asked: "stake val?"). */
    private record Kept(String text, boolean computed, int line) {
        Kept(String text, boolean computed) {
            this(text, computed, 0);
        }
    }

    private static final String FIG = "[-\u2212]?\\$?\\d[\\d,]*(?:\\.\\d+)?(?:\\s?(?:%|x|bn|b|tn|t|trillion|billion|tril|pct|yrs?|years?|y)(?![a-z]))?";
    private static final Pattern FIGURE = Pattern.compile(FIG, Pattern.CASE_INSENSITIVE);
    /** Arithmetic: two figures with an operator between them ("50/830", "115 x 50%", "1.2^5", "1,250 - 50", "19.9 / (115"). */
    private static final String OP = "(?:[x\u00d7*/\u00f7^+]|\\s[-\u2013]\\s)";
    private static final Pattern ARITHMETIC = Pattern.compile(
            FIG + "\\s*" + OP + "\\s*\\(?\\s*" + FIG, Pattern.CASE_INSENSITIVE);
    /** A whole formula: figures chained by operators, with brackets ("50/830 x 1200", "19.9 / (115 x 0.30)"). */
    private static final Pattern FORMULA = Pattern.compile(
            "\\(?\\s*" + FIG + "\\s*\\)?(?:\\s*" + OP + "\\s*\\(*\\s*" + FIG + "\\s*\\)*)+", Pattern.CASE_INSENSITIVE);
    /**
     * A line that starts with an operator and a figure: it goes on from the line before ("/ 5 = 11.5", "less the 50 check").
     * A list's "+" or "-" before words is a bullet ("+ oai at 1.4T", "- sent the deck"), not arithmetic; a star glued to a
     * figure with no "=" after it is Slack's mark of a correction ("*1.35T", "*7 yrs not 6"), not a product.
     */
    private static final Pattern CONTINUES = Pattern.compile("^(?:[/\u00f7^+x\u00d7]\\s*\\$?\\d|\\*\\s+\\$?\\d|\\*\\$?\\d.*=|(?:less|plus|minus|times|divided by)\\b)",
            Pattern.CASE_INSENSITIVE);
    /** A line that draws a conclusion: its figures are claims ("so post = 900bn", "so oai was worth 780"). */
    private static final Pattern CONCLUDES = Pattern.compile("^(?:so|thus|hence|therefore|which (?:means|gives)|i\\.?e\\.?|=>)\\b"
            // "(b) Hence find the IRR over 5 years": a worksheet's next ask, not a conclusion
            + "(?!,?\\s+(?:find|calculate|compute|work out|state|show|determine|deduce|estimate|give|write|express|what|how|which|is|does)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ARROW = Pattern.compile("\\s*(?:->|\u2192|=>)\\s*(" + FIG + ")", Pattern.CASE_INSENSITIVE);
    /** A line's marker: "1)", "(2)", "3.", "a)", "ii)", "step 1:", "line 2:". */
    private static final Pattern MARKER = Pattern.compile(
            "(?:^|(?<=\\s))(?:\\(?(?:\\d{1,2}|[a-e]|i{1,3}|iv|v)\\)|\\d{1,2}\\.(?=\\s)|(?:step|line|row) \\d{1,2}:)\\s*", Pattern.CASE_INSENSITIVE);
    /** The ask about the working itself ("which line breaks", "where do i go wrong"): answered by the check. */
    private static final Pattern CHECK_ASK = Pattern.compile(
            "\\b(?:which|what) (?:line|step|row|one)s?\\b|\\bwhich of (?:these|those|them|my)\\b|\\bdiverg\\w*|\\b(?:line|step|row) \\d\\b|\\bwhere (?:do|did) i (?:go|slip|mess)|\\bdid i (?:slip|mess|fat|get|screw)"
                    + "|\\bwhat'?s? (?:is )?(?:wrong|off)\\b|\\bwhere'?s the (?:error|mistake|slip)|\\b(?:is|are) (?:this|these|that|it|my \\w+) (?:right|correct|ok)\\b"
                    + "|^(?:ok|right|correct|yes)\\?+$|\\bcorrect or\\b|\\bam i (?:right|off)\\b|\\bsanity check\\b|\\bjust rounding\\b|\\bmixed something up\\b",
            Pattern.CASE_INSENSITIVE);
    /** The model's own values named as the other side of a check ("vs your bull case", "your inputs", "what you run"). */
    private static final Pattern YOURS = Pattern.compile(
            "\\b(?:your|yours|ur|the model'?s?|you (?:use|run|have|assume|plug)|u (?:use|run|have|assume))\\b", Pattern.CASE_INSENSITIVE);
    /** A line that asks rather than states: "what hold …", "and the irr". */
    private static final Pattern ASKING = Pattern.compile(
            "(?:and |so |also |then )?(?:what|whats|what's|how|which|why|when|where|who|is|are|does|do|can|could|would|will|give|show|tell)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A line of the working pointed at ("line 2", "step 3"): its number is no figure. */
    private static final Pattern LINE_REFERENCE = Pattern.compile("\\b(line|step|row)s? #?\\d{1,2}\\b", Pattern.CASE_INSENSITIVE);
    /** An ask that is also about the sources: kept for the narrative half. */
    private static final Pattern SOURCES = Pattern.compile("\\b(?:article|piece|author|writer|source|sources|frames?|says?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_LINES = 12;
    /** What can be a share or a sum of money: the stake, the holding. */
    private static final Pattern HOLDING = Pattern.compile("\\b(?:stake|position|holding|piece|slice)\\b", Pattern.CASE_INSENSITIVE);
    /** A sum of money as written: "$72.3B", "72.3bn", "1.2T". */
    private static final Pattern MONEY = Pattern.compile("^[-\u2212]?\\$|\\d\\s?(?:bn|b|tn|t|trillion|billion|tril)$", Pattern.CASE_INSENSITIVE);

    private Working() {
    }

    /**
     * The message read without its working's results, or empty when it shows no working. {@code question} asks every
     * line's result; {@code solving} only the last, for a message that states a target and works towards it ("target
     * 2.5x: 1. stake value needed = 125B 2. exit = 2,076B"), whose earlier lines are steps.
     */
    static Optional<Read> read(String text, java.util.function.Predicate<String> namesMetric) {
        if (QuestionText.diffList(text)) {
            return Optional.empty(); // "+ oai at 1.4T": changes listed for the thread's question
        }
        List<String> lines = lines(text);
        if (lines.size() < 2 || lines.size() > MAX_LINES + 2) {
            return Optional.empty();
        }
        List<Kept> kept = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        int line = 0;
        boolean worked = false;
        StringBuilder asks = new StringBuilder(); // the lines that are no working: the message's own asks
        boolean figureBefore = false; // a line that goes on ("less the 50 check") needs a figure above it to go on from
        for (String raw : lines) {
            Matcher marker = MARKER.matcher(raw);
            boolean numbered = marker.lookingAt();
            String s = numbered ? raw.substring(marker.end()).strip() : raw.strip();
            boolean continues = figureBefore && CONTINUES.matcher(s).find();
            figureBefore = FIGURE.matcher(s).find();
            boolean working = numbered || s.contains("=") || ARROW.matcher(s).find() || ARITHMETIC.matcher(s).find() || continues;
            if (!working) {
                asks.append(s).append('\n');
                if (CHECK_ASK.matcher(s).find() && !SOURCES.matcher(s).find() && !namesMetric.test(s)) {
                    continue; // "which line breaks?": the check answers it
                }
                // "which line is the gain and which the payoff": a metric asked; "line 2" points at the working, no figure
                kept.add(new Kept(LINE_REFERENCE.matcher(s).replaceAll("$1"), false));
                continue;
            }
            line++;
            // "-> 40.4": a result
            Matcher arrow = ARROW.matcher(s);
            while (arrow.find()) {
                claims.add(new Claim(arrow.group(1).strip(), line));
                worked = true;
            }
            s = ARROW.matcher(s).replaceAll(" ").strip();
            String[] sides = s.split("=", -1);
            String lhs = sides[0].strip();
            if (CONCLUDES.matcher(lhs).find() || continues) {
                // "so post = 900bn", "+ aws op profit 32.2": every figure a claim; a conclusion's words only restate what
                // the lines before set ("so post" would read the pre-money as a post), a continued line's name what it adds
                boolean concludes = CONCLUDES.matcher(lhs).find();
                for (String side : sides) {
                    figures(side).forEach(f -> claims.add(new Claim(f, 0)));
                }
                final int n = line;
                claims.replaceAll(c -> c.line() == 0 ? new Claim(c.figure(), n) : c);
                if (!concludes) {
                    kept.add(new Kept(words(String.join(" ", sides)), true));
                }
                worked = true;
                continue;
            }
            if (sides.length == 1) {
                if (ARITHMETIC.matcher(s).find()) {
                    kept.add(new Kept(formulaWords(s), true)); // "50/830 x 1200": a formula with no result
                    worked = true;
                } else {
                    kept.add(new Kept(s, false, line)); // "oai pre-money 900bn": a premise
                }
                continue;
            }
            String last = sides[sides.length - 1].strip();
            boolean formula = sides.length > 2 || ARITHMETIC.matcher(lhs).find() || !figures(lhs).isEmpty() || ARITHMETIC.matcher(last).find()
                    // "= 4.71%", or "moic = 1.54x" after a line of arithmetic: a result, not a value set
                    || lhs.isEmpty() || worked;
            boolean arithmetic = ARITHMETIC.matcher(lhs).find() || ARITHMETIC.matcher(String.join(" ", sides)).find();
            if (!formula || figures(last).isEmpty() && !arithmetic) {
                // "post-money = $1,200bn": a premise; "rev over the 2025-29 window = $___B": a blank to fill, asked as written
                kept.add(new Kept((lhs + " " + last).strip(), false, figures(last).isEmpty() ? 0 : line));
                continue;
            }
            String named = (formulaWords(lhs) + " " + (ARITHMETIC.matcher(last).find() ? formulaWords(last) : words(last))).strip();
            if (!ARITHMETIC.matcher(last).find()) {
                List<String> result = figures(last);
                if (!result.isEmpty()) {
                    claims.add(new Claim(result.get(0), line));
                    if (HOLDING.matcher(named).find() && MONEY.matcher(result.get(0)).find()) {
                        named += " in $"; // "stake = 50/830 x 1200 = 72.3B": the stake's value, in dollars, not its share
                    }
                }
            }
            // the formula's figures are the asker's arithmetic; what the line computes is named by its words
            kept.add(new Kept(named, true));
            worked = true;
        }
        // (only when the message's own ask sets them against the model's, and every numbered line only states a value: "1)
        // moic at 1.2T 2) what hold do you use?" numbers questions)
        if (!worked && line >= 1 && YOURS.matcher(asks).find()
                && kept.stream().filter(k -> k.line() > 0).noneMatch(k -> k.text().contains("?") || ASKING.matcher(k.text()).lookingAt())) {
            // "from memory: 1) bear exit = 400B 2) bear capture 30% -- which diverges from your bear inputs": the lines are
            // claims about the model's own values, looked up together ("what bear exit and bear capture do you use?")
            List<String> named = new ArrayList<>();
            int first = -1;
            for (int i = 0; i < kept.size(); i++) {
                Kept k = kept.get(i);
                if (k.line() > 0 && FIGURE.matcher(k.text()).find()) {
                    figures(k.text()).forEach(f -> claims.add(new Claim(f, k.line())));
                    named.add(words(k.text()));
                    first = first < 0 ? i : first;
                    kept.set(i, new Kept("", false));
                }
            }
            if (first >= 0) {
                kept.set(first, new Kept("what " + String.join(" and ", named) + " do you use", false));
                worked = true;
            }
        }
        if (!worked || line < 1) {
            return Optional.empty();
        }
        List<Kept> lines2 = kept.stream().filter(k -> !k.text().isBlank()).toList();
        int lastComputed = -1;
        for (int i = 0; i < lines2.size(); i++) {
            if (lines2.get(i).computed()) {
                lastComputed = i;
            }
        }
        List<String> all = new ArrayList<>();
        List<String> solving = new ArrayList<>();
        for (int i = 0; i < lines2.size(); i++) {
            Kept k = lines2.get(i);
            String said = k.computed() ? k.text() + "?" : k.text().replaceAll("[:;,]\\s*$", "");
            all.add(said);
            if (!k.computed() || i == lastComputed) {
                solving.add(said);
            }
        }
        String question = String.join(". ", all).replaceAll("\\s{2,}", " ").strip();
        return question.isBlank() ? Optional.empty()
                : Optional.of(new Read(question, String.join(". ", solving).replaceAll("\\s{2,}", " ").strip(), List.copyOf(claims)));
    }

    /** The lines of the message, a line with inline markers ("(1) … (2) …") split at them. */
    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        for (String l : text.split("\\r?\\n")) {
            if (l.isBlank()) {
                continue;
            }
            Matcher m = MARKER.matcher(l);
            List<Integer> at = new ArrayList<>();
            while (m.find()) {
                at.add(m.start());
            }
            if (at.size() < 2) {
                out.add(l.strip());
                continue;
            }
            if (at.get(0) > 0) {
                out.add(l.substring(0, at.get(0)).strip());
            }
            for (int i = 0; i < at.size(); i++) {
                String part = l.substring(at.get(i), i + 1 < at.size() ? at.get(i + 1) : l.length()).strip();
                // the ask after the last item ("… = -19.9B -- which line diverges") is a line of its own
                String[] tail = part.split("\\s[-\u2013\u2014]{1,2}\\s|\\?\\s", 2);
                out.add(tail[0].strip());
                if (tail.length > 1 && !tail[1].isBlank()) {
                    out.add(tail[1].strip());
                }
            }
        }
        return out;
    }

    private static List<String> figures(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = FIGURE.matcher(s);
        while (m.find()) {
            out.add(m.group().strip());
        }
        return out;
    }

    /** The words of a side with no figure of its own to keep (a result): its figures and operators left out ("aws rev"). */
    private static String words(String s) {
        return operatorsOff(FIGURE.matcher(s).replaceAll(" "));
    }

    /**
     * The words of a formula's side: its arithmetic left out, and a figure outside it kept ("irr over 5y = 9.6%" keeps
     * "irr over 5y"; "stake val = 50/830 x 1200" keeps "stake val").
     */
    private static String formulaWords(String s) {
        return operatorsOff(FORMULA.matcher(s).replaceAll(" "));
    }

    private static String operatorsOff(String s) {
        return s.replaceAll("(?<=^|\\s)[*/\u00f7^+=\u2212-](?=\\s|$)|[()]", " ")
                .replaceAll("\\b(?:less|plus|minus|times|divided by)\\b", " ").replaceAll("\\s{2,}", " ").strip();
    }

    /**
     * What the answer's numbers say of the claims: for each claim in a unit of the answer, whether a number matches it
     * as written (rounded to its last digit); empty when no claim can be compared.
     */
    static Optional<String> verdict(List<Claim> claims, List<MetricResult> results) {
        List<String> said = new ArrayList<>();
        for (Claim c : claims) {
            MetricResult match = null;
            List<MetricResult> comparable = new ArrayList<>();
            for (MetricResult r : results) {
                Boolean fits = fits(c.figure(), r);
                if (fits == null) {
                    continue;
                }
                comparable.add(r);
                if (fits && match == null) {
                    match = r;
                }
            }
            String where = "line " + c.line() + "'s " + c.figure();
            if (match != null) {
                said.add(where + " checks out (" + what(match) + " " + match.display() + ")");
            } else if (comparable.size() == 1) {
                said.add(where + " does not: " + what(comparable.get(0)) + " is " + comparable.get(0).display());
            }
        }
        if (said.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Checking your working: " + String.join("; ", said) + ".");
    }

    private static String what(MetricResult r) {
        return r.label() + (r.scenario() == null || r.scenario().equals("base") ? "" : " (" + r.scenario() + " case)");
    }

    /**
     * A bare number written in a unit ("57.5" as "57.5B", "1.5" as "1.5x", "6" as "6 years"; a share, "5" as "5%", only when
     * {@code shares}); null for a figure that has a unit of its own, or a unit it is not read in.
     */
    static String inUnit(String figure, Unit unit, boolean shares) {
        if (!figure.matches("[-\u2212]?\\d[\\d,]*(?:\\.\\d+)?")) {
            return null;
        }
        String suffix = switch (unit) {
            case USD_BILLIONS -> "B";
            case MULTIPLE -> "x";
            case YEARS -> " years";
            case RATIO -> shares ? "%" : null;
        };
        return suffix == null ? null : figure + suffix;
    }

    /** A claim as a choice is matched ({@link Choices}); a bare number is read in the result's unit ("57.5" as $57.5B). */
    static Boolean fits(String figure, MetricResult r) {
        Boolean fits = Choices.fits(figure, r);
        if (fits == null) {
            String read = inUnit(figure, r.unit(), false);
            fits = read == null ? null : Choices.fits(read, r);
        }
        if (fits != null && r.value().signum() < 0 != figure.matches("[-\u2212].*") && r.value().signum() != 0) {
            return false; // "-19.9B" against a gain of +19.9B
        }
        return fits;
    }
}
