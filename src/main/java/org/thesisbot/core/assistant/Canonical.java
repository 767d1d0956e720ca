package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.thesisbot.core.api.Format;
import org.thesisbot.core.reading.Reader;
import org.thesisbot.core.scenario.InputId;
import org.thesisbot.core.scenario.Metric;
import org.thesisbot.core.scenario.ScenarioModel;
import org.thesisbot.core.scenario.Solver;
import org.thesisbot.core.state.ThreadState;

/**
 * Questions that state one reading with no room for another, for clarification buttons: asking one in the
 * thread answers that reading. Each figure is written with the word that names its input right after it
 * ("$1T exit", "$1T post-money"), the strongest evidence the reader knows. A test reads every one back.
 */
final class Canonical {
    private Canonical() {
    }

    /** The word written right after a figure to say which input it sets. */
    static String cue(InputId id) {
        return switch (id) {
            case INVESTMENT -> "investment";
            case ROUND_SIZE -> "round";
            case POST_MONEY_VALUATION -> "post-money valuation";
            case CAPEX_2026 -> "capex";
            case OPENAI_COMPUTE_SPEND -> "compute spend";
            case COMPUTE_YEARS -> "compute window";
            case ANTHROPIC_INVESTMENT -> "Anthropic investment";
            case ANTHROPIC_CAMPUS -> "campus";
            case AWS_CAPTURE_SHARE -> "capture share";
            case AWS_OPERATING_MARGIN -> "margin";
            case EXIT_VALUATION -> "exit";
            case HOLDING_YEARS -> "hold";
            case TAX_RATE -> "tax rate";
        };
    }

    /** How each metric is asked for by name. */
    static String name(Metric m) {
        return switch (m) {
            case CAPEX_SHARE -> "share of capex";
            case ROUND_SHARE -> "share of the round";
            case PRE_MONEY_VALUATION -> "pre-money valuation";
            case OPENAI_VS_ANTHROPIC_RATIO -> "OpenAI investment versus Anthropic";
            case MOIC -> "MOIC";
            case IRR -> "IRR";
            case AWS_COMPUTE_REVENUE -> "AWS compute revenue";
            case AWS_COMPUTE_REVENUE_PER_YEAR -> "AWS compute revenue per year";
            case AWS_COMPUTE_PROFIT -> "AWS compute profit";
            case TOTAL_AI_COMMITMENT -> "total AI commitment";
            case ANTHROPIC_COMMITMENT -> "Anthropic commitment";
            default -> m.id().replace('_', ' ');
        };
    }

    /** "What exit valuation gets a 3x MOIC", for a target solved for {@code solveFor}. */
    static String target(ThreadState.Target t) {
        String goal = switch (t.metric().unit()) {
            case MULTIPLE -> Format.plain(t.value(), 6) + "x";
            case RATIO -> Format.plain(t.value().movePointRight(2), 6) + "%";
            // ("-$15B", as a loss is written: "$-15B" reads as no figure at all)
            case USD_BILLIONS -> (t.value().signum() < 0 ? "-" : "") + "$" + Format.plain(t.value().abs(), 6).replace(",", "") + "B";
            case YEARS -> Format.plain(t.value(), 6) + " years";
        };
        return "what " + cue(t.solveFor()) + " gets the " + name(t.metric()) + " to " + goal;
    }

    static String question(ScenarioQuery q, ScenarioModel model, InputId reading, BigDecimal value, Reader reader) {
        StringBuilder sb = new StringBuilder();
        if (q.target() != null) {
            sb.append(target(q.target()));
        } else {
            List<String> names = new ArrayList<>();
            for (Metric m : q.metrics().isEmpty() ? Metric.KEY : q.metrics()) {
                names.add(name(m));
            }
            sb.append(String.join(" and ", names));
        }
        List<String> figures = new ArrayList<>();
        for (Map.Entry<InputId, BigDecimal> e : q.overrides().entrySet()) {
            if (q.carried().containsKey(e.getKey()) && e.getKey() != reading) {
                continue; // the thread still holds it
            }
            figures.add(figure(e.getKey(), e.getValue(), model) + " " + cue(e.getKey()));
        }
        if (!figures.isEmpty()) {
            sb.append(" with ").append(String.join(", with ", figures));
        }
        if (!q.scenarios().isEmpty() && !(q.scenarios().size() == 1 && q.scenarios().get(0).equals(ScenarioModel.BASE))) {
            sb.append(q.scenarios().size() > 1 ? ", compare the scenarios" : ", " + q.scenarios().get(0) + " case");
        }
        return sb.toString();
    }

    /** A figure in a unit the reader reads back exactly: "$1000B", "60%", "4 years". */
    static String figure(InputId id, BigDecimal v, ScenarioModel model) {
        return switch (model.require(id.id()).unit()) {
            case USD_BILLIONS -> "$" + v.stripTrailingZeros().toPlainString() + "B";
            case RATIO -> v.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
            case YEARS -> v.stripTrailingZeros().toPlainString() + " years";
            case MULTIPLE -> v.stripTrailingZeros().toPlainString() + "x";
        };
    }

    /** Used in target texts. */
    static String describe(ThreadState.Target t) {
        return Solver.describe(t.metric(), t.value());
    }
}
