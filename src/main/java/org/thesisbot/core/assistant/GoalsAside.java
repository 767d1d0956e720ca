package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Format;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.api.Unit;
import org.thesisbot.core.scenario.Amount;
import org.thesisbot.core.scenario.Amounts;

/**
 * A goal said first, then a question that asks what a case gives, not what would reach the goal: "Goal: $25bn of AWS
 * operating profit. At base capture, with a 40% margin, where does that profit land?", "Our memo anchors on an $80bn stake
 * value. In the bull case, what is the stake worth?", "Hurdle: 12%. What annual return does the bull case show?". The goal's
 * figure is no input and no target: it is taken out of the question (its words stay, and name the metric), and the answer
 * says how the number asked compares with it. A question that asks what would reach the goal is left to the readers of
 * targets ({@link LeverGoals} for several levers).
 */
final class GoalsAside {
    private static final int CI = Pattern.CASE_INSENSITIVE;
    /** The goal's sentence, first in the message. */
    private static final Pattern HEAD = Pattern.compile(
            "^\\s*(?:(?:[\\w'$]+\\s+){0,3}?(?:goal|target|hurdle|floor|ceiling|guardrail|threshold|benchmark|aim|objective|cap|limit)(?:\\s+[\\w'$]+){0,4}?\\s*:"
                    + "|(?:our|the)\\s+(?:memo|model|plan|deck|ic memo|thesis|case)\\s+(?:anchors on|assumes|targets|is built on)\\b"
                    + "|our\\s+(?:floor|ceiling|target|goal|hurdle|bar)\\s+is\\b)"
                    + "(?<said>[^\\n?!]*?)(?:\\.(?!\\d)|\\n|$)",
            CI);
    /** The question solves for the goal: it is a target, not an aside. */
    private static final Pattern SOLVES = Pattern.compile(
            "\\b(?:need|needed|needs|would it take|take to|to reach|reach it|get there|gets? us there|(?:what|which) (?:exit|capture|margin|check|post|hold|entry|level|valuation|share of (?:oai|openai)'?s? compute)"
                    // ("pass or fail at a 1.5T exit?", "exit that clears it?": judged against the goal, which {@link Hurdles} reads)
                    + "|pass|fail|passes|fails|clears?|beats?|meets?|(?:exit|capture|margin|check|post|hold|valuation|level)s? (?:that|which)"
                    + "|how (?:high|low|big|long|far|much) (?:must|would|should|does|do|can|could)|which lever|each|alone|on (?:its|their) own|one at a time|levers?)\\b",
            CI);
    private static final Pattern FIGURE = Pattern.compile("\\$?\\d[\\d,]*(?:\\.\\d+)?\\s?(?:%|bn|b|billion|tn|trillion|tril|x)?(?!\\w)(?!\\.\\d)", CI);

    /** A goal that is a limit from above: "ceiling", "stay under 35%", "at most". */
    private static final Pattern LIMIT = Pattern.compile("\\b(?:ceiling|guardrail|cap|max(?:imum)?|limit|under|below|at most|no more than|not (?:more|above|over))\\b", CI);

    record Found(String question, String goalSaid, Amount goal, String head) implements Reframing {
        @Override
        public Answer told(Answer a) {
            Optional<MetricResult> first = a.results().stream().filter(r -> r.kind() == MetricResult.Kind.METRIC && r.value() != null).findFirst();
            String said = "\u201c" + goalSaid.trim() + "\u201d";
            if (first.isEmpty() || goal == null || unitOf(goal) != first.get().unit()) {
                return a.results().isEmpty() ? a : RoutingAssistant.withNote(a, "Your goal (" + said + ") is not an input: the answer is the case's own number.");
            }
            BigDecimal v = first.get().value();
            BigDecimal d = v.subtract(goal.value());
            Unit u = first.get().unit();
            String gap = u == Unit.RATIO ? Sums.plain(d.abs().movePointRight(2).setScale(2, java.math.RoundingMode.HALF_UP)) + " pts" : Format.value(d.abs(), u);
            String verdict = LIMIT.matcher(goalSaid + " " + head).find()
                    ? d.signum() <= 0 ? "stays within your limit (" + said + ") by " + gap : "breaks your limit (" + said + ") by " + gap
                    : d.signum() >= 0 ? "clears your goal (" + said + ") by " + gap : "falls short of your goal (" + said + ") by " + gap;
            return RoutingAssistant.withNote(a, first.get().label() + ", " + first.get().display() + ", " + verdict + "; the goal is not an input.");
        }

        private static Unit unitOf(Amount a) {
            return switch (a.kind()) {
                case MONEY, PLAIN -> Unit.USD_BILLIONS;
                case RATIO -> Unit.RATIO;
                case MULTIPLE -> Unit.MULTIPLE;
                default -> null;
            };
        }
    }

    private GoalsAside() {
    }

    /**
     * @param setsInput whether a span's figure sets an input and the span names no metric: such a head ("Stress floor: oai
     *                  mark at minus 150 billion") is a condition of the question, not a goal
     */
    static Optional<Found> find(String question, java.util.function.Predicate<String> setsInput) {
        if (question == null || question.length() > 2_000) {
            return Optional.empty();
        }
        Matcher h = HEAD.matcher(question);
        if (!h.find()) {
            return Optional.empty();
        }
        String rest = question.substring(h.end());
        if (!rest.contains("?") || SOLVES.matcher(rest).find() || !FIGURE.matcher(h.group("said")).find()) {
            return Optional.empty();
        }
        if (setsInput.test(h.group("said"))) {
            return Optional.empty();
        }
        String head = question.substring(0, h.end());
        List<Amount> found = Amounts.find(Amounts.normalise(h.group("said")));
        Amount goal = found.isEmpty() ? null : found.get(0);
        // the goal's words stay (they name the metric), its figures go
        String without = FIGURE.matcher(head).replaceAll(" ").replaceAll("\\b(?:at least|at most|under|over|above|below)\\s+(?=[\\s.,]|of\\b|$)", " ");
        return Optional.of(new Found(Reframing.tidy(without + " " + rest), h.group("said"), goal, head));
    }
}
