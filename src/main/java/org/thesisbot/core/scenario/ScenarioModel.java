package org.thesisbot.core.scenario;

import org.thesisbot.core.api.Provenance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The sourced inputs and the named scenarios. Immutable; built once at start. */
public final class ScenarioModel {
    public static final String BASE = "base";
    /** Inputs the metrics' formulas need: every {@link InputId}, checked at start. */
    public static final List<String> REQUIRED = java.util.Arrays.stream(InputId.values()).map(InputId::id).toList();

    private final Map<String, Input> inputs;
    private final Map<String, Scenario> scenarios;

    public ScenarioModel(List<Input> inputList, List<Scenario> scenarioList) {
        Map<String, Input> in = new LinkedHashMap<>();
        for (Input i : inputList) {
            if (in.put(i.id(), i) != null) {
                throw new InvalidInputException("input '" + i.id() + "' is defined twice");
            }
            InputRules.check(i.id(), i.label(), i.unit(), i.value()).ifPresent(p -> {
                throw new InvalidInputException(p);
            });
        }
        List<String> unknown = in.keySet().stream().filter(id -> InputId.byId(id).isEmpty()).toList();
        List<String> missing = new ArrayList<>();
        for (String r : REQUIRED) {
            if (!in.containsKey(r)) {
                missing.add(r);
            }
        }
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            List<String> problems = new ArrayList<>();
            if (!missing.isEmpty()) {
                problems.add("missing required inputs: " + String.join(", ", missing));
            }
            if (!unknown.isEmpty()) {
                problems.add("unknown input" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown)
                        + " (the model's formulas read only " + String.join(", ", REQUIRED) + ")");
            }
            throw new InvalidInputException(String.join("; ", problems));
        }
        Map<String, Scenario> sc = new LinkedHashMap<>();
        for (Scenario s : scenarioList) {
            if (sc.put(s.name(), s) != null) {
                throw new InvalidInputException("scenario '" + s.name() + "' is defined twice");
            }
            for (Map.Entry<String, BigDecimal> o : s.overrides().entrySet()) {
                Input target = in.get(o.getKey());
                if (target == null) {
                    throw new InvalidInputException("scenario '" + s.name() + "' overrides unknown input '" + o.getKey() + "'");
                }
                InputRules.check(target.id(), target.label(), target.unit(), o.getValue()).ifPresent(p -> {
                    throw new InvalidInputException("scenario '" + s.name() + "': " + p);
                });
            }
        }
        sc.putIfAbsent(BASE, new Scenario(BASE, "The model's inputs as given.", Map.of()));
        this.inputs = Collections.unmodifiableMap(in);
        this.scenarios = Collections.unmodifiableMap(sc);
    }

    public Collection<Input> inputs() {
        return inputs.values();
    }

    public Optional<Input> input(String id) {
        return Optional.ofNullable(inputs.get(id));
    }

    public Input require(String id) {
        Input i = inputs.get(id);
        if (i == null) {
            throw new InvalidInputException("unknown input '" + id + "'");
        }
        return i;
    }

    /**
     * An input's value in a scenario: the scenario's own value when it sets one, else the model's (also for a scenario
     * the model does not have).
     */
    public BigDecimal value(String inputId, String scenarioName) {
        Scenario s = scenarios.get(scenarioName);
        BigDecimal v = s == null ? null : s.overrides().get(inputId);
        return v != null ? v : require(inputId).value();
    }

    public Collection<Scenario> scenarios() {
        return scenarios.values();
    }

    public Optional<Scenario> scenario(String name) {
        return Optional.ofNullable(scenarios.get(name));
    }

    /**
     * Returns a model whose sourced inputs carry the title, publisher, date and paragraph where their quote
     * was found, and a flag on every sourced input a reader must not trust blindly: its quote is no longer in
     * its document (edited or removed), or a newer document states a different value. A flagged input still
     * serves with its configured value; the flag says what changed and where.
     */
    public ScenarioModel withLocatedSources(QuoteLocator locator) {
        List<Input> located = new ArrayList<>();
        for (Input i : inputs.values()) {
            Provenance p = i.provenance();
            if (p.assumption()) {
                located.add(i);
                continue;
            }
            Optional<QuoteLocator.Location> where = locator.locate(p.document(), p.quote());
            if (where.isEmpty()) {
                located.add(i.withProvenance(p.flagged("its quote \"" + p.quote() + "\" is no longer in document '"
                        + p.document() + "' (edited or removed): the value is the one in config/scenario.yaml")));
                continue;
            }
            QuoteLocator.Location w = where.get();
            Provenance found = p.located(w.title(), w.publisher(), w.published(), w.paragraph());
            Optional<String> newer = locator.newerValue(p.document(), p.quote());
            located.add(i.withProvenance(newer.map(n -> found.flagged("a newer source states a different value: " + n))
                    .orElse(found)));
        }
        return new ScenarioModel(located, new ArrayList<>(scenarios.values()));
    }

    /** The inputs whose provenance is flagged, in model order. */
    public List<Input> flagged() {
        return inputs.values().stream().filter(i -> i.provenance().isFlagged()).toList();
    }
}
