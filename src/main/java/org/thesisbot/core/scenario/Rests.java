package org.thesisbot.core.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.thesisbot.core.api.Format;
import org.thesisbot.core.api.InputUsed;
import org.thesisbot.core.api.MetricResult;

/**
 * The rest of a whole that one of the model's numbers is a part of: "what % of OpenAI is everybody but Amazon's"
 * (100% less the stake), "what's the not-ours part of OpenAI worth" (the exit valuation less the stake's value), "how much
 * of OpenAI's compute leaks to other clouds" (its compute spend less AWS's share), "how much of AWS's OpenAI revenue is
 * cost" (the revenue less the operating profit). Computed exactly, as whole minus part, and returned under the part's id
 * with {@link MetricResult.Kind#REST} and a label that names the rest, so nobody reads it as the part.
 */
public final class Rests {
    /** What a part is a part of, and what its rest is called. */
    private record Whole(String label, Metric metric, InputId input, String formula) {
    }

    private static final Map<Metric, Whole> WHOLES = Map.of(
            Metric.STAKE, new Whole("Share of OpenAI held by others than Amazon", null, null, "100%"),
            Metric.STAKE_VALUE, new Whole("Value of the rest of OpenAI (everything but Amazon's stake)", null, InputId.EXIT_VALUATION, null),
            Metric.CAPEX_SHARE, new Whole("Share of Amazon's 2026 capex not going to the OpenAI investment", null, null, "100%"),
            Metric.ROUND_SHARE, new Whole("Share of OpenAI's round from investors other than Amazon", null, null, "100%"),
            Metric.AWS_COMPUTE_REVENUE, new Whole("OpenAI compute spend going to other clouds than AWS, 2025-2029", null,
                    InputId.OPENAI_COMPUTE_SPEND, null),
            Metric.AWS_COMPUTE_REVENUE_PER_YEAR, new Whole("OpenAI compute spend going to other clouds than AWS per year",
                    Metric.COMPUTE_SPEND_PER_YEAR, null, null),
            Metric.AWS_COMPUTE_PROFIT, new Whole("AWS's costs on its OpenAI compute revenue, 2025-2029 (revenue less operating profit)",
                    Metric.AWS_COMPUTE_REVENUE, null, null));

    /** Input lookups with a rest: the share of compute off AWS, the part of each revenue dollar that is cost. */
    private static final Map<InputId, String> INPUT_RESTS = Map.of(
            InputId.AWS_CAPTURE_SHARE, "Share of OpenAI's compute spend going to other clouds than AWS",
            InputId.AWS_OPERATING_MARGIN, "AWS's costs per dollar of that revenue (100% less the operating margin)");

    private Rests() {
    }

    /** Whether {@code m} is part of a whole this class knows. */
    public static boolean has(Metric m) {
        return WHOLES.containsKey(m);
    }

    /** Whether an input's value is a share of a whole (its rest is 100% less it). */
    public static boolean has(InputId id) {
        return INPUT_RESTS.containsKey(id);
    }

    /** The whole less the part; empty when {@code part} is part of no whole this class knows. */
    public static Optional<MetricResult> of(Calculator calculator, Metric part, String scenario, Map<String, BigDecimal> overrides) {
        Whole w = WHOLES.get(part);
        if (w == null) {
            return Optional.empty();
        }
        MetricResult p = calculator.compute(part, scenario, overrides);
        List<InputUsed> inputs = new ArrayList<>(p.inputs());
        BigDecimal whole;
        String wholeText;
        if (w.metric() != null) {
            MetricResult m = calculator.compute(w.metric(), scenario, overrides);
            whole = m.value();
            wholeText = Format.value(whole, m.unit()) + " (" + m.label() + ")";
            m.inputs().stream().filter(i -> inputs.stream().noneMatch(x -> x.id().equals(i.id()))).forEach(inputs::add);
        } else if (w.input() != null) {
            // (the part is computed from its whole: the stake's value from the exit, AWS's revenue from the compute spend)
            InputUsed in = p.inputs().stream().filter(i -> i.id().equals(w.input().id())).findFirst().orElse(null);
            if (in == null) {
                return Optional.empty();
            }
            whole = in.value();
            wholeText = Format.value(whole, in.unit()) + " (" + in.label() + ")";
        } else {
            whole = BigDecimal.ONE;
            wholeText = w.formula();
        }
        BigDecimal rest = whole.subtract(p.value());
        String formula = wholeText + " - " + Format.value(p.value(), p.unit()) + " (" + p.label() + ") = " + Format.value(rest, p.unit());
        return Optional.of(new MetricResult(part.id(), w.label(), rest, p.unit(), scenario, inputs, formula,
                w.label() + ": " + Format.value(rest, p.unit()), MetricResult.Kind.REST));
    }

    /** An input's rest: 100% less its value, under the input's id; empty when the input is no share of a whole. */
    public static Optional<MetricResult> of(InputUsed input, String scenario) {
        String label = InputId.byId(input.id()).map(INPUT_RESTS::get).orElse(null);
        if (label == null) {
            return Optional.empty();
        }
        BigDecimal rest = BigDecimal.ONE.subtract(input.value());
        return Optional.of(new MetricResult(input.id(), label, rest, input.unit(), scenario, List.of(input),
                "100% - " + Format.value(input.value(), input.unit()) + " (" + input.label() + ") = " + Format.value(rest, input.unit()),
                label + ": " + Format.value(rest, input.unit()), MetricResult.Kind.REST));
    }
}
