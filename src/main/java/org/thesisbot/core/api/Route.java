package org.thesisbot.core.api;

import java.util.Locale;

/** Where a question goes. The wire name (lower case) is part of the public JSON contract. */
public enum Route {
    NUMERIC, NARRATIVE, MIXED, HELP, OUT_OF_SCOPE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
