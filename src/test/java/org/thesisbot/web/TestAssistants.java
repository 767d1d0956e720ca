package org.thesisbot.web;

import org.thesisbot.core.Assistant;

/**
 * The one place web tests get their {@link Assistant} from. For now it is {@link ScriptedThesisAssistant},
 * a small deterministic stand-in; once the real brain exists this returns it, and every web test keeps
 * asserting on what is actually rendered.
 */
final class TestAssistants {
    private TestAssistants() {
    }

    static Assistant create() {
        return new ScriptedThesisAssistant();
    }
}
