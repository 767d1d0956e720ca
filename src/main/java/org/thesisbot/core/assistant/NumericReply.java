package org.thesisbot.core.assistant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.thesisbot.core.api.Format;
import org.thesisbot.core.api.InputOrigin;
import org.thesisbot.core.api.InputUsed;
import org.thesisbot.core.scenario.Metric;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.api.Provenance;
import org.thesisbot.core.scenario.Scenario;
import org.thesisbot.core.scenario.ScenarioModel;

/**
 * Writes scenario-core results as Slack mrkdwn: each value as a headline with its formula, then every
 * input with its source quote or an assumption tag, then the scenario. Several scenarios become a table.
 */
public final class NumericReply {
    private final ScenarioModel model;

    public NumericReply(ScenarioModel model) {
        this.model = model;
    }

    public String render(List<MetricResult> results, List<String> notes) {
        StringBuilder sb = new StringBuilder();
        Set<String> scenarios = new LinkedHashSet<>();
        results.forEach(r -> scenarios.add(r.scenario()));
        if (scenarios.size() > 1) {
            table(sb, results, scenarios);
        } else {
            for (MetricResult r : results) {
                sb.append('*').append(r.label()).append(": ").append(r.display()).append('*');
                sb.append(" (").append(scenarioName(r.scenario())).append(")\n");
                sb.append('`').append(r.formula()).append("`\n");
                if (r.explanation() != null) {
                    sb.append(r.explanation()).append('\n');
                }
                sb.append('\n');
            }
        }
        sb.append("*Inputs*\n");
        for (InputUsed in : unionOfInputs(results)) {
            sb.append("• ").append(inputLine(in)).append('\n');
        }
        for (String s : scenarios) {
            if (!ScenarioModel.BASE.equals(s)) {
                model.scenario(s).ifPresent(sc -> sb.append("_").append(capitalise(sc.name())).append(" scenario: ")
                        .append(sc.description()).append("_\n"));
            }
        }
        for (String n : notes) {
            sb.append('_').append(n).append("_\n");
        }
        return sb.toString().strip();
    }

    /**
     * "OpenAI's post-money valuation: $830B — "could value it at $830 billion" (Title, AInvest, 2026-02-10, ¶2, read
     * as ...)", and the flag when a newer source disagrees or the quote is gone.
     */
    public static String inputLine(InputUsed in) {
        String value = Format.value(in.value(), in.unit());
        Provenance p = in.provenance();
        StringBuilder sb = new StringBuilder(in.label()).append(": ").append(value);
        switch (in.origin()) {
            case SOURCE -> {
                sb.append(" — \"").append(p.quote()).append("\"");
                List<String> where = new ArrayList<>();
                where.add(p.documentTitle() != null ? p.documentTitle() : p.document());
                if (!p.byline().isEmpty()) {
                    where.add(p.byline());
                }
                if (p.paragraph() > 0) {
                    where.add("¶" + p.paragraph());
                }
                if (p.note() != null) {
                    where.add(p.note());
                }
                sb.append(" (").append(String.join(", ", where)).append(')');
                if (p.isFlagged()) {
                    sb.append(" — :warning: _flagged: ").append(p.flag()).append('_');
                }
            }
            case ASSUMPTION -> sb.append(" — _assumption, not in the sources_: ").append(p.rationale());
            case SCENARIO -> sb.append(" — _scenario assumption_");
            case QUESTION -> sb.append(" — _from your question_");
        }
        return sb.toString();
    }

    public static String tag(InputOrigin origin) {
        return switch (origin) {
            case SOURCE -> "source";
            case ASSUMPTION -> "assumption";
            case SCENARIO -> "scenario assumption";
            case QUESTION -> "from your question";
        };
    }

    private void table(StringBuilder sb, List<MetricResult> results, Set<String> scenarios) {
        Map<String, Map<String, MetricResult>> byMetric = new LinkedHashMap<>();
        for (MetricResult r : results) {
            byMetric.computeIfAbsent(r.metric(), k -> new LinkedHashMap<>()).put(r.scenario(), r);
        }
        sb.append("*Scenarios compared*\n```\n");
        int w = 10;
        for (String id : byMetric.keySet()) {
            w = Math.max(w, shortLabel(id).length());
        }
        sb.append(pad("", w));
        for (String s : scenarios) {
            sb.append("  ").append(pad(s, 9));
        }
        sb.append('\n');
        for (Map.Entry<String, Map<String, MetricResult>> e : byMetric.entrySet()) {
            sb.append(pad(shortLabel(e.getKey()), w));
            for (String s : scenarios) {
                MetricResult r = e.getValue().get(s);
                sb.append("  ").append(pad(r == null ? "-" : r.display(), 9));
            }
            sb.append('\n');
        }
        sb.append("```\n");
        for (Map.Entry<String, Map<String, MetricResult>> e : byMetric.entrySet()) {
            MetricResult any = e.getValue().values().iterator().next();
            sb.append("• ").append(any.label()).append(": ");
            List<String> f = new ArrayList<>();
            e.getValue().forEach((s, r) -> f.add(s + " `" + r.formula() + "`"));
            sb.append(String.join("; ", f)).append('\n');
        }
        sb.append('\n');
    }

    /** Inputs of all results, once each; where scenarios differ, the base (model) value is listed. */
    private List<InputUsed> unionOfInputs(List<MetricResult> results) {
        Map<String, InputUsed> out = new LinkedHashMap<>();
        for (MetricResult r : results) {
            for (InputUsed in : r.inputs()) {
                InputUsed prev = out.get(in.id());
                if (prev == null || (prev.origin() == InputOrigin.SCENARIO && in.origin() != InputOrigin.SCENARIO)) {
                    out.put(in.id(), in);
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    public static String shortLabel(String metricId) {
        return switch (metricId) {
            case "stake_value" -> "Stake value";
            case "moic" -> "MOIC";
            case "irr" -> "IRR";
            case "aws_compute_profit" -> "AWS compute profit";
            case "combined_payoff" -> "Combined payoff";
            default -> Metric.byId(metricId).map(Metric::label).orElse(metricId);
        };
    }

    private static String scenarioName(String s) {
        return s + (s.endsWith("case") ? "" : " case");
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String pad(String s, int w) {
        return s.length() >= w ? s : s + " ".repeat(w - s.length());
    }

    /** Used by help: every input with its current value and source or assumption tag. */
    public String listInputs() {
        StringBuilder sb = new StringBuilder();
        for (var i : model.inputs()) {
            InputUsed in = new InputUsed(i.id(), i.label(), i.value(), i.unit(),
                    i.provenance().assumption() ? InputOrigin.ASSUMPTION : InputOrigin.SOURCE, i.provenance());
            sb.append("• `").append(i.id()).append("` ").append(inputLine(in)).append('\n');
        }
        return sb.toString();
    }

    public String listScenarios() {
        StringBuilder sb = new StringBuilder();
        for (Scenario s : model.scenarios()) {
            sb.append("• `").append(s.name()).append("` ").append(s.description());
            if (!s.overrides().isEmpty()) {
                List<String> o = new ArrayList<>();
                s.overrides().forEach((id, v) -> o.add(id + "=" + Format.value(v, model.require(id).unit())));
                sb.append(" (").append(String.join(", ", o)).append(')');
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
