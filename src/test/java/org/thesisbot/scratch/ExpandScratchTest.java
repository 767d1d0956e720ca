package org.thesisbot.scratch;
import org.junit.jupiter.api.Test;
class ExpandScratchTest {
    @Test void expand() {
        var s = new org.thesisbot.core.scenario.Shorthand(org.thesisbot.core.lexicon.TestLexicons.real().shorthand());
        var r = org.thesisbot.core.scenario.TestModels.reader();
        String q = System.getProperty("q", "");
        for (String x : q.split("\\|")) {
            System.out.println("EXPANDED: " + s.expand(x));
            var rd = r.read(s.expand(x), null);
            System.out.println("EXPANDED cues: " + rd.cues() + " target " + rd.target());
        }
    }
}
