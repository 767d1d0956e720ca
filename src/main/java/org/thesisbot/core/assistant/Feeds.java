package org.thesisbot.core.assistant;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.scenario.InputId;
import org.thesisbot.core.scenario.Metric;

/**
 * A question about the model's wiring beside a number: "OAI's own compute spend per year. Does capture feed it at all?",
 * "Implied pre-money. Does the exit valuation feed it?". The clause is taken out, so the number is answered as any, and
 * the answer says whether that input enters each metric shown, from the formulas themselves.
 */
final class Feeds {
    private static final Pattern FEEDS = Pattern.compile(
            "[,;.]?\\s*\\b(?:does|do|would|will|is|are)\\s(?:the\\s)?(?<what>[a-z'’ -]{2,40}?)\\s(?:feed|feed into|flow into|go into|enter|factor into|play into|drive|affect|touch|move|change|matter (?:for|to))"
                    + "\\s(?:it|that|this|them|the (?:number|figure|metric|calc|calculation|output))(?: at all| in any way)?\\s*\\?",
            Pattern.CASE_INSENSITIVE);

    record Found(String question, InputId input, String label, Function<Metric, Set<InputId>> reads) implements Reframing {
        @Override
        public Answer told(Answer a) {
            List<String> said = new ArrayList<>();
            for (MetricResult r : a.results()) {
                if (r.kind() != MetricResult.Kind.METRIC) {
                    continue;
                }
                Optional<Metric> m = Metric.byId(r.metric());
                if (m.isEmpty()) {
                    continue;
                }
                String line = (reads.apply(m.get()).contains(input) ? "Yes: " + label + " enters " : "No: " + label + " does not enter ")
                        + org.thesisbot.core.api.Format.inSentence(r.label()) + ".";
                if (!said.contains(line)) {
                    said.add(line);
                }
            }
            return Reframing.noted(a, said);
        }
    }

    private Feeds() {
    }

    static Optional<Found> find(String text, Function<String, Optional<InputId>> inputIn, Function<InputId, String> label,
            Function<Metric, Set<InputId>> reads) {
        if (text.length() > 600) {
            return Optional.empty();
        }
        Matcher m = FEEDS.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        Optional<InputId> input = inputIn.apply(m.group("what"));
        if (input.isEmpty()) {
            return Optional.empty();
        }
        String rest = text.substring(0, m.start()) + text.substring(m.end());
        if (rest.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new Found(Reframing.tidy(rest), input.get(), label.apply(input.get()), reads));
    }
}
