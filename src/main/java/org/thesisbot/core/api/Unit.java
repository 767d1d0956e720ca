package org.thesisbot.core.api;

import java.util.Locale;

/** Units of inputs and results. The wire name is part of the JSON contract. */
public enum Unit {
    USD_BILLIONS, RATIO, MULTIPLE, YEARS;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Unit fromWire(String s) {
        for (Unit u : values()) {
            if (u.wireName().equalsIgnoreCase(s.trim())) {
                return u;
            }
        }
        throw new IllegalArgumentException("unknown unit '" + s + "' (expected usd_billions, ratio, multiple or years)");
    }
}
