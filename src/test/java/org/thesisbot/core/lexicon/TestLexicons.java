package org.thesisbot.core.lexicon;

import java.nio.file.Path;
import org.thesisbot.config.LexiconLoader;

/** The real lexicon from config/lexicon.yaml, as the bot loads it: one per JVM. */
public final class TestLexicons {
    private static Lexicon lexicon;

    private TestLexicons() {
    }

    public static synchronized Lexicon real() {
        if (lexicon == null) {
            lexicon = new LexiconLoader().load(Path.of("config", "lexicon.yaml"));
        }
        return lexicon;
    }
}
