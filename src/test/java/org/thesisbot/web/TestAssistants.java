package org.thesisbot.web;

import org.thesisbot.core.api.Assistant;

/**
 * The one place web tests get their {@link Assistant} from: the real brain (scenario core, router, hybrid
 * retrieval and the extractive writer over the repository's documents), so every web test asserts on what
 * users actually get.
 */
final class TestAssistants {
    private TestAssistants() {
    }

    static Assistant create() {
        return org.thesisbot.TestBrains.offline().assistant();
    }
}
