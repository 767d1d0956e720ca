package org.thesisbot.core.scenario;

import org.thesisbot.core.api.Provenance;
import org.thesisbot.core.api.Unit;

import java.math.BigDecimal;

/** One input of the scenario model, with the value in its unit (billions of USD, fraction, years). */
public record Input(String id, String label, BigDecimal value, Unit unit, Provenance provenance) {
    public Input withValue(BigDecimal v) {
        return new Input(id, label, v, unit, provenance);
    }

    public Input withProvenance(Provenance p) {
        return new Input(id, label, value, unit, p);
    }
}
