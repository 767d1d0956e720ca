package org.thesisbot.core.api;

import java.math.BigDecimal;

/** An input as one result used it: its value there, and why it has that value. */
public record InputUsed(String id, String label, BigDecimal value, Unit unit, InputOrigin origin,
                        Provenance provenance) {

    /** True when the reply must flag this value as an assumption (not from the sources). */
    public boolean isAssumption() {
        return origin != InputOrigin.SOURCE;
    }
}
