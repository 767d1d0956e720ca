package org.thesisbot.sources;

import java.nio.file.Path;
import org.thesisbot.core.grounding.SourceLibrary;

/** Documents read the way the bot reads them (default limits), for tests. */
public final class TestCorpus {
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final int MAX_PAGES = 300;

    private TestCorpus() {
    }

    public static Corpus corpus(Path dir) {
        return new CorpusLoader(new DocumentReader(MAX_BYTES, MAX_PAGES)).load(dir);
    }

    public static SourceLibrary library(Path dir) {
        return SourceLibrary.of(corpus(dir).documents());
    }

    /** Front matter with exactly the four keys. */
    public static String frontMatter(String title, String publisher, String published, String url) {
        return "---\ntitle: \"" + title + "\"\npublisher: " + publisher + "\npublished: " + published + "\nurl: " + url + "\n---\n";
    }
}
