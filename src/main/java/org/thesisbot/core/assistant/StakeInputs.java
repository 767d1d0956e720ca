package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.scenario.InputId;
import org.thesisbot.core.scenario.ScenarioModel;

/**
 * The inputs one of an answer's results was computed at, for a reframing that computes it again another way ({@link AllIn},
 * {@link Warrants}, {@link Notes}, {@link Inflation}): the inputs in force (the thread's and the question's figures), then
 * those every result of the same scenario lists, then the result's own; and the four the stake's numbers rest on, each
 * the scenario's own where none of those names it (a multiple does not list the hold).
 *
 * @param at       every input by id
 * @param invested Amazon's check
 * @param post     the post-money it buys into
 * @param exit     OpenAI's valuation when the stake is valued
 * @param hold     the years until then
 */
record StakeInputs(Map<String, BigDecimal> at, BigDecimal invested, BigDecimal post, BigDecimal exit, BigDecimal hold) {
    static StakeInputs of(Answer a, MetricResult r, Map<InputId, BigDecimal> inForce, ScenarioModel model) {
        Map<String, BigDecimal> at = new HashMap<>();
        inForce.forEach((k, v) -> at.put(k.id(), v));
        at.putAll(listed(a, r));
        return new StakeInputs(at, value(at, InputId.INVESTMENT, model, r.scenario()), value(at, InputId.POST_MONEY_VALUATION, model, r.scenario()),
                value(at, InputId.EXIT_VALUATION, model, r.scenario()), value(at, InputId.HOLDING_YEARS, model, r.scenario()));
    }

    /**
     * Every input of the model at which one of an answer's results was computed, by id: those {@link #of} finds, then the
     * scenario's own for each it does not name. For a frame's reader that computes the model's numbers again its own way.
     */
    static Map<String, BigDecimal> every(Answer a, MetricResult r, Map<InputId, BigDecimal> inForce, ScenarioModel model) {
        Map<String, BigDecimal> ins = new HashMap<>(of(a, r, inForce, model).at());
        for (InputId i : InputId.values()) {
            if (!ins.containsKey(i.id()) && model.value(i.id(), r.scenario()) != null) {
                ins.put(i.id(), model.value(i.id(), r.scenario()));
            }
        }
        return ins;
    }

    /** The inputs the answer's results of this one's scenario list, then its own; only the model's inputs. */
    static Map<String, BigDecimal> listed(Answer a, MetricResult r) {
        Map<String, BigDecimal> at = new HashMap<>();
        for (MetricResult x : a.results()) {
            if (x.scenario().equals(r.scenario())) {
                x.inputs().forEach(i -> at.put(i.id(), i.value()));
            }
        }
        r.inputs().forEach(i -> at.put(i.id(), i.value()));
        at.keySet().removeIf(id -> InputId.byId(id).isEmpty()); // (a figure shown beside the inputs, such as the pre-money, is none)
        return at;
    }

    /** Whether the stake's numbers can be computed at these inputs. */
    boolean complete() {
        return invested != null && post != null && exit != null && hold != null && invested.signum() > 0 && post.signum() > 0;
    }

    private static BigDecimal value(Map<String, BigDecimal> at, InputId id, ScenarioModel model, String scenario) {
        BigDecimal v = at.get(id.id());
        return v != null ? v : model.value(id.id(), scenario);
    }
}
